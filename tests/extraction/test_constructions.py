"""Constructions news uses to report acts: owned and nominal events, judged acts, reasons and contrasts."""

from datetime import datetime, timezone

import pytest

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


def test_a_statement_set_against_a_warning_is_its_speakers_own(extract):
    events = extract("Austria warned that the plan would be costly, while Portugal said it would not join the plan.")
    [refusal] = of_type(events, EventType.REJECT)
    assert codes(refusal.source) == ["PRT"]


def test_it_is_the_state_that_was_the_subject_of_the_sentence_before(extract):
    events = extract("Mongolia tested a new engine on Monday. It has vowed never to give up its space program.")
    [refusal] = of_type(events, EventType.REJECT)
    assert codes(refusal.source) == ["MNG"]


def test_representatives_for_a_state_act_for_it(extract):
    [event] = of_type(extract("Representatives for Norway defended Iceland's decision on Tuesday."), EventType.SUPPORT)
    assert (codes(event.source), codes(event.target)) == (["NOR"], ["ISL"])


def test_in_what_a_state_called_a_crime_blames_the_subject_of_the_act(extract):
    events = extract("Armenia shelled the border villages, in what Azerbaijan called an act of war.")
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["AZE"], ["ARM"])


def test_a_move_a_state_called_reckless_blames_who_made_it(extract):
    events = extract("Serbia closed the crossing on Monday, in a move that Croatia called reckless.")
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["HRV"], ["SRB"])


def test_in_what_a_state_called_a_success_blames_no_one(extract):
    events = extract("Serbia reopened the crossing, in what Croatia called a great success.")
    assert of_type(events, EventType.CONDEMN) == []


def test_doing_something_with_a_rebuke_of_someone_rebukes_them(extract):
    events = extract("The Belgian prime minister caused a stir on Friday with a sharp rebuke of Hungary.")
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["BEL"], ["HUN"])
    assert event.date is not None


def test_answering_with_a_warning_to_a_state_threatens_it(extract):
    [event] = of_type(extract("Ghana responded with a stern warning to Togo."), EventType.THREATEN)
    assert (codes(event.source), codes(event.target)) == (["GHA"], ["TGO"])


def test_a_request_to_an_organisation_is_aimed_at_it(extract):
    [event] = of_type(extract("Chile's request to the United Nations was sent in May."), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["UN"])


def test_a_demand_that_states_act_is_aimed_at_those_states(extract):
    events = extract("Peru's demand that Bolivia and Chile reopen the border has met a cool response.")
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["PER"], ["BOL", "CHL"])


def test_calling_for_a_state_to_act_is_a_request_aimed_at_it(extract):
    [event] = of_type(extract("Uruguay called for Paraguay to reopen the river crossing."), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["URY"], ["PRY"])
    [event] = of_type(extract("Uruguay called for the talks to resume in June."), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["URY"], [])


def test_pushing_for_something_is_a_request_and_pushing_ahead_is_not(extract):
    [event] = of_type(extract("Uruguay pushed for Paraguay to reopen the river crossing."), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["URY"], ["PRY"])
    assert of_type(extract("Uruguay is pushing for a truce along the river."), EventType.REQUEST)
    assert not extract("Uruguay pushed ahead with the new river port.")


def test_a_renewed_call_for_a_state_to_act_is_a_request_not_a_phone_call(extract):
    events = extract("Uruguay renewed its call for Paraguay to reopen the river crossing.")
    assert [(e.event_type, codes(e.source), codes(e.target)) for e in events] == [
        (EventType.REQUEST, ["URY"], ["PRY"])]


def test_protesting_another_states_act_condemns_it_and_crowds_protesting_a_tax_do_not(extract):
    [event] = of_type(extract("Laos protested Thailand's closure of the Mekong ferry."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["LAO"], ["THA"])
    assert not extract("Thousands of Laotians protested the new fuel tax in Vientiane.")


def test_vowing_revenge_on_a_state_threatens_it(extract):
    [event] = of_type(extract("Laos vowed revenge against Thailand for the shelling."), EventType.THREATEN)
    assert (codes(event.source), codes(event.target)) == (["LAO"], ["THA"])


def test_recognising_a_state_as_a_state_supports_it(extract):
    [event] = of_type(extract("Chile recognised Kosovo as a sovereign state on Friday."), EventType.SUPPORT)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["XKX"])


def test_the_first_leader_to_visit_a_state_is_the_one_the_sentence_is_about(extract):
    [event] = of_type(extract("Ghanaian President John Mahama was the first foreign leader to visit Togo after "
                              "the vote."), EventType.MEET)
    assert (codes(event.source), codes(event.target)) == (["GHA"], ["TGO"])


def test_waiting_for_a_state_to_act_is_no_request(extract):
    assert not of_type(extract("Uruguay waited for Paraguay to reopen the river crossing."), EventType.REQUEST)


def test_objections_owned_by_a_nationality_adjective_are_that_states_rejection(extract):
    events = extract("The meeting was delayed because of Turkish objections to Greece's proposal.")
    [event] = of_type(events, EventType.REJECT)
    assert (codes(event.source), codes(event.target)) == (["TUR"], ["GRC"])


def test_objecting_to_a_decision_rejects_its_maker(extract):
    [event] = of_type(extract("Japan objected to China's decision on Monday."), EventType.REJECT)
    assert (codes(event.source), codes(event.target)) == (["JPN"], ["CHN"])


def test_security_threats_named_by_a_nationality_are_no_threat_made(extract):
    assert of_type(extract("Rising Russian security threats worry Finland."), EventType.THREATEN) == []


def test_a_possessive_in_the_reason_for_an_act_points_to_its_object(extract):
    [event] = of_type(extract("Germany praised Japan for its help on Monday."), EventType.SUPPORT)
    assert (codes(event.source), codes(event.target)) == (["DEU"], ["JPN"])
    events = extract("Norway rebuked Sweden for its veto of the proposal.")
    [veto] = of_type(events, EventType.REJECT)
    assert codes(veto.source) == ["SWE"]


def test_saying_an_act_would_have_repercussions_for_a_pair_warns_the_other_side(extract):
    events = extract("Norway said the arrest could have repercussions for Norway-Russia relations.")
    [event] = of_type(events, EventType.THREATEN)
    assert (codes(event.source), codes(event.target)) == (["NOR"], ["RUS"])


def test_saying_there_would_be_consequences_if_a_state_acts_warns_it(extract):
    events = extract("Lithuania said there would be consequences if Belarus opened the border.")
    [event] = of_type(events, EventType.THREATEN)
    assert (codes(event.source), codes(event.target)) == (["LTU"], ["BLR"])


def test_saying_an_act_would_have_no_consequences_is_no_warning(extract):
    assert of_type(extract("Lithuania said the move would have no consequences for Belarus."), EventType.THREATEN) == []


def test_reiterating_that_ones_state_would_act_is_a_statement_of_intent(extract):
    events = extract("Peru's president reiterated that Peru would strive for a settlement.")
    [event] = of_type(events, EventType.ANNOUNCE)
    assert codes(event.source) == ["PER"]


def test_announcing_a_plan_that_calls_for_something_is_an_announcement(extract):
    events = extract("Chile announced a new strategy on Monday that calls for a firmer line toward Peru.")
    assert of_type(events, EventType.ANNOUNCE)


def test_an_intent_coordinated_without_a_subject_is_the_first_clauses_subjects(extract):
    events = extract("The Chinese Foreign Ministry said that China respects the embargo, but will investigate any breach.")
    [event] = of_type(events, EventType.ANNOUNCE)
    assert codes(event.source) == ["CHN"]


def test_she_after_an_unnamed_spokeswoman_speaks_for_her_ministrys_state(extract):
    events = extract("A spokeswoman for the Kenyan foreign ministry spoke on Monday. "
                     "She urged Uganda to reopen the border.")
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["KEN"], ["UGA"])


def test_he_after_an_unnamed_spokesman_and_then_a_named_leader_is_the_leader(extract):
    events = extract("A spokesman for the Kenyan foreign ministry spoke on Monday. "
                     "Ugandan President Yoweri Museveni replied on Tuesday. He urged Kenya to reopen the border.")
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["UGA"], ["KEN"])


def test_he_after_a_passive_sentence_is_its_doer(extract):
    events = extract("The statement was read out by Kenya's foreign minister, Musalia Mudavadi. "
                     "He urged Somalia to return to the talks.")
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["KEN"], ["SOM"])


def test_a_group_owned_by_a_pronoun_is_of_the_owners_state(extract):
    events = extract("Estonia's prime minister spoke on Monday, and her government has tightened travel restrictions on Russia.")
    [event] = of_type(events, EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["EST"], ["RUS"])


def test_a_person_without_a_state_beside_a_state_is_left_out_of_the_targets(extract):
    events = extract("Bolivia said on Monday it was cancelling Pedro Alvarez's deal with Peru.")
    [event] = of_type(events, EventType.REJECT)
    assert codes(event.target) == ["PER"]


def test_an_act_one_could_not_do_is_no_refusal(extract):
    events = extract("Chile's ministers said on Monday that they could not visit Peru.")
    assert of_type(events, EventType.REJECT) == []


def test_discussing_a_topic_with_someone_meets_them(extract):
    [event] = of_type(extract("Chile discussed the draft resolution with Peru's president on Monday."), EventType.MEET)
    assert codes(event.source + event.target) == ["CHL", "PER"]


def test_the_topic_of_a_discussion_is_no_party_to_it(extract):
    [event] = of_type(extract("Chile discussed Peru's report on Monday."), EventType.MEET)
    assert codes(event.source + event.target) == ["CHL"]


def test_the_missions_of_states_at_a_body_are_the_states(extract):
    [event] = of_type(extract("Ghana phoned the U.N. missions of Chile and Norway on Monday."), EventType.MEET)
    assert codes(event.source + event.target) == ["CHL", "GHA", "NOR"]


def test_a_trip_to_two_capitals_visits_both_states(extract):
    [event] = of_type(extract("The Chilean president's trip will also take her to Lima and Quito."), EventType.MEET)
    assert codes(event.target) == ["ECU", "PER"]


