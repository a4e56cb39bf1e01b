"""State organs that act for their state, and acts a speaker does around what it says."""

from datetime import datetime, timezone

import pytest

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code or a.name for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


@pytest.mark.parametrize("text, source", [
    ("Laos's border committee said Thai troops had used force against unarmed refugees.", ["LAO"]),
    ("Vietnamese state media denounced the patrols by Chinese ships.", ["VNM"]),
    ("Cuba did not comment at once, but its state media later denounced the exercises by the United States.", ["CUB"]),
])
def test_a_states_committee_or_state_media_acts_for_it(extract, text, source):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.source) == source and event.target


@pytest.mark.parametrize("text", [
    "Vietnamese media criticised the patrols by Chinese ships.",
    "A Vietnamese company criticised the Chinese tariffs.",
])
def test_a_states_press_or_firms_are_not_the_state(extract, text):
    assert of_type(extract(text), EventType.CONDEMN) == []


def test_the_doer_of_a_condemned_act_the_parser_hung_on_the_verb_is_the_target(extract):
    [event] = of_type(extract("Cuba denounced the exercises by the United States and Colombia."), EventType.CONDEMN)
    assert codes(event.target) == ["COL", "USA"]


@pytest.mark.parametrize("text, target", [
    ("Hanoi disputed Beijing's account of the collision.", ["CHN"]),
    ("Hanoi contested the findings of the Chinese inquiry.", ["CHN"]),
])
def test_disputing_anothers_account_rejects_it(extract, text, target):
    [event] = of_type(extract(text), EventType.REJECT)
    assert (codes(event.source), codes(event.target)) == (["VNM"], target)


def test_disputing_territory_is_no_rejection(extract):
    assert of_type(extract("Vietnam and China dispute the islands."), EventType.REJECT) == []


def test_force_used_on_civilians_said_by_a_state_accuses_the_one_who_used_it(extract):
    [event] = of_type(extract("Hanoi said Chinese sailors had used force against fishermen and civilians."),
                      EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["VNM"], ["CHN"])


def test_a_participle_after_what_a_state_said_is_the_states_act(extract):
    events = extract("Chile said Bolivian troops had crossed the border, urging La Paz to withdraw them.")
    [event] = of_type(events, EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["BOL"])


@pytest.mark.parametrize("text, status", [
    ("New sanctions will be imposed on Iran, the German foreign minister said.", "planned"),
])
def test_sanctions_a_speaker_says_will_be_imposed_are_the_speakers(extract, text, status):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert (codes(event.source), codes(event.target), event.status.value) == (["DEU"], ["IRN"], status)


def test_sanctions_told_as_history_in_the_passive_name_no_imposer(extract):
    assert of_type(extract("Sanctions were imposed on Iran in 2012, the German foreign minister said."),
                   EventType.SANCTION) == []


@pytest.mark.parametrize("text", [
    "China said it would not sit idly by if Japan sent warships.",
    "China warned that it would not stand idly by while Japan armed the islands.",
])
def test_vowing_not_to_sit_idly_by_is_a_threat(extract, text):
    [event] = of_type(extract(text), EventType.THREATEN)
    assert codes(event.source) == ["CHN"]


def test_throwing_ones_weight_behind_a_state_backs_it(extract):
    [event] = of_type(extract("Cairo threw its weight behind Mogadishu."), EventType.SUPPORT)
    assert codes(event.target) == ["SOM"]


@pytest.mark.parametrize("text", [
    "Taiwan relies on the United States to supply most of its weapons.",
    "Israel counts on the United States to block resolutions at the council.",
])
def test_relying_on_another_to_act_asks_nothing_of_it(extract, text):
    assert of_type(extract(text), EventType.REQUEST) == []


