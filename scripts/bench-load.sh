#!/usr/bin/env bash
# Loading benchmark: the Hetionet subset (765,796 edges) as a plain TSV edge list, loaded and
# summarised by mechgraph (`info`), networkx (read_edgelist, MultiDiGraph) and python-igraph
# (Read_Ncol), each as a whole process: wall time and peak memory side by side.
# usage: scripts/bench-load.sh [BUILD_DIR]   (needs ../shared/data/hetionet-v1.0; a Release build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-demo}
sif=$root/../shared/data/hetionet-v1.0/hetionet-v1.0-edges-AGCD16.sif.gz
[ -f "$sif" ] || { echo "SKIPPED: $sif is absent"; exit 0; }
[ -x "$build/mechgraph" ] || { cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null; cmake --build "$build" -j"$(nproc)" >/dev/null; }
tsv=$(mktemp --suffix=.tsv)
trap 'rm -f "$tsv"' EXIT
zcat "$sif" | tail -n +2 | awk -F'\t' '{print $1"\t"$3}' >"$tsv"
measure() { # name, command...
  local name=$1; shift
  local best=""
  for _ in 1 2 3; do
    local t
    t=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -n 1)
    if [ -z "$best" ] || awk -v a="${t% *}" -v b="${best% *}" 'BEGIN{exit !(a<b)}'; then best=$t; fi
  done
  printf '%-16s %8s s %8d MB\n' "$name" "${best% *}" "$(( ${best#* } / 1024 ))"
}
echo "load $(wc -l <"$tsv") edges (best of 3, whole process, peak RSS)"
measure mechgraph "$build/mechgraph" info --graph "$tsv"
measure networkx /usr/bin/python3 -c "import networkx as nx,sys; g=nx.read_edgelist(sys.argv[1], create_using=nx.MultiDiGraph, delimiter='\t'); print(g.number_of_nodes(), g.number_of_edges(), nx.number_weakly_connected_components(g))" "$tsv"
measure python-igraph /usr/bin/python3 -c "import igraph,sys; g=igraph.Graph.Read_Ncol(sys.argv[1], directed=True); print(g.vcount(), g.ecount(), len(g.connected_components(mode='weak')))" "$tsv"
