"""Fixtures of the Python package's tests: the built-in graph loaded once, and the command line
(MECHGRAPH_CLI, the built binary) whose --json answers the package must equal."""

import json
import os
import subprocess

import pytest

import mechgraph

CLI = os.environ.get("MECHGRAPH_CLI", "mechgraph")
SOURCE = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def _env():
    env = dict(os.environ)
    env.pop("LD_PRELOAD", None)  # the sanitizer build's binary carries its runtime itself
    return env


def run_cli(*args, check=True):
    """`mechgraph ARGS`: (status, stdout, stderr)."""
    p = subprocess.run([CLI, *args], capture_output=True, text=True, env=_env())
    if check and p.returncode:
        raise AssertionError(f"mechgraph {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p.returncode, p.stdout, p.stderr


def cli_json(*args):
    """`mechgraph ARGS --json`, parsed."""
    return json.loads(run_cli(*args, "--json")[1])


@pytest.fixture(scope="session")
def g():
    return mechgraph.load()


@pytest.fixture(scope="session")
def source_dir():
    return SOURCE
