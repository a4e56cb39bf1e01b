"""The deployment files agree with the settings: no Docker engine runs here, so they are read, not run."""

from pathlib import Path
from urllib.parse import urlparse

import yaml

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_runs_kafka_postgres_and_the_worker_with_health_checks():
    services = compose()["services"]
    assert set(services) == {"kafka", "postgres", "worker"}
    assert services["kafka"]["image"].startswith("apache/kafka:4.")
    assert "healthcheck" in services["kafka"] and "healthcheck" in services["postgres"]
    assert services["worker"]["depends_on"] == {"kafka": {"condition": "service_healthy"},
                                                "postgres": {"condition": "service_healthy"}}


def test_every_worker_variable_is_a_setting():
    fields = {f"DEMARCHE_{name.upper()}" for name in Settings.model_fields}
    assert set(compose()["services"]["worker"]["environment"]) <= fields


def test_the_worker_reaches_kafka_on_an_advertised_listener():
    services = compose()["services"]
    bootstrap = services["worker"]["environment"]["DEMARCHE_KAFKA_BOOTSTRAP_SERVERS"]
    advertised = services["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert any(listener.endswith(f"://{bootstrap}") for listener in advertised)
    assert "9092:9092" in services["kafka"]["ports"]
    assert any(listener.endswith(f"://localhost:{Settings().broker_port}") for listener in advertised)


def test_the_worker_database_is_the_compose_postgres():
    services = compose()["services"]
    url = urlparse(services["worker"]["environment"]["DEMARCHE_DATABASE_URL"])
    postgres = services["postgres"]["environment"]
    assert (url.scheme, url.hostname, url.port) == ("postgresql", "postgres", 5432)
    assert (url.username, url.password, url.path.lstrip("/")) == (
        postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"], postgres["POSTGRES_DB"])


def test_the_worker_image_installs_the_package_and_runs_the_worker():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11" in dockerfile and "pip install" in dockerfile
    assert 'ENTRYPOINT ["demarche"]' in dockerfile
    assert compose()["services"]["worker"]["build"]["dockerfile"] == "deploy/Dockerfile"


def test_the_worker_image_checks_its_health_on_the_web_port():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    assert 'CMD ["python", "-m", "pipeline.healthcheck"]' in dockerfile and "HEALTHCHECK" in dockerfile
    assert "DEMARCHE_WEB_HOST=0.0.0.0" in dockerfile and f"EXPOSE {Settings().web_port}" in dockerfile


def test_compose_checks_the_worker_health_and_publishes_its_metrics_port():
    worker = compose()["services"]["worker"]
    assert worker["healthcheck"]["test"] == ["CMD", "python", "-m", "pipeline.healthcheck"]
    port = worker["environment"]["DEMARCHE_WEB_PORT"]
    assert f"{port}:{port}" in worker["ports"] and worker["environment"]["DEMARCHE_WEB_HOST"] == "0.0.0.0"


def test_compose_keeps_the_worker_table_state_on_a_volume_and_waits_longer_than_the_shutdown_timeout():
    worker = compose()["services"]["worker"]
    data_dir = "/var/lib/demarche/worker"
    assert any(volume.endswith(f":{data_dir}") for volume in worker["volumes"])
    assert f"DEMARCHE_WORKER_DATA_DIR={data_dir}" in (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    grace = int(worker["stop_grace_period"].rstrip("s"))
    assert grace > Settings().worker_shutdown_timeout
