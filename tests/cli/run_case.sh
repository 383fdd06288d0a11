#!/usr/bin/env bash
# Runs one golden case: the arguments in CASE.cmd (one line, shell words), from the test data
# directory; compares stdout, stderr and exit status with CASE.out, CASE.err and CASE.status.
# With UPDATE=1 it writes them instead (scripts/update-goldens.sh; review the diff).
set -u
bin=$1 case=$2 data=$3
base=${case%.cmd}
cd "$data" || exit 1
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
eval "set -- $(cat "$case")"
# MG_WRAP (e.g. valgrind) runs in front of the binary when set
${MG_WRAP:-} "$bin" "$@" >"$out" 2>"$err"
status=$?
# the version every --json answer names is the build's: written as VERSION, so that a release
# does not change every golden (tests/cli/json_schemas.py checks the real one)
sed -i -E 's/("mechgraph_version": )"[^"]*"/\1"VERSION"/' "$out"
if [ "${UPDATE:-0}" = 1 ]; then
  cp "$out" "$base.out"; cp "$err" "$base.err"; echo "$status" >"$base.status"
  exit 0
fi
fail=0
diff -u "$base.out" "$out" >&2 || { echo "stdout differs for $(basename "$base")" >&2; fail=1; }
diff -u "$base.err" "$err" >&2 || { echo "stderr differs for $(basename "$base")" >&2; fail=1; }
expected=$(cat "$base.status")
[ "$status" = "$expected" ] || { echo "exit status $status, expected $expected" >&2; fail=1; }
exit $fail
