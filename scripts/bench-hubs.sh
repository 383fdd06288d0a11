#!/usr/bin/env bash
# Hub benchmark on the Hetionet subset (765,796 edges), side by side with networkx and
# python-igraph (Debian's packages): PageRank, coreness and betweenness from 100 sampled sources,
# each tool as a whole process on the same TSV (best of 3, wall time and peak memory).
# usage: scripts/bench-hubs.sh [BUILD_DIR]   (needs ../shared/data/hetionet-v1.0; a Release build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-demo}
sif=$root/../shared/data/hetionet-v1.0/hetionet-v1.0-edges-AGCD16.sif.gz
[ -f "$sif" ] || { echo "SKIPPED: $sif is absent"; exit 0; }
[ -x "$build/mechgraph" ] || { cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null; cmake --build "$build" -j"$(nproc)" >/dev/null; }
tsv=$(mktemp --suffix=.tsv)
trap 'rm -f "$tsv" "$tsv.out" "$tsv.times"' EXIT
zcat "$sif" | awk -F'\t' 'BEGIN { OFS = "\t"; print "source", "target" } NR > 1 { print $1, $3 }' >"$tsv"
ref=$root/scripts/bench_hubs_ref.py
measure() { # label, command...: best of 3 whole-process runs
  local label=$1; shift
  local best="" t
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f "%e %M" "$@" >"$tsv.out"; } 2>&1 | tail -n 1)
    if [ -z "$best" ] || awk -v a="${t% *}" -v b="${best% *}" 'BEGIN{exit !(a<b)}'; then best=$t; fi
  done
  local found
  if [ "$label" = mechgraph ]; then
    found="top score $(/usr/bin/python3 -c 'import json,sys; print("%.6g" % json.load(open(sys.argv[1]))["nodes"][0]["score"])' "$tsv.out")"
  else
    found=$(tail -n 1 "$tsv.out")
  fi
  printf '  %-14s %7s s %6d MB   %s\n' "$label" "${best% *}" "$(( ${best#* } / 1024 ))" "$found"
  case $found in n/a*) ;; *) echo "$label ${best% *}" >>"$tsv.times" ;; esac
}
echo "Hetionet subset: $(($(wc -l <"$tsv") - 1)) edges (best of 3, whole process, peak RSS)"
for m in pagerank coreness betweenness; do
  rm -f "$tsv.times"
  case $m in
    pagerank) echo "PageRank (damping 0.85)"; args=(--metric pagerank) ;;
    coreness) echo "coreness (k-core, undirected)"; args=(--metric coreness) ;;
    betweenness) echo "betweenness, 100 sampled sources"; args=(--metric betweenness --samples 100) ;;
  esac
  measure mechgraph "$build/mechgraph" hubs --graph "$tsv" --top 1 --json "${args[@]}"
  measure networkx /usr/bin/python3 "$ref" networkx $m "$tsv"
  measure python-igraph /usr/bin/python3 "$ref" igraph $m "$tsv"
  awk '{t[$1]=$2} END { printf "  ratio          networkx/mechgraph %.1fx", t["networkx"]/t["mechgraph"];
    if ("python-igraph" in t) printf ", python-igraph/mechgraph %.1fx", t["python-igraph"]/t["mechgraph"]; printf "\n" }' "$tsv.times"
done
