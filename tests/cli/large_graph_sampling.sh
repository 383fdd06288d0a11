#!/usr/bin/env bash
# On a graph of more than 2e9 node-edge products, `hubs` and `render --hubs` sample the
# shortest-path metrics (256 sources) and say so on stderr, unless --samples is given (then the
# user chose: no note). The graph comes from scripts/gen-synthetic.sh: 60,000 edges on
# 40,000 nodes (2.4e9).
# usage: large_graph_sampling.sh MECHGRAPH REPO
set -u
mg=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/scripts/gen-synthetic.sh" "$tmp/g.tsv" 60000 40000 7 || exit 1
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
${MG_WRAP:-} "$mg" hubs --graph "$tmp/g.tsv" --top 3 --json >"$tmp/out" 2>"$tmp/err"
check "hubs: exit 0" "[ $? = 0 ]"
check "hubs: the note on stderr" "grep -q 'shortest-path metrics from 256 sampled sources' '$tmp/err'"
check "hubs: approximate in the JSON" "grep -q '\"approximate\": true' '$tmp/out'"
${MG_WRAP:-} "$mg" hubs --graph "$tmp/g.tsv" --top 3 --metric betweenness --samples 5 >"$tmp/out" 2>"$tmp/err"
check "hubs --samples 5: exit 0, the user's choice, no note" "[ $? = 0 ] && [ ! -s '$tmp/err' ] && grep -q approximate '$tmp/out'"
${MG_WRAP:-} "$mg" hubs --graph "$tmp/g.tsv" --top 3 --metric pagerank >"$tmp/out" 2>"$tmp/err"
check "hubs --metric pagerank: no search per node, no note" "[ $? = 0 ] && [ ! -s '$tmp/err' ]"
${MG_WRAP:-} "$mg" render --graph "$tmp/g.tsv" --hubs 10 -o "$tmp/hubs.dot" 2>"$tmp/err"
check "render --hubs: exit 0 and the note" "[ $? = 0 ] && grep -q 'sampled sources' '$tmp/err' && [ -s '$tmp/hubs.dot' ]"
exit $fail
