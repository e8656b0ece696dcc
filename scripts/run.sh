#!/usr/bin/env bash
# Set up, then ingest the bundled corpus and print what was ingested.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/assistant ingest "$@"
