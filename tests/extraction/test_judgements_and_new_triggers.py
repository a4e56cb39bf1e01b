"""Criticism said as judgements, refusals said as vows, nominal meetings and punitive measures."""

from datetime import datetime, timezone

import pytest

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


def test_calling_a_state_names_in_quotes_is_criticism_of_it(extract):
    [event] = of_type(extract('Bolivia called Chile "a neighbour without scruples" on Monday.'), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["BOL"], ["CHL"])


def test_describing_a_state_as_a_threat_is_criticism(extract):
    [event] = of_type(extract("Norway described Russia as a threat to the Arctic."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["NOR"], ["RUS"])


def test_calling_a_state_a_friend_is_no_criticism(extract):
    assert of_type(extract("Ghana called Togo a close friend and partner."), EventType.CONDEMN) == []


def test_saying_anothers_position_is_unacceptable_is_criticism_of_it(extract):
    [event] = of_type(extract("Sweden said the Hungarian position was unacceptable."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["SWE"], ["HUN"])


def test_saying_a_plan_is_not_a_problem_is_no_criticism(extract):
    assert of_type(extract("Sweden said the Hungarian plan was not a problem."), EventType.CONDEMN) == []


def test_vowing_never_to_do_something_is_a_refusal(extract):
    [event] = of_type(extract("Kenya has vowed never to give up its claim to the island."), EventType.REJECT)
    assert codes(event.source) == ["KEN"]
    assert of_type(extract("Kenya has vowed never to give up its claim to the island."), EventType.ANNOUNCE) == []


def test_telling_someone_something_by_phone_is_a_phone_call(extract):
    events = extract("The Dutch foreign minister told the Danish foreign minister by phone that the plan was flawed.")
    [call] = of_type(events, EventType.MEET)
    assert call.codes.cameo == "041"
    assert codes(call.source + call.target) == ["DNK", "NLD"]


def test_a_leader_on_a_visit_to_a_state_visits_it(extract):
    [event] = of_type(extract("Canada's prime minister, on a visit to Chile, praised its farmers."), EventType.MEET)
    assert codes(event.source + event.target) == ["CAN", "CHL"]


def test_visits_by_officials_of_a_state_are_theirs(extract):
    events = extract("Ecuador has not changed course despite visits by senior Peruvian officials.")
    [event] = of_type(events, EventType.MEET)
    assert codes(event.source) == ["PER"]


def test_lashing_out_at_a_state_is_criticism(extract):
    [event] = of_type(extract("Serbia lashed out at Croatia over the border dispute."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["SRB"], ["HRV"])


def test_tightening_restrictions_on_a_state_is_a_sanction(extract):
    [event] = of_type(extract("Japan tightened export restrictions on Iran last week."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["JPN"], ["IRN"])


def test_scrapping_a_deal_with_a_state_is_a_rejection(extract):
    [event] = of_type(extract("Mexico scrapped its fishing deal with Cuba."), EventType.REJECT)
    assert codes(event.source) == ["MEX"]


def test_a_named_owners_demand_is_a_request_whatever_its_verb(extract):
    [event] = of_type(extract("Peru's demand that Chile return the artefacts has met a cool response."),
                      EventType.REQUEST)
    assert codes(event.source) == ["PER"]


def test_an_account_of_a_call_between_two_states_is_a_meeting(extract):
    events = extract("Both capitals published accounts of a phone call between Ghana and Togo.")
    [event] = of_type(events, EventType.MEET)
    assert codes(event.source + event.target) == ["GHA", "TGO"]


def test_reserving_the_right_to_respond_is_a_threat(extract):
    [event] = of_type(extract("Armenia has reserved the right to respond to Azerbaijan."), EventType.THREATEN)
    assert codes(event.source) == ["ARM"]


def test_negotiating_a_ceasefire_concludes_an_agreement(extract):
    events = extract("Qatar negotiated a ceasefire between Sudan and Chad on Friday.")
    assert [e.event_type for e in events] == [EventType.AGREE]


def test_a_passive_characterisation_names_its_author_by_the_agent(extract):
    [event] = of_type(extract('The Serbian plan was described by Croatia as "reckless".'), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["HRV"], ["SRB"])


def test_expressing_respect_for_a_leader_is_support(extract):
    [event] = of_type(extract("Finland expressed its respect for Estonia."), EventType.SUPPORT)
    assert (codes(event.source), codes(event.target)) == (["FIN"], ["EST"])


def test_a_titled_name_takes_the_state_the_article_gives_that_office(extract):
    text = ("Prime Minister Anna Lindqvist met Estonia's president in Tallinn on Monday. "
            "Sweden's prime minister later praised Latvia.")
    [meeting] = of_type(extract(text), EventType.MEET)
    assert codes(meeting.source + meeting.target) == ["EST", "SWE"]


def test_a_state_saying_it_will_act_states_an_intent(extract):
    [event] = of_type(extract("Kenya said it would relax its visa rules for Ugandans."), EventType.ANNOUNCE)
    assert codes(event.source) == ["KEN"] and event.status.value == "planned"


def test_a_state_saying_another_will_act_states_no_intent_of_its_own(extract):
    assert of_type(extract("Kenya said Uganda would relax its visa rules."), EventType.ANNOUNCE) == []


def test_intending_to_work_with_a_state_is_an_intent(extract):
    [event] = of_type(extract("Chile intends to work with Peru on fisheries."), EventType.ANNOUNCE)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])


def test_announcing_a_visit_reports_the_planned_visit(extract):
    events = extract("Chile announced that its president will visit Peru next week.")
    [visit] = of_type(events, EventType.MEET)
    assert visit.status.value == "planned" and codes(visit.source + visit.target) == ["CHL", "PER"]


def test_for_his_part_is_no_call_for_anything(extract):
    events = extract('Kenya, for his part, has called Uganda "reckless."')
    assert of_type(events, EventType.REQUEST) == []
    assert len(of_type(events, EventType.CONDEMN)) == 1


def test_a_name_given_alone_before_the_full_name_is_that_person(extract):
    text = "Rahimov criticised Armenia on Monday. Azerbaijan's foreign minister Elnur Rahimov spoke in Baku."
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.source) == ["AZE"]


def test_a_quoted_insult_read_as_two_predicates_is_still_criticism(extract):
    events = extract('Ghana, for its part, has called Togo "utterly reckless."')
    assert [codes(e.target) for e in of_type(events, EventType.CONDEMN)] == [["TGO"]]


def test_an_intent_said_during_a_visit_keeps_both(extract):
    events = extract("During a visit to Lima last week, Chile's president said Chile would strive for a fishing deal.")
    assert {e.event_type for e in events} >= {EventType.MEET, EventType.ANNOUNCE}


def test_concerns_raised_with_officials_of_a_state_are_a_meeting(extract):
    [event] = of_type(extract("Norway's ambassador said he had raised concerns with Danish officials."), EventType.MEET)
    assert codes(event.source + event.target) == ["DNK", "NOR"]


def test_his_refers_to_the_person_named_before_it_in_the_sentence(extract):
    text = ("Canada's prime minister Mark Carney spoke on Monday. "
            "Critics pointed to Peru's president Dina Boluarte and her threat to expel Chilean diplomats.")
    threats = of_type(extract(text), EventType.THREATEN)
    assert [codes(e.source) for e in threats] == [["PER"]]


def test_reaffirming_a_partnership_is_support(extract):
    [event] = of_type(extract("Japan reaffirmed its partnership with India on Friday."), EventType.SUPPORT)
    assert codes(event.source) == ["JPN"]


def test_a_message_of_support_delivered_to_a_state_is_support(extract):
    [event] = of_type(extract("Japan delivered a message of support to India."), EventType.SUPPORT)
    assert (codes(event.source), codes(event.target)) == (["JPN"], ["IND"])


def test_hoping_another_state_will_act_is_an_appeal_to_it(extract):
    [event] = of_type(extract("Japan hopes that China will respect the agreement."), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["JPN"], ["CHN"])


def test_hoping_that_talks_go_well_appeals_to_no_one(extract):
    assert of_type(extract("Japan hopes that the talks will go well."), EventType.REQUEST) == []


def test_a_title_followed_by_its_state_gives_the_person_that_state(extract):
    text = "Lena Berg, deputy minister of Sweden, said Norway should reopen the border."
    [event] = of_type(extract(text), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["SWE"], ["NOR"])


def test_a_participle_shares_the_date_of_its_clause(extract):
    [event] = of_type(extract("In January, Peru unveiled a new policy, chastising Chile over fishing."),
                      EventType.CONDEMN)
    assert event.date == "2026-01"


def test_vowing_to_strike_a_state_is_a_threat(extract):
    [event] = of_type(extract("Iran vowed to strike Israel if attacked again."), EventType.THREATEN)
    assert codes(event.source) == ["IRN"]


def test_what_a_speaker_would_say_states_no_intent(extract):
    assert of_type(extract("If asked, I would say Chile will sign the deal with Peru."), EventType.ANNOUNCE) == []


def test_a_plan_to_meet_reports_the_planned_meeting_alone(extract):
    events = extract("Chile's president plans to meet Peru's president in Lima next week.")
    assert [e.event_type for e in events] == [EventType.MEET]


def test_a_quoted_judgement_of_a_state_in_what_is_said_is_criticism(extract):
    [event] = of_type(extract("Bolivia said Chile had acted with 'total impunity' at the border."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["BOL"], ["CHL"])


def test_a_passive_judgement_whose_agent_the_parser_misplaced_keeps_its_author(extract):
    [event] = of_type(extract('The move was described as "very alarming" by Russia’s ambassador to Chile.'),
                      EventType.CONDEMN)
    assert codes(event.source) == ["RUS"]


def test_accusations_lodged_in_a_speech_are_the_speakers(extract):
    events = extract("Japan's prime minister spoke in an address that lodged accusations against China.")
    [event] = of_type(events, EventType.CONDEMN)
    assert codes(event.source) == ["JPN"]


def test_a_judgement_deep_in_what_is_said_takes_the_date_of_the_saying(extract):
    text = "On Tuesday, Bolivia's president said the floods were a result of what he called Chilean aggression."
    [event] = [e for e in of_type(extract(text), EventType.CONDEMN) if codes(e.target) == ["CHL"]]
    assert event.date == "2026-03-10"


def test_saying_it_will_not_act_on_a_call_is_a_refusal(extract):
    [event] = of_type(extract("France said it would not repatriate its fighters for now."), EventType.REJECT)
    assert codes(event.source) == ["FRA"] and event.status.value == "occurred"


def test_saying_demands_are_unrealistic_rejects_them(extract):
    assert EventType.REJECT in {e.event_type for e in extract("Russia says the Turkish demands are unrealistic.")}


def test_a_un_envoy_serves_the_un_not_the_country_he_covers(extract):
    [event] = of_type(extract("Syria held a meeting with the UN Syria envoy on Tuesday."), EventType.MEET)
    assert codes(event.source + event.target) == ["SYR", "UN"]


def test_two_different_appeals_to_one_state_stay_two(extract):
    text = "Chile urged Peru to reopen the border. Chile also called on Peru to release the fishermen."
    assert len(of_type(extract(text), EventType.REQUEST)) == 2


def test_having_spoken_to_a_leader_is_a_meeting_but_speaking_to_reporters_is_not(extract):
    [talk] = of_type(extract("The Fijian prime minister said he had spoken to the Tongan king this week."), EventType.MEET)
    assert codes(talk.source + talk.target) == ["FJI", "TON"]
    assert of_type(extract("The Fijian prime minister spoke to reporters in Suva on Monday."), EventType.MEET) == []


def test_being_briefed_by_officials_of_a_state_is_a_meeting_with_it(extract):
    text = "Hamas was briefed on the proposal by Qatari and Egyptian officials late on Friday."
    [briefing] = of_type(extract(text), EventType.MEET)
    assert (codes(briefing.source), codes(briefing.target)) == (["EGY", "QAT"], ["HAMAS"])


def test_talks_that_brought_ministers_together_were_a_meeting_of_their_states(extract):
    [talks] = of_type(extract("The talks brought together the foreign ministers of Chile and Peru."), EventType.MEET)
    assert codes(talks.source + talks.target) == ["CHL", "PER"]


def test_a_dinner_with_leaders_is_a_meeting_but_a_dinner_for_donors_is_not(extract):
    text = "At a working dinner with EU leaders on Thursday, the Canadian prime minister praised the sanctions."
    [dinner] = of_type(extract(text), EventType.MEET)
    assert codes(dinner.source + dinner.target) == ["CAN", "EU"]
    assert of_type(extract("The Kenyan foreign ministry held a dinner for donors."), EventType.MEET) == []


def test_halting_sales_to_a_state_is_a_sanction_on_it(extract):
    [halt] = of_type(extract("Colombia halted electricity sales to Ecuador on Friday."), EventType.SANCTION)
    assert (codes(halt.source), codes(halt.target)) == (["COL"], ["ECU"])


def test_pausing_an_amount_of_funding_to_a_state_is_a_sanction_on_it(extract):
    text = "New Zealand paused millions of dollars in development funding to Samoa."
    [pause] = of_type(extract(text), EventType.SANCTION)
    assert (codes(pause.source), codes(pause.target)) == (["NZL"], ["WSM"])


def test_a_lunch_held_before_a_past_statement_was_held(extract):
    text = "Before a lunch with EU foreign ministers, the Canadian foreign minister stressed shared values."
    [lunch] = of_type(extract(text), EventType.MEET)
    assert lunch.status.value == "occurred"


def test_a_deal_offered_is_no_agreement(extract):
    assert of_type(extract("The Indian prime minister offered Japan a deal on Tuesday."), EventType.AGREE) == []


def test_not_hesitating_to_freeze_assets_threatens_whose_assets_they_are(extract):
    text = "Kenya's foreign minister said on Tuesday that Kenya would not hesitate to freeze the assets of Somalia's leaders."
    [threat] = of_type(extract(text), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["KEN"], ["SOM"])


def test_saying_one_would_not_hesitate_to_strike_threatens(extract):
    [threat] = of_type(extract("Ghana said it would not hesitate to strike Togo."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["GHA"], ["TGO"])


def test_a_response_promised_to_tariffs_threatens_but_one_promised_to_a_letter_does_not(extract):
    [threat] = of_type(extract("Chile said it would respond to any new Peruvian tariffs."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["CHL"], ["PER"])
    assert of_type(extract("Chile said it would respond to Peru's letter next week."), EventType.THREATEN) == []


def test_a_response_said_after_a_judgement_in_one_sentence_threatens_too(extract):
    text = "Chile said on Friday that the tariffs were illegal and that Chile would respond to Peru's tariffs."
    events = extract(text)
    assert len(of_type(events, EventType.CONDEMN)) == len(of_type(events, EventType.THREATEN)) == 1


def test_being_asked_a_question_is_no_request(extract):
    text = "When asked about the sanctions, the Chilean foreign minister said Chile would send aid to Peru."
    assert of_type(extract(text), EventType.REQUEST) == []


def test_not_saying_whether_one_will_act_announces_nothing(extract):
    assert extract("Chile has not said whether it will match Peru's tariffs.") == []


def test_expelling_a_vessel_is_no_diplomatic_expulsion(extract):
    assert of_type(extract("China said it had moved to expel the Philippine vessel."), EventType.SANCTION) == []


def test_dropping_objections_rejects_nothing(extract):
    text = "EU leaders approved sanctions against Belarus after Slovakia dropped its objections."
    assert of_type(extract(text), EventType.REJECT) == []


def test_support_for_what_one_calls_a_firm_stance_is_no_criticism(extract):
    text = "Peru's government expressed support for what it called Ecuador's firm stance against organised crime."
    assert of_type(extract(text), EventType.CONDEMN) == []


def test_backing_one_would_consider_is_planned(extract):
    text = "The European Union's foreign policy chief said the bloc would consider backing Uzbekistan's plan."
    assert [e.status.value for e in of_type(extract(text), EventType.SUPPORT)] == ["planned"]


def test_a_congratulation_called_in_for_is_aimed_at_who_was_called(extract):
    text = "The Kenyan president telephoned the Tanzanian president on Tuesday to congratulate him on the deal."
    [praise] = of_type(extract(text), EventType.SUPPORT)
    assert (codes(praise.source), codes(praise.target)) == (["KEN"], ["TZA"])


def test_warning_that_one_stands_prepared_to_act_threatens(extract):
    text = "Ecuador's president warned that Ecuador was prepared to take additional measures against Colombia."
    [threat] = of_type(extract(text), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["ECU"], ["COL"])


def test_joining_leaders_is_meeting_them_and_them_is_not_the_city_they_met_in(extract):
    text = "Ukraine's president joined the EU leaders in Brussels on Thursday and thanked them for the package."
    events = extract(text)
    [meeting] = of_type(events, EventType.MEET)
    [thanks] = of_type(events, EventType.SUPPORT)
    assert codes(meeting.source + meeting.target) == ["EU", "UKR"]
    assert codes(thanks.target) == ["EU"]


def test_a_state_suspended_by_a_bloc_is_sanctioned_but_suspended_talks_need_a_target(extract):
    [event] = of_type(extract("The African Union suspended Mali on Friday."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["AU"], ["MLI"])


def test_the_three_countries_are_the_three_named_together_before(extract):
    text = "Mali, Niger and Chad met in Niamey on Monday. The three countries condemned ECOWAS on Tuesday."
    [condemnation] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(condemnation.source), codes(condemnation.target)) == (["MLI", "NER", "TCD"], ["ECOWAS"])


def test_declaring_an_ambassador_persona_non_grata_expels_them(extract):
    [expulsion] = of_type(extract("Chile declared Peru's ambassador persona non grata on Thursday."), EventType.SANCTION)
    assert (codes(expulsion.source), codes(expulsion.target)) == (["CHL"], ["PER"])


def test_brushing_off_appeals_rejects_them(extract):
    [refusal] = of_type(extract("Kosovo's prime minister brushed off the appeals of the EU on Thursday."), EventType.REJECT)
    assert (codes(refusal.source), codes(refusal.target)) == (["XKX"], ["EU"])


def test_calling_an_emergency_meeting_of_a_bloc_is_a_meeting(extract):
    text = "Honduras said on Monday it had called an emergency meeting of CELAC members."
    assert of_type(extract(text), EventType.MEET) != []


def test_leaving_a_bloc_cuts_ties_with_it_but_leaving_a_state_does_not(extract):
    text = "Niger and Mali announced on Sunday that they were leaving ECOWAS with immediate effect."
    [exit_] = of_type(extract(text), EventType.SANCTION)
    assert (codes(exit_.source), codes(exit_.target)) == (["MLI", "NER"], ["ECOWAS"])
    assert of_type(extract("The Malian minister left Niger on Sunday."), EventType.SANCTION) == []


def test_warning_that_a_state_would_face_sanctions_threatens_it(extract):
    text = "The French president warned that Russia would face massive new sanctions if it stalled."
    [threat] = of_type(extract(text), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["FRA"], ["RUS"])
    assert of_type(extract("The UN warned that Yemen would face famine."), EventType.THREATEN) == []


def test_making_clear_that_one_would_send_troops_announces_it(extract):
    text = "Talks ended in Berlin. Germany made clear on Monday that it would send troops to Lithuania."
    [intent] = of_type(extract(text), EventType.ANNOUNCE)
    assert (codes(intent.source), intent.status.value) == (["DEU"], "planned")


def test_calling_a_ban_discriminatory_criticises_it(extract):
    events = extract("China has called India's bans discriminatory.")
    [criticism] = of_type(events, EventType.CONDEMN)
    assert (codes(criticism.source), codes(criticism.target)) == (["CHN"], ["IND"])


def test_a_demand_joined_to_what_protesters_did_is_theirs_not_the_speakers(extract):
    text = "Russia said the protesters blocked the embassy and demanded sanctions against Georgia."
    assert of_type(extract(text), EventType.REQUEST) == []


def test_calling_a_minister_on_a_day_is_a_phone_call_not_a_call_on_them(extract):
    text = "Iranian Foreign Minister Abbas Araghchi called Pakistani Foreign Minister Ishaq Dar on Monday."
    assert of_type(extract(text), EventType.REQUEST) == []
    [call] = of_type(extract(text), EventType.MEET)
    assert codes(call.source + call.target) == ["IRN", "PAK"]


def test_a_condemnation_said_in_quotes_is_the_speakers_own(extract):
    text = 'Hezbollah said in a statement that it "strongly condemned" the "flagrant Israeli aggression" on Lebanon.'
    [condemnation] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(condemnation.source), codes(condemnation.target)) == (["HEZBOLLAH"], ["ISR"])


def test_a_spokesperson_for_a_states_ministry_speaks_for_the_state(extract):
    text = "A spokesperson for North Korea's foreign ministry denounced the joint declaration of Japan on Monday."
    [condemnation] = of_type(extract(text), EventType.CONDEMN)
    assert codes(condemnation.source) == ["PRK"]


def test_holding_states_responsible_blames_them(extract):
    [blame] = of_type(extract("Hamas held Washington and London responsible for the war."), EventType.CONDEMN)
    assert (codes(blame.source), codes(blame.target)) == (["HAMAS"], ["GBR", "USA"])


def test_alleging_that_a_state_did_something_accuses_it(extract):
    events = extract("India alleged that Pakistan backed the attackers.")
    [accusation] = of_type(events, EventType.CONDEMN)
    assert (codes(accusation.source), codes(accusation.target)) == (["IND"], ["PAK"])
    assert of_type(events, EventType.SUPPORT) == []


def test_the_armed_forces_giving_a_befitting_reply_threatens_for_the_speakers_state(extract):
    text = ("Talks stalled. Pakistan's defence minister said the armed forces would give a befitting reply "
            "if India undertook any misadventure.")
    [threat] = of_type(extract(text), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["PAK"], ["IND"])


def test_taking_all_necessary_measures_threatens_but_taking_steps_to_improve_ties_does_not(extract):
    [threat] = of_type(extract("China said it would take all necessary measures against Taiwan."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["CHN"], ["TWN"])
    assert of_type(extract("China said it would take steps to improve ties with Japan."), EventType.THREATEN) == []


def test_continuing_to_target_a_states_ships_threatens_it(extract):
    [threat] = of_type(extract("Talks stalled. The Houthis said they would continue to target Israeli ships."),
                       EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["HOUTHIS"], ["ISR"])


def test_him_after_two_subjects_is_the_man_named_nearest(extract):
    text = ("Leaders met in Washington. Aliyev and Pashinyan said they would jointly recommend Trump for the prize, "
            "praising him for brokering the deal.")
    [praise] = of_type(extract(text, datetime(2025, 8, 8, 12, tzinfo=timezone.utc)), EventType.SUPPORT)
    assert codes(praise.target) == ["USA"]


def test_a_sanction_a_leader_said_his_state_would_take_is_planned_not_a_threat(extract):
    text = "Leaders met. The French president said France would recall its ambassador to Niger."
    events = extract(text, datetime(2023, 9, 25, 12, tzinfo=timezone.utc))
    assert [e.status.value for e in of_type(events, EventType.SANCTION)] == ["planned"]
    assert of_type(events, EventType.THREATEN) == []


def test_a_sanction_said_on_a_condition_is_a_threat(extract):
    [threat] = of_type(extract("The EU said it would impose sanctions on Iran if it did not comply."), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["EU"], ["IRN"])


def test_refusing_to_rule_out_force_threatens_but_refusing_to_rule_out_a_second_term_does_nothing(extract):
    [threat] = of_type(extract("The US president refused to rule out military force against Venezuela."),
                       EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["USA"], ["VEN"])
    assert extract("The Chilean president declined to rule out a second term.") == []


def test_a_joint_declaration_signed_is_an_agreement(extract):
    text = "Armenia and Azerbaijan signed a joint declaration at the White House on Friday."
    [agreement] = of_type(extract(text), EventType.AGREE)
    assert codes(agreement.source + agreement.target) == ["ARM", "AZE"]


def test_a_states_nuclear_and_missile_threats_are_no_threat_it_made(extract):
    text = "Japan and South Korea agreed to cooperate in dealing with North Korea's nuclear and missile threats."
    assert of_type(extract(text), EventType.THREATEN) == []


def test_calling_ones_own_strikes_necessary_and_proportionate_criticises_no_one(extract):
    text = 'The British prime minister described the action as "limited, necessary and proportionate".'
    assert of_type(extract(text), EventType.CONDEMN) == []


def test_warning_a_leader_that_a_region_needs_no_confusion_threatens_nothing(extract):
    text = "Leaders met. Brazil's president warned Venezuela that South America did not need 'confusion'."
    assert of_type(extract(text), EventType.THREATEN) == []


def test_holding_agreements_in_abeyance_agrees_nothing(extract):
    assert of_type(extract("Pakistan will hold in abeyance all bilateral agreements with India."), EventType.AGREE) == []


def test_announcing_the_suspension_of_trade_with_a_state_sanctions_it(extract):
    text = "Pakistan on Thursday announced the suspension of all trade with India."
    [measure] = of_type(extract(text), EventType.SANCTION)
    assert (codes(measure.source), codes(measure.target), measure.date) == (["PAK"], ["IND"], "2026-03-12")


def test_the_suspension_of_a_player_is_no_sanction(extract):
    assert of_type(extract("Kenya's football federation announced the suspension of a player."), EventType.SANCTION) == []


@pytest.mark.parametrize("text", [
    "Leaders met. Iran said it would give its answer to the European proposal on Monday.",
    "Leaders met. India said it would take further steps to boost trade with Japan.",
    "Leaders met. The Kremlin said it would respond to the court ruling next week.",
    "Leaders met. The IMF warned that Egypt would face higher costs if it delayed reforms.",
    "Leaders met. The EU said it would target Russian banks in its next sanctions package.",
    "Leaders met. Russia said the protesters blocked the embassy and threatened Georgia.",
])
def test_what_is_no_threat_though_it_promises_a_response_or_a_cost(extract, text):
    assert of_type(extract(text), EventType.THREATEN) == []


def test_warning_a_leader_that_any_attack_would_be_met_with_a_response_threatens(extract):
    text = "Leaders met. The US president warned Russia that any attack on Poland would be met with a swift response."
    [threat] = of_type(extract(text), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["USA"], ["RUS"])


@pytest.mark.parametrize("text, event_type", [
    ("Leaders met. The Ukrainian president left NATO headquarters after the meeting.", EventType.SANCTION),
    ("Leaders met. Germany joined other EU leaders in condemning the coup in Niger.", EventType.MEET),
    ("Leaders met. The war in Ukraine has brought Russia and China together.", EventType.MEET),
    ("Leaders met. Iran held the British ambassador for hours, and officials said the embassy was not responsible.",
     EventType.CONDEMN),
])
def test_ordinary_sentences_the_new_verbs_must_leave_alone(extract, text, event_type):
    assert of_type(extract(text), event_type) == []


def test_moving_to_rule_out_talks_still_rejects_them(extract):
    [refusal] = of_type(extract("Leaders met. Israel moved to rule out talks with Hamas."), EventType.REJECT)
    assert codes(refusal.target) == ["HAMAS"]


def test_a_sanction_analysts_say_a_state_would_impose_is_no_plan_of_its_own(extract):
    events = extract("Leaders met. Analysts said China would impose sanctions on Lithuania.")
    assert [e.status.value for e in of_type(events, EventType.SANCTION)] != ["planned"]


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Leaders met. Beijing lodged stern representations with Washington over the arms sale.", EventType.CONDEMN,
     ["CHN"], ["USA"]),
    ("Leaders met. Seoul expressed regret over Tokyo's decision to tighten export controls.", EventType.CONDEMN,
     ["KOR"], ["JPN"]),
    ("Leaders met. Pakistan recalled its high commissioner from New Delhi on Wednesday.", EventType.SANCTION,
     ["PAK"], ["IND"]),
])
def test_diplomatic_phrases_of_protest_regret_and_recall(extract, text, event_type, source, target):
    [event] = of_type(extract(text), event_type)
    assert (codes(event.source), codes(event.target)) == (source, target)


def test_a_phone_conversation_of_two_ministers_is_a_meeting_of_their_states(extract):
    text = "Leaders met. The foreign ministers of Japan and South Korea held a phone conversation on Wednesday."
    [call] = of_type(extract(text), EventType.MEET)
    assert codes(call.source + call.target) == ["JPN", "KOR"]


@pytest.mark.parametrize("sentence", [
    "Peru withdrew from the fishing accord on Monday.",
    "Peru pulled out of the Pacific fishing initiative on Monday.",
    "Peru walked away from the fishing treaty on Monday.",
])
def test_leaving_an_agreement_by_a_particle_is_rejecting_it(extract, sentence: str):
    [event] = of_type(extract(sentence), EventType.REJECT)
    assert (codes(event.source), event.codes.cameo) == (["PER"], "127")


@pytest.mark.parametrize("sentence", [
    "Peru withdrew its trawlers from the disputed waters on Monday.",
    "Peru's minister walked away from reporters on Monday.",
])
def test_withdrawing_something_else_or_walking_away_from_people_rejects_nothing(extract, sentence: str):
    assert of_type(extract(sentence), EventType.REJECT) == []


def test_recognising_a_named_person_as_leader_is_recognition(extract):
    [event] = of_type(extract("Chile recognised Mateo Rivas as Bolivia's interim president on Friday."),
                      EventType.SUPPORT)
    assert (codes(event.source), event.codes.cameo) == (["CHL"], "054")


def test_recognising_the_weight_of_an_argument_is_no_recognition(extract):
    assert of_type(extract("Chile recognised the weight of the argument as a first step."), EventType.SUPPORT) == []


def test_an_agreement_extended_is_agreed_again(extract):
    [event] = of_type(extract("Chile and Peru extended the fishing accord by ninety days on Monday."), EventType.AGREE)
    assert (codes(event.source), event.date) == (["CHL", "PER"], "2026-03-09")


def test_two_states_saying_an_agreement_was_reached_reached_it(extract):
    [event] = of_type(extract("Chile and Peru said on Monday that an agreement had been reached."), EventType.AGREE)
    assert codes(event.source) == ["CHL", "PER"]


def test_one_body_saying_an_agreement_was_reached_is_not_its_party(extract):
    assert of_type(extract("The United Nations said on Monday that an agreement had been reached."), EventType.AGREE) == []


def test_an_agreement_concluded_between_states_is_their_agreement(extract):
    [event] = of_type(extract("The 1929 treaty, concluded between Chile and Peru, settled the border."), EventType.AGREE)
    assert codes(event.source) == ["CHL", "PER"]


def test_sanctions_imposed_in_the_passive_are_imposed_by_their_agent(extract):
    [event] = of_type(extract("New sanctions were imposed on Peru by Chile on Friday."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])


@pytest.mark.parametrize("sentence", ["Chile closed its liaison office in Lima in 2019.",
                                      "Chile paused talks with Peru on Monday."])
def test_closing_an_office_and_pausing_talks_are_punitive(extract, sentence: str):
    [event] = of_type(extract(sentence), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])


