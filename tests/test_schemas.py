import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

from pipeline.schemas import JSON_SCHEMA_DIALECT, SCHEMA_DIR, render_schemas, stale_schemas
from pipeline.topics import TopicCatalogue


def test_the_shipped_schemas_match_the_models():
    assert stale_schemas() == [], "run `demarche schemas` and commit pipeline/schemas/"


def test_every_topic_has_a_schema_file_inside_the_package():
    names = {f"{spec.name}.schema.json" for spec in TopicCatalogue().all()}
    shipped = {entry.name for entry in resources.files("pipeline.schemas").iterdir() if entry.name.endswith(".json")}
    assert names == set(render_schemas()) == shipped == {p.name for p in SCHEMA_DIR.glob("*.schema.json")}


def test_the_top_level_schemas_directory_holds_the_same_contracts():
    top_level = Path(__file__).resolve().parents[1] / "schemas"
    assert stale_schemas(top_level) == []
    assert {p.name for p in top_level.glob("*.schema.json")} == set(render_schemas())


def test_an_extracted_event_schema_requires_what_the_scorer_reads():
    schema = json.loads(render_schemas()["events.extracted.schema.json"])
    assert {"article_id", "event_type", "source", "target", "evidence"} <= set(schema["required"])


def test_every_schema_names_its_dialect_and_has_an_absolute_id():
    for name, text in render_schemas().items():
        schema = json.loads(text)
        assert schema["$schema"] == JSON_SCHEMA_DIALECT
        assert schema["$id"] == f"urn:demarche:schema:{name.removesuffix('.schema.json')}:v1"


def test_output_schemas_allow_fields_added_later():
    for name, text in render_schemas().items():
        assert '"additionalProperties": false' not in text, name


def test_schemas_are_written_to_any_directory(tmp_path: Path):
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "schemas", "--out", str(tmp_path / "out")],
                         capture_output=True, text=True, check=True)
    assert len(run.stdout.splitlines()) == len(render_schemas())
    assert stale_schemas(tmp_path / "out") == []
    check = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "schemas", "--check", "--out", str(tmp_path)],
                           capture_output=True, text=True)
    assert check.returncode == 1 and "out of date" in check.stderr
