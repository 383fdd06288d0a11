#!/usr/bin/env python3
"""Every --json output (tests/cli/json_commands.txt) is one object that names its shape in
"schema" and the version that wrote it in "mechgraph_version", and validates against
docs/schemas/<schema>.schema.json (JSON Schema 2020-12, python3-jsonschema). Every schema file is
exercised, and every command but export and render (which write files in formats of their own)
is run.

usage: json_schemas.py MECHGRAPH SOURCE_DIR
"""
import glob
import json
import os
import shlex
import subprocess
import sys
import tempfile

import jsonschema

binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
schemas_dir = os.path.join(source, "docs", "schemas")
version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.split()[1]
failures = []
validators = {}
for path in sorted(glob.glob(os.path.join(schemas_dir, "*.schema.json"))):
    schema = json.load(open(path))
    jsonschema.Draft202012Validator.check_schema(schema)
    name = os.path.basename(path)[: -len(".schema.json")]
    if schema.get("title") != name:
        failures.append(f"{path}: title {schema.get('title')!r}, expected {name!r}")
    validators[name] = jsonschema.Draft202012Validator(schema)

used, commands = set(), set()
with tempfile.TemporaryDirectory() as work:
    for line in open(os.path.join(source, "tests", "cli", "json_commands.txt")):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        # $SOURCE names the source tree, for the test data (tests/data) a line reads
        args = [a.replace("$SOURCE", source) for a in shlex.split(line)]
        commands.add(args[0])
        p = subprocess.run([binary] + args, capture_output=True, text=True, cwd=work)
        if p.returncode != 0:
            failures.append(f"'{line}': exit {p.returncode}: {p.stderr[:300]}")
            continue
        try:
            doc = json.loads(p.stdout)
        except json.JSONDecodeError as e:
            failures.append(f"'{line}': not one JSON document: {e}")
            continue
        if not isinstance(doc, dict):
            failures.append(f"'{line}': a {type(doc).__name__}, not an object")
            continue
        name = doc.get("schema")
        if doc.get("mechgraph_version") != version:
            failures.append(f"'{line}': mechgraph_version {doc.get('mechgraph_version')!r}, expected {version!r}")
        if name not in validators:
            failures.append(f"'{line}': schema {name!r} has no docs/schemas/{name}.schema.json")
            continue
        used.add(name)
        for err in validators[name].iter_errors(doc):
            failures.append(f"'{line}': {err.json_path}: {err.message[:200]}")

for name in sorted(set(validators) - used):
    failures.append(f"docs/schemas/{name}.schema.json: no command in json_commands.txt writes it")
listed = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
in_help, on = set(), False
for row in listed.splitlines():
    if row == "commands:":
        on = True
    elif on and row.startswith("  "):
        in_help.add(row.split()[0])
    elif on:
        break
for c in sorted(in_help - commands - {"export", "render"}):
    failures.append(f"command {c}: no --json output checked (tests/cli/json_commands.txt)")

for f in failures:
    print("FAIL:", f)
print(f"{len(used)} schemas, {len(commands)} commands checked; {len(failures)} failures")
sys.exit(1 if failures else 0)
