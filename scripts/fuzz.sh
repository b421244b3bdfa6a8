#!/usr/bin/env bash
# Feeds N generated bad inputs (default 1,000,000) through every reader of outside data: history
# files, stored history (read, then saved over), imports into a real history, session progress, URL
# options and a trainer's config.json. Counts panics and lost check-ins; exits non-zero on either.
# Not part of every test run (the native tests run a 30,000-input slice of the same harness).
# Usage: scripts/fuzz.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo run --quiet --profile fuzz --example fuzz -- "${1:-1000000}" "${2:-15733184}"
