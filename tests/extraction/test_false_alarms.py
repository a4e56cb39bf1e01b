"""Sentences that name an event word without reporting an event of a named state."""

from pipeline.models import EventType


def types(events):  # type: ignore[no-untyped-def]
    return [e.event_type for e in events]


def test_a_person_accused_by_nobody_named_is_no_condemnation(extract):
    assert EventType.CONDEMN not in types(extract("A Chilean businessman accused of bribery was freed on Monday."))


def test_defending_itself_is_no_support(extract):
    assert EventType.SUPPORT not in types(extract("Norway says it has the right to defend itself."))


def test_criticism_without_an_owner_belongs_to_nobody(extract):
    assert EventType.CONDEMN not in types(extract("Despite some criticism, Peru said it would stay the course."))


def test_a_press_conference_is_no_meeting(extract):
    assert types(extract("At a press conference in Lima, Peru's president praised Chile.")) == [EventType.SUPPORT]


def test_a_joint_press_conference_is_a_meeting(extract):
    events = extract("Peru's president spoke at a joint press conference with Chile's president in Lima.")
    assert EventType.MEET in types(events)


def test_whether_a_state_will_agree_is_a_question_not_an_event(extract):
    assert extract("Whether Bolivia will agree to the plan remains unclear.") == []


def test_a_question_reports_no_event(extract):
    assert extract("Will Japan sanction Russia again?") == []


def test_insisting_that_something_is_true_is_no_demand(extract):
    assert EventType.REQUEST not in types(extract("Egypt insisted that its dam policy was lawful."))


def test_an_obligation_a_state_sets_itself_is_no_request(extract):
    events = extract('"Germany must do more for refugees," the German interior minister said.')
    assert EventType.REQUEST not in types(events)


def test_advising_citizens_against_travel_is_no_visit(extract):
    assert EventType.MEET not in types(extract("Canada is advising its citizens against traveling to Haiti."))


def test_accusing_after_a_preposition_keeps_the_clause_subject(extract):
    [event] = [e for e in extract("Kenya recalled its envoy after accusing Somalia of meddling.")
               if e.event_type is EventType.CONDEMN]
    assert [a.country for a in event.source] == ["KEN"]


def test_a_travel_warning_is_no_threat(extract):
    assert EventType.THREATEN not in types(extract("Canada issued a travel warning for Haiti on Monday."))


def test_a_warning_to_a_state_is_a_threat(extract):
    assert EventType.THREATEN in types(extract("Canada issued a stern warning to Haiti on Monday."))


def test_never_renouncing_force_is_no_rejection(extract):
    assert EventType.REJECT not in types(extract("Serbia has never renounced the use of force against Kosovo."))


def test_saying_accusations_are_baseless_is_a_denial_not_a_condemnation(extract):
    assert types(extract("The Turkish embassy said the accusations were baseless.")) == [EventType.REJECT]


def test_agreeing_inside_a_condition_is_no_agreement(extract):
    events = extract("Japan promised aid if North Korea stopped its tests and agreed to inspections.")
    assert EventType.AGREE not in types(events)


def test_restored_relations_as_an_adjective_are_no_event(extract):
    assert extract("Cuba kept the restored diplomatic relations with Spain in place.") == []


def test_the_services_a_state_offers_are_no_announcement(extract):
    assert extract("Peru said the services it offers to Chileans were affected.") == []


def test_a_court_in_a_state_acts_for_that_state(extract):
    [event] = [e for e in extract("A criminal court in Turkey has rejected the request from Australia.")
               if e.event_type is EventType.REJECT]  # (and Australia's request, aimed at Turkey)
    assert event.source[0].country == "TUR"


def test_warning_that_others_will_fail_is_no_threat(extract):
    assert EventType.THREATEN not in types(extract("Germany warned that the Greek plan would be very hard to carry out."))


def test_warning_that_oneself_will_act_is_a_threat(extract):
    assert EventType.THREATEN in types(extract("Germany warned that it would cut its aid to Greece."))


def test_postponing_ones_own_trip_is_no_sanction(extract):
    events = extract("India's prime minister has postponed his trip to Norway.")
    assert EventType.SANCTION not in types(events) and EventType.ANNOUNCE in types(events)


