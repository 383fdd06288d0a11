# Sourced by the benchmark scripts: the Hetionet subset, a Release build, and `measure`, which
# runs a command as a whole process (MG_BENCH_REPEAT times, default 3) and keeps the best wall
# time and its peak RSS. Expects `root` set by the caller; a caller that does not need Hetionet
# sets MG_BENCH_NO_HETIONET=1 first. Sets `build`, `sif`, `tmp` (a scratch prefix, removed at exit).
build=${1:-$root/build-demo}
sif=$root/../shared/data/hetionet-v1.0/hetionet-v1.0-edges-AGCD16.sif.gz
if [ "${MG_BENCH_NO_HETIONET:-0}" != 1 ] && [ ! -f "$sif" ]; then echo "SKIPPED: $sif is absent"; exit 0; fi
# always rebuild (incrementally), so that figures never come from a stale binary
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMECHGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp".*' EXIT

# measure LABEL COMMAND...: prints the label, the best wall time, the peak memory, and
# what `summarise LABEL OUTPUT_FILE` says about the last run's output (if the caller defines
# it); records "LABEL SECONDS" in $tmp.times for `ratios`.
measure() {
  local label=$1; shift
  local best="" t found=""
  for _ in $(seq "${MG_BENCH_REPEAT:-3}"); do
    t=$( { /usr/bin/time -f "%e %M" "$@" >"$tmp.out"; } 2>&1 | tail -n 1)
    if [ -z "$best" ] || awk -v a="${t% *}" -v b="${best% *}" 'BEGIN{exit !(a<b)}'; then best=$t; fi
  done
  if declare -F summarise >/dev/null; then found=$(summarise "$label" "$tmp.out"); fi
  printf '  %-14s %7s s %6d MB   %s\n' "$label" "${best% *}" "$(( ${best#* } / 1024 ))" "$found"
  case $found in n/a*) ;; *) echo "$label ${best% *}" >>"$tmp.times" ;; esac
}

# ratios: networkx and python-igraph times over mechgraph's, from the measures since the last call.
ratios() {
  awk '{t[$1]=$2} END { printf "  ratio         ";
    if ("networkx" in t) printf " networkx/mechgraph %.1fx", t["networkx"]/t["mechgraph"];
    if ("python-igraph" in t) printf " python-igraph/mechgraph %.1fx", t["python-igraph"]/t["mechgraph"]; printf "\n" }' "$tmp.times"
  rm -f "$tmp.times"
}
