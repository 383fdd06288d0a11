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
# what the demo writes goes to a scratch folder, never over the clone's tracked files
out=$(mktemp -d "${TMPDIR:-/tmp}/mechgraph-demo.XXXXXX")
# each command as it could be pasted: every word quoted where the shell needs it
run() { printf '\n$ mechgraph'; printf ' %q' "$@"; printf '\n'; "$mg" "$@"; }
run path iMSC-EV Sirt6
run path iMSC-EV 'renal I/R injury' --context 'renal I/R injury'
run path iMSC-EV IVDD --shortest --sign - --evidence
run hubs --exclude iMSC,iMSC-EV,iMSC-exosome --top 15
run hubs --metrics mcc,bottleneck,betweenness --top 10 --exclude iMSC,iMSC-EV,iMSC-exosome
run effects miR-105-5p
run render --path iMSC-EV Sirt6 -o "$out/sirt6.html" --title "How iMSC-EVs reach Sirt6"
printf '(open %q in a browser: the picture, its legend and every citation)\n' "$out/sirt6.html"
run hypotheses --top 10
run hypotheses --evaluate
run compare iMSC BM-MSC --aspect 'tumor growth'
run compare IFN-γ-iMSC-EV iMSC-EV
run render --compare iMSC BM-MSC -o "$out/imsc-vs-bmmsc.png"
run hypotheses --method comparisons
run export -o "$out/mechanisms.cyjs"
printf '(open %q in Cytoscape: File > Import > Network from File)\n' "$out/mechanisms.cyjs"
run info
run show Sirt6
run show 'SK1'
run nodes --type mirna
run validate

cat <<EOF

The binary is $(printf %q "$mg"); the files written above are in $(printf %q "$out").
To have 'mechgraph' on your PATH, with its man page and shell completions, install it:
  cmake --install $(printf %q "$build") --prefix ~/.local     # then: export PATH="\$HOME/.local/bin:\$PATH"
or use it where it is:
  export PATH=$(printf %q "$build"):"\$PATH"
EOF
