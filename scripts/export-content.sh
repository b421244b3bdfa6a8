#!/usr/bin/env bash
# Writes the content the end-to-end tests and the build's early page read (question ids, page
# order, interface strings), one file per language, from the app's own content, so nothing keeps
# copies. Run it after changing a question or a text, and commit the result; a native test fails
# while a committed copy is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for lang in $(cargo run --quiet --example export_content -- --languages); do
  cargo run --quiet --example export_content -- "$lang" > "$tmp"
  cp "$tmp" "e2e/lib/content.$lang.json"
  echo "wrote e2e/lib/content.$lang.json"
done
