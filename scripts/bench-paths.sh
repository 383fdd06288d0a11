#!/usr/bin/env bash
# Path benchmark on the Hetionet subset (765,796 edges), side by side with networkx and
# python-igraph (Debian's packages): all shortest paths, signed shortest paths (on the
# sign-lifted graph) and the k = 100 shortest simple paths, each tool as a whole process on the
# same TSV (best of 3, wall time and peak memory), plus what each found, to check they agree.
#
# Signs: Hetionet's up/down metaedges (AuG, CuG, DuG / AdG, CdG, DdG) keep their sign; every
# other edge gets a sign fixed by its line number (odd +, even -), so that signed paths of
# several edges exist at Hetionet's scale. The graph is a benchmark, not biology.
# usage: scripts/bench-paths.sh [BUILD_DIR]   (needs ../shared/data/hetionet-v1.0; a Release build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-demo}
sif=$root/../shared/data/hetionet-v1.0/hetionet-v1.0-edges-AGCD16.sif.gz
[ -f "$sif" ] || { echo "SKIPPED: $sif is absent"; exit 0; }
[ -x "$build/mechgraph" ] || { cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null; cmake --build "$build" -j"$(nproc)" >/dev/null; }
tsv=$(mktemp --suffix=.tsv)
trap 'rm -f "$tsv" "$tsv.out" "$tsv.times"' EXIT
zcat "$sif" | awk -F'\t' 'BEGIN { OFS = "\t"; print "source", "target", "sign" }
  NR > 1 { s = (NR % 2) ? "+" : "-"; if ($2 ~ /^[ACD]uG$/) s = "+"; else if ($2 ~ /^[ACD]dG$/) s = "-"; print $1, $3, s }' >"$tsv"
from=Compound::DB00331 to=Gene::6774 # metformin, STAT3
ref=$root/scripts/bench_paths_ref.py
measure() { # label, command...: best of 3 whole-process runs; the output of the last run is kept
  local label=$1; shift
  local best="" t
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f "%e %M" "$@" >"$tsv.out"; } 2>&1 | tail -n 1)
    if [ -z "$best" ] || awk -v a="${t% *}" -v b="${best% *}" 'BEGIN{exit !(a<b)}'; then best=$t; fi
  done
  local found
  if [ "$label" = mechgraph ]; then # its --json, summarised the way the references print theirs
    found=$(/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("found %d paths, longest %d edges" % (d["count"], max([p["length"] for p in d["paths"]] or [0])))' "$tsv.out")
  else
    found=$(tail -n 1 "$tsv.out")
  fi
  printf '  %-14s %7s s %6d MB   %s\n' "$label" "${best% *}" "$(( ${best#* } / 1024 ))" "$found"
  echo "$label ${best% *}" >>"$tsv.times"
}
echo "Hetionet subset: $(($(wc -l <"$tsv") - 1)) edges; $from -> $to (best of 3, whole process, peak RSS)"
for q in shortest signed k100; do
  rm -f "$tsv.times"
  case $q in
    shortest) echo "all shortest paths"; args=(--shortest) ;;
    signed) echo "signed shortest paths (net sign -)"; args=(--shortest --sign -) ;;
    k100) echo "k = 100 shortest simple paths"; args=(--k 100) ;;
  esac
  measure mechgraph "$build/mechgraph" path "$from" "$to" --graph "$tsv" --json --limit 0 "${args[@]}"
  measure networkx /usr/bin/python3 "$ref" networkx $q "$tsv" "$from" "$to"
  measure python-igraph /usr/bin/python3 "$ref" igraph $q "$tsv" "$from" "$to"
  awk '{t[$1]=$2} END { printf "  ratio          networkx/mechgraph %.1fx, python-igraph/mechgraph %.1fx\n", t["networkx"]/t["mechgraph"], t["python-igraph"]/t["mechgraph"] }' "$tsv.times"
done
rm -f "$tsv.times"