def test_a_body_named_before_a_state_in_a_title_is_whom_the_person_serves(extract):
    events = extract("The Kenyan delegation met the UN Sudan envoy, Ramon Petrovic, on Tuesday.")
    [event] = of_type(events, EventType.MEET)
    assert codes(event.source + event.target) == ["KEN", "UN"]


def test_a_state_named_before_a_body_in_a_title_is_whom_the_person_serves(extract):
    [event] = of_type(extract("Russian U.N. Ambassador Ivan Belov urged Japan to wait."), EventType.REQUEST)
    assert codes(event.source) == ["RUS"]


def test_a_national_opposition_is_a_party_of_its_own(extract):
    [event] = of_type(extract("The Venezuelan opposition urged Brazil to recognise the result."), EventType.REQUEST)
    assert [a.name for a in event.source] == ["Venezuelan opposition"]
    assert codes(event.target) == ["BRA"]


def test_a_quoted_obligation_of_a_state_is_the_speakers_demand(extract):
    events = extract('"Chile must reopen the border," the Peruvian foreign minister said on Monday.')
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["PER"], ["CHL"])


def test_an_obligation_in_a_long_quotation_is_its_speakers_demand(extract):
    events = extract('Norway\'s foreign minister said: "We are glad the talks went well. Mali and its northern '
                     'neighbours must keep their word and open the roads."')
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["NOR"], ["MLI"])


def test_an_obligation_nobody_is_quoted_saying_is_no_demand(extract):
    assert of_type(extract("Chile must reopen the border, analysts say."), EventType.REQUEST) == []
    assert of_type(extract('"We must reopen the border," the Peruvian minister said.'), EventType.REQUEST) == []


def test_agreements_told_in_other_words_far_apart_are_two_agreements(extract):
    text = ("Russia brokered a deal on Monday to keep the airport open. The talks in Geneva went on for hours. "
            "Delegates from nine states attended them. Many of them spoke to reporters afterwards. "
            "Later, Russia negotiated a ceasefire as well.")
    assert len(of_type(extract(text), EventType.AGREE)) == 2


def test_an_announcement_is_aimed_at_those_who_take_part_in_what_it_announces(extract):
    [event] = of_type(extract("Chile announced that it would sign a trade deal with Peru next month."), EventType.ANNOUNCE)
    assert codes(event.target) == ["PER"]


def test_states_an_announcement_mentions_by_the_way_are_not_its_targets(extract):
    events = extract("Chile announced it had postponed a Bolivian trade fair in Arica, an event seen by Peru as a rival.")
    [event] = of_type(events, EventType.ANNOUNCE)
    assert event.target == []


def test_the_state_an_announcement_is_about_is_the_other_side_of_a_reply(extract):
    events = extract("Chile announced on Monday that it had postponed a Bolivian trade fair. "
                     "Bolivia's president later criticised the decision.")
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["BOL"], ["CHL"])


def test_dismissing_demands_is_aimed_at_who_made_them_not_at_what_they_are_about(extract):
    events = extract("Chile says demands for Bolivian ships to leave Peru are unrealistic.")
    [event] = of_type(events, EventType.REJECT)
    assert (codes(event.source), event.target) == (["CHL"], [])
    [event] = of_type(extract("Peru said Chile's accusations were baseless."), EventType.REJECT)
    assert codes(event.target) == ["CHL"]


def test_places_named_in_what_is_refused_are_no_targets(extract):
    events = extract("Spain has refused to take back the fishermen, of whom 40 are held in Morocco.")
    [event] = of_type(events, EventType.REJECT)
    assert event.target == []


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(extract):
    events = extract("Chile's president said on Sunday that Bolivia's president had insulted him.")
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["BOL"], ["CHL"])


def test_telling_someone_it_is_unacceptable_to_act_criticises_them(extract):
    events = extract("Norway's foreign minister told Sweden's foreign minister it was unacceptable to delay the vote.")
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["NOR"], ["SWE"])


def test_saying_it_is_unacceptable_to_act_names_no_one_criticised(extract):
    assert of_type(extract("Chile said it was unacceptable to delay the vote."), EventType.CONDEMN) == []


def test_those_told_something_during_talks_took_part_in_them(extract):
    events = extract("Chile told Mexican officials during talks about fishing on Monday that quotas were too low.")
    [event] = of_type(events, EventType.MEET)
    assert codes(event.source + event.target) == ["CHL", "MEX"]


def test_an_event_noun_done_by_someone_is_their_act_with_its_date(extract):
    [event] = of_type(extract("The visa ban, imposed by Kenya's government last October, remains in force."),
                      EventType.SANCTION)
    assert (codes(event.source), event.date) == (["KEN"], "2025-10")


def test_a_threat_posed_by_a_state_is_no_threat_it_made(extract):
    assert of_type(extract("Chile's army studied the threat posed by Peru's navy."), EventType.THREATEN) == []


def test_attending_a_states_ceremony_visits_it(extract):
    [event] = of_type(extract("Chile's president attended the funeral of Peru's former leader on Monday."), EventType.MEET)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["CHL"], ["PER"], "042")


def test_the_ministry_is_the_ministry_named_before(extract):
    events = extract("The Chinese Foreign Ministry spoke on Monday. The ministry urged Japan to show restraint.")
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["CHN"], ["JPN"])


def test_saying_an_act_amounts_to_a_crime_criticises_its_doer(extract):
    [event] = of_type(extract("Chile said Peru's blockade amounted to a violation of the treaty."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])
    assert of_type(extract("Chile said Peru's plan had many good points."), EventType.CONDEMN) == []


def test_the_victim_of_a_condemned_attack_is_not_its_target(extract):
    [event] = of_type(extract("Kenya condemned the attack on its embassy in Juba on Monday."), EventType.CONDEMN)
    assert event.target == []
    [event] = of_type(extract("Kenya condemned the attack by Ethiopian forces on its embassy."), EventType.CONDEMN)
    assert codes(event.target) == ["ETH"]


def test_an_event_noun_undergone_by_someone_is_not_their_act(extract):
    assert of_type(extract("The sanctions faced by Iran have hurt its economy."), EventType.SANCTION) == []


def test_cannot_negotiate_is_a_refusal_but_could_not_travel_is_not(extract):
    assert [e.event_type for e in extract("Iran said it cannot negotiate with Chile under pressure.")] == [
        EventType.REJECT]
    assert of_type(extract("Chile's ministers said on Monday that they could not visit Peru."), EventType.REJECT) == []


def test_saying_a_states_economy_has_problems_is_no_criticism(extract):
    assert of_type(extract("Chile said Peru's economy had serious problems."), EventType.CONDEMN) == []


def test_an_event_noun_with_the_name_of_its_doer_is_an_event(extract):
    events = extract("The new agreement followed a visit to Ecuador by President Yoon of South Korea.")
    [visit] = of_type(events, EventType.MEET)
    assert (codes(visit.source), codes(visit.target)) == (["KOR"], ["ECU"])


def test_an_event_noun_with_no_named_doer_stays_a_topic(extract):
    assert of_type(extract("Critics say a visit to Ecuador by anyone would be pointless."), EventType.MEET) == []


def test_a_visit_the_clause_looks_ahead_to_is_planned(extract):
    events = extract("Police closed the avenue ahead of a visit by the Danish prime minister to Iceland.")
    [visit] = of_type(events, EventType.MEET)
    assert (codes(visit.source), codes(visit.target), visit.status.value) == (["DNK"], ["ISL"], "planned")


def test_suggesting_that_a_state_should_act_asks_it_to(extract):
    events = extract("Kenya's president suggested that Uganda should reopen the border crossing.")
    [request] = of_type(events, EventType.REQUEST)
    assert (codes(request.source), codes(request.target)) == (["KEN"], ["UGA"])


def test_a_tweet_reports_speech_like_a_statement(extract):
    events = extract("Sweden's foreign minister tweeted: “The decision of Hungary is outrageous.”")
    [condemnation] = of_type(events, EventType.CONDEMN)
    assert (codes(condemnation.source), codes(condemnation.target)) == (["SWE"], ["HUN"])


def test_a_reply_reports_speech_like_a_statement(extract):
    events = extract("Chile’s president replied that the Bolivian government was reckless.")
    [condemnation] = of_type(events, EventType.CONDEMN)
    assert (codes(condemnation.source), codes(condemnation.target)) == (["CHL"], ["BOL"])


def test_a_meeting_between_officials_of_one_state_is_no_diplomatic_event(extract):
    assert of_type(extract("The French foreign minister met President Emmanuel Macron on Monday."), EventType.MEET) == []


def test_a_meeting_with_officials_of_ones_own_and_another_state_is_with_the_other(extract):
    events = extract("The French foreign minister met President Emmanuel Macron and the Italian premier on Monday.")
    [meeting] = of_type(events, EventType.MEET)
    assert codes(meeting.target) == ["ITA"]


def test_saying_a_state_violated_an_accord_accuses_it(extract):
    [accusation] = of_type(extract("Ukraine said Russia violated the grain corridor accord overnight."), EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["UKR"], ["RUS"])


def test_saying_a_state_did_not_violate_an_accord_accuses_no_one(extract):
    assert of_type(extract("Ukraine said Russia did not violate the grain corridor accord."), EventType.CONDEMN) == []


def test_taking_a_phone_call_from_a_leader_is_a_call_with_them(extract):
    events = extract("The Irish taoiseach took a phone call from the Portuguese prime minister on Monday.")
    [call] = of_type(events, EventType.MEET)
    assert (codes(call.source), codes(call.target)) == (["IRL"], ["PRT"])


def test_voicing_concern_over_a_states_act_disapproves_of_that_state(extract):
    [disapproval] = of_type(extract("Peru voiced deep concern over Bolivia's new border checkpoints."), EventType.CONDEMN)
    assert (codes(disapproval.source), codes(disapproval.target)) == (["PER"], ["BOL"])


def test_raising_concerns_about_a_state_disapproves_of_it_but_raising_a_threat_level_threatens_no_one(extract):
    [disapproval] = of_type(extract("Peru raised concerns about Bolivia's new checkpoints."), EventType.CONDEMN)
    assert codes(disapproval.target) == ["BOL"]
    assert extract("Peru raised its terror threat level to high after the Bolivian election.") == []


