#!/usr/bin/env bash
# The Python package's tests (pytest, tests/python) on the built libraries, against the built
# command line. Skipped, visibly, with status 77 when pytest or networkx is missing
# (scripts/deps.sh --test installs python3-pytest and python3-networkx).
# In the sanitizer build the libraries need the ASan runtime loaded first, before python3 itself:
# it is preloaded, with leak detection off (the interpreter keeps its allocations to the end).
# usage: run.sh PYTHON LIBMECHGRAPH MECHGRAPH_CLI SOURCE_DIR [sanitize]
set -u
python=$1 library=$(realpath "$2") cli=$(realpath "$3") src=$(realpath "$4") sanitize=${5:-}
for module in pytest networkx; do
  if ! "$python" -c "import $module" 2>/dev/null; then
    echo "SKIPPED: $python has no $module (scripts/deps.sh --test installs python3-$module)"
    exit 77
  fi
done
if [ "$sanitize" = sanitize ]; then
  asan=$(${CC:-cc} -print-file-name=libasan.so)
  [ -e "$asan" ] || { echo "SKIPPED: the ASan runtime was not found ($asan)"; exit 77; }
  export LD_PRELOAD=$asan
  export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
fi
export PYTHONPATH=$src/python${PYTHONPATH:+:$PYTHONPATH}
export MECHGRAPH_LIBRARY=$library MECHGRAPH_CLI=$cli
export PYTHONDONTWRITEBYTECODE=1
cd "$src/tests/python" && exec "$python" -m pytest -q -p no:cacheprovider "$src/tests/python"
