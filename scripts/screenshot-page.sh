#!/usr/bin/env bash
# Makes the README's picture of the explorer page (examples/explorer.png): the whole built-in
# network as `mechgraph render -o FILE.html` writes it, opened in headless Chromium at
# #edge=FROM,TO (the page then shows that edge and its evidence in the panel), through
# `chromium --headless --screenshot`. Needs a build with Cytoscape.js (docs/render.md).
# usage: scripts/screenshot-page.sh [BUILD_DIR] [FROM,TO]   (defaults: build-dev, PDE4D,Sirt6)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-dev}
edge=${2:-PDE4D,Sirt6}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshot-page.sh: chromium is not installed (scripts/deps.sh --test)" >&2; exit 1; }
[ -x "$build/mechgraph" ] || { echo "screenshot-page.sh: no $build/mechgraph: build first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/mechgraph" render -o "$tmp/network.html" --title "Mechanisms of iMSCs and iMSC-EVs"
grep -q 'id="mg-data"' "$tmp/network.html" ||
  { echo "screenshot-page.sh: this build writes the static page (no Cytoscape.js at configure time)" >&2; exit 1; }
# virtual time lets the page draw and frame the edge before the picture is taken; headless
# Chromium now and then takes it before the network's canvas is painted (a blank network
# compresses to far fewer bytes), so three shots are taken and the largest kept
best=0
for shot in 1 2 3; do
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --window-size=1400,860 --run-all-compositor-stages-before-draw --virtual-time-budget=20000 \
    --screenshot="$tmp/shot.png" "file://$tmp/network.html#edge=$edge" >/dev/null 2>&1 || true
  size=$(stat -c %s "$tmp/shot.png" 2>/dev/null || echo 0)
  if [ "$size" -gt "$best" ]; then best=$size; cp "$tmp/shot.png" "$tmp/explorer.png"; fi
done
[ -s "$tmp/explorer.png" ] || { echo "screenshot-page.sh: chromium wrote no screenshot" >&2; exit 1; }
cp "$tmp/explorer.png" "$root/examples/explorer.png"
echo "wrote examples/explorer.png"
