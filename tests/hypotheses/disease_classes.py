#!/usr/bin/env python3
"""graphs/disease_classes.tsv is sourced: every row names a disease node of the curated graph, its
doid is the node's own `doid` xref, and its source is "curator" or that doid; every disease of the
graph is classified or listed as not classified in the header. With Hetionet's files, every doid is
a Hetionet Disease node, and a doid-sourced membership is shown there as the note says: `name "X"`
(Hetionet's name for it, which states the class) or `resembles DOID:M` (a Hetionet resembles edge,
either way, to another doid-sourced member of the class). The graph checks always run; the Hetionet
ones skip (exit 77) without ../shared/data/hetionet-v1.0/."""
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hetionet_data import EDGES, NODES, ROOT  # noqa: E402

TABLE = ROOT / "graphs" / "disease_classes.tsv"
problems, rows, unclassified = [], [], set()
header = None
for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
    if line.startswith("# Not classified:"):
        unclassified.update(re.findall(r'"([^"]+)"', line))
    if not line or line.startswith("#"):
        continue
    f = line.split("\t")
    if header is None:
        header = f
        if f != ["disease", "doid", "class", "source", "note"]:
            problems.append(f"{number}: header {f}")
        continue
    if len(f) != 5 or not all(f[:4]):
        problems.append(f"{number}: expected 5 fields, the first four non-empty: {f}")
        continue
    rows.append((number, *f))

graph = json.loads((ROOT / "graphs" / "imsc_ev.json").read_text())
diseases = {n["id"]: n for n in graph["nodes"] if n.get("type") == "disease"}
for number, disease, doid, klass, source, note in rows:
    node = diseases.get(disease)
    if not node:
        problems.append(f"{number}: '{disease}' is not a disease node of graphs/imsc_ev.json")
        continue
    own = node.get("xrefs", {}).get("doid", "-")
    if doid != own:
        problems.append(f"{number}: doid {doid}, but the node's doid xref is {own}")
    if source != "curator" and source != doid:
        problems.append(f"{number}: source {source} is neither curator nor the row's doid")
    if not note.strip():
        problems.append(f"{number}: no note saying why")
classified = {r[1] for r in rows}
for d in sorted(set(diseases) - classified - unclassified):
    problems.append(f"'{d}' has no class and is not listed as not classified")
for d in sorted(unclassified & classified):
    problems.append(f"'{d}' is listed as not classified but has a class")

curator = sum(1 for r in rows if r[4] == "curator")
print(f"{len(rows)} memberships ({len(rows) - curator} by a Hetionet DOID, {curator} the curator's), "
      f"{len(classified)} of {len(diseases)} diseases classified")
if problems:
    print("\n".join(problems))
    sys.exit(1)
if not NODES.exists() or not EDGES.exists():
    print(f"SKIPPED: the Hetionet checks ({NODES.parent} is absent)")
    sys.exit(77)

names = {}
with gzip.open(NODES, "rt", encoding="utf-8") as f:
    for line in f:
        hid, name, kind = line.rstrip("\r\n").split("\t")
        if kind == "Disease":
            names[hid.split("::", 1)[1]] = name
resembles = set()
with gzip.open(EDGES, "rt", encoding="utf-8") as f:
    for line in f:
        a, meta, b = line.rstrip("\r\n").split("\t")
        if meta == "DrD":
            a, b = a.split("::", 1)[1], b.split("::", 1)[1]
            resembles.update({(a, b), (b, a)})
by_doid = {(r[2], r[3]) for r in rows if r[4] != "curator"}
for number, disease, doid, klass, source, note in rows:
    if doid != "-" and doid not in names:
        problems.append(f"{number}: {doid} is not a Hetionet Disease node")
        continue
    if source == "curator":
        continue
    m = re.fullmatch(r'name "([^"]+)"', note) or re.fullmatch(r"resembles (DOID:\d+)", note)
    if not m:
        problems.append(f"{number}: a doid-sourced row's note must be 'name \"X\"' or 'resembles DOID:N': {note}")
    elif note.startswith("name") and names[doid] != m.group(1):
        problems.append(f"{number}: Hetionet names {doid} '{names[doid]}', not '{m.group(1)}'")
    elif note.startswith("resembles") and (doid, m.group(1)) not in resembles:
        problems.append(f"{number}: Hetionet has no resembles edge between {doid} and {m.group(1)}")
    elif note.startswith("resembles") and (m.group(1), klass) not in by_doid:
        problems.append(f"{number}: {m.group(1)} is no doid-sourced member of '{klass}'")
print("\n".join(problems) or f"{len(rows)} memberships checked against Hetionet's node table and resembles edges")
sys.exit(1 if problems else 0)
