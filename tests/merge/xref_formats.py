#!/usr/bin/python3
"""One gene given in five formats, under five ids and four spellings of its databases, merged
into one node by xref (issue 19): TGFB1 as `TGF-beta1` with `ncbigene:7040` in mechgraph JSON
(xref_curated.json), as `TGFB1_gene` with Pathway Commons' `ncbi gene:7040` and `uniprot
knowledgebase:P01137` in an extended SIF (xref_pc.sif), as the UniProt accession `P01137` in
OmniPath's interactions table (xref_omnipath.tsv), as INDRA's `TGFB1` with db_refs HGNC, UP and
EGID (indra_statements.json), and as an SBML-qual species with an identifiers.org annotation
(ginsim_qual.sbml). Every spelling goes through core/xref_prefix.c.

usage: xref_formats.py MECHGRAPH DATA_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

MECHGRAPH, DATA = sys.argv[1], sys.argv[2]
INPUTS = ["xref_curated.json", "xref_pc.sif", "xref_omnipath.tsv", "indra_statements.json", "ginsim_qual.sbml"]
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL:", msg)


out = os.path.join(tempfile.mkdtemp(), "merged.json")
run = subprocess.run([MECHGRAPH, "merge", *INPUTS, "-o", out, "--json"], capture_output=True, text=True, cwd=DATA)
check(run.returncode == 0, f"merge: exit {run.returncode}: {run.stderr.strip()[:300]}")
report = json.loads(run.stdout)
merged = json.load(open(out))
tgfb1 = [n for n in merged["nodes"] if n.get("xrefs", {}).get("ncbigene") == "7040" or
         n.get("xrefs", {}).get("uniprot") == "P01137"]
check(len(tgfb1) == 1, f"TGFB1 is {len(tgfb1)} nodes: {[n['id'] for n in tgfb1]}")
node = tgfb1[0]["id"] if tgfb1 else None
check(tgfb1 and tgfb1[0]["xrefs"] == {"ncbigene": "7040", "uniprot": "P01137", "hgnc": "11766"},
      f"its xrefs: {tgfb1[0].get('xrefs') if tgfb1 else None}")
keys = {a["key"] for a in report["alignments"] if a["rule"] == "xref" and a["node"] == node}
check({"ncbigene:7040", "uniprot:P01137"} <= keys, f"aligned by xref on {sorted(keys)}")
origins = {e["origin"] for e in merged["edges"] if node in (e["source"], e["target"])}
check(origins == set(INPUTS), f"its edges come from {sorted(origins)}")
smad3 = [n["id"] for n in merged["nodes"] if n.get("xrefs", {}).get("uniprot") == "P84022"]
check(len(smad3) == 1, f"SMAD3 (OmniPath's P84022, INDRA's and SBML's SMAD3) is {smad3}")
print(f"{len(merged['nodes'])} nodes, {len(merged['edges'])} edges; TGFB1 is '{node}', aligned on {sorted(keys)}")
sys.exit(1 if failures else 0)