@pytest.mark.parametrize("sentence", ["Chile's foreign minister will lead a delegation to Peru next week.",
                                      "Chile's foreign minister led a delegation of officials to Lima in May."])
def test_leading_a_delegation_to_a_state_is_visiting_it(extract, sentence: str):
    [visit] = of_type(extract(sentence), EventType.MEET)
    assert (codes(visit.source), codes(visit.target), visit.codes.cameo) == (["CHL"], ["PER"], "042")


@pytest.mark.parametrize("sentence", ["Chile led the UN mission in Haiti for years.", "Chile led its team to victory."])
def test_leading_a_mission_somewhere_or_a_team_to_victory_is_no_visit(extract, sentence: str):
    assert of_type(extract(sentence), EventType.MEET) == []


@pytest.mark.parametrize("sentence", ["The presidents of Chile and Peru shook hands on Monday.",
                                      "Chile's president shook hands with Peru's president on Monday."])
def test_shaking_hands_is_meeting(extract, sentence: str):
    [meeting] = of_type(extract(sentence), EventType.MEET)
    assert codes(meeting.source + meeting.target) == ["CHL", "PER"]


def test_an_earthquake_shaking_a_capital_is_no_meeting(extract):
    assert of_type(extract("An earthquake shook Lima and Santiago on Monday."), EventType.MEET) == []