def test_disagreeing_with_anothers_decision_is_criticism(extract):
    [event] = of_type(extract("Norway disagreed with Sweden's decision to close the crossing."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["NOR"], ["SWE"])


def test_ordering_anothers_nationals_out_is_an_expulsion(extract):
    [event] = of_type(extract("Niger's junta ordered French citizens working for aid groups to leave the country."),
                      EventType.SANCTION)
    assert codes(event.target) == ["FRA"]


def test_a_state_ordering_its_own_citizens_out_of_another_expels_no_one(extract):
    assert of_type(extract("Sudan ordered its citizens to leave Libya."), EventType.SANCTION) == []


@pytest.mark.parametrize("text, source, target", [
    ("Canada and Norway imposed sanctions on two Iranian officials they accuse of ordering the raids.",
     ["CAN", "NOR"], ["IRN"]),
    ("Mali expelled the French envoy, whom it accused of meddling.", ["MLI"], ["FRA"]),
])
def test_an_accusation_in_a_relative_clause_is_aimed_at_the_noun_it_describes(extract, text, source, target):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (source, target)


def test_agreeing_to_sanction_reports_the_sanction_not_an_agreement(extract):
    events = extract("EU foreign ministers agreed to widen sanctions against Minsk.")
    assert [(e.event_type, e.status.value) for e in events] == [(EventType.SANCTION, "planned")]


def test_a_cleric_of_a_nationality_is_not_his_state(extract):
    [event] = of_type(extract("The United States rejected a request from Turkey on Monday. Ankara wants the "
                              "extradition of a Turkish cleric in exile, whom it accuses of plotting a "
                              "coup."), EventType.CONDEMN)
    assert codes(event.source) == ["TUR"] and "TUR" not in codes(event.target)


@pytest.mark.parametrize("text, target", [
    ("Hezbollah declared all Israeli and American interests in the region legitimate targets.", ["ISR", "USA"]),
    ("Tehran said it considered US bases in the Gulf legitimate targets.", ["USA"]),
    ("Tehran said it considered American bases in the region legitimate targets.", ["USA"]),
])
def test_declaring_anothers_interests_targets_threatens_force(extract, text, target):
    [event] = of_type(extract(text), EventType.THREATEN)
    assert codes(event.target) == target and event.codes.cameo == "138"


def test_declaring_an_agreement_void_rejects_it(extract):
    [event] = of_type(extract("Somalia declared the memorandum between Ethiopia and Somaliland null and void."),
                      EventType.REJECT)
    assert (codes(event.source), event.codes.cameo) == (["SOM"], "127")


def test_calling_a_deal_a_breakthrough_is_praise(extract):
    [event] = of_type(extract("Norway called the deal between Serbia and Kosovo a breakthrough."), EventType.SUPPORT)
    assert codes(event.source) == ["NOR"]


@pytest.mark.parametrize("text, target", [
    ("Ukraine said Russia had broken the ceasefire.", ["RUS"]),
    ("Ottawa said New Delhi was breaking a basic principle of diplomacy.", ["IND"]),
])
def test_saying_another_broke_a_rule_or_a_truce_accuses_it(extract, text, target):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.target) == target


def test_saying_another_broke_a_deadlock_accuses_no_one(extract):
    assert of_type(extract("Ukraine said Russia had broken the deadlock in the talks."), EventType.CONDEMN) == []


@pytest.mark.parametrize("text, target", [
    ("Britain said it did not agree with the decisions taken by the Indian government.", ["IND"]),
    ("France does not agree with Italy on migration.", ["ITA"]),
])
def test_not_agreeing_with_another_is_disapproval(extract, text, target):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.target) == target and event.codes.cameo == "110"


@pytest.mark.parametrize("text", [
    "Sweden said it saw no reason to negotiate with Hungary.",
    "Sweden sees no need to hold talks with Hungary.",
])
def test_seeing_no_reason_to_talk_is_a_refusal_of_talks(extract, text):
    events = extract(text)
    assert [(e.event_type, e.codes.cameo, codes(e.target)) for e in events] == [(EventType.REJECT, "125", ["HUN"])]


