#!/usr/bin/env bash
# Installs what is missing, then runs every Full Cup test: formatting and lints (native and wasm32),
# native unit and property tests, browser component tests (wasm-bindgen-test in headless Chromium)
# and end-to-end tests (Playwright + axe) against the release build served on 127.0.0.1.
# Exits non-zero if anything fails; the last line sums up what ran.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser || exit 1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

LOG=$(mktemp -d)
passed=0 failed=0 steps_failed=()
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
fail_step() { steps_failed+=("$1"); }
# Sums "N passed" or "N failed" over the "test result:" lines of cargo test and
# wasm-bindgen-test-runner output.
sum_of() { grep -E '^test result:' "$1" | grep -Eo "[0-9]+ $2" | awk '{s+=$1} END {print s+0}'; }
count_cargo() {
  native_or_browser_passed=$(sum_of "$1" passed)
  passed=$((passed + native_or_browser_passed)); failed=$((failed + $(sum_of "$1" failed)))
}

step "format"
cargo fmt --check || fail_step "cargo fmt"

step "clippy (native and wasm32)"
cargo clippy --quiet --all-targets -- -D warnings || fail_step "clippy native"
cargo clippy --quiet --all-targets --target wasm32-unknown-unknown -- -D warnings || fail_step "clippy wasm32"
# The build a visit starts with (scripts/build.sh), which leaves My history and the trainers'
# screens to the whole app.
cargo clippy --quiet --lib --bin full-cup --target wasm32-unknown-unknown --features first -- -D warnings \
  || fail_step "clippy wasm32 first"
# Each other language's web build compiles only its own content (src/content/mod.rs, languages!),
# as the whole app and as the first-visit build.
for lang in es ms ar; do
  cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features "lang-$lang" \
    -- -D warnings || fail_step "clippy wasm32 lang-$lang"
  cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features --features "lang-$lang first" \
    -- -D warnings || fail_step "clippy wasm32 lang-$lang first"
done

step "native tests"
cargo test 2>&1 | tee "$LOG/native.txt"
[ "${PIPESTATUS[0]}" = 0 ] || fail_step "native tests"
count_cargo "$LOG/native.txt"; native=$native_or_browser_passed

step "browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$LOG/browser.txt"
[ "${PIPESTATUS[0]}" = 0 ] || fail_step "browser tests"
count_cargo "$LOG/browser.txt"; browser=$native_or_browser_passed

step "release build"
if scripts/build.sh > "$LOG/build.txt" 2>&1; then
  tail -n 3 "$LOG/build.txt"
  step "end-to-end tests (Playwright + axe, release build on 127.0.0.1)"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 scripts/static_server.py dist "$PORT" > "$LOG/server.txt" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null' EXIT
  BASE_URL="http://127.0.0.1:$PORT/" node --test --test-concurrency=1 --test-reporter=spec e2e/ 2>&1 | tee "$LOG/e2e.txt"
  [ "${PIPESTATUS[0]}" = 0 ] || fail_step "end-to-end tests"
  e2e_pass=$(grep -Eo '^ℹ pass [0-9]+' "$LOG/e2e.txt" | awk '{print $3}')
  e2e_fail=$(grep -Eo '^ℹ fail [0-9]+' "$LOG/e2e.txt" | awk '{print $3}')
  passed=$((passed + ${e2e_pass:-0})); failed=$((failed + ${e2e_fail:-0}))
  [ -n "$e2e_pass" ] || fail_step "end-to-end tests (no results)"
else
  cat "$LOG/build.txt"
  fail_step "release build"
fi

echo
if [ ${#steps_failed[@]} -gt 0 ]; then
  echo "failed steps: ${steps_failed[*]}"
fi
echo "ran: fmt, clippy (native, wasm32), native ${native:-0}, browser ${browser:-0}, end-to-end ${e2e_pass:-0}"
echo "summary: $passed passed, $failed failed"
[ ${#steps_failed[@]} -eq 0 ] && [ "$failed" = 0 ]
