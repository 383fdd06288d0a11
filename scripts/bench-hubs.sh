#!/usr/bin/env bash
# Hub benchmark on the Hetionet subset (765,796 edges), side by side with networkx and
# python-igraph (Debian's packages): PageRank, coreness and betweenness from 100 sampled sources,
# each tool as a whole process on the same TSV (best of 3, wall time and peak memory); and
# PageRank on the curated graph merged with Hetionet (edges and node table) and the default
# consensus on Hetionet, mechgraph alone.
# With MG_BENCH_EXACT=1, exact betweenness too: mechgraph on 1 and 2 threads beside python-igraph.
# usage: scripts/bench-hubs.sh [BUILD_DIR]   (needs ../shared/data/hetionet-v1.0; a Release build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/bench-common.sh"
tsv=$tmp.tsv
zcat "$sif" | awk -F'\t' 'BEGIN { OFS = "\t"; print "source", "target" } NR > 1 { print $1, $3 }' >"$tsv"
ref=$root/scripts/bench_hubs_ref.py
summarise() { # label, output
  if [ "${1#mechgraph}" != "$1" ]; then
    echo "top score $(/usr/bin/python3 -c 'import json,sys; print("%.6g" % json.load(open(sys.argv[1]))["nodes"][0]["score"])' "$2")"
  else
    tail -n 1 "$2"
  fi
}
echo "Hetionet subset: $(($(wc -l <"$tsv") - 1)) edges (best of 3, whole process, peak RSS)"
for m in pagerank coreness betweenness; do
  case $m in
    pagerank) echo "PageRank (damping 0.85)"; args=(--metric pagerank) ;;
    coreness) echo "coreness (k-core, undirected)"; args=(--metric coreness) ;;
    betweenness) echo "betweenness, 100 sampled sources"; args=(--metric betweenness --samples 100) ;;
  esac
  measure mechgraph "$build/mechgraph" hubs --graph "$tsv" --top 1 --json "${args[@]}"
  ours=$(summarise mechgraph "$tmp.out")
  measure networkx /usr/bin/python3 "$ref" networkx $m "$tsv"
  nx_top=$(summarise networkx "$tmp.out")
  measure python-igraph /usr/bin/python3 "$ref" igraph $m "$tsv"
  ig_top=$(summarise python-igraph "$tmp.out")
  # the same answer, or the ratio means nothing (sampled betweenness draws other sources)
  if [ $m != betweenness ]; then
    for peer in "$nx_top" "$ig_top"; do [ "${peer%%;*}" = "$ours" ] || echo "  MISMATCH: mechgraph '$ours', peer '${peer%%;*}'"; done
  fi
  ratios
done
if [ "${MG_BENCH_EXACT:-0}" = 1 ]; then
  # a minute each: only when asked (MG_BENCH_EXACT=1), once each
  echo "exact betweenness (directed, unnormalised), once each: mechgraph on 1 and on 2 threads, python-igraph"
  MG_BENCH_REPEAT=1 measure mechgraph-1-thread "$build/mechgraph" hubs --graph "$tsv" --top 1 --json --metric betweenness --samples 0 --threads 1
  one=$(summarise mechgraph "$tmp.out")
  MG_BENCH_REPEAT=1 measure mechgraph "$build/mechgraph" hubs --graph "$tsv" --top 1 --json --metric betweenness --samples 0 --threads 2
  two=$(summarise mechgraph "$tmp.out")
  MG_BENCH_REPEAT=1 measure python-igraph /usr/bin/python3 "$ref" igraph betweenness-exact "$tsv"
  peer=$(summarise python-igraph "$tmp.out")
  # the same answer, or the ratio means nothing
  [ "$one" = "$two" ] || echo "  MISMATCH: 1 thread '$one', 2 threads '$two'"
  [ "${peer%%;*}" = "$two" ] || echo "  MISMATCH: python-igraph '${peer%%;*}', mechgraph '$two'"
  awk '{t[$1]=$2} END { printf "  ratio          python-igraph/mechgraph (2 threads) %.2fx, 1 thread/2 threads %.2fx\n",
    t["python-igraph"]/t["mechgraph"], t["mechgraph-1-thread"]/t["mechgraph"] }' "$tmp.times"
  rm -f "$tmp.times"
fi
nodes=$(dirname "$sif")/hetionet-v1.0-nodes.tsv.gz
echo "PageRank on the curated graph merged with Hetionet's edges and node table, mechgraph alone"
measure mechgraph "$build/mechgraph" hubs --graph builtin --graph "$sif" --graph "$nodes" --top 1 --json --metric pagerank
rm -f "$tmp.times"
echo "the default consensus (degree, betweenness, PageRank, harmonic, MCC; 256 sampled sources on a graph this size), mechgraph alone"
MG_BENCH_REPEAT=1 measure mechgraph "$build/mechgraph" hubs --graph "$sif" --top 1 --json
rm -f "$tmp.times"
