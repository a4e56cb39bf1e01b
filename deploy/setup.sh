#!/usr/bin/env bash
# Set up demarche on a fresh machine: a virtual environment with every package, and the Kafka
# broker jars from Maven Central. Needs Python 3.11, a JDK (17+) and Maven; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
.venv/bin/demarche broker fetch
