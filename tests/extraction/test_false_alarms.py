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
