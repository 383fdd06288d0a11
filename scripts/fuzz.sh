#!/usr/bin/env bash
# Fuzzes every reader and the command-line parser with libFuzzer (clang), under AddressSanitizer and
# UndefinedBehaviorSanitizer (tests/fuzz, docs/reliability.md). Builds build-fuzz/ (where
# scripts/test.sh fuzzes too), runs each target for SECONDS (tests/fuzz/run.sh), JOBS at a time
# under nice, and prints a Markdown table of figures. What a run finds stays in
# build-fuzz/tests/fuzz/work/TARGET/corpus, so runs build on each other; a crash, leak, timeout or
# out-of-memory input is kept in work/TARGET/crashes/ and makes the exit status 1.
# usage: scripts/fuzz.sh [-j JOBS] SECONDS [TARGET...]   targets: json graphml cyjs tsv lookup cli indra sbml cmd roundtrip
#        scripts/fuzz.sh --build                          only configure and build build-fuzz/
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
all=(json graphml cyjs tsv lookup cli indra sbml cmd roundtrip)
usage() { sed -n 's/^# usage: /usage: /p; s/^#        /       /p' "$0" >&2; exit 2; }

build_tree() {
  CC=clang cmake -S "$root" -B "$build" -DMECHGRAPH_FUZZ=ON -DMECHGRAPH_TESTS=OFF -DBUILD_SHARED_LIBS=OFF \
    -DMECHGRAPH_WERROR=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
  cmake --build "$build" -j"$(nproc)" >/dev/null
}
if [ "${1:-}" = --build ]; then
  build_tree
  exit 0
fi

jobs=1
if [ "${1:-}" = -j ]; then
  [ $# -ge 2 ] || usage
  jobs=$2
  shift 2
fi
[ $# -ge 1 ] && [[ $1 =~ ^[0-9]+$ ]] || usage
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t' (${all[*]})" >&2; exit 2; }
done

build_tree
work=$build/tests/fuzz/work
echo "scripts/fuzz.sh -j $jobs $seconds ${targets[*]}: $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$root" rev-parse --short HEAD)" >&2
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  mkdir -p "$work/$t"
  echo "fuzzing $t for $seconds s" >&2
  (nice "$root/tests/fuzz/run.sh" "$build/tests/fuzz/fuzz_$t" "$t" "$seconds" "$work/$t" >"$work/$t/summary.txt" 2>&1 || true) &
  running=$((running + 1))
done
wait

# one row per target, from run.sh's line of figures
failed=0
echo "| target | seconds | executions | exec/s | cov | ft | corpus (inputs/bytes) | crashes |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for t in "${targets[@]}"; do
  line=$(grep -E "^fuzz $t: " "$work/$t/summary.txt" | tail -n 1 || true)
  get() { sed -nE "s/.* $1=([^ ]*).*/\1/p" <<<"$line"; }
  echo "| $t | $(get seconds) | $(get executions) | $(get exec_per_s) | $(get cov) | $(get ft) | $(get corpus) | $(get crashes) |"
  if [ -z "$line" ] || [ "$(get status)" != 0 ] || [ "$(get crashes)" != 0 ]; then
    failed=1
    echo "fuzz.sh: $t failed; see $work/$t/summary.txt and $work/$t/last.log" >&2
    grep '^kept: ' "$work/$t/summary.txt" >&2 || true
  fi
done
exit $failed