def test_summoning_a_states_envoy_is_an_official_protest_to_that_state(extract):
    [protest] = of_type(extract("Morocco summoned the Algerian ambassador on Tuesday."), EventType.CONDEMN)
    assert (codes(protest.source), codes(protest.target), protest.codes.cameo) == (["MAR"], ["DZA"], "114")


@pytest.mark.parametrize("sentence, source", [
    ("The Algerian ambassador was summoned to the foreign ministry in Rabat on Tuesday.", ["MAR"]),
    ("Algeria's envoy was summoned to the Moroccan foreign ministry.", ["MAR"]),
])
def test_an_envoy_summoned_to_a_ministry_is_a_protest_by_the_ministrys_state(extract, sentence, source):
    [protest] = of_type(extract(sentence), EventType.CONDEMN)
    assert (codes(protest.source), codes(protest.target)) == (source, ["DZA"])


def test_an_envoy_summoned_with_no_ministry_named_names_no_protester(extract):
    assert of_type(extract("The Algerian ambassador was summoned to explain the remarks."), EventType.CONDEMN) == []


def test_summoning_reporters_is_no_protest(extract):
    assert of_type(extract("Morocco summoned Algerian reporters on Tuesday."), EventType.CONDEMN) == []


def test_people_of_a_nationality_counted_in_numbers_are_not_their_state(extract):
    assert extract("Many Cubans expressed concern over the new American rules.") == []
    assert extract("Thousands of Venezuelans crossed into Colombia on Monday.") == []
    assert extract("Virtually all Haitians who arrived in Chile last year found work.") == []


def test_offering_condolences_to_a_state_supports_it(extract):
    [support] = of_type(extract("Chile offered condolences to Ecuador after the floods."), EventType.SUPPORT)
    assert (codes(support.source), codes(support.target)) == (["CHL"], ["ECU"])


def test_pledging_support_for_a_states_bid_supports_that_state(extract):
    [support] = of_type(extract("Latvia pledged support for Moldova's bid to join the bloc."), EventType.SUPPORT)
    assert codes(support.target) == ["MDA"]


@pytest.mark.parametrize(("sentence", "event_type", "target"), [
    ("Norway froze the assets of Belarusian officials.", EventType.SANCTION, ["BLR"]),
    ("Niger ordered the Beninese ambassador to leave within 48 hours.", EventType.SANCTION, ["BEN"]),
    ("Paraguay turned down Bolivia's offer of talks.", EventType.REJECT, ["BOL"]),
    ("The Philippines protested to China over the new airstrip.", EventType.CONDEMN, ["CHN"]),
    ("The Omani sultan received the Yemeni prime minister in Muscat.", EventType.MEET, ["YEM"]),
])
def test_acts_a_state_does_to_another_in_so_many_words(extract, sentence: str, event_type: EventType,
                                                       target: list[str]):
    [event] = of_type(extract(sentence), event_type)
    assert codes(event.target) == target


def test_receiving_a_letter_is_no_meeting(extract):
    assert of_type(extract("The Omani sultan received a letter from the Yemeni prime minister."), EventType.MEET) == []


def test_two_states_joined_by_a_hyphen_both_take_part(extract):
    [talks] = of_type(extract("Kenya-Somalia talks collapsed on Monday."), EventType.MEET)
    assert codes(talks.source + talks.target) == ["KEN", "SOM"]


def test_a_joint_body_named_for_two_states_is_a_body_of_its_own(extract):
    assert extract("The Kenya-Somalia Joint Border Commission will convene soon.") == []


def test_officials_of_two_states_named_by_their_adjectives_both_take_part(extract):
    [call] = of_type(extract("The Estonian and Latvian prime ministers spoke by phone on Monday."), EventType.MEET)
    assert codes(call.source + call.target) == ["EST", "LVA"]


def test_central_american_names_no_american(extract):
    [summit] = of_type(extract("Mexico will host a summit with Central American leaders next week."), EventType.MEET)
    assert "USA" not in codes(summit.target)


def test_the_object_preposition_of_a_passive_subject_names_the_target(extract):
    [sanction] = of_type(extract("Sanctions against Eritrea were extended by Canada on Monday."), EventType.SANCTION)
    assert (codes(sanction.source), codes(sanction.target)) == (["CAN"], ["ERI"])


def test_who_is_told_something_in_a_phone_call_is_on_the_call(extract):
    [call] = of_type(extract("The Danish premier thanked the Dutch premier in a phone call on Tuesday."), EventType.MEET)
    assert (codes(call.source), codes(call.target)) == (["DNK"], ["NLD"])


@pytest.mark.parametrize(("sentence", "event_type", "source", "target"), [
    ("Laos expressed strong dissatisfaction with Thailand's decision.", EventType.CONDEMN, ["LAO"], ["THA"]),
    ("Peru lodged a formal protest with Chile over the fishing boats.", EventType.CONDEMN, ["PER"], ["CHL"]),
    ("Lithuania summoned the Belarusian charge d'affaires on Monday.", EventType.CONDEMN, ["LTU"], ["BLR"]),
    ("Slovenia formally recognised the State of Palestine.", EventType.SUPPORT, ["SVN"], ["PSE"]),
    ("The Jordanian king received Syrian President Ahmed al-Sharaa in Amman.", EventType.MEET, ["JOR"], ["SYR"]),
    ("Ghana signed a memorandum of understanding with Benin on power lines.", EventType.AGREE, ["GHA"], ["BEN"]),
    ("Ghana's memorandum of understanding with Benin was signed in Accra.", EventType.AGREE, ["BEN", "GHA"], []),
])
def test_wire_phrases_of_protest_recognition_hosting_and_agreement(extract, sentence: str, event_type: EventType,
                                                                  source: list[str], target: list[str]):
    [event] = of_type(extract(sentence), event_type)
    assert (codes(event.source), codes(event.target)) == (source, target)


def test_receiving_a_leaders_letter_is_no_meeting(extract):
    assert of_type(extract("The Jordanian king received the Syrian president's letter on Monday."), EventType.MEET) == []


@pytest.mark.parametrize("sentence", [
    "Tunisians protested the French decision on Monday.",  # crowds are people, not their state
    "The Turkish president said the coup attempt undermined the economy.",  # an accusation of no one
    "Canada said Iran might interfere in the election.",  # a fear, no accusation
    "Chile said the new rules violated no treaty.",
    "Russia admitted that its jets had violated Turkish airspace.",  # a confession
    "Portuguese is widely spoken by Angolans.",  # a passive "by", no call
    "There has been speculation about a visit to Seoul by the Japanese premier.",  # a topic, not an act
    "Iran said it takes the negotiations with Oman seriously.",
    "Germany told its diplomats to leave Sudan as fighting spread.",  # an evacuation
    "The United Nations expressed concern about the humanitarian situation in Yemen.",
    "Polish intelligence suggested that Belarus should be able to strike Warsaw by next year.",
    "The British prime minister visited Northern Ireland on Monday.",  # a trip at home
    "The Argentine president vetoed a bill to raise university funding.",  # a law of one's own parliament
])
def test_what_looks_like_a_diplomatic_event_but_is_none(extract, sentence: str):
    assert extract(sentence) == []


def test_a_former_adviser_to_a_leader_speaks_for_no_state(extract):
    [criticism] = of_type(extract("Ivan Petrenko, a former adviser to President Putin, criticised Poland."),
                          EventType.CONDEMN)
    assert [a.country for a in criticism.source] == [None]


def test_leaders_of_a_world_region_are_no_actor(extract):
    [meeting] = of_type(extract("Central American leaders met the Mexican president on Monday."), EventType.MEET)
    assert [a.name for a in meeting.source + meeting.target] == ["Mexican president"]


@pytest.mark.parametrize(("sentence", "event_type", "source", "target"), [
    ("Saudi Arabia's foreign ministry said the kingdom strongly condemns the Israeli strike on Doha.",
     EventType.CONDEMN, ["SAU"], ["ISR"]),
    ("NATO met on Monday. The alliance said it condemned the Russian drone incursion into Poland.",
     EventType.CONDEMN, ["NATO"], ["RUS"]),
    ("Iran's foreign ministry said the country rejects the IAEA resolution.", EventType.REJECT, ["IRN"], ["IAEA"]),
])
def test_the_kingdom_the_country_and_the_alliance_are_the_state_or_body_named(
        extract, sentence: str, event_type: EventType, source: list[str], target: list[str]):
    [event] = of_type(extract(sentence), event_type)
    assert (codes(event.source), codes(event.target)) == (source, target)


def test_the_country_before_any_state_is_named_is_no_one(extract):
    assert extract("The country has condemned the attack.") == []


def test_an_offer_to_host_talks_is_an_offer_not_talks(extract):
    events = extract("Norway offered to host talks between Colombia and Venezuela.")
    assert [e.event_type for e in events] == [EventType.ANNOUNCE]


def test_being_ready_to_host_talks_is_no_talks(extract):
    assert of_type(extract("Austria said it was ready to host talks between Serbia and Kosovo."), EventType.MEET) == []


def test_two_leaders_due_to_meet_both_take_part_in_a_planned_meeting(extract):
    [meeting] = of_type(extract("The Kenyan and Tanzanian presidents are due to meet in Arusha."), EventType.MEET)
    assert (codes(meeting.source + meeting.target), meeting.status.value) == (["KEN", "TZA"], "planned")


def test_who_is_prompted_to_act_is_who_acts(extract):
    events = extract("Chile recognised the new government, prompting Peru to recall its ambassador from Santiago.")
    [recall] = of_type(events, EventType.SANCTION)
    assert codes(recall.source) == ["PER"]


