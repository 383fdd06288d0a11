#!/usr/bin/env bash
# PathLinker's published example (../shared/data/pathlinker-netpath/example, k=100: 22 paths)
# reproduced by `mechgraph path --pathlinker`: the same (cost, path) set, ranked by cost, for the
# weighted network and for the one without weights.
# usage: pathlinker.sh MECHGRAPH
set -u
mechgraph=$1
dir=$(cd "$(dirname "$0")/../.." && pwd)/../shared/data/pathlinker-netpath/example
if [ ! -f "$dir/sample-out-paths.txt" ]; then
  echo "SKIPPED: $dir is absent (PathLinker's example data)"
  exit 77
fi
status=0
for net in sample-in-net.txt sample-in-net-noweights.txt; do
  out=$($mechgraph path --pathlinker --graph "$dir/$net" --node-types "$dir/sample-in-nodetypes.txt") || { echo "FAIL: $net: exit $?"; status=1; continue; }
  # ranks may differ among ties; the (cost, path) pairs may not
  if ! diff <(echo "$out" | grep -v '^#' | cut -f2,3 | sort) <(grep -v '^#' "$dir/sample-out-paths.txt" | cut -f2,3 | sort); then
    echo "FAIL: $net: paths or costs differ from PathLinker's"
    status=1
  fi
  if ! echo "$out" | grep -v '^#' | cut -f2 | sort -g -c; then
    echo "FAIL: $net: not in cost order"
    status=1
  fi
  echo "$net: $(echo "$out" | grep -vc '^#') paths"
done
exit $status
