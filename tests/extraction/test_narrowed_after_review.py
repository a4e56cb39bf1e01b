"""What a review of the round's rules found over-broad: each case keeps the rule from reaching too far."""

import pytest

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code or a.name for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


def test_a_past_act_joined_to_a_negated_modal_one_happened(extract):
    events = extract("Peru would not comment on the report but expelled two Chilean diplomats on Friday.")
    [event] = of_type(events, EventType.SANCTION)
    assert event.status.value == "occurred" and of_type(events, EventType.THREATEN) == []


@pytest.mark.parametrize("text", [
    "Peru vowed that it would never abandon Bolivia.",
    "Peru vowed that Chile would never again rule the province.",
    "Peru vowed that such an attack would never happen again.",
])
def test_vowing_that_something_will_never_happen_is_no_refusal(extract, text):
    assert of_type(extract(text), EventType.REJECT) == []


@pytest.mark.parametrize("text", [
    "Peru said Chile must condemn the attack on its embassy.",
    "Peru said Chile and Bolivia needed to sign the agreement.",
])
def test_what_another_must_do_is_asked_not_done(extract, text):
    events = extract(text)
    assert [e.event_type for e in events] == [EventType.REQUEST]


def test_saying_it_is_up_to_another_to_decide_asks_nothing(extract):
    assert of_type(extract("Peru said it was up to Chile to decide whether to resume talks."), EventType.REQUEST) == []


def test_a_noun_saying_what_a_named_state_is_judges_that_state(extract):
    text = "Chile signed a defence pact with Bolivia, which Peru calls a rogue state."
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["PER"], ["BOL"])


@pytest.mark.parametrize("text", [
    "Peru said the situation was not serious.",
    "Peru said aid deliveries fell short of needs.",
])
def test_something_found_wanting_that_is_nobodys_criticises_no_one(extract, text):
    assert of_type(extract(text), EventType.CONDEMN) == []


@pytest.mark.parametrize("text", [
    "Peru and Chile agreed the truce takes effect on Wednesday.",
    "Peru and Chile agreed that prisoners were to be exchanged.",
])
def test_agreeing_on_what_is_to_happen_is_an_agreement(extract, text):
    assert len(of_type(extract(text), EventType.AGREE)) == 1


def test_agreeing_that_another_broke_a_deal_accuses_it(extract):
    [event] = of_type(extract("Peru and Chile agreed that Bolivia had violated the border treaty."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHL", "PER"], ["BOL"])


@pytest.mark.parametrize("text", [
    "The Peruvian Senate voted down a resolution to block arms sales to Chile.",
    "A Peruvian court blocked the extradition of the businessman to Chile.",
])
def test_votes_and_vetoes_at_home_reject_nothing(extract, text):
    assert of_type(extract(text), EventType.REJECT) == []


def test_a_rejected_statement_was_still_said(extract):
    events = extract("Peru rejected a statement issued by Chile condemning its border policy.")
    assert len(of_type(events, EventType.CONDEMN)) == 1


def test_a_year_of_sanctions_imposes_none(extract):
    assert of_type(extract("After a year of sanctions, Bolivia's economy is still growing, the bank said."),
                   EventType.SANCTION) == []


def test_briefing_reporters_by_phone_is_no_call(extract):
    assert of_type(extract("The Peruvian foreign minister briefed reporters by phone on his talks with Chile."),
                   EventType.MEET) == []


def test_opposing_an_act_done_to_a_state_does_not_blame_the_victim(extract):
    assert of_type(extract("Peru opposed the invasion of Bolivia."), EventType.CONDEMN) == []


def test_the_head_of_a_states_company_does_not_act_for_the_state(extract):
    events = extract("Carlos Ruiz, the head of Peru's Petroperu, criticised Chile.")
    assert all(a.country != "PER" for e in events for a in e.source)


def test_a_treaty_suspended_with_a_state_is_a_sanction_on_it(extract):
    [event] = of_type(extract("Peru suspended the friendship treaty with Chile."), EventType.SANCTION)
    assert codes(event.target) == ["CHL"]


def test_missiles_flown_to_a_base_are_no_visit(extract):
    assert of_type(extract("Peru flew air defence missiles to its base in Chile."), EventType.MEET) == []


def test_a_witness_at_a_signing_is_no_party(extract):
    events = extract("The Peruvian foreign minister attended the signing ceremony in Santiago on Tuesday.")
    assert of_type(events, EventType.AGREE) == []


def test_counted_tourists_of_a_nationality_are_not_their_state(extract):
    assert extract("Millions of Peruvian tourists visit Chilean resorts each year.") == []


@pytest.mark.parametrize("text", [
    "Peru has demanded guarantees that no future Chilean government will walk away from the deal.",
    "Peru said it hoped the two sides could agree on changes.",
])
def test_what_is_guaranteed_or_hoped_for_has_not_happened(extract, text):
    events = extract(text)
    assert of_type(events, EventType.REJECT) == [] and of_type(events, EventType.AGREE) == []
