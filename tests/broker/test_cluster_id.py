from itertools import chain, repeat

from pipeline.broker.local import cluster_id


def test_a_cluster_id_is_22_characters_of_url_safe_base64():
    made = cluster_id()
    assert len(made) == 22 and set(made) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_a_cluster_id_never_begins_with_a_dash():
    # 0xf8 encodes to '-' as the first base64 character: such draws are thrown away, as Kafka does
    draws = chain([bytes([0xF8]) + bytes(15), bytes([0xFB]) + bytes(15)], repeat(bytes([0x10]) * 16))
    made = cluster_id(lambda: next(draws))
    assert made == "EBAQEBAQEBAQEBAQEBAQEA"


def test_many_cluster_ids_never_begin_with_a_dash():
    assert not any(cluster_id().startswith("-") for _ in range(5000))