def test_a_vow_to_keep_up_strikes_is_a_threat(extract):
    [threat] = of_type(extract("Ethiopia vowed to keep up strikes on the Eritrean army."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["ETH"], ["ERI"])


def test_talks_named_in_a_participle_under_an_appeal_were_held(extract):
    text = "The two ministers called for calm in a statement issued after talks between Jordan and Iraq in Amman."
    [talks] = of_type(extract(text), EventType.MEET)
    assert codes(talks.source + talks.target) == ["IRQ", "JOR"]


def test_talks_under_way_are_ongoing(extract):
    [talks] = of_type(extract("Talks between Kenya and Somalia were under way in Nairobi."), EventType.MEET)
    assert (codes(talks.source + talks.target), talks.status.value) == (["KEN", "SOM"], "ongoing")


def test_suspending_a_state_from_an_organisation_sanctions_it(extract):
    [sanction] = of_type(extract("The African Union suspended Gabon from the bloc on Tuesday."), EventType.SANCTION)
    assert (codes(sanction.source), codes(sanction.target)) == (["AU"], ["GAB"])


def test_ordering_the_expulsion_of_an_envoy_expels_the_envoys_state(extract):
    [sanction] = of_type(extract("Bolivia ordered the expulsion of Peru's ambassador on Monday."), EventType.SANCTION)
    assert (codes(sanction.source), codes(sanction.target)) == (["BOL"], ["PER"])


@pytest.mark.parametrize("sentence", [
    "Cambodia and Thailand traded accusations on Sunday over the clashes.",
    "Cambodia and Thailand accused each other on Sunday of firing first.",
    "Cambodia and Thailand blamed one another for the clashes.",
])
def test_two_states_accusing_each_other_make_one_accusation_each_way(extract, sentence: str):
    accusations = of_type(extract(sentence), EventType.CONDEMN)
    assert sorted((codes(e.source)[0], codes(e.target)[0]) for e in accusations) == [("KHM", "THA"), ("THA", "KHM")]
    assert len({e.event_id for e in accusations}) == 2


def test_an_agreement_with_each_other_stays_one_agreement(extract):
    assert len(of_type(extract("Kenya and Somalia signed a deal with each other."), EventType.AGREE)) == 1


def test_an_intent_on_a_condition_another_state_must_meet_threatens_it(extract):
    text = "Peru's president said his government would raise tariffs on Bolivian imports unless La Paz acted."
    [threat] = of_type(extract(text), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["PER"], ["BOL"])


def test_talks_before_an_agreement_to_act_later_were_held(extract):
    events = extract("Armenia and Azerbaijan agreed on Wednesday to extend the truce after talks in Abu Dhabi.")
    [talks] = of_type(events, EventType.MEET)
    assert (talks.status.value, talks.date) == ("occurred", "2026-03-11")


def test_who_is_congratulated_on_something_in_a_phone_call_is_on_the_call(extract):
    text = "The Danish premier congratulated the Dutch premier on forming a new government in a phone call on Monday."
    [call] = of_type(extract(text), EventType.MEET)
    assert (codes(call.source), codes(call.target)) == (["DNK"], ["NLD"])


def test_being_ready_to_retaliate_against_a_state_threatens_it(extract):
    [threat] = of_type(extract("Eritrea is ready to retaliate against any Ethiopian attack."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["ERI"], ["ETH"])


def test_being_ready_to_respond_to_questions_threatens_no_one(extract):
    assert extract("Kenya is ready to respond to questions from the press.") == []


def test_a_visit_during_which_a_state_warned_another_is_a_visit_to_its_host(extract):
    events = extract("Chile's foreign minister, during a visit to Ghana on Monday, warned Togo.")
    [visit] = of_type(events, EventType.MEET)
    [warning] = of_type(events, EventType.THREATEN)
    assert (codes(visit.source), codes(visit.target)) == (["CHL"], ["GHA"])
    assert codes(warning.target) == ["TGO"]


def test_a_refusal_made_during_a_visit_is_not_aimed_at_the_host(extract):
    events = extract("Chile's foreign minister refused to label the killings genocide during a visit to Ghana on Monday.")
    assert [codes(e.target) for e in of_type(events, EventType.REJECT)] == [[]]
    [visit] = of_type(events, EventType.MEET)
    assert codes(visit.target) == ["GHA"]


def test_a_new_round_of_sanctions_is_a_sanction(extract):
    [event] = of_type(extract("Canada imposed a new round of sanctions on Belarus on Friday."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["CAN"], ["BLR"])


def test_a_package_of_sanctions_adopted_by_a_bloc_is_its_sanction(extract):
    [event] = of_type(extract("The European Union adopted a package of sanctions against Belarus."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["EU"], ["BLR"])


def test_a_rebuke_drawn_from_a_state_is_its_rebuke_of_whoever_acted(extract):
    [event] = of_type(extract("Serbia's decision drew a sharp rebuke from Croatia on Monday."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["HRV"], ["SRB"])


def test_sanctions_prompted_by_a_test_are_aimed_at_the_state_that_tested(extract):
    events = extract("Iran tested a missile on Monday, prompting a new round of EU sanctions.")
    [event] = of_type(events, EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["EU"], ["IRN"])


def test_a_response_drawn_from_no_one_named_is_no_event(extract):
    assert of_type(extract("Serbia's decision drew a sharp rebuke on Monday."), EventType.CONDEMN) == []


def test_talks_that_produced_an_agreement_were_held_and_their_parties_agreed(extract):
    events = extract("Talks between Sudan and Chad produced an agreement on Monday.")
    [talks] = of_type(events, EventType.MEET)
    [agreement] = of_type(events, EventType.AGREE)
    assert codes(talks.source + talks.target) == codes(agreement.source + agreement.target) == ["SDN", "TCD"]


def test_talks_that_failed_to_produce_a_deal_agreed_nothing(extract):
    assert of_type(extract("Talks between Sudan and Chad failed to produce a deal."), EventType.AGREE) == []


def test_a_court_named_after_a_town_and_placed_in_a_state_acts_for_the_state(extract):
    [event] = of_type(extract("The Bolnur criminal court in Georgia rejected the request by Armenia."), EventType.REJECT)
    assert (codes(event.source), codes(event.target)) == (["GEO"], ["ARM"])


def test_a_call_the_parser_joins_to_what_a_speaker_said_is_the_speakers_own(extract):
    text = "Chile's foreign minister told lawmakers that the coup raised questions and called on Peru to open an inquiry."
    [request] = of_type(extract(text), EventType.REQUEST)
    assert (codes(request.source), codes(request.target)) == (["CHL"], ["PER"])


def test_his_in_an_opening_phrase_is_the_person_who_is_the_subject_after_it(extract):
    text = "Donald Trump praised the plan. During his visit to Japan on Tuesday, the Indian prime minister spoke."
    [visit] = of_type(extract(text), EventType.MEET)
    assert (codes(visit.source), codes(visit.target)) == (["IND"], ["JPN"])


def test_the_two_leaders_are_the_two_named_before_in_the_same_sentence(extract):
    text = "China and Japan met on Monday. Putin telephoned Modi on Tuesday, and the two leaders discussed trade."
    calls = [e for e in of_type(extract(text), EventType.MEET) if e.date == "2026-03-10"]
    assert [codes(e.source + e.target) for e in calls] == [["IND", "RUS"]]


def test_the_african_unions_peace_and_security_council_is_the_african_union(extract):
    text = "The African Union's Peace and Security Council suspended Mali from all union activities on Friday."
    [event] = of_type(extract(text), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["AU"], ["MLI"])


def test_a_delegation_led_by_a_president_is_of_the_presidents_state(extract):
    text = "A delegation led by Ghana's President John Mahama held talks in Lome on Monday with Togo."
    [talks] = of_type(extract(text), EventType.MEET)
    assert codes(talks.source + talks.target) == ["GHA", "TGO"]


def test_an_attack_blamed_on_a_state_blames_that_state(extract):
    for text in ("Iran blamed the attack on Israel.", "The killing, which Iran has blamed on Israel, raised tensions."):
        [blame] = of_type(extract(text), EventType.CONDEMN)
        assert (codes(blame.source), codes(blame.target)) == (["IRN"], ["ISR"])


def test_a_summit_of_a_bloc_and_a_state_written_as_one_word_is_theirs(extract):
    [summit] = of_type(extract("The EU-Moldova summit took place in Chisinau on Monday."), EventType.MEET)
    assert codes(summit.source + summit.target) == ["EU", "MDA"]


def test_belgrade_stands_for_serbia(extract):
    [event] = of_type(extract("Belgrade rejected the demand by Pristina on Monday."), EventType.REJECT)
    assert (codes(event.source), codes(event.target)) == (["SRB"], ["XKX"])


def test_officials_of_three_states_named_by_their_adjectives_are_all_three(extract):
    text = "Rwandan, U.S. and Congolese officials held a meeting in Washington on Friday."
    [talks] = of_type(extract(text), EventType.MEET)
    assert codes(talks.source + talks.target) == ["COD", "RWA", "USA"]


def test_the_ministers_of_the_three_countries_are_of_the_three_named_before(extract):
    text = "South Korea, China and Japan held a summit on Monday. The foreign ministers of the three countries met on Tuesday."
    [later] = [e for e in of_type(extract(text), EventType.MEET) if e.date == "2026-03-10"]
    assert codes(later.source + later.target) == ["CHN", "JPN", "KOR"]


def test_initialling_a_peace_agreement_is_an_agreement(extract):
    text = "Armenia's foreign minister and Azerbaijan's foreign minister initialled the text of a peace agreement."
    [agreement] = of_type(extract(text), EventType.AGREE)
    assert codes(agreement.source + agreement.target) == ["ARM", "AZE"]


def test_both_men_are_the_two_men_of_two_states_named_the_sentence_before(extract):
    text = ("The Kenyan president spoke with Tanzanian President Samia Suluhu Hassan on Monday. "
            "Both men urged Somalia to join the talks.")
    [appeal] = of_type(extract(text), EventType.REQUEST)
    assert (codes(appeal.source), codes(appeal.target)) == (["KEN", "TZA"], ["SOM"])


def test_a_group_named_after_an_opening_in_a_capital_is_of_that_state(extract):
    [accusation] = of_type(extract('In Bamako, the junta accused Algeria of "hostile acts" last week.'), EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["MLI"], ["DZA"])


def test_a_states_junta_acts_for_the_state(extract):
    [accusation] = of_type(extract("Mali's junta accused Algeria of hostile acts."), EventType.CONDEMN)
    assert codes(accusation.source) == ["MLI"]


def test_condemning_an_act_named_earlier_condemns_who_did_it(extract):
    text = "North Korea launched two missiles on Tuesday. Japan condemned the launches as a violation of UN resolutions."
    [condemnation] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(condemnation.source), codes(condemnation.target)) == (["JPN"], ["PRK"])


def test_rejecting_a_decision_rejects_who_decided(extract):
    text = "India decided to suspend the treaty. Pakistan rejected the decision on Friday."
    [rejection] = of_type(extract(text), EventType.REJECT)
    assert (codes(rejection.source), codes(rejection.target)) == (["PAK"], ["IND"])


def test_all_parties_in_a_state_are_of_that_state(extract):
    [appeal] = of_type(extract("The UN urged all parties in Libya to respect the ceasefire."), EventType.REQUEST)
    assert (codes(appeal.source), codes(appeal.target)) == (["UN"], ["LBY"])


def test_condemning_strikes_a_state_launched_condemns_that_state(extract):
    text = "The United States launched dozens of strikes on Yemen on Friday. Oman condemned the strikes in a statement."
    [condemnation] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(condemnation.source), codes(condemnation.target)) == (["OMN"], ["USA"])


def test_welcoming_a_declaration_two_states_signed_welcomes_them(extract):
    text = "Armenia and Azerbaijan signed a joint declaration on Friday. The EU welcomed the declaration as a step."
    [welcome] = of_type(extract(text), EventType.SUPPORT)
    assert (codes(welcome.source), codes(welcome.target)) == (["EU"], ["ARM", "AZE"])


@pytest.mark.parametrize("name, code", [("The Pacific Islands Forum", "PIF"), ("The OPCW", "OPCW"), ("CELAC", "CELAC"),
                                        ("The East African Community", "EAC")])
def test_regional_and_specialised_bodies_are_known_by_their_codes(extract, name, code):
    [appeal] = of_type(extract(f"{name} urged Chile to release the prisoners."), EventType.REQUEST)
    assert codes(appeal.source) == [code]


@pytest.mark.parametrize("text, event_type", [
    ("Leaders met. Putin spoke to Russian and Chinese students in Moscow.", EventType.MEET),
    ("Leaders met. UEFA suspended the Brazilian striker for three matches.", EventType.SANCTION),
])
def test_people_of_a_nationality_are_not_its_state(extract, text, event_type):
    assert of_type(extract(text), event_type) == []


def test_a_committee_chaired_by_a_leader_and_its_acronym_act_for_the_leaders_state(extract):
    text = ("The National Security Committee (NSC), chaired by Prime Minister Shehbaz Sharif, on Thursday announced "
            "the suspension of all trade with India. The NSC also expelled India's defence advisers.")
    events = of_type(extract(text, datetime(2025, 4, 25, 12, tzinfo=timezone.utc)), EventType.SANCTION)
    assert [codes(e.source) for e in events] == [["PAK"], ["PAK"]]


@pytest.mark.parametrize("text, event_type", [
    ("Leaders met. Israel condemned the attack on its embassy. Egypt also condemned the attack.", EventType.CONDEMN),
    ("Leaders met. Russia violated the ceasefire on Sunday. Ukraine welcomed the ceasefire.", EventType.SUPPORT),
    ("Leaders met. Germany sent aid to Sudan. France welcomed the aid.", EventType.SUPPORT),
])
def test_an_act_judged_or_received_before_is_not_the_judges_act(extract, text, event_type):
    assert [codes(e.target) for e in of_type(extract(text), event_type)][-1:] in ([], [[]], [["SDN"]])


@pytest.mark.parametrize("text", [
    "Leaders met. The National Council of Resistance of Iran (NCRI) held a rally. The NCRI urged the EU to act.",
    "Leaders met. An inquiry panel chaired by a retired British judge criticised Kenya over the killings.",
])
def test_a_named_group_and_a_panel_chaired_by_a_private_person_act_for_no_state(extract, text):
    events = extract(text)
    assert all(codes(e.source) in ([], ["EU"]) or "GBR" not in codes(e.source) and "IRN" not in codes(e.source)
               for e in events)


def test_regret_for_ones_own_act_and_representations_about_visas_condemn_no_one(extract):
    text = ("Leaders met. The United States expressed regret to Pakistan for the deaths of soldiers. "
            "Britain made representations to India about the visa backlog.")
    assert of_type(extract(text), EventType.CONDEMN) == []


def test_a_states_team_and_its_citizens_still_stand_for_it(extract):
    [ban] = of_type(extract("Leaders met. Poland banned Russian citizens from entering the country."), EventType.SANCTION)
    assert codes(ban.target) == ["RUS"]


def test_the_date_of_an_agreement_signed_is_its_signing(extract):
    [deal] = of_type(extract("Leaders met. Saudi Arabia and Iran signed the March 10 agreement in Beijing."),
                     EventType.AGREE)
    assert deal.date == "2026-03-10"


def test_a_threat_is_aimed_at_what_it_would_strike_not_at_whose_rights_its_condition_names(extract):
    events = extract("The militia's leader Omar Said threatened Norwegian oil platforms, and Norway's navy said Iceland "
                     "threatened to seize Norwegian trawlers if Greenland's fishing rights were not respected.")
    [threat] = [e for e in of_type(events, EventType.THREATEN) if codes(e.source) == ["ISL"]]
    assert codes(threat.target) == ["NOR"]


def test_a_condition_names_the_target_of_a_threat_that_names_no_one_else(extract):
    [threat] = of_type(extract("Iceland threatened to impose tariffs if Norway did not release the trawlers."),
                       EventType.THREATEN)
    assert codes(threat.target) == ["NOR"]


def test_urging_someone_in_a_phone_call_is_also_a_call_with_them(extract):
    events = extract("Norway's prime minister urged Iceland's president in a phone call on Tuesday to lift the ban.")
    [call] = of_type(events, EventType.MEET)
    [appeal] = of_type(events, EventType.REQUEST)
    assert (codes(call.source + call.target), call.codes.cameo, codes(appeal.target)) == (["ISL", "NOR"], "041", ["ISL"])


def test_a_participle_after_a_report_is_the_reporters_act(extract):
    events = extract("The talks were long, Norway's foreign ministry said, accusing Iceland of bad faith.")
    [accusation] = of_type(events, EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["NOR"], ["ISL"])


def test_his_office_reporting_an_act_is_the_office_of_who_did_it_not_of_whom_it_was_done_to(extract):
    text = ("Norwegian Prime Minister Jonas Gahr Store urged Icelandic President Halla Tomasdottir in a phone call "
            "to lift the ban, his office said, accusing Iceland of bad faith.")
    [accusation] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["NOR"], ["ISL"])


def test_an_act_in_a_clause_that_says_when_is_an_event_of_its_own(extract):
    events = extract("After Chile's foreign minister visited Lima in May, Bolivia accused Chile of plotting against it.")
    [visit] = of_type(events, EventType.MEET)
    [accusation] = of_type(events, EventType.CONDEMN)
    assert (codes(visit.source), codes(visit.target), codes(accusation.target)) == (["CHL"], ["PER"], ["CHL"])


@pytest.mark.parametrize("left", ["pulled out of", "quit", "withdrew from"])
def test_a_withdrawal_judged_later_is_the_act_of_who_withdrew(extract, left: str):
    events = extract(f"Peru {left} the fishing accord on Monday. Chile condemned the withdrawal.")
    [criticism] = of_type(events, EventType.CONDEMN)
    assert (codes(criticism.source), codes(criticism.target)) == (["CHL"], ["PER"])


def test_a_demand_of_a_thing_told_to_someone_is_made_of_them_and_not_of_who_speaks_after_while(extract):
    text = ("Peru's president Dina Boluarte arrived on Monday. Chile's president told her the blockade \"must stop\", "
            "while Bolivia's president urged the miners to go home.")
    [demand] = [e for e in of_type(extract(text), EventType.REQUEST) if codes(e.source) == ["CHL"]]
    assert codes(demand.target) == ["PER"]


def test_speaking_by_phone_leaves_the_speaker_the_subject_even_when_the_parse_hangs_him_apart(extract):
    text = ("Leaders met.\nThe Chilean president, Gabriel Boric, spoke by phone with Peru's president Dina Boluarte "
            "on Monday evening and urged her to reopen the border.")
    events = extract(text, datetime(2024, 3, 12, tzinfo=timezone.utc))
    [call] = of_type(events, EventType.MEET)
    [appeal] = of_type(events, EventType.REQUEST)
    assert (codes(call.source + call.target), codes(appeal.source), codes(appeal.target)) == (["CHL", "PER"], ["CHL"], ["PER"])


def test_a_meeting_of_ministers_that_agreed_on_something_was_held(extract):
    events = extract("EU foreign ministers meeting in Brussels on Monday agreed to widen the sanctions on Belarus.")
    [meeting] = of_type(events, EventType.MEET)
    assert (codes(meeting.source), meeting.date) == (["EU"], "2026-03-09")


def test_it_in_a_when_clause_of_a_time_is_the_subject_of_the_main_clause_and_acts_at_that_time(extract):
    events = extract("Chile has pressed Peru since last August, when it refused to recognise the result of the vote.")
    [refusal] = of_type(events, EventType.REJECT)
    assert (codes(refusal.source), refusal.date) == (["CHL"], "2025-08")


def test_recognising_a_named_person_whose_as_hangs_from_him_is_recognition(extract):
    text = "Chile's president recognized Mateo Rivas as Bolivia's interim president on Friday."
    [event] = of_type(extract(text), EventType.SUPPORT)
    assert (codes(event.source), event.codes.cameo) == (["CHL"], "054")


def test_an_appeal_joined_to_a_state_of_affairs_said_is_the_speakers(extract):
    text = ("Chile's president told Peru's president that Bolivia remained the hardest issue in the region "
            "and urged Lima to reopen the border.")
    [appeal] = [e for e in of_type(extract(text), EventType.REQUEST) if codes(e.target) == ["PER"]]
    assert codes(appeal.source) == ["CHL"]


def test_a_spokesman_of_a_national_security_council_speaks_for_no_un_organ(extract):
    events = extract("National Security Council spokesman Tomas Quispe rejected Chile's claim on Monday.")
    assert events and all("UNSC" not in codes(e.source) and "UN" not in codes(e.source) for e in events)


def test_he_after_a_participle_naming_another_is_not_that_other(extract):
    text = ("Chile's president Gabriel Boric arrived in Lima. Speaking alongside Peru's president Dina Boluarte on "
            "Thursday, he accused Bolivia of hoarding water.")
    [accusation] = of_type(extract(text, datetime(2024, 3, 12, tzinfo=timezone.utc)), EventType.CONDEMN)
    assert codes(accusation.source) == ["CHL"]


def test_the_government_in_what_a_states_spokesman_says_is_that_states_when_no_other_was_named(extract):
    text = "Chile's foreign ministry spokesman said the government had recalled its ambassador from Lima in May."
    [recall] = of_type(extract(text), EventType.SANCTION)
    assert (codes(recall.source), codes(recall.target)) == (["CHL"], ["PER"])


def test_being_able_to_talk_to_both_sides_is_no_talk(extract):
    text = "Peru and Bolivia quarrelled. For Chile's president, who is still able to talk to both sides, the stakes are high."
    assert [e for e in of_type(extract(text), EventType.MEET) if "CHL" in codes(e.source + e.target)] == []


def test_victoria_before_a_surname_is_a_first_name_not_the_seychelles(extract):
    text = "Deputy Secretary of State Victoria Nuland met Niger's army chief in Niamey on Monday."
    events = extract(text, datetime(2023, 8, 11, tzinfo=timezone.utc))
    assert all("SYC" not in codes(e.source + e.target) for e in events) and events


def test_their_in_the_object_is_the_subjects_not_the_pair_named_before(extract):
    text = "Peru and Bolivia urged restraint. Chile and Ecuador announced their own sanctions on Venezuela on Tuesday."
    [sanction] = of_type(extract(text), EventType.SANCTION)
    assert (codes(sanction.source), codes(sanction.target)) == (["CHL", "ECU"], ["VEN"])


def test_a_news_conference_not_held_refuses_nothing_but_a_call_not_taken_is_turned_down(extract):
    text = ("Chile and Peru argued. The two presidents did not hold a joint news conference. "
            "Peru's ambassador did not take a call from Chile's foreign minister.")
    refusals = of_type(extract(text), EventType.REJECT)
    assert [codes(r.source) for r in refusals] == [["PER"]]


def test_having_nothing_to_announce_announces_nothing(extract):
    events = extract("Asked about the talks, Chile's foreign minister said she had nothing to announce.")
    assert of_type(events, EventType.ANNOUNCE) == []


@pytest.mark.parametrize("text, target", [
    ("Chile and Peru signed the fishing deal on Thursday. Bolivia welcomed the signing.", ["CHL", "PER"]),
    ("Peru's congress voted on Monday to ratify the treaty. Chile welcomed Monday's vote.", ["PER"]),
    ("Peru diverted a Chilean airliner on Sunday. Chile condemned the diversion.", ["PER"]),
])
def test_a_signing_a_vote_or_a_diversion_judged_later_is_the_act_of_who_did_it(extract, text: str, target: list[str]):
    [judgement] = [e for e in extract(text) if e.event_type in (EventType.SUPPORT, EventType.CONDEMN)]
    assert codes(judgement.target) == target


def test_an_announced_act_on_a_nationalitys_goods_is_aimed_at_its_state(extract):
    [announcement] = of_type(extract("Chile announced on Monday that it would scrap its duties on Peruvian wine."),
                             EventType.ANNOUNCE)
    assert codes(announcement.target) == ["PER"]


@pytest.mark.parametrize("text", ["Chile accused Bolivia of violating the Vienna Convention on Monday.",
                                  "Chile accused Bolivia of breaking the Lima accords on Monday."])
def test_a_text_named_after_a_capital_is_no_government(extract, text: str):
    [accusation] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["CHL"], ["BOL"])


def test_condemning_a_violation_of_a_text_named_after_a_capital_condemns_no_government(extract):
    [condemnation] = of_type(extract("Chile condemned any violation of the Vienna Convention on Monday."),
                             EventType.CONDEMN)
    assert codes(condemnation.target) == []


def test_a_list_of_states_the_parser_hangs_on_an_apposition_is_all_of_them(extract):
    text = "On Monday, Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with Qatar."
    [cut] = of_type(extract(text), EventType.SANCTION)
    assert (codes(cut.source), codes(cut.target)) == (["ARE", "BHR", "EGY", "SAU"], ["QAT"])


def test_a_conjunct_with_its_own_auxiliary_keeps_the_subject_of_the_clause_it_joins(extract):
    [expulsion] = of_type(extract("Chile said Peru was hostile and had expelled two Chilean diplomats."), EventType.SANCTION)
    assert (codes(expulsion.source), codes(expulsion.target)) == (["PER"], ["CHL"])


def test_states_that_were_able_to_reach_a_deal_reached_it(extract):
    [deal] = of_type(extract("Chile and Peru were able to reach a fishing agreement on Monday."), EventType.AGREE)
    assert codes(deal.source) == ["CHL", "PER"]


def test_the_government_named_before_wins_over_the_reporters_state(extract):
    text = ("Peru's government expelled two Chilean diplomats on Monday. Chile's foreign ministry spokesman said "
            "the government had expelled the diplomats without cause.")
    expulsions = of_type(extract(text), EventType.SANCTION)
    assert expulsions and all(codes(e.source) == ["PER"] for e in expulsions)


def test_a_passive_that_names_no_state_threatens_no_one(extract):
    assert of_type(extract("Chile promised that growth would be driven by exports to Peru."), EventType.THREATEN) == []


def test_a_when_clause_on_that_november_is_in_the_year_said_before(extract):
    text = "In 2013, the quarrel began. Peru expelled Chile's ambassador that November, when it condemned the ruling."
    [condemnation] = of_type(extract(text), EventType.CONDEMN)
    assert condemnation.date == "2013-11"


@pytest.mark.parametrize("text, event_type, expected", [
    ("Kenya and Tanzania agreed on Tuesday to reopen their border. Uganda welcomed the agreement.",
     EventType.SUPPORT, ["KEN", "TZA"]),
    ("Chile and Argentina reached a deal on fishing rights on Monday. Peru criticised the pact.",
     EventType.CONDEMN, ["ARG", "CHL"]),
    ("Ghana and Togo signed a border treaty on Friday. Ghana hailed the treaty as historic.", EventType.SUPPORT, ["TGO"]),
    ("Leaders met. Nepal welcomed the agreement.", EventType.SUPPORT, []),
])
def test_an_agreement_welcomed_or_criticised_is_aimed_at_those_who_concluded_it(extract, text, event_type, expected):
    [judged] = of_type(extract(text), event_type)
    assert codes(judged.target) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile's foreign minister is due in Lima on Friday.", (["CHL"], ["PER"])),
    ("Kenyan President William Ruto is expected in Kampala next week for talks on the border.", (["KEN"], ["UGA"])),
])
def test_a_leader_due_or_expected_in_a_capital_is_a_visit_ahead(extract, text, expected):
    [visit] = of_type(extract(text), EventType.MEET)
    assert ((codes(visit.source), codes(visit.target)), visit.status.value) == (expected, "planned")


