#!/usr/bin/env bash
# Standard input and output (issue 20): `--graph -` reads stdin (format from --from, or sniffed
# from the content, gzip or not); `-o -` writes stdout in every text format; a reader that goes
# away (`| head -1`) ends the command quietly with status 0, while other write errors stay 1.
# usage: streams.sh MECHGRAPH SOURCE_DIR
set -u
bin=$1 src=$2
graph=$src/graphs/imsc_ev.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # check DESCRIPTION CONDITION...
  local what=$1; shift
  if ! "$@"; then echo "FAIL: $what" >&2; fail=1; fi
}

# --graph - : every reader, sniffed or named by --from
$bin info --graph "$graph" --json >"$tmp/want.json"
want_edges=$(grep -m1 '"edges"' "$tmp/want.json")
out=$($bin info --graph - --json <"$graph")
check "json on stdin is read" grep -q "$want_edges" <<<"$out"
check "stdin is named <stdin>" grep -q '"source": "<stdin>"' <<<"$out"
out=$(gzip -c "$graph" | $bin info --graph - --json)
check "gzip on stdin is read" grep -q "$want_edges" <<<"$out"
for to in graphml cyjs tsv; do
  out=$($bin export -o - --to $to | $bin info --graph - --json)
  check "$to on stdin, sniffed" grep -q "$want_edges" <<<"$out"
done
out=$($bin export -o - --to sif | $bin nodes --graph - --from sif --json)
check "sif on stdin with --from sif" grep -q '"SIRT6"' <<<"$out"
out=$(printf 'a\tb\t+\n' | $bin nodes --graph - --from TSV)
check "tsv on stdin with --from TSV (any case)" grep -q '^2 nodes' <<<"$out"
err=$(printf '{"nodes": [' | $bin info --graph - 2>&1 >/dev/null); status=$?
check "bad stdin: exit 1 ($status)" test "$status" = 1
check "bad stdin: located as <stdin>:LINE:COLUMN" grep -q '^<stdin>:1:' <<<"$err"
$bin info --graph - --graph - </dev/null >/dev/null 2>&1; status=$?
check "--graph - twice is a usage error ($status)" test "$status" = 2
$bin merge - - -o - </dev/null >/dev/null 2>&1; status=$?
check "merge - - is a usage error ($status)" test "$status" = 2
out=$($bin validate - <"$graph"); status=$?
check "validate - ($status)" test "$status" = 0

# -o - : every text format on stdout
for to in json graphml cyjs sif tsv dot; do
  $bin export -o - --to $to >"$tmp/out.$to" 2>"$tmp/err"; status=$?
  check "export -o - --to $to: exit $status, $(head -c 200 "$tmp/err")" test "$status" = 0 -a -s "$tmp/out.$to"
done
check "export -o - without --to writes mechgraph-1 JSON" grep -q '"format":[[:space:]]*"mechgraph-1"' < <($bin export -o -)
for format in dot svg html; do
  $bin render --focus Sirt6 -o - --format $format >"$tmp/r.$format" 2>"$tmp/err"; status=$?
  check "render -o - --format $format: exit $status" test "$status" = 0 -a -s "$tmp/r.$format"
done
$bin merge builtin builtin -o - >"$tmp/m.json" 2>/dev/null; status=$?
check "merge -o -: exit $status" test "$status" = 0 -a -s "$tmp/m.json"

# a closed pipe on stdout: a quiet stop with status 0 (the outputs are larger than a pipe holds)
for args in "nodes" "export -o - --to json" "export -o - --to tsv" "render -o - --format svg" \
            "show SIRT6 --json" "path iMSC-EV inflammation --json" "studies"; do
  $bin $args 2>"$tmp/err" | head -c 1 >/dev/null
  status=${PIPESTATUS[0]}
  # a TSV leaves the comparisons out and says so before writing: that line is expected
  grep -v "^mechgraph: warning: tsv keeps no comparisons" "$tmp/err" >"$tmp/err2" || true
  check "'$args | head -c 1': exit $status, stderr: $(head -c 300 "$tmp/err2")" test "$status" = 0 -a ! -s "$tmp/err2"
done
# a reader gone before the first write
python3 - "$bin" <<'PY' || fail=1
import os, subprocess, sys
r, w = os.pipe(); os.close(r)
p = subprocess.run([sys.argv[1], "nodes"], stdout=w, stderr=subprocess.PIPE)
if p.returncode != 0 or p.stderr:
    print(f"FAIL: nodes into a closed pipe: exit {p.returncode}, {p.stderr[:200]!r}", file=sys.stderr); sys.exit(1)
PY
# a command that never writes stdout still reports its error, pipe or not
$bin show no-such-node 2>/dev/null | true; status=${PIPESTATUS[0]}
check "an error before any output stays exit 1 ($status) into a pipe" test "$status" = 1
# other write errors stay errors
if [ -c /dev/full ]; then
  $bin nodes >/dev/full 2>/dev/null; status=$?
  check "nodes >/dev/full: exit 1 ($status)" test "$status" = 1
fi
exit $fail