def test_a_demand_that_meets_a_response_is_no_meeting(extract):
    assert EventType.MEET not in types(extract("Chile's demand has met a cool response in Peru."))


def test_vowing_to_expel_a_states_forces_is_a_threat(extract):
    events = extract("Kenya vowed it would expel every Somali soldier from the border zone.")
    assert EventType.THREATEN in types(events) and EventType.SANCTION not in types(events)


def test_what_a_state_is_lobbied_to_do_has_not_happened(extract):
    events = extract("Peru lobbied Chile to delay the vote or veto the resolution.")
    assert EventType.REJECT not in types(events)


def test_discussing_a_states_report_makes_that_state_no_party(extract):
    events = extract("Chile wanted to discuss Peru's report before the vote.")
    assert all(e.target == [] for e in events if e.event_type is EventType.MEET)


def test_an_interest_in_negotiations_is_no_negotiation(extract):
    assert EventType.MEET not in types(extract("Peru has shown little interest in negotiations with Chile."))


def test_defending_ones_own_democracy_is_no_support_of_another(extract):
    assert EventType.SUPPORT not in types(extract("Taiwan's president said she will defend Taiwan's democracy."))


def test_no_evidence_to_support_a_claim_is_no_support(extract):
    assert EventType.SUPPORT not in types(extract("Japan offered no evidence to support its claim against China."))


def test_never_calling_someone_a_name_is_no_refusal(extract):
    assert EventType.REJECT not in types(extract("Chile's president said he would never call Peru a rival."))


def test_a_warning_of_what_is_happening_threatens_nothing(extract):
    events = extract("Bolivian farmers' unions have warned that Bolivia faces its worst drought in years.")
    assert [e for e in events if e.event_type is EventType.THREATEN] == []


def test_a_warning_of_what_one_will_do_is_a_threat(extract):
    events = extract("Chile has warned that it will close the border with Bolivia.")
    assert [e.event_type for e in events if e.event_type is EventType.THREATEN] == [EventType.THREATEN]


def test_a_meeting_inside_a_condition_is_no_meeting(extract):
    events = extract("Peru's president said he would walk out if Chile raised the issue when they met.")
    assert [e for e in events if e.event_type is EventType.MEET] == []


def test_a_relative_clause_inside_a_condition_still_describes(extract):
    events = extract("She was asked if she would say this to Bolivia's president, who plans to visit Chile next year.")
    assert [e.event_type for e in events if e.event_type is EventType.MEET] == [EventType.MEET]


def test_what_a_relative_clause_says_others_must_do_has_not_happened(extract):
    events = extract("Before flying to Lima, Chile's president named Peru among the states that must respect the "
                     "embargo on Bolivia and expel its diplomats.")
    assert [e for e in events if e.event_type is EventType.SANCTION] == []


def test_defending_ones_own_commitment_supports_no_one(extract):
    events = extract("Chile's foreign ministry defended its commitment to fighting illegal Peruvian fishing.")
    assert [e for e in events if e.event_type is EventType.SUPPORT] == []


def test_defending_another_states_decision_supports_it(extract):
    events = extract("Chile's foreign ministry defended Peru's decision to close the border.")
    assert [e.event_type for e in events if e.event_type is EventType.SUPPORT] == [EventType.SUPPORT]


def test_an_act_inside_an_open_whether_question_is_no_event(extract):
    events = extract("Whether Chilean firms will agree to back Peru's bid remains unclear.")
    assert [e for e in events if e.event_type is EventType.SUPPORT] == []


def test_an_act_told_in_a_how_or_why_clause_happened(extract):
    events = extract("Russia explained on Monday why it vetoed the resolution on Syria.")
    assert [e.event_type for e in events] == [EventType.REJECT]
    events = extract("Chile told reporters how Peru had expelled its ambassador.")
    assert [e.event_type for e in events] == [EventType.SANCTION]


def test_an_act_in_a_how_question_about_the_future_has_not_happened(extract):
    assert extract("Analysts asked how Chile would negotiate with Peru.") == []
