"""A present tense with a time ahead is a timetable: the event is planned, on the coming day."""

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code for a in actors)


def only(events, event_type):  # type: ignore[no-untyped-def]
    [event] = [e for e in events if e.event_type is event_type]
    return event


def test_a_minister_who_leaves_for_a_capital_on_a_weekday_leaves_on_the_coming_one(extract):
    visit = only(extract("The Finnish foreign minister leaves for Oslo on Monday for talks on the power lines."),
                 EventType.MEET)
    assert (codes(visit.source), codes(visit.target), visit.status.value, visit.date) == (
        ["FIN"], ["NOR"], "planned", "2026-03-16")


def test_a_leader_who_hosts_a_summit_next_week_has_it_ahead(extract):
    summit = only(extract("The Portuguese president hosts the Spanish prime minister in Lisbon next week."), EventType.MEET)
    assert (codes(summit.source), codes(summit.target), summit.status.value) == (["PRT"], ["ESP"], "planned")


def test_a_visit_in_the_progressive_with_tomorrow_is_planned(extract):
    visit = only(extract("The Chilean president is visiting Argentina tomorrow."), EventType.MEET)
    assert (visit.status.value, visit.date) == ("planned", "2026-03-13")


def test_a_visitor_who_heads_somewhere_next_goes_there_after_this_visit(extract):
    events = extract("The Kenyan foreign minister, who heads to Uganda next, met Tanzania's president in Dodoma.")
    visits = {e.codes.cameo: e for e in events if e.event_type is EventType.MEET}
    assert (codes(visits["042"].target), visits["042"].status.value) == (["UGA"], "planned")
    assert (codes(visits["040"].target), visits["040"].status.value) == (["TZA"], "occurred")


def test_the_past_tense_with_a_weekday_and_the_bare_present_of_a_headline_stay_done(extract):
    left = only(extract("The Finnish foreign minister left for Oslo on Monday."), EventType.MEET)
    headline = only(extract("Portugal's president hosts Spain's prime minister in Lisbon."), EventType.MEET)
    assert (left.status.value, left.date, headline.status.value) == ("occurred", "2026-03-09", "occurred")


def test_a_minister_who_heads_to_a_capital_visits_its_state_but_relations_heading_to_a_low_are_no_visit(extract):
    visit = only(extract("The Polish foreign minister headed to Vilnius on Tuesday."), EventType.MEET)
    assert (codes(visit.source), codes(visit.target), visit.date) == (["POL"], ["LTU"], "2026-03-10")
    assert not extract("Relations between Poland and Lithuania are heading to a new low.")


def test_a_visit_a_leader_looks_forward_to_hosting_is_ahead(extract):
    visit = only(extract("The Chilean president said he looked forward to welcoming his Peruvian counterpart to "
                         "Santiago in December."), EventType.MEET)
    assert (visit.status.value, visit.date) == ("planned", "2026-12")