@pytest.mark.parametrize("text", [
    "Leaders met. A ruling by the court is due in March.",
    "Leaders met. More rain is expected in Pakistan this week.",
    "Leaders met. The decision is expected in June.",
    "Leaders met. Talks are expected in Geneva next month.",
])
def test_what_is_due_or_expected_somewhere_without_a_visitor_is_no_visit(extract, text):
    assert of_type(extract(text), EventType.MEET) == []


def test_an_active_verb_the_parser_hung_on_a_passive_participle_is_said_by_the_clause_above(extract):
    text = "Hanoi insisted the vessel was a fishing boat blown off course and accused Manila of overreacting."
    [accusation] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["VNM"], ["PHL"])


@pytest.mark.parametrize("text, event_type, expected", [
    ("Kenya signed a trade deal with Tanzania on Monday. Uganda welcomed the deal.", EventType.SUPPORT, ["KEN", "TZA"]),
    ("China brokered a deal between Bahrain and Qatar on Friday. Oman welcomed the agreement.",
     EventType.SUPPORT, ["BHR", "QAT"]),
    ("Russia and Ukraine agreed to a ceasefire on Monday. Moldova welcomed the truce.", EventType.SUPPORT, ["RUS", "UKR"]),
    # another kind of agreement, one that names its own parties, one told of in a clause of its own
    ("Japan and Australia signed a defence pact on Monday. In Gaza, a ceasefire took effect on Wednesday. "
     "Egypt welcomed the ceasefire.", EventType.SUPPORT, []),
    ("Kenya and Tanzania agreed on Monday to reopen the border. Peru criticised the pact between the United "
     "States and Chile.", EventType.CONDEMN, ["CHL", "USA"]),
    ("Japan and Australia signed a defence pact on Monday. Uganda welcomed the agreement Kenya and Tanzania "
     "signed on Tuesday.", EventType.SUPPORT, []),
    ("Kenya and Uganda agreed that the situation in Sudan was worrying. Egypt welcomed the ceasefire.",
     EventType.SUPPORT, []),
])
def test_the_agreement_judged_is_the_last_one_told_of_only_when_nothing_else_names_it(extract, text, event_type,
                                                                                      expected):
    [judged] = of_type(extract(text), event_type)
    assert codes(judged.target) == expected


