#!/usr/bin/env bash
# Builds Full Cup as a SCORM 1.2 package (completion only) for an LMS: a zip holding the whole app
# and an imsmanifest.xml listing every file. Inside the package, history and the service worker
# are off, and the LMS is told only "incomplete" and then "completed" -- never an answer or score.
#   scripts/scorm.sh                       build the release app, then the package
#   scripts/scorm.sh --no-build            package the dist/ already built
#   scripts/scorm.sh --config my.json      put this config.json in the package (it is checked first)
#   scripts/scorm.sh --out path/to.zip     where to write it (default dist-scorm/full-cup-scorm12.zip)
set -euo pipefail
cd "$(dirname "$0")/.."
build=1 args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --config|--out) args+=("$1" "$2"); shift ;;
    *) echo "scorm.sh: unknown option $1 (see the top of this script)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$build" = 1 ]; then
  scripts/setup.sh
  export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
  scripts/build.sh
fi
exec python3 scripts/scorm.py --dist dist ${args[@]+"${args[@]}"}