@pytest.mark.parametrize("text", [
    "Britain saw no reason to expel Russian diplomats.",
    "The IAEA found no reason to suspect that Iran had diverted uranium.",
    "Israel sees no need to respond to the Iranian attack, an official said.",
])
def test_seeing_no_reason_for_other_acts_is_neither_a_refusal_nor_the_act(extract, text):
    assert extract(text) == []


def test_calling_off_talks_halts_them(extract):
    [event] = of_type(extract("Beijing called off the talks with Washington."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["CHN"], ["USA"], "164")


def test_calling_a_meeting_is_still_a_meeting(extract):
    assert [e.event_type for e in extract("Chile called an emergency meeting with Peru.")] == [EventType.MEET]


def test_a_bid_to_host_is_no_meeting_held(extract):
    assert of_type(extract("Armenia withdrew its bid to host the conference in order to support Azerbaijan."),
                   EventType.MEET) == []


def test_vowing_to_defend_every_inch_of_ones_territory_supports_no_one(extract):
    assert of_type(extract("Somalia accused Ethiopia of violating its sovereignty and vowed to defend every inch of "
                           "its territory."), EventType.SUPPORT) == []


@pytest.mark.parametrize("text", [
    "Kenya's attacks on the border crossings threaten to disrupt regional trade.",
    "The war threatens to spill over into Chad.",
])
def test_acts_and_wars_that_threaten_something_are_dangers_not_threats(extract, text):
    assert of_type(extract(text), EventType.THREATEN) == []


def test_what_another_is_urged_not_to_insist_on_is_not_done(extract):
    events = extract("Norway urged the Indian government not to insist on reducing Canada's diplomatic presence.")
    assert [e.event_type for e in events] == [EventType.REQUEST]


def test_it_after_a_statement_goes_on_with_the_same_speaker(extract):
    events = extract("India's foreign ministry said that it had sought parity in the size of the missions, and it "
                     "rejected any attempt to portray the move as a violation of norms.")
    [event] = of_type(events, EventType.REJECT)
    assert codes(event.source) == ["IND"]


@pytest.mark.parametrize("text, source", [
    ("Brasília recalled its ambassador for consultations.", ["BRA"]),
    ("Bogotá recalled its ambassador from Tel Aviv.", ["COL"]),
    ("Asunción recalled its ambassador from Caracas.", ["PRY"]),
    ("México recalled its ambassador from Quito.", ["MEX"]),
])
def test_a_capital_or_state_written_with_its_accents_stands_for_its_state(extract, text, source):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert codes(event.source) == source


def test_an_official_the_article_gives_no_state_speaking_in_a_foreign_capital_is_not_its_host(extract):
    events = extract("Foreign Minister Ahmed Nasser told reporters in Washington that Iran had violated the ceasefire.")
    assert all("USA" not in codes(e.source) for e in events)


def test_his_country_is_the_state_of_the_leader_he_is(extract):
    events = extract("Chile's president, Gabriel Boric, announced on Monday that his country would break off "
                     "diplomatic relations with Nicaragua.", datetime(2024, 5, 2, 12, tzinfo=timezone.utc))
    [event] = of_type(events, EventType.SANCTION)
    assert (codes(event.source), codes(event.target), event.status.value) == (["CHL"], ["NIC"], "planned")


def test_appreciating_an_invitation_is_support(extract):
    [event] = of_type(extract("Riyadh said the kingdom appreciated the invitation from the BRICS countries."),
                      EventType.SUPPORT)
    assert codes(event.source) == ["SAU"]


def test_saying_ones_country_would_not_be_intimidated_refuses_nothing(extract):
    events = extract("Philippine President Ferdinand Marcos said his country would not be intimidated by China.",
                     datetime(2024, 5, 2, 12, tzinfo=timezone.utc))
    assert of_type(events, EventType.REJECT) == []


@pytest.mark.parametrize("text, count", [
    ("Brazil, Russia, India, China and South Africa met in Durban. The five members called for a reform of the "
     "United Nations.", 5),
    ("Chile, Peru, Bolivia and Ecuador held talks in Lima. The four countries urged Venezuela to free the prisoners.", 4),
])
def test_the_n_countries_are_the_list_of_n_named_before(extract, text, count):
    [event] = of_type(extract(text), EventType.REQUEST)
    assert len(event.source) == count


def test_the_five_countries_are_no_list_of_three(extract):
    events = extract("Mali, Niger and Chad met in Niamey. The five countries urged Togo to mediate.")
    assert of_type(events, EventType.REQUEST) == []


@pytest.mark.parametrize("text, target", [
    ("Chile described the decision by Peru as historic.", ["PER"]),
    ("Kuwait called the Saudi decision a positive step.", ["SAU"]),
    ("Tehran described Iran's admission to the bloc as a historic development.", []),
])
def test_calling_an_act_historic_or_a_positive_step_is_praise(extract, text, target):
    [event] = of_type(extract(text), EventType.SUPPORT)
    assert codes(event.target) == target


@pytest.mark.parametrize("text", [
    "Russia called the American decision a step too far.",
    "Beijing described the U.S. move as a significant escalation.",
    "Israel described the UN resolution as a significant step backwards.",
    "Tokyo called the Chinese announcement an important signal.",
])
def test_calling_an_act_a_step_or_significant_is_no_praise(extract, text):
    assert of_type(extract(text), EventType.SUPPORT) == []


def test_calling_an_act_a_mistake_is_still_criticism(extract):
    [event] = of_type(extract("Chile called the Peruvian decision a grave mistake."), EventType.CONDEMN)
    assert codes(event.target) == ["PER"]


@pytest.mark.parametrize("text", [
    "Chile, Peru, Bolivia and Ecuador condemned the coup.",
    "Chile, Peru, Bolivia, and Ecuador condemned the coup.",
])
def test_a_list_of_states_the_parser_did_not_join_is_all_of_them(extract, text):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.source) == ["BOL", "CHL", "ECU", "PER"]