def test_accusations_traded_over_an_agreement_stay_each_to_the_other(extract):
    text = ("Armenia, Azerbaijan and Russia agreed on Monday to a truce in Karabakh. On Tuesday, Armenia and "
            "Azerbaijan traded accusations over the truce.")
    pairs = [(codes(e.source), codes(e.target)) for e in of_type(extract(text), EventType.CONDEMN)]
    assert sorted(pairs) == [(["ARM"], ["AZE"]), (["AZE"], ["ARM"])]


@pytest.mark.parametrize("text", [
    "Lula spoke by telephone with Chancellor Friedrich Merz on Saturday.",
    "Lula spoke on the phone with Chancellor Friedrich Merz on Saturday.",
    "Lula talked by video link with Chancellor Friedrich Merz on Saturday.",
])
def test_a_call_by_phone_is_with_whom_the_phone_line_names(extract, text):
    [call] = of_type(extract(text), EventType.MEET)
    assert codes(call.source + call.target) == ["BRA", "DEU"]


def test_an_offer_to_host_talks_that_was_turned_down_holds_no_talks(extract):
    events = extract("Peru turned down a Chilean offer to host a new round of talks.")
    assert of_type(events, EventType.MEET) == []
    [refusal] = of_type(events, EventType.REJECT)
    assert (codes(refusal.source), codes(refusal.target)) == (["PER"], ["CHL"])


