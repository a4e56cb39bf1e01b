"""Persons and institutions the article names without their state, resolved by the dated dictionary."""

from datetime import datetime, timezone

import pytest

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


def test_a_leader_named_alone_serves_the_state_he_led_that_day(extract):
    events = extract("Erdogan criticised Sweden on Tuesday.", datetime(2023, 1, 24, tzinfo=timezone.utc))
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["TUR"], ["SWE"])


def test_a_leader_named_by_his_surname_without_its_arabic_article_serves_his_state(extract):
    events = extract("Sisi met the Greek prime minister in Cairo on Tuesday.", datetime(2023, 5, 9, tzinfo=timezone.utc))
    [meeting] = of_type(events, EventType.MEET)
    assert "EGY" in codes(meeting.source + meeting.target)


def test_receiving_a_named_leader_is_hosting_him(extract):
    events = extract("King Abdullah received Zelensky in Amman on Monday.", datetime(2023, 5, 9, tzinfo=timezone.utc))
    [meeting] = of_type(events, EventType.MEET)
    assert (codes(meeting.source), codes(meeting.target), meeting.codes.cameo) == (["JOR"], ["UKR"], "043")


def test_receiving_a_letter_from_a_named_person_is_no_meeting(extract):
    events = extract("The Jordanian embassy received Zelensky's letter on Monday.", datetime(2023, 5, 9, tzinfo=timezone.utc))
    assert of_type(events, EventType.MEET) == []


def test_a_former_leader_is_not_given_the_state_he_no_longer_serves(extract):
    events = extract("Boris Johnson criticised Iran on Tuesday.", datetime(2024, 6, 4, tzinfo=timezone.utc))
    assert all(not e.source or e.source[0].country != "GBR" for e in of_type(events, EventType.CONDEMN))


def test_a_former_leader_acts_for_the_state_he_led_when_the_event_took_place(extract):
    text = "Boris Johnson visited Kyiv in April 2022 and promised more weapons."
    [visit] = of_type(extract(text, datetime(2024, 6, 4, tzinfo=timezone.utc)), EventType.MEET)
    assert (codes(visit.source), codes(visit.target), visit.date) == (["GBR"], ["UKR"], "2022-04")


def test_a_former_leader_out_of_office_for_part_of_the_period_acts_for_no_state(extract):
    text = "Boris Johnson visited Kyiv in 2022."  # he left office in September
    events = of_type(extract(text, datetime(2024, 6, 4, tzinfo=timezone.utc)), EventType.MEET)
    assert all(e.source[0].country is None for e in events)


def test_a_seat_of_government_stands_for_its_state(extract):
    [event] = of_type(extract("The Kremlin condemned the Estonian decision."), EventType.CONDEMN)
    assert codes(event.source) == ["RUS"]


def test_an_administration_named_after_its_president_is_his_state(extract):
    events = extract("The Biden administration praised Kenya on Monday.", datetime(2023, 5, 3, tzinfo=timezone.utc))
    [event] = of_type(events, EventType.SUPPORT)
    assert codes(event.source) == ["USA"]


def test_he_in_a_clause_under_a_named_speaker_is_that_speaker(extract):
    text = ("Chile's president met Peru's president on Monday. "
            "Bolivia's foreign minister Ana Rojas said the move was a response to what he called Chilean aggression.")
    [event] = [e for e in of_type(extract(text), EventType.CONDEMN) if codes(e.target) == ["CHL"]]
    assert codes(event.source) == ["BOL"]


def test_two_different_sanctions_on_one_state_stay_two_events(extract):
    text = ("Norway expelled three Russian diplomats in May. "
            "Norway also cancelled the visits of Russian delegations to Oslo.")
    assert len(of_type(extract(text), EventType.SANCTION)) == 2


