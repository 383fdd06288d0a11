#!/usr/bin/env bash
# Loading benchmark: the Hetionet subset (765,796 edges) as a plain TSV edge list, loaded and
# summarised by mechgraph (`info`), networkx (read_edgelist, MultiDiGraph) and python-igraph
# (Read_Ncol), each as a whole process: wall time and peak memory side by side.
# usage: scripts/bench-load.sh [BUILD_DIR]   (needs ../shared/data/hetionet-v1.0; a Release build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/bench-common.sh"
tsv=$tmp.tsv
zcat "$sif" | tail -n +2 | awk -F'\t' '{print $1"\t"$3}' >"$tsv"
echo "load $(wc -l <"$tsv") edges (best of 3, whole process, peak RSS)"
measure mechgraph "$build/mechgraph" info --graph "$tsv"
measure networkx /usr/bin/python3 -c "import networkx as nx,sys; g=nx.read_edgelist(sys.argv[1], create_using=nx.MultiDiGraph, delimiter='\t'); print(g.number_of_nodes(), g.number_of_edges(), nx.number_weakly_connected_components(g))" "$tsv"
measure python-igraph /usr/bin/python3 -c "import igraph,sys; g=igraph.Graph.Read_Ncol(sys.argv[1], directed=True); print(g.vcount(), g.ecount(), len(g.connected_components(mode='weak')))" "$tsv"
ratios
