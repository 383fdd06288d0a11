#!/usr/bin/python3
"""Safe output: labels, ids, citations and notes that try to inject (formulas, quotes and
backslashes, "]]>", "</script>", DOT keywords, tabs and line breaks; tests/data/inject.json)
come back from every writer as the same strings, or in the documented neutral form
(docs/reliability.md, "Safe output"), read by independent parsers: Python's json, csv and XML
parsers and networkx. DOT is read back by cgraph in tests/io/test_safe_output.c.

tests/data/inject_controls.json puts control characters in the text fields (notes, citations,
DOIs), which XML cannot hold: every XML output must still parse, with U+FFFD in their place.

usage: safe_output.py MECHGRAPH DATA_DIR
"""
import csv
import io
import html
import json
import re
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

MECHGRAPH, DATA = sys.argv[1], sys.argv[2]
INJECT = os.path.join(DATA, "inject.json")
CONTROLS = os.path.join(DATA, "inject_controls.json")
failures = []
GML = "{http://graphml.graphdrawing.org/xmlns}"
SVG = "{http://www.w3.org/2000/svg}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(args, expect=0):
    out = subprocess.run([MECHGRAPH] + args, capture_output=True)
    if expect is not None and out.returncode != expect:
        fail(f"{' '.join(args)}: exit {out.returncode}: {out.stderr.decode(errors='replace')[:300]}")
    return out


def same(label, got, want):
    if got != want:
        fail(f"{label}: {got!r}, expected {want!r}")


# the documented neutral forms
def tsv_cell(s):
    """TSV and SIF: tab, LF and CR would split a cell: they become spaces."""
    return "".join(" " if c in "\t\n\r" else c for c in (s or ""))


src = json.load(open(INJECT, encoding="utf-8"))
nodes = {n["id"]: n for n in src["nodes"]}
refs = {r["id"]: r for r in src["references"]}
tmp = tempfile.mkdtemp()


def cited(e, field):
    seen = []
    for x in e.get("evidence", []):
        v = x["ref"] if field == "id" else refs[x["ref"]].get("doi")
        if v is not None and v not in seen:
            seen.append(v)
    return seen


def xrefs(n):
    return [f"{k}:{v}" for k, v in n.get("xrefs", {}).items()]


def path(name):
    return os.path.join(tmp, name)


# ---- mechgraph JSON and Cytoscape.js JSON: the json module, exact ----
run(["export", "--graph", INJECT, "-o", path("g.json")])
back = json.load(open(path("g.json"), encoding="utf-8"))
for k in ("name", "description"):
    same(f"json {k}", back.get(k), src.get(k))
# (a label equal to the id is left out)
same("json nodes", [(n["id"], n.get("label", n["id"]), n.get("synonyms", []), n.get("xrefs", {}), n.get("note")) for n in back["nodes"]],
     [(n["id"], n.get("label", n["id"]), n.get("synonyms", []), n.get("xrefs", {}), n.get("note")) for n in src["nodes"]])
same("json edges", [(e["source"], e["target"], e.get("note"), [(x["ref"], x.get("where"), x.get("note")) for x in e.get("evidence", [])])
                    for e in back["edges"]],
     [(e["source"], e["target"], e.get("note"), [(x["ref"], x.get("where"), x.get("note")) for x in e.get("evidence", [])])
      for e in src["edges"]])
same("json references", [(r["id"], r["citation"], r.get("doi")) for r in back["references"]],
     [(r["id"], r["citation"], r.get("doi")) for r in src["references"]])

run(["export", "--graph", INJECT, "-o", path("g.cyjs")])
cy = json.load(open(path("g.cyjs"), encoding="utf-8"))
same("cyjs nodes", [(d["data"]["id"], d["data"]["name"], d["data"].get("note")) for d in cy["elements"]["nodes"]],
     [(n["id"], n.get("label", n["id"]), n.get("note")) for n in src["nodes"]])
same("cyjs edges", [(d["data"]["source"], d["data"]["target"], d["data"].get("note")) for d in cy["elements"]["edges"]],
     [(e["source"], e["target"], e.get("note")) for e in src["edges"]])
same("cyjs graph", (cy["data"].get("name"), cy["data"].get("description")), (src["name"], src["description"]))

# ---- GraphML: an XML parser and networkx, exact ----
run(["export", "--graph", INJECT, "-o", path("g.graphml")])
root = ET.parse(path("g.graphml")).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(GML + "key")}


def data_of(el):
    return {keys[d.get("key")]: d.text or "" for d in el.findall(GML + "data")}


