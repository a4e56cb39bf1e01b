"""Being in contact, in touch or in talks with another is a consultation under way."""

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code for a in actors)


def test_officials_in_contact_with_another_government_are_consulting_it_now(extract):
    [contact] = extract("Greek officials said they were in constant contact with the Turkish authorities.")
    assert (contact.event_type, codes(contact.source), codes(contact.target), contact.status.value) == (
        EventType.MEET, ["GRC"], ["TUR"], "ongoing")


def test_a_state_in_touch_or_in_talks_with_another_consults_it_now(extract):
    for text in ("The Greek government remained in touch with Ankara.", "Greece is in talks with Turkey over the airspace."):
        [talks] = extract(text)
        assert (talks.event_type, talks.status.value) == (EventType.MEET, "ongoing"), text


def test_contact_opposed_or_cut_is_no_consultation(extract):
    assert not [e for e in extract("China opposes any official contact with Taiwan.") if e.event_type is EventType.MEET]
    assert not [e for e in extract("Britain cut contact with the junta in Myanmar.") if e.event_type is EventType.MEET]


def test_its_officials_in_a_reported_clause_are_the_reporting_states(extract):
    [contact] = extract("Kenya's foreign ministry said its officials were in contact with the Ethiopian government.")
    assert (codes(contact.source), codes(contact.target)) == (["KEN"], ["ETH"])
