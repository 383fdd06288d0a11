#!/usr/bin/env bash
# The Python package installed two ways, each then answering in a fresh virtual environment:
# `pip install ./python` (no network: the package builds with the standard library alone), the
# libraries through MECHGRAPH_LIBRARY; and `cmake --install` of the libraries and of the component
# "python" (what -DMECHGRAPH_PYTHON=ON installs by default) into the environment's prefix, the
# libraries then found by the package itself.
# usage: install.sh PYTHON BUILD_DIR SOURCE_DIR LIBMECHGRAPH [sanitize]
set -eu
python=$1 build=$(realpath "$2") src=$(realpath "$3") library=$(realpath "$4") sanitize=${5:-}
"$python" -c 'import venv, ensurepip' 2>/dev/null || { echo "SKIPPED: $python cannot make a virtual environment with pip (python3-venv)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
preload=""
if [ "$sanitize" = sanitize ]; then
  preload=$(${CC:-cc} -print-file-name=libasan.so)
  export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
fi
check='import mechgraph, sys
g = mechgraph.load()
assert g.paths("iMSC-EV", "Sirt6")["count"] >= 1 and g.number_of_nodes() > 100
print(mechgraph.__file__)'

"$python" -m venv "$work/pip"
(cd "$work" && PIP_NO_INDEX=1 "$work/pip/bin/pip" install -q "$src/python")
where=$(cd "$work" && LD_PRELOAD=$preload MECHGRAPH_LIBRARY=$library "$work/pip/bin/python" -c "$check")
case $where in "$work/pip/"*) ;; *) echo "pip install: mechgraph imported from $where" >&2; exit 1;; esac
echo "pip install ./python: answers from $where"

"$python" -m venv --without-pip "$work/prefix"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake --install "$build" --prefix "$work/prefix" --component python >/dev/null
where=$(cd "$work" && env -u MECHGRAPH_LIBRARY LD_PRELOAD=$preload "$work/prefix/bin/python" -c "$check")
case $where in "$work/prefix/"*) ;; *) echo "cmake --install: mechgraph imported from $where" >&2; exit 1;; esac
echo "cmake --install --component python: answers from $where, the libraries found beside the prefix"
