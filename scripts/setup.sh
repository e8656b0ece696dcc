#!/usr/bin/env bash
# Create or update the virtualenv in .venv: torch (CPU build) first, then the project, then
# the embedding model into the user-level cache (~/.cache/directive-assistant, shared by clones).
# Idempotent: when pyproject.toml and this script are unchanged and the model is there, it does nothing.
# Usage: scripts/setup.sh [test]   ("test" adds the test tools and Debian's chromium for the browser test)
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
py="${PYTHON:-python3}"
if ! "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    echo "error: Python 3.11 is needed; set PYTHON=/path/to/python3.11" >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$py" -m venv .venv
want="$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)"
done_for() { [ "$(cat ".venv/.setup-$1" 2>/dev/null)" = "$want" ]; }
if ! done_for "${extras:-base}" && ! { [ -z "$extras" ] && done_for test; }; then
    pip=(.venv/bin/python -m pip --quiet --disable-pip-version-check)
    "${pip[@]}" install "torch==2.13.0"
    "${pip[@]}" install -e ".${extras:+[$extras]}"
    echo "$want" > ".venv/.setup-${extras:-base}"
fi
# the browser test drives Debian's chromium (browser downloads by test tools do not work here)
if [ "$extras" = test ] && ! command -v chromium >/dev/null; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get install -y -q chromium >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q chromium >/dev/null; }
fi
.venv/bin/assistant fetch-model
