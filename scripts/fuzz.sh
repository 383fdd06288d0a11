#!/usr/bin/env bash
# Fuzzes the GraphML and Cytoscape.js readers with libFuzzer (clang), under AddressSanitizer and
# UndefinedBehaviorSanitizer, starting from the test fixtures and mechgraph's own exports.
# usage: scripts/fuzz.sh [SECONDS_PER_READER]   (default 60; MG_FUZZ_FORMATS="cyjs" for one reader)
# A crash leaves its input as crash-* in the current directory.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build=$root/build-fuzz
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -g -O1"
CC=clang cmake -S "$root" -B "$build" -DMECHGRAPH_TESTS=OFF -DBUILD_SHARED_LIBS=OFF -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link $flags" >/dev/null
cmake --build "$build" --target mechgraph_cli -j"$(nproc)" >/dev/null
libs=$(pkg-config --libs igraph libcjson zlib libgvc libcgraph)
for format in ${MG_FUZZ_FORMATS:-graphml cyjs}; do
  macro=MG_INPUT_$(echo "$format" | tr a-z A-Z)
  # shellcheck disable=SC2086
  clang -fsanitize=fuzzer $flags -DMG_FUZZ_FORMAT="$macro" -I"$root/src" "$root/tests/fuzz/fuzz_readers.c" \
    "$build/libmechgraph.a" $libs -lm -o "$build/fuzz_$format"
  corpus=$build/corpus_$format
  mkdir -p "$corpus"
  cp "$root"/tests/data/*."$format" "$corpus"/
  "$build/mechgraph" export -o "$corpus/default.$format"
  "$build/mechgraph" export --graph "$root/tests/data/nasty.json" -o "$corpus/nasty.$format"
  echo "fuzzing the $format reader for $seconds s"
  ASAN_OPTIONS=detect_leaks=1 "$build/fuzz_$format" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
    "$corpus" 2>&1 | tail -n 12
done