def test_sitting_down_with_someone_is_talks_and_shuttling_between_states_is_mediation(extract):
    sat = of_type(extract("Chile's foreign minister sat down with Peru's foreign minister in Lima on Monday."),
                  EventType.MEET)
    shuttled = of_type(extract("Chile's foreign minister shuttled between Lima and La Paz in May."), EventType.MEET)
    assert [codes(e.source + e.target) for e in sat + shuttled] == [["CHL", "PER"], ["BOL", "CHL", "PER"]]
    assert shuttled[0].codes.cameo == "045"


def test_a_delegate_sitting_down_meets_no_one(extract):
    assert of_type(extract("Chile's delegates sat down at ten in the morning."), EventType.MEET) == []


@pytest.mark.parametrize("sentence", ["Chile stands firmly behind Peru, the minister said.", "Chile stood by Peru on Monday.",
                                      "Chile stood in solidarity with Peru on Monday."])
def test_standing_by_a_state_is_support(extract, sentence: str):
    [event] = of_type(extract(sentence), EventType.SUPPORT)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])


def test_standing_by_ones_own_decision_supports_no_one(extract):
    assert of_type(extract("Chile stood by its decision on Monday."), EventType.SUPPORT) == []


def test_challenging_a_leader_to_meet_is_an_appeal_to_meet(extract):
    [appeal] = of_type(extract("Chile's president challenged Peru's president on Sunday to meet him in Quito."),
                       EventType.REQUEST)
    assert (codes(appeal.source), codes(appeal.target), appeal.codes.cameo) == (["CHL"], ["PER"], "026")


