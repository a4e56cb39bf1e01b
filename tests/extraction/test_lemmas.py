"""Verb forms the model's lemmatizer cuts down to another verb get their own lemma back."""

from pipeline.extraction.extractor import EventExtractor
from pipeline.models import EventType


def test_hoped_and_lambasted_are_hope_and_lambaste_and_the_noun_hopes_is_hope(extractor: EventExtractor):
    doc = extractor.nlp("She hoped for talks, and they lambasted the plan, but their hopes were high.")
    assert {t.lower_: t.lemma_ for t in doc if t.lower_ in ("hoped", "lambasted", "hopes")} == {
        "hoped": "hope", "lambasted": "lambaste", "hopes": "hope"}


def test_a_meeting_a_minister_hoped_to_have_is_ahead_not_held(extract):
    [meeting] = extract("The Malian foreign minister said he hoped to meet his Senegalese counterpart in Dakar.")
    assert (meeting.event_type, meeting.status.value) == (EventType.MEET, "planned")
