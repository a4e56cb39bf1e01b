"""`demarche produce --dry-run`: validation and the summary, without a broker."""

import subprocess
import sys
from pathlib import Path


def test_a_dry_run_validates_every_record_and_sums_up(tmp_path: Path):
    (tmp_path / "a.jsonl").write_text('{"text": "Chile praised Peru."}\n{"title": "no text"}\n', encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nGhana condemned Togo.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "produce", "--dry-run", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert f"{tmp_path / 'a.jsonl'}:2: skipped: invalid article: text: Field required" in run.stderr
    assert run.stderr.strip().endswith("would send 2 articles to articles.raw, skipped 1 (invalid article: 1)")


def test_a_missing_file_is_one_line_and_a_non_zero_exit(tmp_path: Path):
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "produce", "--dry-run", str(tmp_path / "nope")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip() == f"demarche produce: no such file or directory: {tmp_path / 'nope'}"


def test_only_invalid_records_fail_the_run(tmp_path: Path):
    (tmp_path / "bad.jsonl").write_text('{"title": "no text"}\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "produce", "--dry-run", str(tmp_path / "bad.jsonl")],
                         capture_output=True, text=True)
    assert run.returncode == 1


def test_a_bad_database_url_is_one_line_and_a_non_zero_exit(tmp_path: Path):
    env = {"DEMARCHE_DATABASE_URL": "nosuchdb://somewhere", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "events"], capture_output=True, text=True, env=env)
    assert run.returncode == 2
    assert run.stderr.strip().startswith("demarche events: cannot use the database URL 'nosuchdb://somewhere'")
    assert "Traceback" not in run.stderr


def test_an_article_not_in_english_is_sent_with_a_warning(tmp_path: Path):
    (tmp_path / "a.jsonl").write_text('{"text": "Le Chili a salué le Pérou.", "language": "fr"}\n'
                                      '{"text": "Chile praised Peru."}\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "produce", "--dry-run", str(tmp_path / "a.jsonl")],
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert f"{tmp_path / 'a.jsonl'}:1: warning: language 'fr' is not English" in run.stderr
    assert run.stderr.strip().endswith("would send 2 articles to articles.raw, skipped 0; 1 not in English")
