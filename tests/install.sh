#!/usr/bin/env bash
# `cmake --install` puts the binary, the library, the header and mechgraph.pc under a prefix, and
# a C program builds against them with pkg-config alone.
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
