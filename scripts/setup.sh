#!/usr/bin/env bash
# Installs what Full Cup needs to build (and, with --browser, to test), each tool pinned and skipped
# when the right version is already present. Safe to run again and again.
#   scripts/setup.sh            Rust target, Trunk, wasm-bindgen CLI, npm packages (wasm-opt, esbuild, Playwright)
#   scripts/setup.sh --browser  also Debian's chromium and chromium-driver (installed when run as root)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || { say "missing '$1': $2"; exit 1; }; }

need cargo "install Rust from your package manager or rustup (https://rustup.rs), then run this again"
need rustup "Full Cup adds the wasm32 target with rustup; install Rust with rustup"
need node "install Node.js 20 or newer (Debian: apt-get install nodejs npm)"
need npm "install npm (Debian: apt-get install npm)"
if ! command -v python3 >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's python3 (the build hook and the local server use it)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 >/dev/null
  else
    need python3 "install Python 3 (Debian: apt-get install python3)"
  fi
fi

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly. Its own lock file pins a
# release the registry lacks, so it is installed without --locked.
WBG_VERSION=$(cargo pkgid --frozen wasm-bindgen 2>/dev/null | sed 's/.*[@#]//')
if [ -z "$WBG_VERSION" ]; then
  cargo fetch --quiet
  WBG_VERSION=$(cargo pkgid wasm-bindgen | sed 's/.*[@#]//')
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 6 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# wasm-opt (binaryen 132) and the end-to-end tools come from package-lock.json; a stamp of the
# lock file's hash says whether node_modules already matches it.
LOCK_SUM=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.full-cup-lock 2>/dev/null)" != "$LOCK_SUM" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$LOCK_SUM" > node_modules/.full-cup-lock
fi

if [ "${1:-}" = "--browser" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ]; then
    if [ "$(id -u)" = 0 ]; then
      say "installing Debian's chromium, chromium-driver and poppler-utils (pdftotext)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
    else
      say "the tests need Debian's Chromium, its driver and pdftotext. Run as root: apt-get install chromium chromium-driver poppler-utils"
      exit 1
    fi
  fi
fi
say "ready: $(trunk --version), wasm-bindgen $WBG_VERSION, $(wasm-opt --version | cut -d' ' -f1-3)"