def test_a_city_and_its_country_are_no_list(extract):
    [event] = of_type(extract("Officials from Chile met in Lima, Peru, with Bolivian envoys."), EventType.MEET)
    assert "PER" not in codes(event.source)


def test_the_bloc_is_the_organisation_that_acted_last_even_after_a_state_acted(extract):
    events = extract("ECOWAS leaders met in Abuja on Thursday. Washington said it appreciated the decision. The bloc "
                     "imposed sweeping sanctions on Niger.")
    [event] = of_type(events, EventType.SANCTION)
    assert codes(event.source) == ["ECOWAS"]


@pytest.mark.parametrize("text", [
    "Washington would throw its weight behind any deal that Kyiv accepted, Rubio said.",
    "A ceasefire that Israel accepts would allow aid into Gaza.",
    "Iran insisted on guarantees that Washington would not quit any deal it signed.",
])
def test_an_act_a_relative_clause_supposes_is_not_done(extract, text):
    assert of_type(extract(text), EventType.AGREE) == []


@pytest.mark.parametrize("text", [
    "The value of Turkish assets held by Qatar has appreciated sharply.",
    "India appreciates the difficult situation Sri Lanka is in.",
])
def test_appreciating_a_situation_or_a_currency_rising_is_no_support(extract, text):
    assert of_type(extract(text), EventType.SUPPORT) == []


def test_a_states_press_is_not_the_state(extract):
    assert of_type(extract("Israel's media accused Turkey of helping Hamas."), EventType.CONDEMN) == []


def test_the_four_countries_are_no_imposer_and_its_three_targets(extract):
    events = extract("The EU imposed sanctions on Russia, Belarus and Iran. The four countries condemned the decision.")
    assert all("EU" not in codes(e.source) for e in of_type(events, EventType.CONDEMN))


