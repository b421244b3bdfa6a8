#!/usr/bin/env bash
# Writes the content the end-to-end tests read (question ids, page order, interface strings) from
# the app's own content, so the tests never keep copies. Run it after changing a question or a
# text, and commit the result; a native test fails while the committed copy is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cargo run --quiet --example export_content -- en > "$tmp"
cp "$tmp" e2e/lib/content.en.json
echo "wrote e2e/lib/content.en.json"
