import pytest
from pydantic import ValidationError

from pipeline.models import Actor, ActorKind


def test_an_actor_country_must_be_an_iso3_code():
    with pytest.raises(ValidationError):
        Actor(name="Iran", kind=ActorKind.STATE, country="Iran")


def test_an_organisation_has_a_code_and_no_country():
    actor = Actor(name="Organization of Islamic Cooperation", kind=ActorKind.ORGANISATION, code="OIC")
    assert actor.country is None and actor.code == "OIC"
