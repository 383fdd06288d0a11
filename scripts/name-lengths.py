#!/usr/bin/env python3
"""The longest names (ids, labels, synonyms) in the graphs mechgraph is meant to read, in bytes of
UTF-8: the curated graph (and its longest text), and the real data sets in ../shared/data when they
are there (Hetionet, miRTarBase, PathLinker and NetPath). docs/reliability.md quotes its output to
justify MG_NAME_MAX and MG_TEXT_MAX.

usage: scripts/name-lengths.py
"""
import csv
import glob
import gzip
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")


def shown(name):
    return name if len(name) <= 70 else name[:67] + "..."


def report(what, names):
    longest = max(names, key=lambda s: len(s.encode()), default="")
    print(f"{len(longest.encode()):6d}  {what}: {shown(longest)}")
    return len(longest.encode())


def table(path, columns, delimiter="\t", skip_comments=True):
    """The values of the named columns (0-based numbers, or header names) of a text table."""
    opener = gzip.open if path.endswith(".gz") else open
    values = {c: [] for c in columns}
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        rows = csv.reader((ln for ln in f if not (skip_comments and ln.startswith("#"))), delimiter=delimiter)
        header = None
        for row in rows:
            if header is None and any(isinstance(c, str) for c in columns):
                header = row
                continue
            for c in columns:
                i = header.index(c) if isinstance(c, str) else c
                if i < len(row) and row[i]:
                    values[c].append(row[i])
    return values


def main():
    longest = 0
    g = json.load(open(os.path.join(ROOT, "graphs", "imsc_ev.json"), encoding="utf-8"))
    longest = max(longest, report("graphs/imsc_ev.json ids", [n["id"] for n in g["nodes"]]))
    longest = max(longest, report("graphs/imsc_ev.json labels", [n.get("label", "") for n in g["nodes"]]))
    longest = max(longest, report("graphs/imsc_ev.json synonyms", [s for n in g["nodes"] for s in n.get("synonyms", [])]))
    texts = [r.get(k, "") for r in g.get("references", []) for k in ("citation", "note")]
    texts += [x.get("note", "") for x in g["nodes"] + g["edges"]]
    texts += [ev.get(k, "") for e in g["edges"] for ev in e.get("evidence", []) for k in ("note", "where", "cell")]
    report("graphs/imsc_ev.json texts (citations, notes), not names", texts)
    if not os.path.isdir(DATA):
        print(f"SKIPPED: {DATA} is absent; the real data sets were not measured")
        return
    het = os.path.join(DATA, "hetionet-v1.0")
    nodes = table(os.path.join(het, "hetionet-v1.0-nodes.tsv.gz"), ["id", "name"])
    longest = max(longest, report("Hetionet node ids", nodes["id"]))
    longest = max(longest, report("Hetionet node names", nodes["name"]))
    edges = table(os.path.join(het, "hetionet-v1.0-edges-AGCD16.sif.gz"), ["source", "target"])
    longest = max(longest, report("Hetionet edge ends", edges["source"] + edges["target"]))
    mir = table(os.path.join(DATA, "mirtarbase-strong-evidence", "hsa_MTI_strong_edges.tsv.gz"), ["mirna", "target_symbol"])
    longest = max(longest, report("miRTarBase miRNAs and targets", mir["mirna"] + mir["target_symbol"]))
    ends = []
    for path in sorted(glob.glob(os.path.join(DATA, "pathlinker-netpath", "**", "*.txt*"), recursive=True)):
        # edge lists and node tables only: the source and target files are accessions on one line,
        # and the published outputs list whole paths in a column
        base = os.path.basename(path)
        if "test-files" in path or not ("-net" in base or "node" in base):
            continue
        cols = table(path, [0, 1])
        ends += cols[0] + cols[1]
    longest = max(longest, report("PathLinker and NetPath edge lists and node tables", ends))
    print(f"longest name of all: {longest} bytes")


if __name__ == "__main__":
    sys.exit(main())
