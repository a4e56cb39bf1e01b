"""Enrichment on a live broker: one cluster per real event, spikes, restarts, and bad rule files."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live.conftest import Worker, collect, produce

from pipeline.models import Alert, EnrichedEvent, EventType
from pipeline.topics import TopicCatalogue

MEETING_RULES = """
[[rule]]
name = "meetings"
severity = "info"
event_types = ["MEET"]

[[rule]]
name = "condemnation-spike"
severity = "warning"
kind = "spike"
event_types = ["CONDEMN"]
threshold = 3
window = "day"
"""


def article(article_id: str, outlet: str, text: str, published: str = "2026-06-12T12:00:00+00:00") -> bytes:
    return json.dumps({"id": article_id, "source": outlet, "published_at": published, "text": text}).encode()


FIRST_REPORT = article("m-1", "Harbour Gazette",
                       "Chilean Foreign Minister Rosa Vidal met Argentine Foreign Minister Tomas Ibarra in "
                       "Santiago on Thursday to discuss a shared glacier survey.")
SECOND_REPORT = article("m-2", "Evening Ledger",
                        "Argentina's foreign minister Tomas Ibarra held talks with his Chilean counterpart "
                        "Rosa Vidal in Santiago on Thursday, the Chilean ministry said.")
OTHER_MEETING = article("m-3", "Harbour Gazette",
                        "Peruvian Foreign Minister Luis Quispe met Bolivian Foreign Minister Ana Mamani in "
                        "La Paz on Tuesday.")


def meetings(values: list[bytes]) -> list[EnrichedEvent]:
    events = [EnrichedEvent.model_validate_json(v) for v in values]
    return [e for e in events if e.event_type is EventType.MEET]


@pytest.fixture
def rules_env(worker_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    rules = tmp_path / "rules.toml"
    rules.write_text(MEETING_RULES, encoding="utf-8")
    worker_env["DEMARCHE_ALERT_RULES_PATH"] = str(rules)
    return worker_env


@pytest.mark.broker
def test_two_reports_of_one_meeting_are_one_cluster_with_one_alert(
    kafka_bootstrap: str, catalogue: TopicCatalogue, rules_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    worker: Worker = start_worker()
    produce(kafka_bootstrap, catalogue.articles_raw.name, [FIRST_REPORT, SECOND_REPORT, OTHER_MEETING])
    found = meetings(collect(kafka_bootstrap, catalogue.events_enriched.name, 3, worker))
    clusters = {e.cluster_id for e in found}
    assert len(found) == 3 and len(clusters) == 2
    # the two articles may be read in either order (several partitions, several spaCy processes)
    later = next(e for e in found if e.pair == "ARG+CHL" and not e.first_report)
    assert later.mentions == 2 and sorted(later.sources) == ["Evening Ledger", "Harbour Gazette"]
    alerts = [Alert.model_validate_json(v) for v in collect(kafka_bootstrap, catalogue.alerts.name, 2, worker)]
    by_cluster = {a.cluster_id for a in alerts if a.rule == "meetings"}
    assert len(alerts) == 2 and by_cluster == clusters  # one alert per cluster, none for the second report


@pytest.mark.broker
def test_a_spike_rule_fires_once_when_its_threshold_is_crossed(
    kafka_bootstrap: str, catalogue: TopicCatalogue, rules_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    worker: Worker = start_worker()
    cities = ["Geneva", "Brussels", "Vienna", "Oslo"]  # one day, four places: four events
    condemnations = [article(f"c-{n}", "Wire", f"Norway condemned Russia in {city} on Monday over the seizure of a "
                             "fishing boat.", published="2026-06-15T12:00:00+00:00") for n, city in enumerate(cities)]
    produce(kafka_bootstrap, catalogue.articles_raw.name, condemnations[:2])
    assert len(collect(kafka_bootstrap, catalogue.events_enriched.name, 2, worker)) == 2
    assert collect(kafka_bootstrap, catalogue.alerts.name, 1, worker, timeout=8) == []
    produce(kafka_bootstrap, catalogue.articles_raw.name, condemnations[2:])
    events = [EnrichedEvent.model_validate_json(v) for v in collect(kafka_bootstrap, catalogue.events_enriched.name, 4, worker)]
    assert len({e.cluster_id for e in events}) == 4
    assert sorted(w.type_count for e in events for w in e.windows if w.window == "day") == [1, 2, 3, 4]
    alerts = [Alert.model_validate_json(v) for v in collect(kafka_bootstrap, catalogue.alerts.name, 2, worker, timeout=15)]
    assert [a.rule for a in alerts] == ["condemnation-spike"]
    assert alerts[0].message.startswith("3 CONDEMN events between Norway and Russia")


@pytest.mark.broker
def test_replayed_news_counts_on_the_days_it_happened_and_raises_no_spike(
    kafka_bootstrap: str, catalogue: TopicCatalogue, rules_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    worker: Worker = start_worker()
    days = ["Monday", "Saturday", "Thursday", "Tuesday"]  # arriving together, about four different days
    condemnations = [article(f"old-{n}", "Wire", f"Norway condemned Russia on {day} over the seizure of a fishing "
                             "boat.", published="2026-06-15T09:30:00+00:00") for n, day in enumerate(days)]
    produce(kafka_bootstrap, catalogue.articles_raw.name, condemnations)
    events = [EnrichedEvent.model_validate_json(v) for v in collect(kafka_bootstrap, catalogue.events_enriched.name, 4, worker)]
    day_windows = {e.date: next(w for w in e.windows if w.window == "day") for e in events}
    assert sorted(day_windows) == ["2026-06-09", "2026-06-11", "2026-06-13", "2026-06-15"]
    assert all(w.start.date().isoformat() == d and w.type_count == 1 for d, w in day_windows.items())
    hours = {e.date: next(w for w in e.windows if w.window == "hour").start for e in events}
    assert all(start.hour == 9 for start in hours.values())  # the hour the article was published, on its day
    assert collect(kafka_bootstrap, catalogue.alerts.name, 1, worker, timeout=10) == []


@pytest.mark.broker
def test_after_a_restart_a_new_report_joins_its_old_cluster(
    kafka_bootstrap: str, catalogue: TopicCatalogue, rules_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    first_worker: Worker = start_worker()
    produce(kafka_bootstrap, catalogue.articles_raw.name, [FIRST_REPORT])
    [first] = meetings(collect(kafka_bootstrap, catalogue.events_enriched.name, 1, first_worker))
    first_worker.stop()
    second_worker: Worker = start_worker()  # ready: the report comes after its state is recovered
    produce(kafka_bootstrap, catalogue.articles_raw.name, [SECOND_REPORT])
    found = meetings(collect(kafka_bootstrap, catalogue.events_enriched.name, 2, second_worker))
    second = next(e for e in found if e.article_id == "m-2")
    assert second.cluster_id == first.cluster_id and second.mentions == 2
    alerts = [Alert.model_validate_json(v) for v in collect(kafka_bootstrap, catalogue.alerts.name, 1, second_worker)]
    assert len(alerts) == 1  # the restart did not alert again for the same meeting


def test_a_malformed_rule_file_stops_the_worker_with_a_clear_message(worker_env: dict[str, str], tmp_path: Path):
    rules = tmp_path / "bad-rules.toml"
    rules.write_text('[[rule]]\nname = "watch"\nseverity = "urgent"\n', encoding="utf-8")
    env = dict(worker_env, DEMARCHE_ALERT_RULES_PATH=str(rules))
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "worker"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 2
    message = run.stderr.strip().splitlines()[-1]
    assert message.startswith(f"demarche worker: {rules}: rule 1 ('watch'): severity")
    assert "Traceback" not in run.stderr
