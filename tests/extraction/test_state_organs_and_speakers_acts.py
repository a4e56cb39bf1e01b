"""State organs that act for their state, and acts a speaker does around what it says."""

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
