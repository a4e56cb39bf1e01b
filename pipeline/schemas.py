"""JSON Schema contracts of every topic, generated from the pydantic models into `schemas/`."""

import json
from pathlib import Path

from pipeline.topics import TopicCatalogue, TopicSpec

__all__ = ["render_schemas", "write_schemas", "stale_schemas"]

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def schema_of(spec: TopicSpec) -> dict[str, object]:
    schema = spec.model.model_json_schema()
    schema["$id"] = f"demarche/{spec.name}.schema.json"
    schema["description"] = f"Messages on `{spec.name}`, keyed by {spec.key}: {spec.description}."
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
