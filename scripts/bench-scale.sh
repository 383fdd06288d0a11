#!/usr/bin/env bash
# Scale benchmark: a synthetic signed graph of 10 million edges on 1 million nodes
# (scripts/gen-synthetic.sh, written to a scratch file and removed at exit), loaded by each tool
# as a whole process that answers one shortest-path query; mechgraph also answers the signed
# query and PageRank. One run each (MG_BENCH_REPEAT to change), wall time and peak memory.
# networkx needs several minutes and gigabytes here, so it runs only with --networkx.
# usage: scripts/bench-scale.sh [--networkx] [BUILD_DIR]   (a Release build; about 2 GB of memory)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
with_networkx=0
if [ "${1:-}" = --networkx ]; then with_networkx=1; shift; fi
export MG_BENCH_NO_HETIONET=1 MG_BENCH_REPEAT=${MG_BENCH_REPEAT:-1}
. "$root/scripts/bench-common.sh"
tsv=$tmp.tsv
"$root/scripts/gen-synthetic.sh" "$tsv" 10000000 1000000 1
from=n123 to=n456789
ref=$root/scripts/bench_paths_ref.py
summarise() { # label, output
  if [ "$1" = mechgraph ]; then
    /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("found %d paths, longest %d edges" % (d["count"], max([p["length"] for p in d["paths"]] or [0])))' "$2"
  else
    tail -n 1 "$2"
  fi
}
echo "synthetic graph: $(($(wc -l <"$tsv") - 1)) edges, 1,000,000 nodes, $(($(stat -c %s "$tsv") / 1000000)) MB of TSV; $from -> $to (best of $MG_BENCH_REPEAT, whole process, peak RSS)"
echo "all shortest paths"
measure mechgraph "$build/mechgraph" path "$from" "$to" --graph "$tsv" --json --shortest
[ "$with_networkx" = 1 ] && measure networkx /usr/bin/python3 "$ref" networkx shortest "$tsv" "$from" "$to"
measure python-igraph /usr/bin/python3 "$ref" igraph shortest "$tsv" "$from" "$to"
ratios
echo "signed shortest paths (net sign -), mechgraph alone"
measure mechgraph "$build/mechgraph" path "$from" "$to" --graph "$tsv" --json --shortest --sign -
rm -f "$tmp.times"
summarise() { echo "top score $(/usr/bin/python3 -c 'import json,sys; print("%.6g" % json.load(open(sys.argv[1]))["nodes"][0]["score"])' "$2")"; }
echo "PageRank, mechgraph alone"
measure mechgraph "$build/mechgraph" hubs --graph "$tsv" --top 1 --json --metric pagerank
rm -f "$tmp.times"
