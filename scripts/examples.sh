#!/usr/bin/env bash
# Regenerates the pictures in examples/ that a new user should see first, from the built-in
# graph, through `mechgraph render`: the whole iMSC/iMSC-EV network, the Sirt6 mechanism (also
# as an HTML page with its citations), the SP1-SK1-S1P mechanism, and the hubs.
# usage: scripts/examples.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-demo}
"$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
mg=$build/mechgraph
out=$root/examples
run() { echo "mechgraph $*"; "$mg" "$@"; }
run render -o "$out/network.svg" --title "Mechanisms of iMSCs and iMSC-EVs (Zhou et al. 2024; Aldoghachi et al. 2023)"
run render --path iMSC-EV Sirt6 -o "$out/sirt6.svg" --labels --title "How iMSC-EVs reach Sirt6 (Sun et al. 2021)"
run render --path iMSC-EV Sirt6 -o "$out/sirt6.html" --labels --title "How iMSC-EVs reach Sirt6 (Sun et al. 2021)"
run render --path iMSC-EV "renal I/R injury" --via SP1 -o "$out/sp1-sk1-s1p.svg" --labels \
  --title "The SP1-SK1-S1P mechanism in renal I/R injury (Yuan et al. 2017)"
run render --hubs 25 --exclude iMSC,iMSC-EV,iMSC-exosome -o "$out/hubs.svg" --layout neato \
  --title "The 25 hubs of the mechanisms, sources excluded (consensus of degree, betweenness, PageRank, harmonic, MCC)"
