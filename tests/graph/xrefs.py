#!/usr/bin/env python3
"""Every Hetionet cross-reference of the curated graph names an existing Hetionet node; a gene's
xref is the gene of the same HGNC symbol and Entrez id. Skipped (exit 77) without the Hetionet
node table in ../shared/data/hetionet-v1.0/."""
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hetionet_data import NODES, ROOT, require  # noqa: E402

require(NODES)
het = {}
with gzip.open(NODES, "rt", encoding="utf-8") as f:
    for line in f:
        hid, name, kind = line.rstrip("\r\n").split("\t")
        het[hid] = (name, kind)
graph = json.loads((ROOT / "graphs" / "imsc_ev.json").read_text())
problems, checked = [], 0
for n in graph["nodes"]:
    x = n.get("xrefs", {})
    if "hetionet" not in x:
        continue
    checked += 1
    hid = x["hetionet"]
    if hid not in het:
        problems.append(f"{n['id']}: {hid} is not a Hetionet node")
    elif het[hid][1] == "Gene" and (het[hid][0] != n["id"] or x.get("ncbigene") != hid.split("::")[1]):
        problems.append(f"{n['id']}: {hid} is the gene {het[hid][0]}")
    elif het[hid][1] == "Disease" and x.get("doid") != hid.split("::")[1]:
        problems.append(f"{n['id']}: doid {x.get('doid')} differs from {hid}")
print("\n".join(problems) or f"{checked} Hetionet xrefs checked")
sys.exit(1 if problems else 0)
