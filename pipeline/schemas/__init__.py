"""JSON Schema contracts of every topic, generated from the pydantic models and shipped in this package."""

import json
from pathlib import Path
from typing import Any

from pipeline.models.base import SCHEMA_VERSION
from pipeline.topics import TopicCatalogue, TopicSpec

__all__ = ["SCHEMA_DIR", "JSON_SCHEMA_DIALECT", "schema_id", "render_schemas", "write_schemas", "stale_schemas"]

SCHEMA_DIR = Path(__file__).resolve().parent
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_id(topic: str, version: int = SCHEMA_VERSION) -> str:
    """The absolute id of a topic's schema: a URN naming the topic and the schema version."""
    return f"urn:demarche:schema:{topic}:v{version}"


def _open(schema: Any) -> Any:
    """The schema with every `"additionalProperties": false` taken out: fields may be added to a contract."""
    if isinstance(schema, dict):
        return {k: _open(v) for k, v in schema.items() if not (k == "additionalProperties" and v is False)}
    if isinstance(schema, list):
        return [_open(item) for item in schema]
    return schema


def schema_of(spec: TopicSpec) -> dict[str, Any]:
    schema: dict[str, Any] = _open(spec.model.model_json_schema())
    schema["$schema"] = JSON_SCHEMA_DIALECT
    schema["$id"] = schema_id(spec.name)
    schema["description"] = (f"Messages on `{spec.name}`, keyed by {spec.key}: {spec.description}. Fields are only "
                             "ever added; readers should ignore the fields they do not know.")
    return schema


def render_schemas() -> dict[str, str]:
    """File name to JSON text, one file per topic of the unprefixed catalogue."""
    return {
        f"{spec.name}.schema.json": json.dumps(schema_of(spec), indent=2, sort_keys=True) + "\n"
        for spec in TopicCatalogue().all()
    }


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path = SCHEMA_DIR) -> list[str]:
    """Names of schema files that are missing or differ from what the models generate."""
    return [
        name
        for name, text in render_schemas().items()
        if not (directory / name).exists() or (directory / name).read_text(encoding="utf-8") != text
    ]
