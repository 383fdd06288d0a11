#!/usr/bin/env bash
# The main job on the default graph: installs what is missing, builds, and shows what mechgraph
# answers about the built-in iMSC/iMSC-EV mechanism graph.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
build=$root/build-demo
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
mg=$build/mechgraph
run() { printf '\n$ mechgraph %s\n' "$*"; "$mg" "$@"; }
run path iMSC-EV Sirt6
run path iMSC-EV 'renal I/R injury' --context 'renal I/R injury'
run path iMSC-EV IVDD --shortest --sign - --evidence
run hubs --exclude iMSC,iMSC-EV,iMSC-exosome --top 15
run hubs --metrics mcc,bottleneck,betweenness --top 10 --exclude iMSC,iMSC-EV,iMSC-exosome
run effects miR-105-5p
run render --path iMSC-EV Sirt6 -o "$build/sirt6.html" --title "How iMSC-EVs reach Sirt6"
echo "(open $build/sirt6.html in a browser: the picture, its legend and every citation)"
run hypotheses --top 10
run hypotheses --evaluate
run export -o "$build/mechanisms.cyjs"
echo "(open $build/mechanisms.cyjs in Cytoscape: File > Import > Network from File)"
run info
run show Sirt6
run show 'SK1'
run nodes --type mirna
run validate
