#!/usr/bin/env bash
# Writes src/content/seed_fingerprint.txt: the hashed runs of 8 words of every research source in
# the seeds folder (default ../shared/seeds, beside the crate), which the originality test checks
# every English text against. This is the only place that reads the seeds, so the tests pass in a
# plain clone. When the seeds change, run it again and commit the new file.
# Usage: scripts/seed-fingerprint.sh [seeds folder, relative to the crate root]
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/content/seed_fingerprint.txt
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cargo run --quiet --example seed_fingerprint -- "${1:-../shared/seeds}" > "$tmp"
cat "$tmp" > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") hashed runs)" >&2
