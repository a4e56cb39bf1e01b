from pipeline.models import EventType
from pipeline.topics import TopicCatalogue


def test_the_catalogue_has_a_topic_per_event_type():
    catalogue = TopicCatalogue()
    assert {s.name for s in catalogue.events_by_type.values()} == {f"events.{t.value.lower()}" for t in EventType}


def test_a_prefix_applies_to_every_topic():
    assert all(spec.name.startswith("x.") for spec in TopicCatalogue("x.", 3).all())


def test_topics_are_found_by_name():
    catalogue = TopicCatalogue("p.")
    assert catalogue.by_name("p.alerts") is catalogue.alerts
    assert catalogue.by_name("alerts") is None
