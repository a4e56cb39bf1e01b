"""The session's live broker, and what `demarche broker` says about a broker that is not running."""

import subprocess
import sys
from pathlib import Path

from kafka import KafkaConsumer, KafkaProducer

from pipeline.broker import LocalBroker
from pipeline.broker.local import free_port


def test_the_live_broker_takes_and_gives_back_a_message(kafka_bootstrap: str, topic_prefix: str):
    topic = f"{topic_prefix}roundtrip"
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap)
    producer.send(topic, b"hello").get(timeout=30)
    producer.close()
    consumer = KafkaConsumer(topic, bootstrap_servers=kafka_bootstrap, auto_offset_reset="earliest",
                             consumer_timeout_ms=15000)
    assert [m.value for m in consumer] == [b"hello"]
    consumer.close()


def test_a_broker_that_was_never_started_is_not_running(tmp_path: Path):
    status = LocalBroker(tmp_path, free_port(), free_port()).status()
    assert not status.running and status.pid is None


def test_broker_status_exits_non_zero_when_none_runs(tmp_path: Path):
    env = {"DEMARCHE_BROKER_HOME": str(tmp_path), "DEMARCHE_BROKER_PORT": str(free_port()), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "broker", "status"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 1 and "no broker running" in run.stdout


def test_an_existing_cluster_means_no_broker_is_started(tmp_path: Path):
    env = {"DEMARCHE_BROKER_HOME": str(tmp_path), "DEMARCHE_KAFKA_BOOTSTRAP_SERVERS": "kafka.example:9092",
           "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "broker", "start"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0 and "starts no broker" in run.stdout
    assert not (tmp_path / "broker.pid").exists()


def test_a_stale_pid_file_naming_another_process_is_not_trusted(tmp_path: Path):
    bystander = subprocess.Popen(["sleep", "60"])
    try:
        broker = LocalBroker(tmp_path, free_port(), free_port())
        broker.pid_path.write_text(str(bystander.pid))
        assert broker.read_pid() is None and not broker.status().running
        assert broker.stop() is False
        assert bystander.poll() is None, "stop killed a process that is not the broker"
    finally:
        bystander.kill()
        bystander.wait()


def test_the_session_broker_is_recognised_by_its_own_pid_file(kafka_bootstrap: str, session_broker: LocalBroker):
    pid = session_broker.read_pid()
    assert pid is not None and session_broker.is_this_broker(pid)
    assert not LocalBroker(session_broker.home.parent / "elsewhere").is_this_broker(pid)
