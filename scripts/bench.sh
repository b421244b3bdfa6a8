#!/usr/bin/env bash
# Measures Full Cup: download size (raw and gzip -9) of the release build; then, side by side
# under the same emulated slow phone, Full Cup, a plain HTML form of the same check-in and a bare
# yew app (scripts/bench-load.mjs); and the time to score a check-in natively. It writes its
# figures into the README itself (between the bench markers of "Size and speed"), with the date
# and the machine, so that no figure is ever edited by hand.
# Usage: scripts/bench.sh [runs per subject, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
scripts/setup.sh --browser >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build.sh >/dev/null 2>&1
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

{
echo "Written by \`scripts/bench.sh $RUNS\` on $(date -u +%Y-%m-%d), on a machine with $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs || echo 'CPU not named'))."
echo
python3 - <<'PY'
import glob, gzip, os
def sizes(paths):
    paths = [p for p in paths if not p.endswith((".gz", ".br"))]
    raw = sum(os.path.getsize(p) for p in paths)
    gz = sum(len(gzip.compress(open(p, "rb").read(), 9)) for p in paths)
    # The brotli copy the build wrote beside the file (scripts/compress.mjs), or gzip's if none.
    br = sum(os.path.getsize(p + ".br") if os.path.exists(p + ".br") else len(gzip.compress(open(p, "rb").read(), 9)) for p in paths)
    return raw, gz, br
import re
def whole(folder):
    """The whole app's script and wasm, as the folder's page names them (loaded on first use of My
    history or a trainers' page)."""
    page = open(folder + "/index.html", encoding="utf-8").read()
    m = re.search(r'<meta name="full-cup-whole" content="\./([^ "]+) sha384-[^ "]+ \./([^ "]+) sha384-[^ "]+">', page)
    return [folder + "/" + n for n in m.groups()] if m else []
later = whole("dist")
rows = [("wasm a visit starts with (English, at the root)", [p for p in glob.glob("dist/*.wasm") if p not in later]),
        ("JS glue", [p for p in glob.glob("dist/full-cup-*.js") if p not in later]),
        ("CSS", glob.glob("dist/*.css")),
        ("whole app, loaded on first use of My history or a trainers' page: wasm + glue", later),
        ("whole `dist/` root (English: every file a visitor could fetch, the whole app and config files included)", [p for p in glob.glob("dist/*") if os.path.isfile(p)])]
print("| file | raw | gzip -9 | brotli 11 |\n|---|---|---|---|")
for name, paths in rows:
    raw, gz, br = sizes(paths)
    print(f"| {name} | {raw/1024:.1f} KB | {gz/1024:.1f} KB | {br/1024:.1f} KB |")
# Each other language is a build of its own in a folder beside English's: its visitors download it
# instead of English's, never as well.
for folder in sorted(p for p in glob.glob("dist/*") if os.path.isdir(p)):
    files = [p for p in glob.glob(folder + "/*") if os.path.isfile(p)]
    later = whole(folder)
    wasm, wasm_gz, wasm_br = sizes([p for p in glob.glob(folder + "/*.wasm") if p not in later])
    lwasm, lwasm_gz, lwasm_br = sizes([p for p in later if p.endswith(".wasm")])
    raw, gz, br = sizes(files)
    print(f"| `{folder}/`: first wasm / whole app's wasm / all its files | {wasm/1024:.1f} / {lwasm/1024:.1f} / {raw/1024:.1f} KB | {wasm_gz/1024:.1f} / {lwasm_gz/1024:.1f} / {gz/1024:.1f} KB | {wasm_br/1024:.1f} / {lwasm_br/1024:.1f} / {br/1024:.1f} KB |")
PY

# The two subjects Full Cup is compared with, built from this tree: a bare yew app (the framework
# alone, optimised as Full Cup is) and a plain HTML form of the same check-in.
BENCH=target/bench
rm -rf "$BENCH/bare" "$BENCH/plain"
mkdir -p "$BENCH/bare"
cargo build --quiet --release --target wasm32-unknown-unknown --example bare_yew
wasm-bindgen --target web --no-typescript --out-dir "$BENCH/bare" --out-name bare \
  target/wasm32-unknown-unknown/release/examples/bare_yew.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue "$BENCH/bare/bare_bg.wasm" -o "$BENCH/bare/bare_bg.wasm"
cat > "$BENCH/bare/index.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare yew</title>
<script type="module">import init from './bare.js'; await init({ module_or_path: './bare_bg.wasm' });</script></head><body></body></html>
HTML
node scripts/bench-plain.mjs "$BENCH/plain" dist >/dev/null

echo
node scripts/bench-load.mjs "$RUNS" "$BENCH/plain" "$BENCH/bare" dist
echo
echo "| natively | figure |"
echo "|---|---|"
cargo run --quiet --release --example bench_scoring | sed -E \
  's/^scoring +([a-z]+) *: ([0-9.]+) µs per check-in.*/| scoring a \1 check-in (levels, bands, cup, priorities, strengths, signals, "start here") | \2 µs |/'
} | tee "$OUT"

# Into the README, between the markers: the only place these figures are written.
python3 - "$OUT" <<'PY'
import re, sys
figures = open(sys.argv[1], encoding="utf-8").read().strip()
readme = open("README.md", encoding="utf-8").read()
pattern = re.compile(r"(<!-- bench:begin[^>]*-->\n).*?(\n<!-- bench:end -->)", re.S)
if not pattern.search(readme):
    sys.exit("bench.sh: no bench markers in README.md")
readme = pattern.sub(lambda m: m.group(1) + figures + m.group(2), readme, count=1)
open("README.md", "w", encoding="utf-8").write(readme)
print("bench.sh: figures written into README.md")
PY
