#!/usr/bin/env bash
# Loading benchmark, where the time goes and against whom, in one run:
# 1. Hetionet's subset (765,796 edges) as its .sif.gz, loaded and ranked by PageRank (whole
#    process, best of 3, peak RSS): mechgraph on 1 and 2 threads; python-igraph loading in Python
#    (gzip, split, Graph.TupleList) and with its C reader (Graph.Read_Ncol, on the two columns
#    extracted beforehand, not timed); networkx. Each peer builds mechgraph's graph (directed,
#    parallel edges once, no self-loops) and its PageRank at mechgraph's tolerance
#    (scripts/bench_load_ref.py); the script checks that the top ten ranks agree.
#    Beside them the floor: inflating the file (`zcat > /dev/null`) and counting its lines
#    (`zcat | wc -l`), and mechgraph's own steps from one more run (MECHGRAPH_PROFILE=1): read
#    and inflate (on a helper thread with 2 threads, overlapping the parse), parse, wait (the
#    parser waiting for bytes), index (id map, name index, incidence lists), load (the wall time
#    of the whole load), rest (the command's own work: PageRank or the summary, output, exit).
# 2. A synthetic edge list of 5 million edges (scripts/gen-synthetic.sh, seed 1), two columns:
#    mechgraph `info` against python-igraph's Read_Ncol (vcount, ecount), best of 2.
# Every ratio is the peer's time over mechgraph's on 2 threads (and mechgraph's over the floor).
# usage: scripts/bench-load.sh [BUILD_DIR]   (needs ../shared/data/hetionet-v1.0; a Release build)
# MG_BENCH_SYNTHETIC_EDGES (default 5000000; 0 skips part 2).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/bench-common.sh"
ref=$root/scripts/bench_load_ref.py
ncol=$tmp.ncol.tsv
zcat "$sif" | tail -n +2 | cut -f1,3 >"$ncol"
mg=$build/mechgraph

# mechgraph's top ten ids (from --json), or a peer's (its first ten lines)
top_ids() {
  case $1 in
    mechgraph*) /usr/bin/python3 -c 'import json,sys; print(" ".join(n["id"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$2" ;;
    *) head -n 10 "$2" | cut -d' ' -f1 | tr '\n' ' ' | sed 's/ $//' ;;
  esac
}
summarise() { # label, output: the top node, and whether the ranks agree with mechgraph's
  case $1 in
    zcat | wc-l) echo "floor" ;;
    mechgraph*)
      top_ids "$1" "$2" >"$tmp.top.$1"
      echo "top $(cut -d' ' -f1 "$tmp.top.$1") $(/usr/bin/python3 -c 'import json,sys; print("%.6g" % json.load(open(sys.argv[1]))["nodes"][0]["score"])' "$2")" ;;
    *)
      local same="top 10 ranks agree with mechgraph's"
      [ "$(top_ids "$1" "$2")" = "$(cat "$tmp.top.mechgraph")" ] || same="MISMATCH: top 10 $(top_ids "$1" "$2")"
      echo "top $(head -n 1 "$2"); $same; $(tail -n 1 "$2")" ;;
  esac
}
# one more run with MECHGRAPH_PROFILE=1: a row of mechgraph's steps, in seconds
steps_header() { printf '  %-34s %6s %6s %6s %6s %6s %6s %6s\n' "mechgraph's steps (s)" read parse wait index load rest total; }
steps() { # label, command...
  local label=$1 line; shift
  line=$(MECHGRAPH_PROFILE=1 "$@" 2>&1 >/dev/null | tail -n 1)
  echo "$line" | awk -v label="$label" '{
    for (i = 1; i < NF; i++) v[$i] = $(i + 1)
    printf "  %-34s %6s %6s %6s %6s %6s %6s %6s\n", label, v["read"], v["parse"], v["wait"], v["index"], v["load"], v["rest"], v["total"] }'
}

echo "load + PageRank: Hetionet subset, $(wc -l <"$ncol") edges, $(basename "$sif") ($(($(stat -c %s "$sif") / 1024)) KB;" \
  "$(zcat "$sif" | wc -c) bytes of text); best of ${MG_BENCH_REPEAT:-3}, whole process, peak RSS"
