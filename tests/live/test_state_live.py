"""Table state on disk: a restarted worker takes its tables from its RocksDB store, not the changelogs."""

from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType

from tests.live.conftest import Worker, collect, produce
from tests.live.test_enrichment_live import FIRST_REPORT, SECOND_REPORT, meetings

from pipeline.topics import TopicCatalogue


def empty_changelogs(bootstrap: str, app_id: str) -> list[str]:
    """Delete every record of the app's changelog topics (compacted topics refuse, so first make them
    deletable): afterwards state can come only from where the worker keeps it locally."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        topics = sorted(t for t in admin.list_topics() if t.startswith(f"{app_id}-") and t.endswith("-changelog"))
        admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, t, configs={"cleanup.policy": "delete"})
                             for t in topics])
        ends = consumer.end_offsets([TopicPartition(t, 0) for t in topics])
        admin.delete_records({tp: end for tp, end in ends.items() if end})
        starts = consumer.beginning_offsets(list(ends))
        assert starts == ends, "the changelogs still hold records"
        return topics
    finally:
        consumer.close()
        admin.close()


@pytest.mark.broker
def test_a_restarted_worker_recovers_its_tables_from_its_local_store(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], start_worker, tmp_path: Path,  # type: ignore[no-untyped-def]
):
    worker_env["DEMARCHE_WORKER_STORE"] = "rocksdb://"  # the worker's default, which the live tests leave
    first_worker: Worker = start_worker()
    produce(kafka_bootstrap, catalogue.articles_raw.name, [FIRST_REPORT])
    [first] = meetings(collect(kafka_bootstrap, catalogue.events_enriched.name, 1, first_worker))
    first_worker.stop()
    assert any((tmp_path / "worker").rglob("*.db/CURRENT")), "no RocksDB store was written"
    changelogs = empty_changelogs(kafka_bootstrap, worker_env["DEMARCHE_APP_ID"])
    assert f"{worker_env['DEMARCHE_APP_ID']}-{catalogue.prefix}pairs-changelog" in changelogs

    second_worker: Worker = start_worker()
    produce(kafka_bootstrap, catalogue.articles_raw.name, [SECOND_REPORT])
    found = meetings(collect(kafka_bootstrap, catalogue.events_enriched.name, 2, second_worker))
    second = next(e for e in found if e.article_id == "m-2")
    assert second.cluster_id == first.cluster_id and second.mentions == 2
