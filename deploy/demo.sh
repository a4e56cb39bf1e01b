#!/usr/bin/env bash
# Set up demarche and run the demo: a local Kafka broker, the worker, sample articles, results.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/setup.sh
.venv/bin/demarche demo "$@"
