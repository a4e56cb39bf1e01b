from datetime import datetime, timezone

from pipeline.enrichment.actors import canonical_actor_id, name_skeleton
from pipeline.enrichment.registry import ActorRecord
from pipeline.models import Actor, ActorKind, ActorMention


def person(name: str, country: str = "IRN") -> Actor:
    return Actor(name=name, kind=ActorKind.PERSON, country=country)


def test_transliteration_variants_share_an_id():
    assert canonical_actor_id(person("Abbas Araghchi")) == canonical_actor_id(person("Abbas Araqchi"))
    assert canonical_actor_id(person("Volodymyr Zelensky", "UKR")) == canonical_actor_id(person("Volodymyr Zelenskyy", "UKR"))


def test_accents_and_titles_do_not_change_the_id():
    assert canonical_actor_id(person("Recep Erdoğan", "TUR")) == canonical_actor_id(person("Recep Erdogan", "TUR"))


def test_different_people_get_different_ids():
    assert canonical_actor_id(person("Masoud Pezeshkian")) != canonical_actor_id(person("Abbas Araghchi"))
    assert canonical_actor_id(person("Kim Jong Un", "PRK")) != canonical_actor_id(person("Kim Yo Jong", "PRK"))


def test_states_and_organisations_are_identified_by_code():
    assert canonical_actor_id(Actor(name="Tehran", kind=ActorKind.STATE, country="IRN")) == "state:IRN"
    assert canonical_actor_id(Actor(name="OIC", kind=ActorKind.ORGANISATION, code="OIC")) == "org:OIC"


def test_the_registry_names_an_actor_by_its_most_frequent_spelling():
    now = datetime(2026, 3, 1, tzinfo=timezone.utc)
    mentions = [ActorMention(actor=person(n), event_id=str(i), seen_at=now) for i, n in
                enumerate(["Abbas Araqchi", "Abbas Araghchi", "Abbas Araghchi"])]
    record = ActorRecord.first(mentions[0])
    for mention in mentions:
        record.observe(mention)
    assert (record.name, record.mentions, record.variants["Abbas Araqchi"]) == ("Abbas Araghchi", 3, 1)


def test_name_skeletons_ignore_doubled_letters():
    assert name_skeleton("Mohammed") == name_skeleton("Mohamed")


def test_a_mention_of_several_events_counts_as_that_many_and_keeps_its_first_time():
    first, last = datetime(2026, 3, 1, tzinfo=timezone.utc), datetime(2026, 3, 2, tzinfo=timezone.utc)
    summed = ActorMention(actor=person("Abbas Araghchi"), event_id="e9", seen_at=last, count=3, first_seen_at=first)
    record = ActorRecord.first(summed)
    record.observe(summed)
    record.observe(ActorMention(actor=person("Abbas Araqchi"), event_id="e10", seen_at=last))
    assert (record.mentions, record.variants) == (4, {"Abbas Araghchi": 3, "Abbas Araqchi": 1})
    assert (record.name, record.first_seen, record.last_seen) == ("Abbas Araghchi", first, last)
