"""Counts read as people write them."""

import subprocess
import sys
from pathlib import Path

from pipeline.cli.wording import counted


def test_one_of_a_thing_is_singular_and_any_other_number_plural():
    assert [counted(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]


def test_a_dry_run_of_one_article_says_article(tmp_path: Path):
    (tmp_path / "a.jsonl").write_text('{"text": "Chile praised Peru."}\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "produce", "--dry-run", str(tmp_path / "a.jsonl")],
                         capture_output=True, text=True)
    assert run.stderr.strip() == "would send 1 article to articles.raw, skipped 0"
