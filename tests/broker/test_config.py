from pathlib import Path

from pipeline.broker.config import server_properties


def test_the_broker_listens_on_loopback_only():
    properties = server_properties(19092, 19093, Path("/data"))
    assert "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093" in properties
    assert "advertised.listeners=PLAINTEXT://127.0.0.1:19092" in properties


def test_the_quorum_is_a_single_static_voter():
    assert "controller.quorum.voters=1@127.0.0.1:19093" in server_properties(19092, 19093, Path("/d"))
