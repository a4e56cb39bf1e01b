import pytest
from pydantic import ValidationError

from pipeline.models import Actor, ActorKind


def test_an_actor_country_must_be_an_iso3_code():
    with pytest.raises(ValidationError):
        Actor(name="Iran", kind=ActorKind.STATE, country="Iran")


def test_an_organisation_has_a_code_and_no_country():
    actor = Actor(name="Organization of Islamic Cooperation", kind=ActorKind.ORGANISATION, code="OIC")
    assert actor.country is None and actor.code == "OIC"


def test_a_message_with_a_field_added_later_is_still_read():
    from tests.alerting.test_rules import sanction

    from pipeline.models import EnrichedEvent

    payload = sanction().model_dump(mode="json") | {"added_in_a_later_release": {"x": 1}}
    assert EnrichedEvent.model_validate(payload).event_id == sanction().event_id