def test_putting_a_state_on_a_blacklist_is_a_sanction(extract):
    [event] = of_type(extract("Chile put Peru on its sanctions list in May."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])


def test_putting_a_state_on_a_list_of_aid_receivers_punishes_no_one(extract):
    assert of_type(extract("Chile put Peru on the list of states eligible for aid in May."), EventType.SANCTION) == []


def test_accepting_the_text_of_an_agreement_is_agreeing(extract):
    [event] = of_type(extract("Chile and Peru accepted the text of the agreement in Lima on Monday."), EventType.AGREE)
    assert codes(event.source) == ["CHL", "PER"]


@pytest.mark.parametrize("sentence", ["Chile's president described Peru as a trusted ally on Friday.",
                                      '"Our ties are restored," Chile\'s president told reporters, calling Peru a reliable partner.'])
def test_calling_a_state_a_partner_or_ally_is_praise(extract, sentence: str):
    [praise] = of_type(extract(sentence), EventType.SUPPORT)
    assert (codes(praise.source), codes(praise.target), praise.codes.cameo) == (["CHL"], ["PER"], "051")


@pytest.mark.parametrize("sentence", ["Chile's president, who has cast himself as a reliable partner, spoke on Friday.",
                                      "Chile's army described the raid as a legitimate response to Peru's moves."])
