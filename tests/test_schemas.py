import json

from pipeline.schemas import SCHEMA_DIR, render_schemas, stale_schemas
from pipeline.topics import TopicCatalogue


def test_the_committed_schemas_match_the_models():
    assert stale_schemas() == [], "run `demarche schemas` and commit schemas/"


def test_every_topic_has_a_schema_file():
    names = {f"{spec.name}.schema.json" for spec in TopicCatalogue().all()}
    assert names == set(render_schemas()) == {p.name for p in SCHEMA_DIR.glob("*.schema.json")}


def test_an_extracted_event_schema_requires_what_the_scorer_reads():
    schema = json.loads(render_schemas()["events.extracted.schema.json"])
    assert {"article_id", "event_type", "source", "target", "evidence"} <= set(schema["required"])
