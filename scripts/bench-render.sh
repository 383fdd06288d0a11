#!/usr/bin/env bash
# Rendering benchmark: the whole built-in graph (211 nodes, 483 edges) in every format and
# layout, each as a whole process (best of 3, wall time and peak memory).
# usage: scripts/bench-render.sh [BUILD_DIR]   (a Release build; made if missing)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-demo}
if [ ! -x "$build/mechgraph" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
best() { # command...: the best of 3 "seconds KB"
  local b="" t
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -n 1)
    if [ -z "$b" ] || awk -v a="${t% *}" -v c="${b% *}" 'BEGIN{exit !(a<c)}'; then b=$t; fi
  done
  echo "$b"
}
echo "whole built-in graph (best of 3, whole process, peak RSS)"
for f in dot svg html pdf png; do
  t=$(best "$build/mechgraph" render -o "$out/g.$f")
  printf '  %-14s %6s s %5d MB\n' "$f" "${t% *}" "$(( ${t#* } / 1024 ))"
done
for l in neato fdp sfdp circo; do
  t=$(best "$build/mechgraph" render --layout "$l" -o "$out/g.svg")
  printf '  %-14s %6s s %5d MB\n' "svg, $l" "${t% *}" "$(( ${t#* } / 1024 ))"
done