def test_praising_oneself_or_an_act_is_no_support_of_a_state(extract, sentence: str):
    assert of_type(extract(sentence), EventType.SUPPORT) == []


def test_two_leaders_sitting_down_together_met(extract):
    [meeting] = of_type(extract("Chile's president and Peru's president sat down together in Quito on Monday."),
                        EventType.MEET)
    assert codes(meeting.source + meeting.target) == ["CHL", "PER"]


@pytest.mark.parametrize("sentence", ["Chile cut off power exports to Peru in May.",
                                      "Chile suspended budget support to Peru in May."])
def test_cutting_exports_or_budget_support_is_a_sanction(extract, sentence: str):
    [event] = of_type(extract(sentence), EventType.SANCTION)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["CHL"], ["PER"], "162")


def test_sending_a_minister_to_a_capital_is_visiting_it(extract):
    [visit] = of_type(extract("Chile sent its foreign minister, Ana Rojas, to Lima in May."), EventType.MEET)
    assert (codes(visit.source), codes(visit.target), visit.codes.cameo) == (["CHL"], ["PER"], "042")


def test_sending_troops_is_no_visit(extract):
    assert of_type(extract("Chile sent troops to the border with Peru in May."), EventType.MEET) == []


def test_praise_and_condemnation_drawn_in_capitals_are_their_governments(extract):
    events = extract("Chile's move drew condemnation in Lima and praise in Quito.")
    assert sorted((e.event_type.value, codes(e.source), codes(e.target)) for e in events) == [
        ("CONDEMN", ["PER"], ["CHL"]), ("SUPPORT", ["ECU"], ["CHL"])]


