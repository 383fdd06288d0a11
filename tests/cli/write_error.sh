#!/usr/bin/env bash
# A full disk is an error, not silently truncated output: every command writing to /dev/full
# exits 1 with a message.
set -u
bin=$1 data=$2
[ -c /dev/full ] || { echo "SKIPPED: no /dev/full on this system"; exit 77; }
fail=0
for args in "info" "nodes" "show SIRT6" "show --json SIRT6" "validate $data/tgf.json" "--help"; do
  err=$($bin $args 2>&1 >/dev/full)
  status=$?
  [ "$status" = 1 ] && grep -q "unable to write output" <<<"$err" || { echo "'$args' > /dev/full: exit $status: $err" >&2; fail=1; }
done
exit $fail