got_nodes = [(n.get("id"), data_of(n)) for n in root.iter(GML + "node")]
same("graphml node ids", [i for i, _ in got_nodes], [n["id"] for n in src["nodes"]])
for i, d in got_nodes:
    n = nodes.get(i, {})
    want = {"label": n.get("label", i), "type": n.get("type"), "synonyms": "|".join(n.get("synonyms", [])),
            "xrefs": "|".join(xrefs(n)), "note": n.get("note", "")}
    same(f"graphml node {i!r}", {k: d.get(k, "") for k in want}, want)
for el, e in zip(root.iter(GML + "edge"), src["edges"]):
    d = data_of(el)
    same(f"graphml edge {e['source']!r}", (el.get("source"), el.get("target"), d.get("note", ""), d.get("references", ""), d.get("dois", "")),
         (e["source"], e["target"], e.get("note", ""), "|".join(cited(e, "id")), "|".join(cited(e, "doi"))))
G = nx.read_graphml(path("g.graphml"))
same("networkx graphml nodes", sorted(G.nodes), sorted(nodes))
same("networkx graphml labels", {v: a.get("label") for v, a in G.nodes(data=True)},
     {i: n.get("label", i) for i, n in nodes.items()})
same("networkx graphml name", G.graph.get("name"), src["name"])