def test_a_delegation_led_to_the_kingdom_leaves_where_to_the_place_it_arrived_in(extract):
    text = ("Peru's trade minister led an official delegation to the kingdom on Tuesday, arriving in Riyadh for a "
            "meeting of the Arab League.")
    visits = [e for e in of_type(extract(text), EventType.MEET) if "PER" in codes(e.source)]
    assert [codes(v.target) for v in visits] == [["SAU"]]


@pytest.mark.parametrize("sentence", ["Chile vowed on Sunday that Peru would be punished for the raid.",
                                      'Chile said it would deliver "a strong response" to Peru\'s measures.'])
def test_a_vow_of_punishment_or_a_strong_response_is_a_threat(extract, sentence: str):
    [threat] = of_type(extract(sentence), EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["CHL"], ["PER"])


def test_announcing_a_state_will_leave_a_bloc_is_the_announcement_and_the_planned_exit(extract):
    events = extract("Peru announced on Monday that it would leave the Organization of American States.")
    assert sorted((e.event_type.value, e.status.value) for e in events) == [("ANNOUNCE", "occurred"),
                                                                            ("SANCTION", "planned")]


def test_a_vow_to_impose_sanctions_on_a_state_is_one_threat_aimed_at_it(extract):
    [threat] = of_type(extract("Chile vowed that it would impose sanctions on Peru if it closed the border."),
                       EventType.THREATEN)
    assert (codes(threat.source), codes(threat.target)) == (["CHL"], ["PER"])


@pytest.mark.parametrize("sentence", ["Chile's president shook hands with supporters in Arica on Monday.",
                                      "Chile's president stood with Peru's president on the lawn as the anthems played.",
                                      "Chile's president described Peru as the key challenge of our era.",
                                      "Chile's ambassador, who heads the mission to the United Nations, spoke on Monday.",
                                      "Chile sent a medical team to Peru in March."])
def test_ordinary_sentences_that_look_like_the_new_constructions_are_no_events(extract, sentence: str):
    assert [e for e in extract(sentence) if e.status.value != "refused"] == []


@pytest.mark.parametrize("text, expected", [
    ("Chile cut ties with Peru on Tuesday. Peru's foreign ministry said it regretted the unjustified decision.",
     [(["PER"], ["CHL"])]),
    ("The president of Chile regrets the loss of life in the storm.", []),
])
def test_regretting_another_states_act_criticises_it_and_regretting_a_loss_does_not(extract, text, expected):
    events = [e for e in extract(text) if e.event_type is EventType.CONDEMN]
    assert [(codes(e.source), codes(e.target)) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile's president told reporters that Peru had continued to damage the relationship of trust.", [(["CHL"], ["PER"])]),
    ("Chile's foreign minister said Peru's new dam endangered millions of people downstream.", [(["CHL"], ["PER"])]),
    ("Kenya and Uganda met on Monday. An activist group in Kenya says mining seriously jeopardises the park.", []),
])
def test_saying_a_state_or_its_work_does_harm_accuses_it_and_a_thing_of_no_one_accuses_no_state(extract, text, expected):
    events = [e for e in extract(text) if e.event_type is EventType.CONDEMN]
    assert [(codes(e.source), codes(e.target)) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile's defence ministry said on Tuesday that Peruvian forces had fired on its positions.", [(["CHL"], ["PER"])]),
    ("Chile said Peruvian troops attacked its border posts overnight.", [(["CHL"], ["PER"])]),
    ("Chile said Peruvian troops attacked a rebel camp overnight.", []),
    ("Chile said its forces struck rebel camps in the north.", []),
    ("Chile said it would strike back if attacked.", []),
])
def test_saying_another_states_forces_attacked_accuses_it(extract, text, expected):
    events = [e for e in extract(text) if e.event_type is EventType.CONDEMN]
    assert [(codes(e.source), codes(e.target)) for e in events] == expected


@pytest.mark.parametrize("text", [
    "Lula said he deeply regretted the death of Chilean pilgrims in the stampede.",
    "Chile said Peru struck a deal with Bolivia on lithium.",
    "Chile said Peru had attacked Bolivia's peace plan.",
    "Chile said Peruvian jets struck rebel targets in Bolivia last June.",
])
def test_sympathy_deals_plans_attacked_and_strikes_on_third_parties_accuse_no_one(extract, text):
    assert [e for e in extract(text) if e.event_type is EventType.CONDEMN] == []


@pytest.mark.parametrize("text, target", [
    ("Chile called Argentina's decision hasty.", ["ARG"]),  # the object folded into the adjective's phrase
    ("Ghana called Togo's remarks unfair and hostile.", ["TGO"]),  # the adjectives read as modifiers of the object
])
def test_calling_anothers_decision_something_bad_however_parsed_is_criticism(extract, text, target):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.target) == target


def test_calling_anothers_decision_something_good_is_no_criticism(extract):
    assert of_type(extract("Chile called Argentina's decision wise and timely."), EventType.CONDEMN) == []


@pytest.mark.parametrize("text", [
    "Norway said the Danish explanation fell short.",
    "Norway said the Danish explanation was not credible.",
    "Norway said the explanations given by Copenhagen lacked consistency and credibility.",
])
def test_finding_anothers_account_wanting_is_criticism_of_it(extract, text):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["NOR"], ["DNK"])


def test_finding_anothers_account_credible_is_no_criticism(extract):
    assert of_type(extract("Norway said the Danish explanation was credible."), EventType.CONDEMN) == []


def test_a_thing_made_by_another_is_the_makers(extract):
    [event] = of_type(extract("Peru welcomed the proposal drafted by Ecuador."), EventType.SUPPORT)
    assert codes(event.target) == ["ECU"]


def test_saying_one_will_resume_attacks_on_another_is_a_threat_of_force(extract):
    [event] = of_type(extract("Sudan said it would resume attacks on Chadian border posts."), EventType.THREATEN)
    assert (codes(event.source), codes(event.target)) == (["SDN"], ["TCD"])


def test_saying_one_will_not_resume_attacks_threatens_nothing(extract):
    assert of_type(extract("Sudan said it would not resume attacks on Chadian border posts."), EventType.THREATEN) == []


@pytest.mark.parametrize("text", [
    "Belize said its southern border was not up for negotiation.",
    "Belize said its southern border was non-negotiable.",
])
def test_saying_a_thing_is_not_up_for_negotiation_rules_out_talks(extract, text):
    [event] = of_type(extract(text), EventType.REJECT)
    assert (codes(event.source), event.codes.cameo) == (["BLZ"], "125")


def test_saying_a_thing_is_up_for_discussion_rules_out_nothing(extract):
    assert of_type(extract("Belize said its southern border was up for discussion."), EventType.REJECT) == []


@pytest.mark.parametrize("text", [
    "Taiwan removed Honduras from its list of preferred trading partners.",
    "Taiwan dropped Honduras from its white list on Monday.",
])
def test_striking_a_state_off_a_list_of_favoured_partners_is_a_sanction(extract, text):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["TWN"], ["HND"])


def test_striking_a_state_off_a_blacklist_is_no_sanction(extract):
    assert of_type(extract("Washington removed Cuba from the list of state sponsors of terrorism."),
                   EventType.SANCTION) == []


