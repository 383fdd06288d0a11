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
. "$root/scripts/bench-common.sh"
tsv=$tmp.tsv
zcat "$sif" | awk -F'\t' 'BEGIN { OFS = "\t"; print "source", "target", "sign" }
  NR > 1 { s = (NR % 2) ? "+" : "-"; if ($2 ~ /^[ACD]uG$/) s = "+"; else if ($2 ~ /^[ACD]dG$/) s = "-"; print $1, $3, s }' >"$tsv"
from=Compound::DB00331 to=Gene::6774 # metformin, STAT3
ref=$root/scripts/bench_paths_ref.py
summarise() { # label, output: mechgraph's --json summarised the way the references print theirs
  if [ "$1" = mechgraph ]; then
    /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("found %d paths, longest %d edges" % (d["count"], max([p["length"] for p in d["paths"]] or [0])))' "$2"
  else
    tail -n 1 "$2"
  fi
}
echo "Hetionet subset: $(($(wc -l <"$tsv") - 1)) edges; $from -> $to (best of 3, whole process, peak RSS)"
for q in shortest signed k100; do
  case $q in
    shortest) echo "all shortest paths"; args=(--shortest) ;;
    signed) echo "signed shortest paths (net sign -)"; args=(--shortest --sign -) ;;
    k100) echo "k = 100 shortest simple paths"; args=(--k 100) ;;
  esac
  measure mechgraph "$build/mechgraph" path "$from" "$to" --graph "$tsv" --json --limit 0 "${args[@]}"
  measure networkx /usr/bin/python3 "$ref" networkx $q "$tsv" "$from" "$to"
  measure python-igraph /usr/bin/python3 "$ref" igraph $q "$tsv" "$from" "$to"
  ratios
done
