#!/usr/bin/env bash
# `mechgraph info` in an empty directory describes the built-in graph: nothing is read from disk.
set -u
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" && out=$("$bin" info) || exit 1
grep -q 'imsc_ev.json (built-in)' <<<"$out" && grep -q '^nodes' <<<"$out"
