#!/usr/bin/env bash
# The HTML page in a real browser: headless Chromium (Debian's chromium, which
# scripts/deps.sh --test installs) takes a screenshot of the Sirt6 mechanism's page. The DOM it
# built must hold the inline SVG with its nodes, and the screenshot must show the network: the
# node colours of the picture, not a blank or an error page. The screenshot stays in the build
# directory (tests/screenshot.png) for a person to look at.
# usage: screenshot.sh MECHGRAPH OUT_DIR
set -u
mechgraph=$1 out=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIPPED: chromium is not installed (scripts/deps.sh --test installs it where apt can)"
  exit 77
fi
html=$out/screenshot.html png=$out/screenshot.png
rm -f "$html" "$png"
"$mechgraph" render --path iMSC-EV Sirt6 -o "$html" --title "How do iMSC-EVs reach Sirt6?" || exit 1
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --window-size=1400,1000)
timeout 120 "$browser" "${flags[@]}" --screenshot="$png" "file://$html" >/dev/null 2>&1
[ -s "$png" ] || { echo "FAIL: chromium wrote no screenshot"; exit 1; }
dom=$(timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$html" 2>/dev/null)
grep -q '<svg' <<<"$dom" || { echo "FAIL: the page's DOM has no SVG"; exit 1; }
[ "$(grep -o 'class="node' <<<"$dom" | wc -l)" -ge 4 ] || { echo "FAIL: the SVG in the DOM has fewer than 4 nodes"; exit 1; }
# the screenshot shows the picture: the colours of a vesicle, a miRNA, a gene and an edge
/usr/bin/python3 - "$png" <<'PY' || exit 1
import sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("RGB")
colours = set(im.getdata())
want = {"vesicle": (0x56, 0xB4, 0xE9), "mirna": (0xCC, 0x79, 0xA7), "gene": (0x00, 0x72, 0xB2), "raises": (0x00, 0x9E, 0x73)}
missing = [k for k, c in want.items() if c not in colours]
if missing or len(colours) < 20:
    print(f"FAIL: the screenshot does not show the network (missing {missing}, {len(colours)} colours)")
    sys.exit(1)
print(f"screenshot {im.size[0]}x{im.size[1]}, {len(colours)} colours: {sys.argv[1]}")
PY