def test_an_object_pronoun_is_the_state_named_before_it_not_the_subject(extract):
    [event] = of_type(extract("Peru moved to punish Chile after accusing it of spying."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["PER"], ["CHL"])


def test_praising_a_states_decision_praises_that_state_not_what_the_decision_is_about(extract):
    [event] = of_type(extract("Japan praised Kenya's recognition of Somaliland."), EventType.SUPPORT)
    assert codes(event.target) == ["KEN"]


def test_a_city_that_only_hosts_talks_is_no_party_to_them(extract):
    [event] = of_type(extract("A Chilean delegation will arrive in Geneva on Monday for talks."), EventType.MEET)
    assert codes(event.source + event.target) == ["CHL"]


def test_an_agency_written_in_capitals_stands_for_its_state(extract):
    [event] = of_type(extract("The FBI accused China of running a secret police station."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["USA"], ["CHN"])


def test_an_appeal_without_a_named_addressee_is_aimed_at_the_other_side_of_the_story(extract):
    text = ("Chile and Peru held talks on fishing rights in Lima on Monday. "
            "Chile had asked for the change for years.")
    [event] = of_type(extract(text), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["CHL"], ["PER"])


def test_an_appeal_by_a_third_state_gets_no_guessed_target(extract):
    text = ("Chile and Peru held talks on fishing rights in Lima on Monday. "
            "Bolivia had asked for the change for years.")
    [event] = of_type(extract(text), EventType.REQUEST)
    assert event.target == []


def test_a_visit_to_a_region_is_a_visit_to_its_state(extract):
    [visit] = of_type(extract("A Norwegian delegation visited Xinjiang last week."), EventType.MEET)
    assert (codes(visit.source), codes(visit.target)) == (["NOR"], ["CHN"])
    assert visit.location is not None and (visit.location.name, visit.location.country) == ("Xinjiang", "CHN")


def test_a_region_named_with_its_kind_is_still_a_place_in_its_state(extract):
    [visit] = of_type(extract("The Thai foreign minister visited Rakhine state on Monday."), EventType.MEET)
    assert (codes(visit.source), codes(visit.target)) == (["THA"], ["MMR"])


def test_a_region_is_no_actor(extract):
    assert extract("Bavaria criticised Austria on Monday.") == []


def test_talks_in_new_york_are_no_visit_to_the_united_states(extract):
    [talks] = of_type(extract("Chile and Peru held talks in New York on Monday."), EventType.MEET)
    assert codes(talks.source + talks.target) == ["CHL", "PER"]
    assert talks.location is not None and (talks.location.name, talks.location.country) == ("New York", "USA")


def test_a_persons_name_holding_a_region_name_is_the_person(extract):
    [meeting] = of_type(extract("Mexican President Carlos Jalisco met the Guatemalan president on Monday."),
                        EventType.MEET)
    assert codes(meeting.source + meeting.target) == ["GTM", "MEX"]


def test_a_relative_of_a_former_president_is_not_the_president(extract):
    events = of_type(extract("Hunter Biden visited Ukraine in May 2022.", datetime(2026, 3, 1, tzinfo=timezone.utc)),
                     EventType.MEET)
    assert all(a.country is None for e in events for a in e.source)


def test_two_former_leaders_meeting_while_both_were_in_office_act_for_their_states(extract):
    [meeting] = of_type(extract("In April 2016, Obama met David Cameron in London."), EventType.MEET)
    assert codes(meeting.source + meeting.target) == ["GBR", "USA"]


def test_two_former_leaders_meeting_now_act_for_no_state(extract):
    assert of_type(extract("Obama met Cameron in London last week."), EventType.MEET) == []


def test_a_ministry_named_without_its_state_is_the_one_of_the_capital_the_article_is_datelined_in(extract):
    events = extract("Peru protests\nLIMA (Wire) - The foreign ministry on Tuesday condemned Chile's new fishing rules.")
    [criticism] = of_type(events, EventType.CONDEMN)
    assert (codes(criticism.source), codes(criticism.target)) == (["PER"], ["CHL"])


def test_a_ministry_spokesman_named_without_his_state_speaks_for_the_datelines_state(extract):
    events = extract("LIMA\n\nForeign ministry spokesman Tomas Quispe condemned Chile's new fishing rules on Tuesday.")
    [criticism] = of_type(events, EventType.CONDEMN)
    assert codes(criticism.source) == ["PER"]


def test_a_dateline_in_a_city_that_is_no_capital_places_no_ministry(extract):
    events = extract("GENEVA (Wire) - The foreign ministry on Tuesday condemned Chile's new fishing rules.")
    assert of_type(events, EventType.CONDEMN) == []


def test_a_titled_minister_unknown_to_the_dictionary_serves_the_state_of_the_capital_the_sentence_opens_in(extract):
    [praise] = of_type(extract("In Lima, Trade Minister Tomas Quispe welcomed Chile's decision on Friday."),
                       EventType.SUPPORT)
    assert (codes(praise.source), codes(praise.target)) == (["PER"], ["CHL"])


@pytest.mark.parametrize("text", ["Chile's foreign minister flew to the desert city of Al-Ula on Monday.",
                                  "Chile and Peru signed the Al-Ula declaration on Monday."])
def test_a_place_or_a_text_the_tagger_took_for_a_body_is_no_actor(extract, text: str):
    events = extract(text)
    assert events and all(a.country or a.code for e in events for a in e.source + e.target)


def test_a_leader_named_in_full_with_a_hyphen_serves_his_state(extract):
    events = extract("Lee Jae-myung met the Japanese prime minister in Seoul on Monday.",
                     datetime(2026, 3, 2, tzinfo=timezone.utc))
    [meeting] = of_type(events, EventType.MEET)
    assert codes(meeting.source + meeting.target) == ["JPN", "KOR"]
