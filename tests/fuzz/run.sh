#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS: first its seed corpus and every regression (each must pass),
# then new inputs. What it finds worth keeping goes to WORK/corpus (the committed seeds are only
# read); a crash, leak, timeout or out-of-memory input is kept in WORK/crashes and fails the run.
# Prints one line of figures, parsed by scripts/fuzz.sh (seconds: as long as it ran); the whole log
# is WORK/last.log.
# usage: tests/fuzz/run.sh BINARY TARGET SECONDS WORK   (called by ctest and by scripts/fuzz.sh)
set -u
binary=$1 target=$2 seconds=$3 work=$4
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work/corpus" "$work/crashes"
flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
  -artifact_prefix="$work/crashes/")
dict=$target
[ "$target" = cyjs ] && dict=json # the same tokens
[ "$target" = roundtrip ] && dict=json
[ "$target" = cmd ] && dict=cli
[ -f "$here/$dict.dict" ] && flags+=(-dict="$here/$dict.dict")
# the command line's usage errors, thousands a second (libFuzzer's own report still shows)
[ "$target" = cli ] && flags+=(-close_fd_mask=2)
# whole commands: what they print to stdout ('-o -') and stderr is not the fuzzer's
[ "$target" = cmd ] && flags+=(-close_fd_mask=3)
# a whole command (a render of the built-in graph) takes 1.5 s under ASan; 10 s timed out on a
# loaded machine: whole commands get 30 (a later -timeout wins)
[ "$target" = cmd ] && flags+=(-timeout=30)
# third-party caches that live as long as the process (tests/fuzz/lsan.supp)
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# the inputs this run kept: newer than the mark
crashes() { find "$work/crashes" -type f -newer "$work/.start" \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \); }
touch "$work/.start"
start=$SECONDS
"$binary" "${flags[@]}" "$work/corpus" "$here/corpus/$target" "$here/regressions/$target" >"$work/last.log" 2>&1
status=$?
elapsed=$((SECONDS - start)) # less than asked for when a crash stops the run
found=$(crashes | wc -l)

# "#566312 DONE cov: 249 ft: 624 corp: 264/7998b lim: 3634 exec/s: 62923 rss: 121Mb"
last=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$work/last.log" | tail -n 1)
field() { sed -nE "s/.* $1: ([^ ]+).*/\1/p" <<<"$last"; }
final() { sed -nE "s/^stat::$1: *([0-9]+).*/\1/p" "$work/last.log" | tail -n 1; }
execs=$(final number_of_executed_units)
[ -n "$execs" ] || execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
echo "fuzz $target: seconds=$elapsed executions=${execs:-?} exec_per_s=$(final average_exec_per_sec)" \
  "cov=$(field cov) ft=$(field ft) corpus=$(field corp) crashes=$found status=$status"
if [ "$status" != 0 ] || [ "$found" != 0 ]; then
  tail -n 80 "$work/last.log"
  crashes | sort | sed 's/^/kept: /'
  exit 1
fi
