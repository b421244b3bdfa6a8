#!/usr/bin/env bash
# Builds the release app into dist/, one build per language: English at the root, each other
# language in a folder named by its tag (dist/es/, dist/ms/, dist/ar/). Each build holds only its
# own language's texts, so a visitor downloads the language they read and nothing else; choosing
# another language loads its build (ARCHITECTURE.md, "Languages"). The copy's one config.json
# stays at the root. Extra arguments go to every `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# No path of the build machine in the wasm (panic locations name source files): the project's own
# files by their path in the repository, the crates' by their name and version. The flags go in
# CARGO_ENCODED_RUSTFLAGS (one separator that no path holds, so a path with spaces is fine), after
# any flags the machine already sets.
cargo_home=$(cd "${CARGO_HOME:-$HOME/.cargo}" && pwd -P)
sep=$'\x1f'
remap="--remap-path-prefix=$(pwd -P)/=${sep}--remap-path-prefix=$cargo_home/registry/src/=crates/"
if [ -n "${CARGO_ENCODED_RUSTFLAGS:-}" ]; then
  remap="$CARGO_ENCODED_RUSTFLAGS$sep$remap"
elif [ -n "${RUSTFLAGS:-}" ]; then
  remap="$(printf '%s' "$RUSTFLAGS" | tr -s ' ' "$sep")$sep$remap"
fi
export CARGO_ENCODED_RUSTFLAGS="$remap"
# Each build's post-build hook minifies with esbuild (scripts/minify.mjs), from package-lock.json.
node -e "import('esbuild')" 2>/dev/null || { echo "build.sh: esbuild is missing; run scripts/setup.sh" >&2; exit 1; }
# Two builds per language (ARCHITECTURE.md, "Two builds per language"): the whole app first, in a
# folder of its own, then the build a visit starts with (`--features first`), whose post-build
# hook takes the whole app's script and wasm beside its own, to be loaded on first use.
whole=target/whole-app
build_language() {
  local lang=$1 dist=$2; shift 2
  local features=(--features first)
  [ "$lang" = en ] || features=(--no-default-features --features "lang-$lang first")
  local own=()
  [ "$lang" = en ] || own=(--no-default-features --features "lang-$lang")
  FULL_CUP_LANG=$lang FULL_CUP_PART=whole trunk build --release "${own[@]}" \
    --dist "$whole/$lang" "$@"
  FULL_CUP_LANG=$lang FULL_CUP_WHOLE="$whole/$lang" trunk build --release "${features[@]}" \
    --dist "$dist" "$@"
}
build_language en dist "$@"
for file in e2e/lib/content.*.json; do
  lang=${file#e2e/lib/content.}; lang=${lang%.json}
  [ "$lang" = en ] && continue
  build_language "$lang" "dist/$lang" "$@"
  rm -f "dist/$lang"/config*.json
done
# The list of what the SCORM package holds, for For trainers to build it on the device.
python3 scripts/scorm.py --dist dist --write-list >/dev/null
# Precompressed copies beside each file (after every build, so that no worker lists them).
node scripts/compress.mjs dist
