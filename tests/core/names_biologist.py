#!/usr/bin/env python3
"""Runs tests/core/names_biologist.tsv through `mechgraph show NAME --json`: each name must find
its intended node, and each AMBIGUOUS name must fail and list every candidate id. Reports every
row that does not; exit 1 if any. CTest runs it (names_biologist_table): the acceptance table for
issue 17's name lookup.

usage: names_biologist.py MECHGRAPH [--graph FILE]
"""
import json
import subprocess
import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "names_biologist.tsv"


def main():
    binary = sys.argv[1]
    extra = sys.argv[2:]
    found = ambiguous = rows = arows = 0
    problems = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        name, want = cells[0], cells[1]
        r = subprocess.run([binary, "show", name, "--json"] + extra, capture_output=True, text=True)
        message = " ".join(r.stderr.split())
        if want == "AMBIGUOUS":
            arows += 1
            candidates = cells[3].split(";")
            if r.returncode != 0 and "ambiguous" in message.lower() and all(c in message for c in candidates):
                ambiguous += 1
            else:
                problems.append(f"{name}: should be ambiguous among {', '.join(candidates)}: exit {r.returncode} {message}")
            continue
        rows += 1
        got = json.loads(r.stdout)["id"] if r.returncode == 0 else None
        if got == want:
            found += 1
        else:
            problems.append(f"{name}: wants {want}, got {got or 'nothing'} {message}")
    print(f"{found}/{rows} names find their node; {ambiguous}/{arows} ambiguous names list their candidates")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
