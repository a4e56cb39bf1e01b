"""The tests pass on any machine: the user's DEMARCHE_* settings do not reach them, and the gold
tests skip without the shared data, except in CI, where they must run."""

import os
import subprocess
import sys

from tests.conftest import ROOT, clean_environment


def pytest_run(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"} | environment
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
                          capture_output=True, text=True, cwd=ROOT, env=env)


def test_the_users_settings_are_dropped_and_the_test_machinerys_kept():
    environ = {"DEMARCHE_BROKER_PORT": "19999", "DEMARCHE_TOPIC_PREFIX": "mine.", "DEMARCHE_SHARED_DIR": "/data",
               "DEMARCHE_TEST_POSTGRES_URL": "postgresql://t", "PATH": "/bin"}
    assert sorted(clean_environment(environ)) == ["DEMARCHE_BROKER_PORT", "DEMARCHE_TOPIC_PREFIX"]
    assert environ == {"DEMARCHE_SHARED_DIR": "/data", "DEMARCHE_TEST_POSTGRES_URL": "postgresql://t", "PATH": "/bin"}


def test_a_users_broker_port_does_not_change_the_deployment_tests():
    run = pytest_run("tests/test_deployment.py", DEMARCHE_BROKER_PORT="19999", DEMARCHE_DATABASE_URL="nosuchdb://")
    assert run.returncode == 0, run.stdout[-2000:]


def test_gold_tests_skip_without_the_shared_data_and_fail_without_it_in_ci(tmp_path):  # type: ignore[no-untyped-def]
    gold = "tests/extraction/test_dev_gold.py"
    skipped = pytest_run(gold, "-rs", DEMARCHE_SHARED_DIR=str(tmp_path))
    assert skipped.returncode == 0 and " skipped" in skipped.stdout and "failed" not in skipped.stdout
    assert f"the shared reference data is missing at {tmp_path}" in skipped.stdout
    failed = pytest_run(gold, DEMARCHE_SHARED_DIR=str(tmp_path), CI="true")
    assert failed.returncode == 1 and (" error" in failed.stdout or " failed" in failed.stdout)
