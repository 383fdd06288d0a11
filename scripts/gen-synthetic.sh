#!/usr/bin/env bash
# Writes a synthetic signed edge list for scale tests: N nodes (n0 ... n<N-1>), M edges, one per
# line as "source<TAB>target<TAB>sign" under a header. Sources are uniform; targets are skewed
# towards low ids (n * u^3, u uniform), so a few nodes are hubs, as in biological networks.
# Signs are + or -, half each. The same seed gives the same file. The graph is a benchmark, not
# biology.
# usage: scripts/gen-synthetic.sh FILE [EDGES] [NODES] [SEED]   (defaults: 10,000,000 1,000,000 1)
set -eu
out=${1:?usage: gen-synthetic.sh FILE [EDGES] [NODES] [SEED]}
edges=${2:-10000000} nodes=${3:-1000000} seed=${4:-1}
tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp"' EXIT
awk -v m="$edges" -v n="$nodes" -v seed="$seed" 'BEGIN {
  srand(seed); OFS = "\t"; print "source", "target", "sign"
  for (i = 0; i < m; i++) {
    u = rand(); s = int(rand() * n); t = int(n * u * u * u)
    if (s == t) t = (t + 1) % n
    print "n" s, "n" t, (rand() < 0.5 ? "+" : "-")
  }
}' >"$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out"
trap - EXIT
