#!/usr/bin/env bash
# One thread or many, the same answer (issue 23): every command that reads or computes in
# parallel, and the ones that do not, print the same bytes with --threads 1, 2 and 5 and with
# MECHGRAPH_THREADS=3, on the built-in graph and on a synthetic graph big enough to be cut into
# pieces (2,000 nodes, 16,000 edges: the centralities split their sources, the reader its blocks).
# usage: threads_identical.sh MECHGRAPH SOURCE_DIR
set -u
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash "$src/scripts/gen-synthetic.sh" "$tmp/syn.tsv" 16000 2000 7 || exit 1
gzip -c "$tmp/syn.tsv" >"$tmp/syn.tsv.gz"
fail=0
same() { # same NAME ARGS...: the output of each thread count equals one thread's
  local name=$1; shift
  "$bin" --threads 1 "$@" >"$tmp/one.out" 2>"$tmp/one.err"
  local want=$?
  for t in 2 5 env; do
    if [ "$t" = env ]; then MECHGRAPH_THREADS=3 "$bin" "$@" >"$tmp/n.out" 2>"$tmp/n.err"
    else "$bin" --threads "$t" "$@" >"$tmp/n.out" 2>"$tmp/n.err"; fi
    local got=$?
    if [ "$got" != "$want" ] || ! cmp -s "$tmp/one.out" "$tmp/n.out" || ! cmp -s "$tmp/one.err" "$tmp/n.err"; then
      echo "FAIL: $name: --threads $t differs from --threads 1 (status $got against $want)" >&2
      diff "$tmp/one.out" "$tmp/n.out" | head -5 >&2
      diff "$tmp/one.err" "$tmp/n.err" | head -5 >&2
      fail=1
    fi
  done
}
same "hubs (consensus)" hubs --top 30
for m in betweenness closeness harmonic stress radiality eccentricity bottleneck pagerank; do
  same "hubs --metric $m" hubs --metric $m --top 30 --json
done
same "path" path iMSC-EV Sirt6 --json
same "path --shortest" path iMSC-EV "renal I/R injury" --shortest
same "effects" effects iMSC-EV --json
same "hypotheses" hypotheses --top 30 --json
same "hypotheses --evaluate --by year" hypotheses --evaluate --by year --cutoff 2020 --json
same "info (synthetic)" info --graph "$tmp/syn.tsv.gz" --json
same "export (synthetic)" export --graph "$tmp/syn.tsv" --to json -o -
same "hubs --metric betweenness (synthetic)" hubs --graph "$tmp/syn.tsv.gz" --metric betweenness --top 50 --json
same "hubs --metric closeness (synthetic)" hubs --graph "$tmp/syn.tsv.gz" --metric closeness --top 50 --json
same "hubs --metric pagerank (synthetic)" hubs --graph "$tmp/syn.tsv.gz" --metric pagerank --top 50 --json
same "path (synthetic)" path --graph "$tmp/syn.tsv.gz" n17 n3 --shortest --json
# a bad line near the end: the error's location is the same whoever reads it
{ cat "$tmp/syn.tsv"; printf 'n1\tn2\tmaybe\n'; } >"$tmp/bad.tsv"
same "error location (bad sign on the last line)" info --graph "$tmp/bad.tsv"
{ head -n 8000 "$tmp/syn.tsv"; printf 'n1\t\t+\n'; tail -n +8001 "$tmp/syn.tsv"; } | gzip -c >"$tmp/bad.tsv.gz"
same "error location (empty target mid-file, gzip)" info --graph "$tmp/bad.tsv.gz"
# and they are errors: a test of identical silence would prove nothing
for f in bad.tsv bad.tsv.gz; do
  if "$bin" info --graph "$tmp/$f" >/dev/null 2>"$tmp/err"; then echo "FAIL: $f was read without an error" >&2; fail=1; fi
  grep -q "$f:[0-9]*:[0-9]*: " "$tmp/err" || { echo "FAIL: $f: no located error" >&2; cat "$tmp/err" >&2; fail=1; }
done
exit $fail
