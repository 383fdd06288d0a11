#!/usr/bin/env bash
# Every benchmark side by side with networkx and python-igraph (Debian's packages), with the
# ratios: loading, hubs, paths, rendering, the dense graph and the 10-million-edge graph.
# With --record, also writes the run to docs/performance.md (machine, versions, date, figures),
# keeping the hand-written part that follows its "## Notes" heading; a record runs exact
# betweenness too (MG_BENCH_EXACT=1: issue 23's two-thread comparison with python-igraph).
# usage: scripts/bench.sh [--record] [BUILD_DIR]   (needs ../shared/data/hetionet-v1.0; about 15 min)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
record=0
if [ "${1:-}" = --record ]; then record=1; shift; fi
build=${1:-$root/build-demo}
if [ "$record" = 1 ]; then export MG_BENCH_EXACT=1; fi
"$root/scripts/deps.sh" --bench >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
{
  for b in start load hubs paths render dense scale; do
    echo "### $b (scripts/bench-$b.sh)"
    echo
    echo '```'
    "$root/scripts/bench-$b.sh" "$build"
    echo '```'
    echo
  done
} | tee "$out"
[ "$record" = 1 ] || exit 0
version() { dpkg-query -W -f '${Version}' "$1" 2>/dev/null || echo absent; }
doc=$root/docs/performance.md
tmpdoc=$(mktemp "$doc.XXXXXX")
{
  cat <<HEAD
# Performance

The latest run of \`scripts/bench.sh --record\` (do not edit by hand: run it again). Every figure
is a whole process (start, load, answer, exit) timed with \`/usr/bin/time\`: the best of three
runs, or of one for the 10-million-edge graph, with its peak resident memory. Timings on a shared
machine vary by tens of percent from run to run; the ratios are what to read.

- Date: $(date -u +%Y-%m-%d)
- Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GiB of memory
- mechgraph $(git -C "$root" describe --always --dirty), Release build; libigraph $(version libigraph-dev);
  python3-networkx $(version python3-networkx); python3-igraph $(version python3-igraph)
- Inputs: the Hetionet subset in \`../shared/data/hetionet-v1.0\` (765,796 edges), a complete
  1000-node digraph (\`bench-dense.sh\`), a synthetic signed graph of 10 million edges
  (\`scripts/gen-synthetic.sh\`, seed 1).
- Machine load before the run: $load_before (1, 5, 15 minutes; each script prints its own too)

HEAD
  cat "$out"
  # what people wrote about the figures stays: from the "## Notes" heading to the end
  if [ -f "$doc" ]; then sed -n '/^## Notes/,$p' "$doc"; fi
} >"$tmpdoc"
mv "$tmpdoc" "$doc"
echo "recorded in $doc"
