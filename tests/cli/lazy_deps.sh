#!/usr/bin/env bash
# The heavy dependencies are loaded on first use (src/lib/core/dynlib.c), never linked: neither
# the executable nor the libraries may name igraph, Graphviz, libSBML (or their chains) or expat
# in DT_NEEDED; a command that needs none of them runs when all three are missing; one that needs a
# missing one fails with exit 1 and a message naming the library, never a crash.
# MECHGRAPH_DLOPEN_{IGRAPH,GVC,CGRAPH,SBML,EXPAT} replace a library's SONAME (for this test only).
# usage: lazy_deps.sh MECHGRAPH_BINARY ELF_FILE...
set -u
bin=$1
shift
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
heavy='igraph|gvc|cgraph|cdt|pathplan|sbml|blas|lapack|glpk|gmp|arpack|gfortran|xml2|icu|stdc\+\+|expat'
for elf in "$bin" "$@"; do
  [ -e "$elf" ] && [ "${elf%.a}" = "$elf" ] || continue # a static library has no DT_NEEDED
  needed=$(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  [ -n "$needed" ] || fail "readelf found no DT_NEEDED in $elf"
  bad=$(grep -E "$heavy" <<<"$needed")
  [ -z "$bad" ] || fail "$(basename "$elf") links $(echo $bad) (load it on first use instead)"
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
missing=(MECHGRAPH_DLOPEN_IGRAPH=libmg-missing-igraph.so.0 MECHGRAPH_DLOPEN_GVC=libmg-missing-gvc.so.0
         MECHGRAPH_DLOPEN_CGRAPH=libmg-missing-cgraph.so.0 MECHGRAPH_DLOPEN_SBML=libmg-missing-sbml.so.0
         MECHGRAPH_DLOPEN_EXPAT=libmg-missing-expat.so.0)
# what needs none of them works without them
for args in "--version" "show Sirt6" "path iMSC-EV Sirt6" "effects iMSC-EV" "info" "hubs --metric pagerank --top 3" \
            "export --to json -o $dir/g.json" "export --to graphml -o $dir/g.graphml" "info -g $dir/g.json"; do
  # shellcheck disable=SC2086
  env "${missing[@]}" "$bin" $args >"$dir/out" 2>"$dir/err" || fail "'mechgraph $args' failed without the heavy libraries: $(cat "$dir/err")"
done
# what needs one fails cleanly, naming it
expect() { # VARIABLE LIBRARY-WORDS ARGS...
  local var=$1 words=$2 status
  shift 2
  env "$var=libmg-missing.so.0" "$bin" "$@" >"$dir/out" 2>"$dir/err"
  status=$?
  [ "$status" = 1 ] || fail "'mechgraph $*' with $var missing: exit $status, expected 1 ($(cat "$dir/err"))"
  grep -q "^mechgraph: .*unable to load $words from 'libmg-missing.so.0': .*libmg-missing.so.0" "$dir/err" ||
    fail "'mechgraph $*' with $var missing: the message does not name $words and the loader's reason: $(cat "$dir/err")"
}
expect MECHGRAPH_DLOPEN_IGRAPH igraph hubs --metric eigenvector
expect MECHGRAPH_DLOPEN_IGRAPH igraph hubs --metric mcc
expect MECHGRAPH_DLOPEN_GVC 'Graphviz (libgvc)' render -o "$dir/g.svg"
expect MECHGRAPH_DLOPEN_CGRAPH 'Graphviz (libcgraph)' render -o "$dir/g.dot"
expect MECHGRAPH_DLOPEN_SBML libSBML export --to sbml-qual -o "$dir/g.sbml"
expect MECHGRAPH_DLOPEN_EXPAT expat info -g "$dir/g.graphml"
[ ! -e "$dir/g.svg" ] && [ ! -e "$dir/g.sbml" ] || fail "a failed command left its output file"
# and with them present, each loads and works
"$bin" hubs --metric eigenvector --top 1 >/dev/null 2>"$dir/err" || fail "hubs: $(cat "$dir/err")"
"$bin" render -o "$dir/g.svg" 2>"$dir/err" && grep -q '<svg' "$dir/g.svg" || fail "render: $(cat "$dir/err")"
"$bin" export --to sbml-qual -o "$dir/g.sbml" 2>/dev/null && "$bin" info -g "$dir/g.sbml" >/dev/null 2>"$dir/err" ||
  fail "SBML round trip: $(cat "$dir/err")"
"$bin" info -g "$dir/g.graphml" >/dev/null 2>"$dir/err" || fail "GraphML: $(cat "$dir/err")"
[ "$fails" = 0 ] && echo "ok"
