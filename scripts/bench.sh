#!/usr/bin/env bash
# Measures Full Cup: download size (raw and gzip -9) of the release build, time to the first screen
# in headless Chromium, and the time to score a check-in natively. The README quotes its output.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1

python3 - <<'PY'
import glob, gzip, os
def sizes(paths):
    raw = sum(os.path.getsize(p) for p in paths)
    gz = sum(len(gzip.compress(open(p, "rb").read(), 9)) for p in paths)
    return raw, gz
rows = [("wasm", glob.glob("dist/*.wasm")), ("JS glue", glob.glob("dist/full-cup-*.js")),
        ("CSS", glob.glob("dist/*.css")), ("whole dist/", [p for p in glob.glob("dist/*") if os.path.isfile(p)])]
print("| file | raw | gzip -9 |\n|---|---|---|")
for name, paths in rows:
    raw, gz = sizes(paths)
    print(f"| {name} | {raw/1024:.1f} KB | {gz/1024:.1f} KB |")
PY

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 scripts/static_server.py dist "$PORT" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
BASE_URL="http://127.0.0.1:$PORT/" node scripts/bench-load.mjs 15
cargo run --quiet --release --example bench_scoring
