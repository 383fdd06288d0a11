#!/usr/bin/env bash
# The test command: installs what is missing, builds optimised with -Werror (warnings only -O2
# finds), builds with -Wall -Wextra -Werror under AddressSanitizer and UndefinedBehaviorSanitizer,
# and runs the whole CTest suite; then the threaded parts' tests under ThreadSanitizer; then runs every
# fuzz target for a few seconds (libFuzzer needs clang: a second tree, build-fuzz/).
# usage: scripts/test.sh [--valgrind]   (--valgrind: a plain build, every test under memcheck)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" --test
if [ "${1:-}" = "--valgrind" ]; then
  command -v valgrind >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
  build=$root/build-valgrind
  cmake -S "$root" -B "$build" -DMECHGRAPH_WERROR=ON -DMECHGRAPH_SANITIZE=OFF -DMECHGRAPH_VALGRIND=ON \
    -DCMAKE_BUILD_TYPE=Debug >/dev/null
  cmake --build "$build" -j"$(nproc)"
  cd "$build"
  exec ctest --output-on-failure -j"$(nproc)"
fi
# the optimised build with -Werror first: gcc's flow analysis (-Wmaybe-uninitialized) warns at -O2
# about what the -O0 sanitizer build below never sees
cmake -S "$root" -B "$root/build-release" -DMECHGRAPH_WERROR=ON -DMECHGRAPH_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-release" -j"$(nproc)"
build=$root/build-test
cmake -S "$root" -B "$build" -DMECHGRAPH_WERROR=ON -DMECHGRAPH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure -j"$(nproc)"
# ThreadSanitizer on the parallel parts (a third tree: TSan cannot share one with ASan), only
# the targets of the tests labelled `threads`
tsan=$root/build-tsan
cmake -S "$root" -B "$tsan" -DMECHGRAPH_WERROR=ON -DMECHGRAPH_TSAN=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$tsan" -j"$(nproc)" --target test_hubs test_lazy_load test_parallel_load
(cd "$tsan" && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -L threads)
"$root/scripts/fuzz.sh" --build
cd "$root/build-fuzz"
ctest --output-on-failure -L fuzz -j"$(nproc)"
