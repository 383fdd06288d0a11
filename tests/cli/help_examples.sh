#!/usr/bin/env bash
# Every command's --help ends with examples on the built-in graph; each is run here, in an empty
# temporary directory (examples write only there), with `mechgraph` the binary under test, and must
# exit 0. Every command has two or three; the command list is the one `mechgraph --help` prints.
# usage: help_examples.sh MECHGRAPH
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/run"
ln -s "$bin" "$work/bin/mechgraph"
export PATH="$work/bin:$PATH"
fail=0 ran=0
commands=$(mechgraph --help | awk '/^commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{exit}')
[ -n "$commands" ] || { echo "no commands found in --help" >&2; exit 1; }
for c in $commands; do
  examples=$(mechgraph "$c" --help | awk '/^examples:$/{on=1; next} on && /^  mechgraph /{sub(/^  /, ""); print} on && /^$/{exit}')
  count=$(grep -c . <<<"$examples")
  if [ "$count" -lt 2 ] || [ "$count" -gt 3 ]; then echo "FAIL: '$c --help' has $count examples, expected 2 or 3" >&2; fail=1; fi
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    (cd "$work/run" && eval "$line") >/dev/null 2>"$work/err"
    status=$?
    ran=$((ran + 1))
    [ "$status" = 0 ] || { echo "FAIL: '$line' exited $status: $(head -c 300 "$work/err")" >&2; fail=1; }
  done <<<"$examples"
done
echo "ran $ran examples"
exit $fail
