#!/usr/bin/env bash
# Times the bad-input table (tests/badinput/cases.py) in a plain build, without sanitizers: the
# wall time of `mechgraph info --graph FILE` on each case (the longest of 3 runs), then the
# slowest case. docs/reliability.md quotes its output.
# usage: scripts/bad-input-times.sh [BUILD_DIR]   (default build-plain, configured RelWithDebInfo)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-plain}
python=/usr/bin/python3
[ -x "$python" ] || python=python3
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMECHGRAPH_SANITIZE=OFF -DMECHGRAPH_VALGRIND=OFF >/dev/null
cmake --build "$build" --target mechgraph_cli -j"$(nproc)" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "bad-input table, plain build ($build), $(nproc) CPUs, $(uname -m)"
"$python" "$root/tests/badinput/run.py" "$build/mechgraph" "$out" --times --repeat 3