@pytest.mark.parametrize("text", ["Britain is opposed to the plan.", "France is opposed to the trade deal."])
def test_a_state_opposed_to_a_plan_rejects_it(extract, text):
    [event] = of_type(extract(text), EventType.REJECT)
    assert event.source[0].country in ("GBR", "FRA")


@pytest.mark.parametrize("text", [
    "We will hold Hamas responsible for any attack, Netanyahu said.",
    "Ukraine said it would hold Moscow accountable for the strike.",
    "Iran will not stand idly by if Israel attacks Lebanon.",
])
def test_promising_to_make_another_pay_or_not_to_stand_by_is_a_threat_made(extract, text):
    [event] = of_type(extract(text), EventType.THREATEN)
    assert event.status.value == "occurred" and event.target


def test_drills_that_threaten_peace_are_a_danger(extract):
    assert of_type(extract("China's military drills threaten peace in the Taiwan Strait."), EventType.THREATEN) == []


@pytest.mark.parametrize("text", [
    "Hamas told mediators to pass the message to Israel.",
    "Lavrov told his Turkish counterpart to expect a visit.",
])
def test_telling_someone_to_pass_a_message_or_expect_something_demands_nothing(extract, text):
    assert of_type(extract(text), EventType.REQUEST) == []


def test_declaring_an_agreement_void_rejects_it_however_parsed(extract):
    [event] = of_type(extract("Somalia declared the agreement null and void."), EventType.REJECT)
    assert (codes(event.source), event.codes.cameo) == (["SOM"], "127")


def test_a_leader_the_parser_reads_as_a_noun_phrase_still_announces(extract):
    events = extract("Chile's president, Gabriel Boric, announced on Monday that his country would break off "
                     "diplomatic relations with Nicaragua, accusing the Nicaraguan government of repression.",
                     datetime(2024, 5, 2, 12, tzinfo=timezone.utc))
    assert {(e.event_type, e.status.value) for e in events if codes(e.source) == ["CHL"]} >= {
        (EventType.SANCTION, "planned"), (EventType.CONDEMN, "occurred")}


@pytest.mark.parametrize("text", [
    "The measures answer the human rights act, which the American president signed into law last week.",
    "Trump signed the bill into law on Friday.",
])
def test_a_law_signed_is_no_agreement(extract, text):
    assert of_type(extract(text), EventType.AGREE) == []


def test_declaring_a_state_of_emergency_announces_nothing_between_states(extract):
    assert extract("Ethiopia's government, which declared a nationwide state of emergency on Tuesday, held firm.") == []


def test_what_a_law_supports_is_no_act_of_its_state(extract):
    events = extract("China suspended visits by US warships in retaliation for a US law supporting the protesters.")
    assert [(e.event_type, codes(e.source), codes(e.target)) for e in events] == [
        (EventType.SANCTION, ["CHN"], ["USA"])]  # and the visits suspended are not held


@pytest.mark.parametrize("text, target", [
    ("Kyiv said Russian troops had committed war crimes in Bucha.", ["RUS"]),
    ("Pretoria said Israel was committing genocide in Gaza.", ["ISR"]),
])
def test_saying_another_committed_crimes_accuses_it(extract, text, target):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.target) == target


def test_saying_another_committed_no_violation_accuses_no_one(extract):
    assert of_type(extract("Ukraine said Russia had committed no violation of the truce."), EventType.CONDEMN) == []


def test_what_the_president_of_a_state_announces_his_country_will_do_is_planned(extract):
    events = extract("The president of Colombia, Gustavo Petro, announced that his country would expel the Israeli "
                     "ambassador.", datetime(2024, 5, 2, 12, tzinfo=timezone.utc))
    [event] = of_type(events, EventType.SANCTION)
    assert (codes(event.source), codes(event.target), event.status.value) == (["COL"], ["ISR"], "planned")