# ---- SIF and TSV: the csv module, tab-separated, no quoting; a cell per column on every row.
# SIF has no header (Cytoscape's rule) and ends with the nodes without an edge, one per line ----
linked = {e["source"] for e in src["edges"]} | {e["target"] for e in src["edges"]}
lone = [[tsv_cell(n["id"])] for n in src["nodes"] if n["id"] not in linked]
for fmt, header in (("sif", None),
                    ("tsv", ["source", "target", "relation", "relation_sign", "weight", "evidence_count", "references", "dois"])):
    run(["export", "--graph", INJECT, "-o", path("g." + fmt)])
    with open(path("g." + fmt), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if header:
        same(f"{fmt} header", rows[0], header)
        rows = rows[1:]
    else:
        header = ["source", "relation", "target"]
        same(f"{fmt} lone nodes", rows[len(src["edges"]):], lone)
        rows = rows[:len(src["edges"])]
    same(f"{fmt} rows", len(rows), len(src["edges"]))
    for r, e in zip(rows, src["edges"]):
        if len(r) != len(header):
            fail(f"{fmt}: a row of {len(r)} cells: {r}")
            continue
        cell = dict(zip(header, r))
        want = {"source": tsv_cell(e["source"]), "target": tsv_cell(e["target"]), "relation": e["relation"]}
        if fmt == "tsv":
            want.update(references=tsv_cell("|".join(cited(e, "id"))), dois=tsv_cell("|".join(cited(e, "doi"))))
        same(f"{fmt} row {e['source']!r}", {k: cell[k] for k in want}, want)


# ---- Neo4j's CSVs: every value stored exactly (a database import, not a spreadsheet: no formula
# guard), lists split by the array delimiter import.sh names, which no item holds; a DOI holding
# ';' (as SICI DOIs do) stays one item; an empty value is an empty unquoted cell (no property) ----
def neo4j_check(label, graph_file):
    g = json.load(open(graph_file, encoding="utf-8"))
    d = path("neo4j-" + label)
    run(["export", "--graph", graph_file, "--to", "neo4j", "-o", d])
    script = open(os.path.join(d, "import.sh"), encoding="utf-8").read()
    delim = script.split("--array-delimiter=")[1].split()[0]
    delim = "\x1f" if delim == "U+001F" else delim.strip("'")
    for name in ("nodes.csv", "edges.csv"):
        raw = open(os.path.join(d, name), encoding="utf-8").read()
        if ',"",' in raw or ',""\n' in raw:
            fail(f"neo4j {label} {name}: an empty value written as a quoted empty string (stored as '')")
    with open(os.path.join(d, "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    same(f"neo4j {label} nodes", len(rows), len(g["nodes"]))
    for r, n in zip(rows, g["nodes"]):
        got = {k: (r[k].split(delim) if k.endswith("[]") and r[k] else r[k]) for k in r}
        want = {"id:ID": n["id"], "label": n.get("label", n["id"]), "type": n["type"],
                "synonyms:string[]": n.get("synonyms", []) or "", "xrefs:string[]": xrefs(n) or "",
                "note": n.get("note", ""), ":LABEL": r[":LABEL"]}
        same(f"neo4j {label} node {n['id']!r}", {k: got[k] for k in want}, want)
        same(f"neo4j {label} labels", r[":LABEL"].split(delim), ["Entity", n["type"].capitalize()])
    with open(os.path.join(d, "edges.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ids = {n["id"] for n in g["nodes"]}
    for r, e in zip(rows, g["edges"]):
        got = {k: (r[k].split(delim) if k.endswith("[]") and r[k] else r[k]) for k in r}
        rs = {x["id"]: x for x in g["references"]}
        refs_ = list(dict.fromkeys(x["ref"] for x in e.get("evidence", [])))
        dois = [rs[x]["doi"] for x in refs_ if rs[x].get("doi")]
        want = {":START_ID": e["source"], ":END_ID": e["target"], "references:string[]": refs_ or "",
                "dois:string[]": dois or "", "note": e.get("note", "")}
        same(f"neo4j {label} edge {e['source']!r}", {k: got[k] for k in want}, want)
        if r[":START_ID"] not in ids or r[":END_ID"] not in ids:
            fail(f"neo4j {label}: edge ends {r[':START_ID']!r} -> {r[':END_ID']!r} match no node id")
        if r["sign:int"] not in ("-1", "0", "1"):
            fail(f"neo4j {label}: sign {r['sign:int']!r} is not a plain number")
    return delim


same("neo4j delimiter", neo4j_check("inject", INJECT), ";")
# the same graph with a DOI holding ';' and a synonym holding '|': the delimiter is then U+001F
semi = json.load(open(INJECT, encoding="utf-8"))
semi["references"][1]["doi"] = "10.1002/(SICI)1097-4636(199603)31:3<333::AID-JBM7>3.0.CO;2-P"
semi["nodes"][0]["synonyms"].append("a|b")
with open(path("semi.json"), "w", encoding="utf-8") as f:
    json.dump(semi, f)
same("neo4j delimiter with ';' and '|' in items", neo4j_check("semi", path("semi.json")), "\x1f")

# ---- SVG and HTML: an XML parser; every label drawn as it is, nothing executable ----
def executable(root):
    bad = [e.tag for e in root.iter() if e.tag.split("}")[-1].lower() in ("script", "iframe", "object", "embed", "foreignobject")]
    bad += [k for e in root.iter() for k in e.attrib if k.split("}")[-1].lower().startswith("on")]
    bad += [v for e in root.iter() for k, v in e.attrib.items() if k.endswith("href") and v.strip().lower().startswith("javascript:")]
    return bad


def explorer(file):
    """The explorer page (docs/render.md) as (its <noscript> SVG, its data, its title), or None for
    a static page (a build without Cytoscape.js), which is XHTML."""
    page = open(file, encoding="utf-8").read()
    if 'id="mg-data"' not in page:
        return None
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", page, re.S)
    svg = re.search(r"<noscript>.*?(<svg\b.*</svg>).*?</noscript>", page, re.S)
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    if len(scripts) != 3 or "<" in scripts[0]:
        fail(f"{file}: not the explorer's three scripts, or a '<' in its data")
    return (ET.fromstring(svg.group(1)) if svg else None, json.loads(scripts[0]),
            html.unescape(title.group(1)) if title else None)


for fmt, layout in (("svg", "dot"), ("svg", "neato"), ("html", "dot")):
    out = path(f"r.{layout}.{fmt}")
    run(["render", "--graph", INJECT, "-o", out, "--layout", layout, "--title", src["description"]])
    page = explorer(out) if fmt == "html" else None
    if page:
        if page[0] is None:
            fail("html: no SVG inside <noscript>")
            continue
        same("html title", page[2], src["description"])
        same("html labels in the data", sorted(n["label"] for n in page[1]["nodes"]),
             sorted(n.get("label", n["id"]) for n in src["nodes"]))
        values = [v for e in page[1]["edges"] for ev in e["ev"] for v in ev.values() if isinstance(v, str)]
        for text in ("@Fig 1", "-cancer", "\tFig 2", "Sjögren's <syndrome>"):
            if not any(text in v for v in values):
                fail(f"html: evidence {text!r} not in the page's data as it is")
    try:
        root = page[0] if page else ET.parse(out).getroot()
    except ET.ParseError as e:
        fail(f"{fmt} ({layout}): not well-formed XML: {e}")
        continue
    if executable(root):
        fail(f"{fmt} ({layout}): something executable: {executable(root)}")
    texts = ["".join(e.itertext()) for e in root.iter() if e.tag.endswith("}text")]
    for n in src["nodes"]:
        if n.get("label", n["id"]) not in texts:
            fail(f"{fmt} ({layout}): label {n.get('label')!r} not drawn as it is")
    titles = ["".join(g.find(SVG + "title").itertext()) for g in root.iter(SVG + "g")
              if "node" in (g.get("class") or "").split() and g.find(SVG + "title") is not None]
    missing = [i for i in nodes if i not in titles]
    if missing:
        fail(f"{fmt} ({layout}): node titles missing or changed: {missing}")
    if fmt == "html" and not page:
        same("html title", "".join(root.find(f"{XHTML}head/{XHTML}title").itertext()), src["description"])
        cells = [["".join(td.itertext()) for td in tr.findall(XHTML + "td")] for tr in root.iter(XHTML + "tr")]
        cells = [c for c in cells if len(c) == 4]  # the edges' table: source, relation, target, evidence
        same("html edge ends", [(c[0], c[2]) for c in cells], [(e["source"], e["target"]) for e in src["edges"]])
        evidence = " ".join(c[3] for c in cells)
        for text in ("@Fig 1", "-cancer", "\tFig 2", "Sjögren's <syndrome>"):
            if text not in evidence:
                fail(f"html: evidence {text!r} not shown as it is")

# ---- DOT: exported and drawn (cgraph reads it back in test_safe_output.c) ----
for args in (["export", "--graph", INJECT, "--to", "dot", "-o", path("g.dot")],
             ["render", "--graph", INJECT, "-o", path("r.dot")]):
    run(args)

# ---- the command line's JSON: exact ----
listed = json.loads(run(["nodes", "--graph", INJECT, "--json"]).stdout)
same("nodes --json", sorted((n["id"], n["label"]) for n in listed["nodes"]),
     sorted((i, n.get("label", i)) for i, n in nodes.items()))
for i in ("-1", "+", "=cmd|' /C calc'!A0", "ends\\", "back\\\"quote", "</script>"):
    shown = json.loads(run(["show", "--graph", INJECT, "--json", "--", i]).stdout or "{}")
    same(f"show --json {i!r}", (shown.get("id"), shown.get("label")), (i, nodes[i].get("label", i)))
found = json.loads(run(["path", "--graph", INJECT, "--json", "--", "=cmd|' /C calc'!A0", "-"]).stdout or "{}")
same("path --json nodes", [p["nodes"] for p in found.get("paths", [])], [["=cmd|' /C calc'!A0", "+1", "-1", "-"]])

# ---- control characters in text fields: XML still parses, U+FFFD in their place ----
check = run(["validate", CONTROLS], expect=None)
if check.returncode != 0:
    print("SKIPPED: the readers refuse", CONTROLS, "so no writer meets control characters:",
          check.stdout.decode(errors="replace").strip()[:200])
else:
    ctl = json.load(open(CONTROLS))
    note = ctl["nodes"][0]["note"]
    xml_note = "".join("\ufffd" if (ord(c) < 32 and c not in "\t\n\r") or c in "\ufffe\uffff" else c for c in note)
    run(["export", "--graph", CONTROLS, "-o", path("c.graphml")])
    try:
        G = nx.read_graphml(path("c.graphml"))
        same("graphml control characters", G.nodes["a"].get("note"), xml_note)
    except Exception as e:  # noqa: BLE001 - any parse failure is the finding
        fail(f"graphml with control characters: {e}")
    for fmt in ("svg", "html"):
        run(["render", "--graph", CONTROLS, "-o", path("c." + fmt)])
        try:
            if not (fmt == "html" and explorer(path("c." + fmt))):
                ET.parse(path("c." + fmt))
        except ET.ParseError as e:
            fail(f"{fmt} with control characters: not well-formed XML: {e}")
    for fmt in ("json", "cyjs"):  # JSON holds any character: exact
        run(["export", "--graph", CONTROLS, "-o", path("c." + fmt)])
        doc = json.load(open(path("c." + fmt), encoding="utf-8"))
        first = doc["nodes"][0] if fmt == "json" else doc["elements"]["nodes"][0]["data"]
        same(f"{fmt}: the note with control characters", first.get("note"), note)
    run(["export", "--graph", CONTROLS, "-o", path("c.tsv")])
    rows = list(csv.reader(open(path("c.tsv"), newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
    if any(len(r) != 8 for r in rows):
        fail(f"tsv with control characters: rows of {[len(r) for r in rows]} cells")

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
