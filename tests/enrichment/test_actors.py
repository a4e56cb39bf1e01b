from pipeline.enrichment.actors import canonical_actor_id, name_skeleton
from pipeline.models import Actor, ActorKind


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


def test_name_skeletons_ignore_doubled_letters():
    assert name_skeleton("Mohammed") == name_skeleton("Mohamed")


def test_a_name_of_title_words_alone_gets_no_id():
    assert canonical_actor_id(person("President", "USA")) is None
    assert canonical_actor_id(person("Mr. President", "USA")) is None
    assert canonical_actor_id(person("President Joe Biden", "USA")) == canonical_actor_id(person("Joe Biden", "USA"))


def test_initials_with_or_without_full_stops_share_an_id():
    assert canonical_actor_id(person("J.D. Vance", "USA")) == canonical_actor_id(person("JD Vance", "USA"))


def test_an_office_described_without_a_name_gets_no_id():
    for described in ("Qatari official", "Iran's foreign minister", "British prime minister", "a senior Myanmar official"):
        assert canonical_actor_id(person(described)) is None, described
    for named in ("Mohammed bin Salman", "Ursula von der Leyen", "Lula da Silva", "President Biden"):
        assert canonical_actor_id(person(named)) is not None, named


def test_particles_before_a_surname_do_not_change_the_id():
    assert canonical_actor_id(person("el-Sisi", "EGY")) == canonical_actor_id(person("Sisi", "EGY"))
