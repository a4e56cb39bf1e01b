from tests.enrichment.test_clusters import event

from pipeline.enrichment.keys import dyad_key, pair_key
from pipeline.models import EventType


def test_symmetric_events_share_a_dyad_whichever_side_is_named_first():
    assert dyad_key(event("a", "JPN", "KOR")) == dyad_key(event("b", "KOR", "JPN")) == "MEET:JPN+KOR"


def test_directed_events_keep_their_direction():
    one = event("a", "JPN", "KOR", event_type=EventType.CONDEMN)
    other = event("b", "KOR", "JPN", event_type=EventType.CONDEMN)
    assert (dyad_key(one), dyad_key(other)) == ("CONDEMN:JPN>KOR", "CONDEMN:KOR>JPN")


def test_the_pair_is_the_same_for_every_type_and_direction():
    assert pair_key(event("a", "KOR", "JPN", event_type=EventType.CONDEMN)) == pair_key(event("b", "JPN", "KOR"))