def test_what_a_state_would_do_only_after_a_condition_is_met_is_not_done(extract):
    events = extract("Hungary urged Ukraine to restore the minority schools before it would back the bid.")
    assert [e.event_type for e in events] == [EventType.REQUEST]


@pytest.mark.parametrize("text, expected", [
    ("The meeting between the Kenyan and Ugandan foreign ministers lasted three hours.", ["KEN", "UGA"]),
    ("Lula's visit to Beijing was seen as a show of unity.", ["BRA", "CHN"]),
    ("Modi's talks with Ramaphosa were described as warm.", ["IND", "ZAF"]),
])
def test_a_meeting_said_of_by_its_parties_took_place(extract, text, expected):
    [meeting] = of_type(extract(text), EventType.MEET)
    assert codes(meeting.source + meeting.target) == expected


@pytest.mark.parametrize("text", [
    "A meeting with Putin would be a mistake, the senator said.",
    "A meeting between Xi and Lula is expected later this year.",
    "Talks between Chile and Peru were postponed until next month.",
    "Lula's meeting with Milei was cancelled at the last minute.",
    "A meeting between Chile and Peru requires careful preparation.",
    "Direct talks with Peru were difficult to arrange, the Chilean minister said.",
])
def test_a_meeting_said_of_as_wished_put_off_or_hard_to_hold_was_not_held(extract, text):
    assert of_type(extract(text), EventType.MEET) == []


def test_the_board_of_an_organisation_acts_for_it(extract):
    [censure] = of_type(extract("The IAEA board censured Iran for failing to cooperate with inspectors."),
                        EventType.CONDEMN)
    assert (codes(censure.source), codes(censure.target)) == (["IAEA"], ["IRN"])


def test_solidarity_expressed_with_a_people_is_with_its_state(extract):
    [solidarity] = of_type(extract("The African Union expressed solidarity with the people of Sudan."),
                           EventType.SUPPORT)
    assert (codes(solidarity.source), codes(solidarity.target)) == (["AU"], ["SDN"])


def test_a_capital_warned_that_it_would_face_consequences_is_threatened(extract):
    text = "Washington warned Caracas that it would face consequences if the election was rigged."
    [threat] = of_type(extract(text), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["USA"], ["VEN"])


@pytest.mark.parametrize("text, expected", [
    ("Tehran vowed a crushing response to any Israeli aggression.", [(["IRN"], ["ISR"])]),
    ("Pakistan promised a befitting reply to any Indian attack.", [(["PAK"], ["IND"])]),
    ("China promised a strong response to the floods.", []),
    ("Iran promised a firm answer to the US proposal.", []),
])
def test_a_harsh_response_promised_to_a_state_threatens_it(extract, text, expected):
    threats = of_type(extract(text), EventType.THREATEN)
    assert [(codes(t.source), codes(t.target)) for t in threats] == expected


@pytest.mark.parametrize("text", [
    "South African President Cyril Ramaphosa travelled to Kazan for a summit with Putin.",
    "Ramaphosa flew to Sochi for talks with Vladimir Putin.",
])
def test_a_trip_for_talks_with_someone_meets_them_wherever_it_goes(extract, text):
    [trip] = of_type(extract(text), EventType.MEET)
    assert codes(trip.source + trip.target) == ["RUS", "ZAF"]


@pytest.mark.parametrize("text, expected", [
    ("Trump said Colombia would face tariffs of 25% if it did not accept the flights.", [(["USA"], ["COL"])]),
    ("Putin said Ukraine would pay a heavy price for the attack.", [(["RUS"], ["UKR"])]),
    ("Analysts said Russia would face more sanctions.", []),
    ("Goldman Sachs said Russia would face more sanctions.", []),
    ("Zelensky said Russia would face new sanctions from Europe.", []),
    ("Lula said Brazil would face tariffs of 50 percent from August.", []),
    ("Macron said Russia would not face new sanctions.", []),
])
def test_saying_a_state_would_face_a_penalty_threatens_it(extract, text, expected):
    threats = of_type(extract(text), EventType.THREATEN)
    assert [(codes(t.source), codes(t.target)) for t in threats] == expected


def test_pledging_to_support_a_state_supports_it(extract):
    [support] = of_type(extract("Japan pledged to support the Philippines in upholding maritime law."),
                        EventType.SUPPORT)
    assert (codes(support.source), codes(support.target)) == (["JPN"], ["PHL"])


@pytest.mark.parametrize("text, event_type, expected", [
    ("Qatar and Egypt welcomed the agreement between Israel and Hamas.", EventType.SUPPORT, ["HAMAS", "ISR"]),
    ("Argentina criticised Chile's deal with Peru.", EventType.CONDEMN, ["CHL", "PER"]),
    ("Oman welcomed the talks between Iran and the United States.", EventType.SUPPORT, ["IRN", "USA"]),
])
def test_judging_an_agreement_or_talks_judges_the_parties_they_name(extract, text, event_type, expected):
    [judged] = of_type(extract(text), event_type)
    assert codes(judged.target) == expected


def test_demanding_that_a_state_stop_an_act_asks_that_state_not_whom_the_act_concerns(extract):
    [demand] = of_type(extract('"We demand that Washington stop supplying weapons to Kyiv," Lavrov told reporters.'),
                       EventType.REQUEST)
    assert (codes(demand.source), codes(demand.target)) == (["RUS"], ["USA"])


@pytest.mark.parametrize("text, expected", [
    ("Washington imposed export controls on China's chip industry.", [(["USA"], ["CHN"])]),
    ("The United States imposed visa restrictions on Chinese officials.", [(["USA"], ["CHN"])]),
    ("China tightened controls on its own banks.", []),
])
def test_export_controls_and_visa_restrictions_are_sanctions_and_controls_alone_are_not(extract, text, expected):
    sanctions = of_type(extract(text), EventType.SANCTION)
    assert [(codes(s.source), codes(s.target)) for s in sanctions] == expected


def test_two_named_officials_listed_after_a_title_are_both_subjects(extract):
    text = "Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent held trade talks in Geneva."
    [talks] = of_type(extract(text), EventType.MEET)
    assert codes(talks.source + talks.target) == ["CHN", "USA"]


@pytest.mark.parametrize("text, event_type, expected", [
    ("The European Union adopted its 19th sanctions package against Russia.", EventType.SANCTION, (["EU"], ["RUS"])),
    ("Canada extended its sanctions regime against Iran on Monday.", EventType.SANCTION, (["CAN"], ["IRN"])),
])
def test_an_event_noun_in_a_compound_takes_the_target_of_the_noun_it_qualifies(extract, text, event_type, expected):
    [event] = of_type(extract(text), event_type)
    assert (codes(event.source), codes(event.target)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tehran said any Israeli aggression would be met with force.", [(["IRN"], ["ISR"])]),
    ("The minister of Chile said the proposal would be met with scepticism.", []),
    ("Beijing said the Japanese proposal would be met with a positive response.", []),
])
def test_saying_an_attack_would_be_met_with_force_threatens_the_attacker(extract, text, expected):
    events = extract(text)
    assert of_type(events, EventType.MEET) == []
    assert [(codes(t.source), codes(t.target)) for t in of_type(events, EventType.THREATEN)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The visit of the Kenyan president was met with protests in Kampala.", []),
    ("The Kenyan president was met by Ugandan officials at the airport.", [["KEN", "UGA"]]),
])
def test_being_met_with_something_is_no_meeting_and_being_met_by_someone_is(extract, text, expected):
    meetings = [e for e in of_type(extract(text), EventType.MEET) if e.codes.cameo != "042"]
    assert [codes(m.source + m.target) for m in meetings] == expected


def test_a_summit_of_an_organisations_members_said_of_took_place_among_them(extract):
    [summit] = of_type(extract("The summit of ASEAN countries in Manila showed how far apart they were."), EventType.MEET)
    assert codes(summit.source + summit.target) == ["ASEAN"]


def test_a_deal_brokered_between_two_states_is_their_agreement_and_the_brokers_mediation(extract):
    events = extract("The United States brokered a peace deal between Rwanda and Uganda.")
    [deal] = of_type(events, EventType.AGREE)
    [mediation] = of_type(events, EventType.MEET)
    assert codes(deal.source + deal.target) == ["RWA", "UGA"]
    assert (codes(mediation.source), codes(mediation.target), mediation.codes.cameo) == (["USA"], ["RWA", "UGA"], "045")


@pytest.mark.parametrize("text, expected", [
    ("Bangladesh sought the extradition of its former prime minister from India.", [(["BGD"], ["IND"])]),
    ("Seoul sought an apology from Tokyo for the remarks.", [(["KOR"], ["JPN"])]),
    ("The minister of Chile sought help to rein in the protests in Peru.", []),
])
def test_seeking_an_extradition_or_an_apology_from_a_state_asks_it(extract, text, expected):
    requests = of_type(extract(text), EventType.REQUEST)
    assert [(codes(r.source), codes(r.target)) for r in requests] == expected


def test_doubling_tariffs_on_a_states_goods_sanctions_it(extract):
    [tariffs] = of_type(extract("Washington doubled the tariffs on Indian goods to 50 percent."), EventType.SANCTION)
    assert (codes(tariffs.source), codes(tariffs.target)) == (["USA"], ["IND"])


@pytest.mark.parametrize("text, expected", [
    ("Riyadh announced a plan to host talks with Iran.", ["planned"]),
    ("Riyadh honoured its promise to host talks with Iran.", ["occurred"]),
    ("Tehran turned down Riyadh's offer to host talks with Iran's neighbours.", []),
])
def test_what_a_plan_is_to_do_is_planned_an_offer_not_held_and_a_promise_kept_done(extract, text, expected):
    assert [m.status.value for m in of_type(extract(text), EventType.MEET)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Security Council adopted a proposal to impose sanctions on Mali.", [["MLI"]]),
    ("Mali rejected a proposal to impose sanctions on Niger.", []),
])
def test_a_proposal_adopted_is_done_and_one_rejected_is_not(extract, text, expected):
    assert [codes(e.target) for e in of_type(extract(text), EventType.SANCTION)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin said talks with Trump had been useful.", [["RUS", "USA"]]),
    ("Putin said talks with Trump were possible.", []),
])
def test_talks_a_leader_says_were_useful_were_held_by_him(extract, text, expected):
    assert [codes(m.source + m.target) for m in of_type(extract(text), EventType.MEET)] == expected