@pytest.mark.parametrize("text, target", [
    ("Ethiopia has so far resisted calls for an immediate ceasefire.", []),
    ("Israel ignored calls from the United Nations to halt the offensive.", ["UN"]),
])
def test_resisting_or_ignoring_calls_refuses_them(extract, text, target):
    [event] = of_type(extract(text), EventType.REJECT)
    assert codes(event.target) == target


def test_resisting_an_advance_refuses_nothing(extract):
    assert of_type(extract("The Ethiopian army resisted the rebel advance on the capital."), EventType.REJECT) == []


def test_rounding_on_a_state_is_criticism(extract):
    [event] = of_type(extract("Beijing rounded on Tokyo after the ruling."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHN"], ["JPN"])


def test_a_topic_set_before_the_verb_is_no_target(extract):
    [event] = of_type(extract("On Palestine, Iran and Russia condemned the plans for forced displacement."),
                      EventType.CONDEMN)
    assert codes(event.target) == []


def test_the_federated_states_of_micronesia_are_a_state(extract):
    [event] = of_type(extract("The president of the Federated States of Micronesia, David Panuelo, criticised the "
                              "Chinese security pact."), EventType.CONDEMN)
    assert codes(event.source) == ["FSM"]


@pytest.mark.parametrize("text, target", [
    ("Britain criticised Russia on Ukraine at the council.", ["RUS"]),
    ("The United States condemned Russia on behalf of the G7.", ["RUS"]),
])
def test_on_after_a_verb_of_criticism_names_a_topic_not_a_target(extract, text, target):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.target) == target


def test_a_state_targeting_another_is_no_threat_of_targets_declared(extract):
    assert of_type(extract("Moscow considers that NATO is targeting Russia with its expansion."),
                   EventType.THREATEN) == []


@pytest.mark.parametrize("text, event_type, target", [
    ("Putin signed a law ratifying a strategic partnership treaty with North Korea.", EventType.AGREE, ["PRK"]),
    ("The US Congress passed a bill condemning China's treatment of Uighurs.", EventType.CONDEMN, ["CHN"]),
])
def test_what_a_law_ratifies_or_condemns_is_still_its_states_act(extract, text, event_type, target):
    [event] = of_type(extract(text, datetime(2024, 11, 12, 12, tzinfo=timezone.utc)), event_type)
    assert codes(event.target) == target


def test_saying_one_will_not_resist_demands_refuses_nothing(extract):
    assert of_type(extract("Belarus will not resist any demands from Moscow, Lukashenko said."), EventType.REJECT) == []


def test_not_standing_idly_by_if_another_acts_is_a_threat_to_it(extract):
    [event] = of_type(extract("Iran will not stand idly by if Israel attacks Lebanon."), EventType.THREATEN)
    assert codes(event.target) == ["ISR"]


def test_saying_another_committed_acts_of_terrorism_accuses_it(extract):
    [event] = of_type(extract("India said Pakistan had committed acts of terrorism."), EventType.CONDEMN)
    assert codes(event.target) == ["PAK"]


@pytest.mark.parametrize("text", ["Russia committed more troops to the front.", "Ghana committed itself to talks."])
def test_committing_troops_or_oneself_accuses_no_one(extract, text):
    assert of_type(extract(text), EventType.CONDEMN) == []


def test_a_source_placed_in_a_capital_speaks_for_its_state(extract):
    [event] = [e for e in extract("A diplomatic source in Lima rejected the criticism from Santiago.")
               if e.event_type is EventType.REJECT]
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["PER"], ["CHL"])


def test_a_former_official_takes_no_state_from_where_the_sentence_is_placed(extract):
    events = extract("In Chile, former Foreign Minister Maria Gonzalez criticised Bolivia.")
    assert all(a.country != "CHL" for e in events for a in e.source)


def test_a_serving_official_takes_the_state_the_sentence_is_placed_in(extract):
    [event] = extract("In Chile, Foreign Minister Maria Gonzalez criticised Bolivia.")
    assert [a.country for a in event.source] == ["CHL"]
