#!/usr/bin/env bash
# Run every test, set-up included: packages, Kafka jars, a PostgreSQL server when none is given,
# type checks, then pytest (which starts its own Kafka broker). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/setup.sh
pg_dir=""
if [ -z "${DEMARCHE_TEST_POSTGRES_URL:-}" ] && [ "$(id -u)" = 0 ]; then
  pg_dir=$(mktemp -d /tmp/demarche-pg.XXXXXX)
  DEMARCHE_TEST_POSTGRES_URL=$(bash deploy/ci/postgres.sh start "$pg_dir")
  export DEMARCHE_TEST_POSTGRES_URL
  trap 'bash deploy/ci/postgres.sh stop "$pg_dir"' EXIT
fi
.venv/bin/demarche schemas --check
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