def test_a_threat_to_destroy_a_state_is_aimed_at_it(extract):
    [threat] = of_type(extract("Trump repeated his threat to destroy North Korea."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["USA"], ["PRK"])


@pytest.mark.parametrize("text, event_type, expected", [
    ("EU foreign ministers agreed new sanctions on Russia on Monday.", EventType.SANCTION, (["EU"], ["RUS"])),
    ("The EU agreed on its 14th sanctions package against Russia.", EventType.SANCTION, (["EU"], ["RUS"])),
    ("Armenia and Azerbaijan agreed on a peace treaty on Friday.", EventType.AGREE, (["ARM", "AZE"], [])),
])
def test_sanctions_agreed_are_imposed_and_a_treaty_agreed_is_an_agreement(extract, text, event_type, expected):
    events = extract(text)
    assert [e.event_type for e in events] == [event_type]
    assert (codes(events[0].source), codes(events[0].target)) == expected


def test_criticising_a_state_over_an_issue_that_names_another_state_criticises_the_first_only(extract):
    [criticism] = of_type(extract("China criticised the United States on Monday over the Taiwan arms sale."),
                          EventType.CONDEMN)
    assert (codes(criticism.source), codes(criticism.target)) == (["CHN"], ["USA"])


@pytest.mark.parametrize("text", [
    "The minister of Chile declined to comment on reports that he would meet his Peruvian counterpart.",
    "There is speculation that Chile will sanction Peru.",
])
def test_what_reports_or_speculation_say_is_no_event(extract, text):
    assert extract(text) == []


def test_a_national_sports_team_touring_a_country_is_no_visit_of_its_state(extract):
    assert of_type(extract("The Pakistani cricket team will tour India next year."), EventType.MEET) == []


@pytest.mark.parametrize("text", [
    "The Kenyan president signed as a witness.",
    "Kenya said five other countries were close to reaching similar deals with Uganda.",
])
def test_a_witness_to_a_signing_and_a_deal_one_is_close_to_are_no_agreement(extract, text):
    assert of_type(extract(text), EventType.AGREE) == []


def test_an_act_its_doer_denies_doing_is_refused_not_done(extract):
    [support] = of_type(extract("Chile denied backing the rebels in Peru."), EventType.SUPPORT)
    assert support.status.value == "refused"


def test_asking_to_speak_with_a_leader_appeals_for_a_call_that_is_planned(extract):
    events = extract("Lula has asked to speak with Macron by telephone.")
    [appeal] = of_type(events, EventType.REQUEST)
    [call] = of_type(events, EventType.MEET)
    assert (codes(appeal.source), codes(appeal.target), appeal.codes.cameo) == (["BRA"], ["FRA"], "026")
    assert (codes(call.source + call.target), call.status.value) == (["BRA", "FRA"], "planned")


@pytest.mark.parametrize("text, expected", [
    ("Lula made a pledge to visit Santiago before the summer.", ["planned"]),
    ("Lula accepted an invitation to visit Santiago.", ["planned"]),
    ("Chile honoured its promise to host the talks with Peru.", ["occurred"]),
])
def test_a_pledge_made_or_an_invitation_accepted_is_still_ahead_and_a_promise_honoured_is_kept(extract, text, expected):
    assert [m.status.value for m in of_type(extract(text), EventType.MEET)] == expected


@pytest.mark.parametrize("text", [
    "A meeting between Lula and Milei was seen as unlikely before the summer.",
    "A meeting between Lula and Milei is seen as the key to ending the dispute.",
    "Any talks with Peru run the risk of rewarding aggression, the Chilean minister said.",
])
def test_a_meeting_seen_as_unlikely_or_needed_was_not_held(extract, text):
    assert of_type(extract(text), EventType.MEET) == []


@pytest.mark.parametrize("text, expected", [
    ("Lula signed the Gaza declaration as a witness.", []),
    ("Chile and Peru signed as guarantors of the ceasefire.", [["CHL", "PER"]]),
])
def test_a_witness_is_no_party_and_a_guarantor_is(extract, text, expected):
    assert [codes(a.source + a.target) for a in of_type(extract(text), EventType.AGREE)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Milei has asked to meet Lula in Brasilia.", [(["ARG"], ["BRA"])]),
    ("Milei was asked to meet Lula in Brasilia.", []),
    ("Reporters asked to speak with Lula after the talks.", []),
])
def test_only_a_named_asker_asking_for_itself_plans_a_meeting(extract, text, expected):
    meetings = [e for e in of_type(extract(text), EventType.MEET) if e.status.value == "planned"]
    assert [(codes(m.source), codes(m.target)) for m in meetings] == expected


@pytest.mark.parametrize("text, expected", [
    ("Qatar failed to broker a deal between Kenya and Uganda.", {"refused"}),
    ("Turkey tried to broker a ceasefire between Kenya and Uganda.", {"planned"}),
])
def test_a_deal_one_failed_or_tried_to_broker_was_not_concluded(extract, text, expected):
    assert {e.status.value for e in extract(text) if e.event_type in (EventType.AGREE, EventType.MEET)} == expected


@pytest.mark.parametrize("text", [
    "Lula said the attack was met with a decisive response.",
    "The Chilean minister said the Peruvian strike had been met with force.",
])
def test_a_response_told_as_already_made_threatens_no_one(extract, text):
    assert of_type(extract(text), EventType.THREATEN) == []


def test_a_participle_after_while_is_another_act_of_the_same_speaker(extract):
    events = extract("Chile welcomed the accord while calling on Peru to reopen the border crossings.")
    [appeal] = of_type(events, EventType.REQUEST)
    assert (codes(appeal.source), codes(appeal.target)) == (["CHL"], ["PER"])
    assert of_type(events, EventType.SUPPORT)


def test_which_after_two_coordinated_states_is_the_latter_unless_its_verb_is_plural(extract):
    [refusal] = of_type(extract("The drought deepened a rift between Sudan and Ethiopia, which rejected the plan in May."),
                        EventType.REJECT)
    [criticism] = of_type(extract("The summit brought together Austria and Hungary, which have both condemned the coup."),
                          EventType.CONDEMN)
    assert (codes(refusal.source), codes(criticism.source)) == (["ETH"], ["AUT", "HUN"])


def test_what_a_refusal_or_failure_is_to_do_is_not_done(extract):
    events = extract("Peru regretted Chile's failure to sign the fisheries treaty.")
    assert [e.status.value for e in of_type(events, EventType.AGREE)] == ["refused"]
    assert of_type(events, EventType.CONDEMN)


def test_ordering_ones_own_forces_is_no_demand_of_another_state(extract):
    assert not of_type(extract("The Turkish defence minister ordered the armed forces to strike targets in Syria."),
                       EventType.REQUEST)
    [demand] = of_type(extract("Turkey ordered Syria to withdraw its troops from the border."), EventType.REQUEST)
    assert (codes(demand.source), codes(demand.target)) == (["TUR"], ["SYR"])


def test_placing_officials_under_sanctions_sanctions_their_state(extract):
    [sanction] = of_type(extract("Canada placed four Iranian officials under sanctions on Monday."), EventType.SANCTION)
    assert (codes(sanction.source), codes(sanction.target), sanction.date) == (["CAN"], ["IRN"], "2026-03-09")


def test_removing_a_state_from_a_programme_is_a_sanction_but_removing_it_from_a_blacklist_is_not(extract):
    [sanction] = of_type(extract("Japan removed South Korea from its fast-track export programme."), EventType.SANCTION)
    assert (codes(sanction.source), codes(sanction.target)) == (["JPN"], ["KOR"])
    assert not of_type(extract("Japan removed South Korea from the list of restricted trading partners."),
                       EventType.SANCTION)


def test_an_act_a_promised_state_waits_for_with_until_is_not_done_but_one_talks_went_on_until_is(extract):
    assert not extract("Norway said the Danish envoy would remain unwelcome until Denmark apologised.")
    [agreement] = of_type(extract("The talks went on until Chile and Peru agreed on the border."), EventType.AGREE)
    assert agreement.status.value == "occurred"


def test_a_participle_on_a_states_case_or_plan_is_that_states_act(extract):
    events = extract("Chile expressed support for Bolivia's complaint at the court accusing Peru of dumping.")
    [accusation] = of_type(events, EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["BOL"], ["PER"])


def test_removing_a_thing_from_a_place_is_no_sanction(extract):
    assert not of_type(extract("Estonia said it would not remove the monument from the square."), EventType.SANCTION)
    assert not of_type(extract("Israel removed troops from the border with Lebanon."), EventType.SANCTION)


def test_borders_that_meet_are_no_meeting(extract):
    assert not extract("The valley lies where the borders of Nepal, Bhutan and India meet.")


def test_being_ready_to_consider_further_sanctions_against_a_state_threatens_it(extract):
    [threat] = of_type(extract("The Swiss foreign minister said Switzerland was ready to consider further sanctions "
                               "against Belarusian officials."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["CHE"], ["BLR"])
    assert not of_type(extract("The EU is not ready to lift sanctions on Belarus."), EventType.THREATEN)


def test_having_no_plans_to_meet_rules_a_meeting_out(extract):
    events = extract("A Chinese spokeswoman said Premier Li Qiang had no plans to meet the Japanese prime minister "
                     "at the summit.")
    assert [e.event_type for e in events] == [EventType.REJECT]


def test_an_ambassador_to_a_state_named_before_his_name_serves_the_state_named_before_the_title(extract):
    [criticism] = extract("U.S. Ambassador to Japan George Glass criticised the consul general's post.")
    assert codes(criticism.source) == ["USA"]


def test_showing_solidarity_with_a_state_supports_it_but_polls_showing_support_do_not(extract):
    events = extract("The presidents of Lithuania and Latvia flew to Kyiv on Tuesday to show their solidarity with Ukraine.")
    [support] = of_type(events, EventType.SUPPORT)
    assert (codes(support.source), codes(support.target)) == (["LTU", "LVA"], ["UKR"])
    assert not of_type(extract("Polls showed support for Ukraine among Latvians."), EventType.SUPPORT)