echo "  machine load before: $(uptime | sed 's/.*load average: //') (1, 5, 15 min; $(nproc) CPUs)"
measure zcat sh -c 'zcat "$1" >/dev/null' _ "$sif"
measure wc-l sh -c 'zcat "$1" | wc -l >/dev/null' _ "$sif"
measure mechgraph-1 "$mg" hubs --graph "$sif" --metric pagerank --top 10 --json --threads 1
measure mechgraph "$mg" hubs --graph "$sif" --metric pagerank --top 10 --json --threads 2
steps_header
steps "Hetionet .sif.gz, 1 thread" "$mg" hubs --graph "$sif" --metric pagerank --top 10 --json --threads 1
steps "Hetionet .sif.gz, 2 threads" "$mg" hubs --graph "$sif" --metric pagerank --top 10 --json --threads 2
measure python-igraph /usr/bin/python3 "$ref" igraph "$sif"
measure Read_Ncol /usr/bin/python3 "$ref" igraph-ncol "$ncol"
measure networkx /usr/bin/python3 "$ref" networkx "$sif"
awk '{t[$1]=$2} END {
  m = t["mechgraph"]
  printf "  ratios (over mechgraph, 2 threads): python-igraph %.1fx, Read_Ncol %.1fx, networkx %.1fx, mechgraph 1 thread %.2fx\n",
    t["python-igraph"]/m, t["Read_Ncol"]/m, t["networkx"]/m, t["mechgraph-1"]/m
  printf "  over the floor: mechgraph %.2fx zcat, %.2fx zcat | wc -l; 1 thread %.2fx zcat\n", m/t["zcat"], m/t["wc-l"], t["mechgraph-1"]/t["zcat"]
}' "$tmp.times"
rm -f "$tmp.times"
echo "  machine load after: $(uptime | sed 's/.*load average: //')"

edges=${MG_BENCH_SYNTHETIC_EDGES:-5000000}
[ "$edges" != 0 ] || exit 0
syn=$tmp.syn.tsv
"$root/scripts/gen-synthetic.sh" "$tmp.signed" "$edges" >/dev/null
tail -n +2 "$tmp.signed" | cut -f1,2 >"$syn"
rm -f "$tmp.signed"
summarise() { # the graph's size, as each tool counts it: the same, or the ratio means nothing
  local size
  case $1 in
    wc-l) echo "floor"; return ;;
    mechgraph*) size=$(/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["nodes"], "nodes", d["edges"], "edges")' "$2") ;;
    *) size=$(cat "$2") ;;
  esac
  [ -f "$tmp.size" ] || echo "$size" >"$tmp.size"
  if [ "$size" = "$(cat "$tmp.size")" ]; then echo "$size"; else echo "MISMATCH: $size, mechgraph $(cat "$tmp.size")"; fi
}
echo "load: a synthetic edge list of $edges edges, two columns ($(($(stat -c %s "$syn") / 1048576)) MB); best of 2, whole process, peak RSS"
echo "  machine load before: $(uptime | sed 's/.*load average: //')"
MG_BENCH_REPEAT=2 measure wc-l wc -l "$syn"
MG_BENCH_REPEAT=2 measure mechgraph-1 "$mg" info --graph "$syn" --json --threads 1
MG_BENCH_REPEAT=2 measure mechgraph "$mg" info --graph "$syn" --json --threads 2
MG_BENCH_REPEAT=2 measure Read_Ncol /usr/bin/python3 -c "import igraph,sys; g=igraph.Graph.Read_Ncol(sys.argv[1], directed=True, weights=False); print(g.vcount(), 'nodes', g.ecount(), 'edges')" "$syn"
awk '{t[$1]=$2} END {
  printf "  ratios: Read_Ncol/mechgraph %.1fx (1 thread %.1fx); mechgraph over wc -l %.1fx\n",
    t["Read_Ncol"]/t["mechgraph"], t["Read_Ncol"]/t["mechgraph-1"], t["mechgraph"]/t["wc-l"] }' "$tmp.times"
rm -f "$tmp.times"
steps_header
steps "synthetic, 1 thread" "$mg" info --graph "$syn" --json --threads 1
steps "synthetic, 2 threads" "$mg" info --graph "$syn" --json --threads 2
rm -f "$syn"
echo "  machine load after: $(uptime | sed 's/.*load average: //')"
