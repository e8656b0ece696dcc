#!/usr/bin/env bash
# Set up, bring the index up to date with corpus/ (embeds only what changed), then serve the chat
# at http://127.0.0.1:8000/ (pass --host/--port to change; Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export ASSISTANT_DEMO_KEY="${ASSISTANT_DEMO_KEY-demo}"  # the demo page at / chats; unset it (ASSISTANT_DEMO_KEY=) for none
.venv/bin/assistant ingest
exec .venv/bin/assistant serve "$@"
