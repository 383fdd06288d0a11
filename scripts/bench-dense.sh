#!/usr/bin/env bash
# Bounded work on a dense graph: a complete directed graph on 1000 nodes (999,000 edges,
# generated here), where the simple paths between two nodes are astronomically many. Each path
# query must answer within seconds and say when it stopped (whole process, wall time, peak RSS).
# usage: scripts/bench-dense.sh [BUILD_DIR]   (a Release build; made if missing)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-demo}
if [ ! -x "$build/mechgraph" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" >/dev/null
fi
tsv=$(mktemp --suffix=.tsv)
trap 'rm -f "$tsv" "$tsv.out"' EXIT
awk 'BEGIN { print "source\ttarget"; for (i = 0; i < 1000; i++) for (j = 0; j < 1000; j++) if (i != j) print "v" i "\tv" j }' >"$tsv"
echo "complete digraph: $(($(wc -l <"$tsv") - 1)) edges; v0 -> v1"
run() { # label, options...
  local label=$1; shift
  local t
  t=$( { /usr/bin/time -f "%e %M" "$build/mechgraph" path v0 v1 --graph "$tsv" "$@" >"$tsv.out"; } 2>&1 | tail -n 1)
  printf '  %-34s %6s s %5d MB   %s; %s\n' "$label" "${t% *}" "$(( ${t#* } / 1024 ))" "$(head -n 1 "$tsv.out" | cut -d' ' -f1-2)" \
    "$(grep -m1 '^truncated' "$tsv.out" || echo complete)"
}
run "all paths, default bounds" 
run "all paths of <= 3 edges, no limit" --max-len 3 --limit 0
run "shortest" --shortest
run "k = 100" --k 100
run "signed shortest (+)" --shortest --sign +
