"""`demarche extract` as a user runs it: JSON lines in, JSON lines out, piped into the shared scorer."""

import json
import os
import subprocess
import sys
from pathlib import Path


def articles_from_gold(shared: Path) -> str:
    gold = json.loads((shared / "eval" / "dev" / "seed.json").read_text(encoding="utf-8"))
    return "".join(
        json.dumps({"id": a["id"], "text": a["text"], "published_at": a["published_at"], "source": a["source"]}) + "\n"
        for a in gold["articles"]
    )


def test_extract_output_is_read_by_the_scorer(shared_dir: Path):
    extracted = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "extract", "-"],
                               input=articles_from_gold(shared_dir), capture_output=True, text=True, check=True)
    scored = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"),
                             str(shared_dir / "eval" / "dev" / "seed.json"), "-", "--json"],
                            input=extracted.stdout, capture_output=True, text=True, check=True)
    assert json.loads(scored.stdout)["f1"] >= 0.9


def test_extract_names_the_line_of_a_bad_article_and_goes_on(tmp_path: Path):
    source = tmp_path / "articles.jsonl"
    source.write_text('{"id": "a", "text": "Chile praised Peru."}\nnot json\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "extract", str(source)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert f"{source}:2: skipped: not JSON" in run.stderr
    assert [json.loads(line)["event_type"] for line in run.stdout.splitlines()] == ["SUPPORT"]


def test_extract_reads_a_feed_like_produce(tmp_path: Path):
    from tests.producing.test_feeds import RSS_GUID

    feed = tmp_path / "hill.rss"
    feed.write_text(RSS_GUID, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "extract", str(feed)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    assert {e["event_type"] for e in events} >= {"MEET", "SUPPORT"}


def test_extract_uses_the_users_actor_file(tmp_path: Path):
    actors = tmp_path / "actors.jsonl"
    actors.write_text('{"name": "Mira Valdez", "kind": "person", "country": "CHL", "role": "Foreign Minister"}\n',
                      encoding="utf-8")
    env = {**os.environ, "DEMARCHE_ACTOR_FILES": str(actors)}
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "extract", "-"], env=env,
                         input='{"id": "a", "text": "Mira Valdez criticised Peru on Monday."}\n',
                         capture_output=True, text=True, check=True)
    [event] = [json.loads(line) for line in run.stdout.splitlines()]
    assert [a["country"] for a in event["source"]] == ["CHL"]


def test_a_broken_actor_file_stops_extract_with_one_line(tmp_path: Path):
    actors = tmp_path / "actors.jsonl"
    actors.write_text('{"name": "Mira Valdez"\n', encoding="utf-8")
    env = {**os.environ, "DEMARCHE_ACTOR_FILES": str(actors)}
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "extract", "-"], env=env, input="",
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and f"{actors}:1:" in run.stderr


def test_extract_skips_an_article_that_is_not_english_and_says_so(tmp_path: Path):
    source = tmp_path / "articles.jsonl"
    source.write_text('{"id": "a", "text": "Chile praised Peru.", "language": "es"}\n'
                      '{"id": "b", "text": "Chile praised Peru on Monday."}\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "extract", str(source)],
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert [json.loads(line)["article_id"] for line in run.stdout.splitlines()] == ["b"]
    assert "skipped: language 'es' is not English" in run.stderr
    assert "1 article skipped as not English" in run.stderr
