#!/usr/bin/env bash
# Every command answers --help and -h on stdout with exit 0 and a usage line, and the command
# list in `mechgraph --help` is the list checked, so a new command cannot skip this test.
set -u
bin=$1
fail=0
commands=$("$bin" --help | awk '/^commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{exit}')
[ -n "$commands" ] || { echo "no commands found in --help" >&2; exit 1; }
for c in $commands; do
  for flag in --help -h; do
    out=$("$bin" "$c" $flag) || { echo "'$c $flag' exited $?" >&2; fail=1; continue; }
    grep -q "^usage: mechgraph $c" <<<"$out" || { echo "'$c $flag' printed no usage line" >&2; fail=1; }
  done
  "$bin" help "$c" >/dev/null || { echo "'help $c' failed" >&2; fail=1; }
done
"$bin" --version | grep -q '^mechgraph [0-9]' || { echo "--version" >&2; fail=1; }
"$bin" >/dev/null 2>&1; [ $? = 2 ] || { echo "no command: expected exit 2" >&2; fail=1; }
echo "checked: $commands"
exit $fail
