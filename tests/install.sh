#!/usr/bin/env bash
# `cmake --install` puts the binary, the library, the header, mechgraph.pc and the CMake package
# under a prefix: a C program builds against them with pkg-config alone, and another with
# find_package(mechgraph); the library exports only the public mg_ functions, and pkg-config
# names its dependencies only for static linking (Requires.private).
# usage: install.sh BUILD_DIR SOURCE_DIR [EXTRA_CFLAGS...]
set -eu
build=$1 src=$2
shift 2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/mechgraph include/mechgraph.h; do [ -e "$prefix/$f" ] || { echo "missing $f" >&2; exit 1; }; done
pc=$(find "$prefix" -name mechgraph.pc | head -n 1)
lib=$(find "$prefix" -name 'libmechgraph.so*' | head -n 1)
[ -n "$pc" ] && [ -n "$lib" ] || { echo "missing mechgraph.pc or libmechgraph" >&2; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
cc "$@" "$src/examples/neighbours.c" $(pkg-config --cflags --libs mechgraph) -o "$prefix/neighbours"
LD_LIBRARY_PATH=$(dirname "$lib") "$prefix/neighbours" Sirt6 | grep -q '^SIRT6 (Sirt6, gene)'
"$prefix/bin/mechgraph" --version

# the consumer links mechgraph only; its dependencies are the library's business
libs=$(pkg-config --libs mechgraph)
if grep -q -- '-ligraph\|-lcjson\|-lgvc' <<<"$libs"; then echo "pkg-config --libs mechgraph lists a dependency: $libs" >&2; exit 1; fi
static_libs=$(pkg-config --libs --static mechgraph)
grep -q -- '-lcjson' <<<"$static_libs" || { echo "Requires.private lacks cJSON" >&2; exit 1; }
# igraph, Graphviz, libSBML and expat are loaded at run time, never linked, static or not
if grep -q -- '-ligraph\|-lgvc\|-lsbml\|-lexpat' <<<"$static_libs"; then echo "pkg-config --libs --static mechgraph links a library loaded at run time: $static_libs" >&2; exit 1; fi

# only the public API is exported
exported=$(nm -D --defined-only "$lib" | awk '{print $3}')
others=$(grep -v '^mg_' <<<"$exported" | grep -v '^_' || true)
[ -z "$others" ] || { echo "libmechgraph exports symbols outside the public API:" $others >&2; exit 1; }
grep -q '^mg__' <<<"$exported" && { echo "libmechgraph exports internal mg__ symbols" >&2; exit 1; }
grep -q '^mg_graph_load$' <<<"$exported" || { echo "libmechgraph does not export mg_graph_load" >&2; exit 1; }
# libmechgraph-cli, the commands for the Python package (src/mechgraph_cli.h), exports mg_cli_ only
cli_lib=$(find "$prefix" -name 'libmechgraph-cli.so*' | head -n 1)
[ -n "$cli_lib" ] && [ -e "$prefix/include/mechgraph_cli.h" ] || { echo "missing libmechgraph-cli or mechgraph_cli.h" >&2; exit 1; }
cli_exported=$(nm -D --defined-only "$cli_lib" | awk '{print $3}' | grep -v '^_' || true)
[ -z "$(grep -v '^mg_cli_' <<<"$cli_exported")" ] ||
  { echo "libmechgraph-cli exports more than mg_cli_:" $(grep -v '^mg_cli_' <<<"$cli_exported") >&2; exit 1; }
grep -q '^mg_cli_run$' <<<"$cli_exported" || { echo "libmechgraph-cli does not export mg_cli_run" >&2; exit 1; }

# find_package(mechgraph) and the target mechgraph::mechgraph
consumer=$prefix/consumer
mkdir -p "$consumer"
cp "$src/examples/neighbours.c" "$consumer/"
cat >"$consumer/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.18)
project(consumer C)
find_package(mechgraph 0.1 REQUIRED)
add_executable(neighbours neighbours.c)
target_link_libraries(neighbours PRIVATE mechgraph::mechgraph)
CMAKE
flags="$*"
cmake -S "$consumer" -B "$consumer/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$consumer/build" >/dev/null
"$consumer/build/neighbours" Sirt6 | grep -q '^SIRT6 (Sirt6, gene)' || { echo "the find_package consumer failed" >&2; exit 1; }
echo "installed: pkg-config and find_package consumers built; exports only mg_"

# the manual page renders, and the completions load and complete from the installed binary
man_page=$prefix/share/man/man1/mechgraph.1
[ -f "$man_page" ] || { echo "missing share/man/man1/mechgraph.1" >&2; exit 1; }
if command -v man >/dev/null; then rendered=$(MANWIDTH=80 man -l "$man_page" 2>&1)
else rendered=$(groff -man -Tutf8 "$man_page" 2>&1); fi
grep -q 'mechgraph path' <<<"$rendered" && grep -q 'hubs --metric MCC' <<<"$rendered" ||
  { echo "mechgraph.1 does not render its commands and examples" >&2; exit 1; }
# the man page and --help come from one table: every option of every command is in both
for c in $("$prefix/bin/mechgraph" --help | awk '/^commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{exit}'); do
  for o in $("$prefix/bin/mechgraph" "$c" --help | grep -o '^  \(-., \)\?--[a-z-]*\|^      --[a-z-]*' | grep -o -- '--[a-z-]*'); do
    grep -q -- "$o\b" <<<"$rendered" || { echo "mechgraph.1 lacks $c $o" >&2; exit 1; }
  done
done
bash_completion=$prefix/share/bash-completion/completions/mechgraph
[ -f "$bash_completion" ] && [ -f "$prefix/share/zsh/site-functions/_mechgraph" ] || { echo "missing completions" >&2; exit 1; }
complete_line() { # the words of a line, the last being completed: prints COMPREPLY
  PATH="$prefix/bin:$PATH" bash -c 'source "$1"; shift; complete -p mechgraph >/dev/null || exit 1
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _mechgraph; printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_completion" "$@"
}
complete_line mechgraph pa | grep -qx path || { echo "bash completion: 'mechgraph pa' does not complete to path" >&2; exit 1; }
complete_line mechgraph show Sirt | grep -qx SIRT6 || { echo "bash completion: no node name for 'show Sirt'" >&2; exit 1; }
complete_line mechgraph path iMSC-EV 'renal I' | grep -qF 'renal\ I/R\ injury' ||
  { echo "bash completion: a node name with spaces is not quoted" >&2; exit 1; }
complete_line mechgraph hubs --metric mc | grep -qx mcc || { echo "bash completion: no metric values" >&2; exit 1; }
echo "man page renders; bash completion completes commands, node names and values"