def test_agreeing_on_a_view_concludes_no_agreement(extract):
    assert of_type(extract("Spain and Portugal agreed the Moroccan measure breached the treaty."), EventType.AGREE) == []


def test_agreeing_that_talks_will_be_held_is_still_an_agreement(extract):
    assert len(of_type(extract("Spain and Portugal agreed that they would hold talks in June."), EventType.AGREE)) == 1


def test_congratulating_a_leader_by_telephone_is_a_call_as_well(extract):
    events = extract("Germany congratulated Brazil by telephone on the election.")
    assert sorted(e.event_type.value for e in events) == ["MEET", "SUPPORT"]


def test_saying_another_appears_to_break_an_accord_accuses_it(extract):
    [event] = of_type(extract("Chile said Bolivia's steps appeared to violate the border treaty."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["BOL"])


def test_saying_nothing_justifies_anothers_use_of_force_is_criticism(extract):
    [event] = of_type(extract("Chile said there was no justification for Bolivia's use of force."), EventType.CONDEMN)
    assert codes(event.target) == ["BOL"]


def test_saying_nothing_justifies_violence_blames_no_one(extract):
    assert of_type(extract("Chile said there was no justification for violence."), EventType.CONDEMN) == []


def test_voting_down_a_request_rejects_it(extract):
    [event] = of_type(extract("The Security Council voted down a Chinese request for an open session."), EventType.REJECT)
    assert codes(event.target) == ["CHN"]


def test_agreeing_to_restore_ties_is_an_agreement(extract):
    events = extract("Chile and Bolivia agreed to restore diplomatic ties on Monday.")
    assert [e.event_type for e in events] == [EventType.AGREE] and codes(events[0].source) == ["BOL", "CHL"]


def test_agreeing_to_support_another_is_support_of_it(extract):
    [event] = of_type(extract("Chile agreed to support Bolivia's bid."), EventType.SUPPORT)
    assert codes(event.target) == ["BOL"]


@pytest.mark.parametrize("text", [
    "Belarus suspended its participation in the border treaty with Lithuania.",
    "Belarus suspended its participation in CFE, the arms control treaty.",  # the name's apposition says what it is
])
def test_suspending_a_treaty_is_a_sanction(extract, text):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert codes(event.source) == ["BLR"]


@pytest.mark.parametrize("text", [
    "Chile said Bolivia was not complying with the border treaty.",
    "Chile said Bolivia did not keep its word.",
])
def test_saying_another_does_not_keep_an_obligation_accuses_it(extract, text):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["BOL"])


def test_saying_another_might_not_keep_its_word_accuses_no_one(extract):
    assert of_type(extract("Chile said Bolivia might not keep its word."), EventType.CONDEMN) == []


def test_saying_another_would_have_to_bear_the_consequences_is_a_threat(extract):
    [event] = of_type(extract("Bolivia would have to bear all the consequences, the Chilean foreign ministry said."),
                      EventType.THREATEN)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["BOL"])


def test_saying_it_is_up_to_another_to_act_appeals_to_it(extract):
    [event] = of_type(extract("Chile said it was up to Bolivia to take the first step."), EventType.REQUEST)
    assert codes(event.target) == ["BOL"]


def test_informing_another_state_of_a_decision_announces_it_to_that_state(extract):
    [event] = of_type(extract("Chile informed Bolivia that it would close the border crossing."), EventType.ANNOUNCE)
    assert codes(event.target) == ["BOL"]


def test_informing_reporters_announces_nothing(extract):
    assert of_type(extract("The Chilean minister informed reporters that the talks had ended."), EventType.ANNOUNCE) == []


@pytest.mark.parametrize("text", [
    "Maria Gonzalez, the head of Chile's foreign ministry, criticised Bolivia.",
    "Maria Gonzalez, the head of the Chilean foreign ministry, criticised Bolivia.",
])
def test_the_head_of_a_states_body_acts_for_that_state(extract, text):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.source) == ["CHL"]


@pytest.mark.parametrize("text, target", [
    ("Chile raised tariffs on Bolivian wine, which Bolivia called unjustifiable.", ["CHL"]),  # the act's doer
    ("Chile, which Bolivia calls a hostile neighbour, denied the claim.", ["CHL"]),  # the antecedent itself
])
def test_a_judgement_in_a_relative_clause_criticises_the_doer_of_what_it_judges(extract, text, target):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["BOL"], target)


def test_praise_in_a_relative_clause_is_no_criticism(extract):
    assert of_type(extract("Chile proposed a plan, which Bolivia called balanced."), EventType.CONDEMN) == []


def test_a_verb_joined_to_a_modal_one_shares_its_modal(extract):
    events = extract("Chile said it might suspend relations with Bolivia or withdraw its ambassador.")
    assert {e.event_type for e in events} == {EventType.THREATEN}  # no expulsion that happened


def test_saying_one_might_not_meet_someone_refuses_nothing_yet(extract):
    assert of_type(extract("The Chilean president said he might not meet the Bolivian president."),
                   EventType.REJECT) == []


@pytest.mark.parametrize("text, target", [
    ("Chile said Bolivia had to correct its mistake.", ["BOL"]),
    ("Chile said Bolivia and Peru needed to settle the matter between themselves.", ["BOL", "PER"]),
])
def test_saying_another_has_or_needs_to_act_is_a_demand_of_it(extract, text, target):
    [event] = of_type(extract(text), EventType.REQUEST)
    assert codes(event.target) == target


def test_saying_one_had_to_act_oneself_demands_nothing(extract):
    assert of_type(extract("Chile said it had to act."), EventType.REQUEST) == []


def test_calling_talks_a_positive_step_is_praise_not_a_meeting_called(extract):
    events = extract("Peru called the talks a positive step.")
    assert [e.event_type for e in events] == [EventType.SUPPORT]


def test_opposing_anothers_action_is_disapproval_of_it(extract):
    [event] = of_type(extract("Chile said it firmly opposed the Bolivian action."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["CHL"], ["BOL"], "110")


def test_vowing_that_one_will_never_give_up_a_claim_is_a_refusal(extract):
    [event] = of_type(extract("Bolivia vowed that it would never renounce its claim against Chile."), EventType.REJECT)
    assert codes(event.source) == ["BOL"]


def test_weighing_measures_against_another_threatens_it(extract):
    [event] = of_type(extract("Chile said it was considering further measures against Bolivia."), EventType.THREATEN)
    assert codes(event.target) == ["BOL"]


def test_weighing_steps_to_help_oneself_threatens_no_one(extract):
    assert of_type(extract("Chile is considering steps to boost trade with Bolivia."), EventType.THREATEN) == []


def test_two_titled_names_the_parser_gives_the_verb_apart_are_both_its_subject(extract):
    text = "Chilean Foreign Minister Maria Gonzalez and Peruvian Foreign Minister Javier Torres condemned the test."
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.source) == ["CHL", "PER"]


@pytest.mark.parametrize("text, source, target", [
    ("The decision followed a telephone conversation between the Chilean and Peruvian presidents.", ["CHL", "PER"], []),
    ("Chile and Peru held weeks of talks.", ["CHL", "PER"], []),
])
def test_meetings_told_in_passing_are_meetings(extract, text, source, target):
    [event] = of_type(extract(text), EventType.MEET)
    assert (codes(event.source), codes(event.target)) == (source, target)


