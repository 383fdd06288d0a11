#!/usr/bin/env bash
# Installs, with apt-get, whatever of mechgraph's build and test dependencies is missing.
# Sourced by demo.sh and test.sh; does nothing when everything is there.
# usage: scripts/deps.sh [--test|--bench]   (--bench: the benchmarks' peers, networkx and python-igraph)
set -eu
packages=(build-essential cmake pkg-config libigraph-dev libgraphviz-dev libcjson-dev zlib1g-dev libsbml5-dev libexpat1-dev)
if [ "${1:-}" = "--test" ]; then
  # the oracle (networkx, with numpy and scipy for HITS), the benchmark peer (python-igraph) and
  # the screenshot check (PIL) come from Debian too
  packages+=(python3 python3-networkx python3-numpy python3-scipy python3-igraph python3-jsonschema python3-pil)
  # the Python package's tests (tests/python): pytest, and pandas for to_pandas
  packages+=(python3-pytest python3-pandas)
  # the SBML-qual export's check: libSBML's own validator, through its Python bindings
  packages+=(python3-sbml5)
  # the fuzz targets: clang and its libFuzzer runtime
  packages+=(clang libclang-rt-dev)
elif [ "${1:-}" = "--bench" ]; then
  packages+=(python3 python3-networkx python3-numpy python3-scipy python3-igraph)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
optional=()
if [ "${1:-}" = "--test" ]; then
  # the screenshot test's headless browser: large, and the test skips without it
  dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed" || optional+=(chromium)
  # the explorer page's test drives chromium with puppeteer-core, from npm: node and npm from
  # Debian where they are not already installed (nodesource's nodejs carries its own npm)
  command -v node >/dev/null || optional+=(nodejs)
  command -v npm >/dev/null || optional+=(npm)
fi
if [ ${#missing[@]} -gt 0 ] || [ ${#optional[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ${#optional[@]} -gt 0 ]; then
  echo "installing (optional): ${optional[*]}" >&2
  [ ${#missing[@]} -gt 0 ] || $sudo_cmd apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${optional[@]}" >/dev/null ||
    echo "could not install ${optional[*]}: the tests that need it will skip" >&2
fi
if [ "${1:-}" = "--test" ]; then
  # puppeteer-core, pinned in tests/browser/package.json, into tests/browser/node_modules (never
  # committed); without npm or network the explorer's browser test skips
  browser_tests=$(cd "$(dirname "$0")/../tests/browser" && pwd)
  if [ ! -d "$browser_tests/node_modules/puppeteer-core" ]; then
    if command -v npm >/dev/null; then
      echo "installing (optional): puppeteer-core into tests/browser/node_modules" >&2
      timeout 300 npm install --prefix "$browser_tests" --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null ||
        echo "could not install puppeteer-core: the explorer's browser test will skip" >&2
    else
      echo "npm is not installed: the explorer's browser test will skip" >&2
    fi
  fi
fi
