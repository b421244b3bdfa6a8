#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it at http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh
echo "Full Cup is at http://127.0.0.1:${PORT:-8080}/ (Ctrl+C to stop)"
exec python3 scripts/static_server.py dist "${PORT:-8080}"