def test_a_judgement_in_a_second_reported_clause_is_criticism(extract):
    text = "Peru said it stood with Chile and that Bolivia's remarks were completely unacceptable."
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["PER"], ["BOL"])


def test_an_object_pronoun_is_none_of_the_listed_subjects(extract):
    events = extract("Peru expelled Chile's ambassador. Colombia, Ecuador and Bolivia condemned it.")
    [event] = of_type(events, EventType.CONDEMN)
    assert codes(event.source) == ["BOL", "COL", "ECU"]


def test_severing_links_with_a_state_is_a_sanction(extract):
    [event] = of_type(extract("Chile severed trade and transport links with Bolivia."), EventType.SANCTION)
    assert codes(event.target) == ["BOL"]


def test_demands_set_for_another_are_a_request(extract):
    [event] = of_type(extract("Chile set ten demands for Bolivia."), EventType.REQUEST)
    assert codes(event.target) == ["BOL"]


def test_ruling_an_act_out_of_the_question_is_a_refusal_and_the_act_is_not_done(extract):
    events = extract("Chile said it was out of the question for it to apologise to Bolivia.")
    assert [e.event_type for e in events] == [EventType.REJECT]


def test_being_capable_of_a_fitting_reply_is_a_threat(extract):
    events = extract("Chile and Bolivia held talks. Chile said it was capable of giving a fitting reply if provoked.")
    [event] = of_type(events, EventType.THREATEN)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["BOL"])


@pytest.mark.parametrize("text", [
    "Chile said Bolivia's claims were exaggerated and untenable.",
])
def test_calling_anothers_claims_untenable_rejects_them(extract, text):
    [event] = of_type(extract(text), EventType.REJECT)
    assert codes(event.target) == ["BOL"]


def test_what_a_speaker_continues_to_believe_is_its_judgement(extract):
    [event] = of_type(extract("Chile said it continued to believe that Bolivia's claims were unfounded."), EventType.REJECT)
    assert codes(event.target) == ["BOL"]


def test_not_hesitating_to_do_whatever_is_necessary_is_a_threat(extract):
    events = extract("Chile and Bolivia held talks. Chile said it would not hesitate to do whatever was necessary to "
                     "protect its borders.")
    assert len(of_type(events, EventType.THREATEN)) == 1


@pytest.mark.parametrize("text, target", [
    ("The Chilean president is due to leave on Monday for Peru and Ecuador.", ["ECU", "PER"]),
    ("The Chilean president left for Lima on Monday.", ["PER"]),
])
def test_leaving_for_another_state_is_a_visit(extract, text, target):
    [event] = of_type(extract(text), EventType.MEET)
    assert codes(event.target) == target


def test_people_leaving_for_another_country_visit_nothing(extract):
    assert of_type(extract("Thousands of Chileans left for Peru."), EventType.MEET) == []


def test_pushing_out_anothers_troops_or_envoy_is_an_expulsion(extract):
    [event] = of_type(extract("Mali pushed out the French ambassador."), EventType.SANCTION)
    assert (codes(event.target), event.codes.cameo) == (["FRA"], "166")


def test_not_hesitating_to_do_whatever_it_takes_to_help_threatens_no_one(extract):
    text = "Chile said it would not hesitate to do whatever was necessary to help Bolivia's refugees."
    assert of_type(extract(text), EventType.THREATEN) == []


def test_calling_what_another_failed_to_do_unacceptable_criticises_it(extract):
    [event] = of_type(extract("Peru said it was unacceptable that Chilean forces had failed to stop the smugglers."),
                      EventType.CONDEMN)
    assert codes(event.target) == ["CHL"]


def test_calling_what_nobody_did_unacceptable_criticises_no_one(extract):
    assert of_type(extract("Peru said it was unacceptable that the talks had failed."), EventType.CONDEMN) == []


def test_saying_anothers_act_would_be_taken_as_war_is_a_threat(extract):
    events = extract("Mali and Niger said any military intervention would be treated as a declaration of war.")
    [event] = of_type(events, EventType.THREATEN)
    assert codes(event.source) == ["MLI", "NER"]


def test_saying_an_act_would_not_be_seen_as_war_threatens_nothing(extract):
    assert of_type(extract("Mali said the strike would not be seen as an act of war."), EventType.THREATEN) == []


def test_being_ready_to_cooperate_with_another_states_an_intent(extract):
    [event] = of_type(extract("Chile said it was ready to cooperate with Bolivia on water projects."), EventType.ANNOUNCE)
    assert codes(event.target) == ["BOL"]


def test_not_being_ready_to_negotiate_with_another_refuses_talks(extract):
    [event] = of_type(extract("Chile said it was not ready to negotiate with Bolivia."), EventType.REJECT)
    assert (codes(event.target), event.codes.cameo) == (["BOL"], "125")


def test_a_son_of_the_same_name_is_another_person(extract):
    events = extract("Pedro Castillo Jr. made a private visit to Santiago. Peru's President Pedro Castillo criticised Chile.")
    [event] = of_type(events, EventType.CONDEMN)
    assert codes(event.source) == ["PER"]


def test_refusing_to_rule_out_using_force_is_a_threat(extract):
    [event] = of_type(extract("Chile refused to rule out using military force against Bolivia."), EventType.THREATEN)
    assert codes(event.target) == ["BOL"]


def test_setting_another_a_deadline_is_a_demand(extract):
    [event] = of_type(extract("Chile set a deadline for Bolivia to withdraw its troops."), EventType.REQUEST)
    assert codes(event.target) == ["BOL"]


def test_calling_someone_to_congratulate_them_asks_nothing(extract):
    events = extract("The Chilean president called the Peruvian president to congratulate him.")
    assert of_type(events, EventType.REQUEST) == [] and len(of_type(events, EventType.SUPPORT)) == 1


def test_an_envoy_presenting_credentials_to_a_head_of_state_meets_him(extract):
    [event] = of_type(extract("Chile's ambassador presented his credentials to the Peruvian president in Lima."),
                      EventType.MEET)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])


def test_a_territory_said_not_to_be_for_sale_rules_out_talks(extract):
    assert len(of_type(extract("Chile said the islands were not for sale."), EventType.REJECT)) == 1


def test_saying_one_will_use_force_against_another_is_a_threat(extract):
    [event] = of_type(extract("Chile said it would use force against Bolivia."), EventType.THREATEN)
    assert codes(event.target) == ["BOL"]


def test_one_concerned_by_something_who_calls_on_others_is_the_caller(extract):
    text = "The UN Secretary-General was deeply concerned by the clashes and called on Chile and Peru to show restraint."
    [event] = of_type(extract(text), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["UN"], ["CHL", "PER"])


def test_counter_measures_taken_or_answered_with_are_a_threat(extract):
    for text in ("Belarus said it would take counter-measures against Lithuania.",
                 "Belarus said it would respond with counter-measures against Lithuania.",
                 "Belarus said it would answer with military measures against Lithuania."):
        [threat] = of_type(extract(text), EventType.THREATEN)
        assert (codes(threat.source), codes(threat.target)) == (["BLR"], ["LTU"]), text
    assert not of_type(extract("Belarus said it would respond with a letter to Lithuania."), EventType.THREATEN)


def test_replying_with_mirror_measures_is_a_threat(extract):
    [threat] = of_type(extract("Belarus said it would reply with mirror measures against Lithuania."), EventType.THREATEN)
    assert codes(threat.source) == ["BLR"]
