#!/usr/bin/env bash
# Regenerates the golden files of tests/cli/cases from the current build; review with git diff.
# usage: scripts/update-goldens.sh [BUILD_DIR] [CASE_NAME...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
build=$(cd "$build" && pwd)
bin=$build/mechgraph
[ -x "$bin" ] || { echo "no $bin: build first" >&2; exit 1; }
if [ $# -gt 0 ]; then cases=(); for n in "$@"; do cases+=("$root/tests/cli/cases/$n.cmd"); done
else cases=("$root"/tests/cli/cases/*.cmd); fi
for c in "${cases[@]}"; do UPDATE=1 bash "$root/tests/cli/run_case.sh" "$bin" "$c" "$root/tests/data"; done
echo "updated ${#cases[@]} cases; review: git diff tests/cli/cases"
