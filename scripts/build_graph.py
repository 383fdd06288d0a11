#!/usr/bin/env python3
"""Builds graphs/imsc_ev.json, the built-in graph, from the curated parts in graphs/parts/.

Each part is a mechgraph-1 graph read from one review (or one part of it). The union:
- references by id (the same id must carry the same DOI; the entry with a DOI wins);
- nodes by id (the same id must have the same type; synonyms and xrefs are united);
- edges by (source, target, relation): one edge, the evidence of every part that reports it;
- comparisons by (a, b, aspect or aspect_text, direction): one record, the evidence of every part
  that reports it. Their a, b, aspect and evidence disease must be nodes of the union, their refs
  references of it, their direction greater, less or similar.
Parallel edges with different relations (iMSC increases Th17 / iMSC decreases Th17) stay apart:
disagreement between studies is kept, never resolved here.
No name (id, label or synonym, compared as mechgraph's lookup compares them) may belong to two
nodes: a synonym must say which node it means.

usage: scripts/build_graph.py [--check]   (--check: fail if graphs/imsc_ev.json is out of date)
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ["zhou2024_imsc.json", "zhou2024_ev.json", "aldoghachi2023.json", "comparisons.json"]
OUT = ROOT / "graphs" / "imsc_ev.json"
CAUTIONS = ROOT / "graphs" / "cautions.json"

DESCRIPTION = (
    "Mechanisms of iPSC-derived mesenchymal stem cells (iMSCs) and their extracellular vesicles "
    "(iMSC-EVs, iMSC-exosomes), curated from two reviews: Zhou et al. 2024 (Front Bioeng Biotechnol "
    "12:1434465; sections 2.1, 2.2, 3.2, Tables 1 and 2) and Aldoghachi et al. 2023 (J Chin Med Assoc "
    "86:356-365; sections 1.5, 2, 6 and 7, Tables 1, 3 and 4). Every edge cites the primary study as the "
    "review gives it and where in the review it was read. Vague statements are unsigned "
    "(associated_with, regulates) with a note. The comparisons hold every comparative finding of both "
    "reviews (iMSCs and their vesicles against other sources, variants against their parents), each "
    "with the direction the review words. Built from graphs/parts/ by scripts/build_graph.py."
)


def fail(msg):
    sys.exit(f"build_graph: {msg}")


def join_notes(a, b):
    if not a:
        return b
    if not b or b in a:
        return a
    return a + " | " + b


DIRECTIONS = ("greater", "less", "similar")


def comparison_key(c):
    return (c["a"], c["b"], c.get("aspect") or "", c.get("aspect_text") or "", c["direction"])


def merge(parts):
    refs, nodes, edges, comparisons = {}, {}, {}, {}
    for name, g in parts:
        for r in g.get("references", []):
            old = refs.get(r["id"])
            if old is None:
                refs[r["id"]] = dict(r)
                continue
            if old.get("doi") and r.get("doi") and old["doi"] != r["doi"]:
                fail(f"{name}: reference {r['id']} has DOI {r['doi']}, another part {old['doi']}")
            if r.get("doi") and not old.get("doi"):
                r = dict(r)
                r["note"] = join_notes(r.get("note"), old.get("note"))
                refs[r["id"]] = r
            else:
                old["note"] = join_notes(old.get("note"), r.get("note"))
                if not old["note"]:
                    del old["note"]
        for n in g["nodes"]:
            old = nodes.get(n["id"])
            if old is None:
                nodes[n["id"]] = json.loads(json.dumps(n))
                continue
            if old["type"] != n["type"]:
                fail(f"{name}: node {n['id']} is a {n['type']}, another part says {old['type']}")
            label = old.get("label", old["id"])
            for s in [n.get("label")] + n.get("synonyms", []):
                if s and s != label and s != old["id"] and s not in old.setdefault("synonyms", []):
                    old["synonyms"].append(s)
            for k, v in n.get("xrefs", {}).items():
                if old.setdefault("xrefs", {}).get(k, v) != v:
                    fail(f"{name}: node {n['id']} xref {k}={v}, another part {old['xrefs'][k]}")
                old["xrefs"][k] = v
            note = join_notes(old.get("note"), n.get("note"))
            if note:
                old["note"] = note
        for e in g["edges"]:
            key = (e["source"], e["target"], e["relation"])
            old = edges.get(key)
            if old is None:
                edges[key] = json.loads(json.dumps(e))
                continue
            for ev in e.get("evidence", []):
                if ev not in old.setdefault("evidence", []):
                    old["evidence"].append(ev)
            note = join_notes(old.get("note"), e.get("note"))
            if note:
                old["note"] = note
        for i, c in enumerate(g.get("comparisons", [])):
            if ("aspect" in c) == ("aspect_text" in c):
                fail(f"{name}: comparisons[{i}] needs exactly one of aspect and aspect_text")
            if c.get("direction") not in DIRECTIONS:
                fail(f"{name}: comparisons[{i}] has direction {c.get('direction')!r}, not one of {', '.join(DIRECTIONS)}")
            if not c.get("evidence"):
                fail(f"{name}: comparisons[{i}] ({c['a']} / {c['b']}) has no evidence")
            key = comparison_key(c)
            old = comparisons.get(key)
            if old is None:
                comparisons[key] = json.loads(json.dumps(c))
                continue
            for ev in c["evidence"]:
                if ev not in old["evidence"]:
                    old["evidence"].append(ev)
            note = join_notes(old.get("note"), c.get("note"))
            if note:
                old["note"] = note
    return refs, nodes, edges, comparisons


def check_comparisons(refs, nodes, comparisons):
    """Fails when a comparison names a node, disease or reference the union lacks."""
    for c in comparisons.values():
        what = f"comparison {c['a']} / {c['b']} ({c.get('aspect') or c.get('aspect_text')})"
        for role in ("a", "b", "aspect"):
            if role in c and c[role] not in nodes:
                fail(f"{what}: {role} '{c[role]}' is not a node")
        if c["a"] == c["b"]:
            fail(f"{what}: a and b are the same node")
        for ev in c["evidence"]:
            for k in ("ref", "review"):
                if k in ev and ev[k] not in refs:
                    fail(f"{what}: evidence {k} '{ev[k]}' is not a reference")
            if "disease" in ev and ev["disease"] not in nodes:
                fail(f"{what}: evidence disease '{ev['disease']}' is not a node")


def evidence_matches(rule, ends, ev):
    """ends: the nodes a rule's 'touches' may name (an edge's source and target; a comparison's a, b
    and aspect)."""
    for key, value in rule.items():
        if key == "touches":
            if value not in ends:
                return False
        elif key not in ("ref", "review", "where"):
            fail(f"cautions.json: unknown match key '{key}'")
        elif ev.get(key) != value:
            return False
    return True


def add_cautions(refs, edges, comparisons):
    """Puts each caution of graphs/cautions.json on the evidence (of edges and comparisons) or the
    reference it matches; a rule matching nothing is an error, so a caution cannot silently stop
    applying."""
    rules = json.loads(CAUTIONS.read_text())
    holders = [((e["source"], e["target"]), e) for e in edges.values()]
    holders += [((c["a"], c["b"], c.get("aspect")), c) for c in comparisons.values()]
    for rule in rules["evidence"]:
        caution = {"code": rule["code"], "text": rule["text"]}
        hits = 0
        for ends, e in holders:
            for ev in e.get("evidence", []):
                if evidence_matches(rule["match"], ends, ev) and caution not in ev.get("cautions", []):
                    ev.setdefault("cautions", []).append(caution)
                    hits += 1
        if not hits:
            fail(f"cautions.json: the {rule['code']} caution {rule['match']} matches no evidence")
    for rule in rules["references"]:
        ref = refs.get(rule["match"]["ref"])
        if ref is None:
            fail(f"cautions.json: no reference '{rule['match']['ref']}'")
        ref.setdefault("cautions", []).append({"code": rule["code"], "text": rule["text"]})
# Name normalisation as mechgraph's lookup does it (src/lib/names.c): case, separators (spaces,
# hyphens and dashes, underscores, dots, apostrophes), Greek letters spelled out, Latin-1 accents
# folded. Two nodes that share a normalised name make that name ambiguous.
GREEK = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
         "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
LATIN1 = ("a a a a a a ae c e e e e i i i i d n o o o o o * o u u u u y th ss "
          "a a a a a a ae c e e e e i i i i d n o o o o o * o u u u u y th y").split()
SEPARATORS = set(map(ord, " -_.\t'")) | {0xA0, 0xAD, 0x2019, 0x2212} | set(range(0x2010, 0x2016))


def name_key(name):
    out = []
    for ch in name:
        cp = ord(ch)
        if cp in SEPARATORS:
            continue
        if 0x391 <= cp <= 0x3A9 and cp != 0x3A2:
            out.append(GREEK[cp - 0x391])
        elif 0x3B1 <= cp <= 0x3C9:
            out.append(GREEK[cp - 0x3B1])
        elif cp == 0xB5:
            out.append("mu")
        elif 0xC0 <= cp <= 0xFF and LATIN1[cp - 0xC0] != "*":
            out.append(LATIN1[cp - 0xC0])
        else:
            out.append(ch.lower() if cp < 0x80 else ch)
    return "".join(out)


def check_names(nodes):
    """Fails when one name (id, label or synonym, normalised) belongs to two nodes."""
    owners = {}
    for n in nodes.values():
        for s in [n["id"], n.get("label", n["id"])] + n.get("synonyms", []):
            owners.setdefault(name_key(s), {}).setdefault(n["id"], s)
    clashes = [f"'{next(iter(o.values()))}' names {', '.join(sorted(o))}" for o in owners.values() if len(o) > 1]
    if clashes:
        fail("ambiguous names (each must belong to one node):\n  " + "\n  ".join(sorted(clashes)))


def main():
    parts = [(p, json.loads((ROOT / "graphs" / "parts" / p).read_text())) for p in PARTS]
    refs, nodes, edges, comparisons = merge(parts)
    check_comparisons(refs, nodes, comparisons)
    add_cautions(refs, edges, comparisons)
    check_names(nodes)
    # the reviews first, then the primary studies by id: a stable, readable order
    reviews = [r for r in ("zhou2024", "aldoghachi2023") if r in refs]
    ref_list = [refs[r] for r in reviews] + [refs[k] for k in sorted(refs) if k not in reviews]
    graph = {
        "format": "mechgraph-1",
        "name": "imsc_ev",
        "description": DESCRIPTION,
        "references": ref_list,
        "nodes": list(nodes.values()),
        "edges": list(edges.values()),
    }
    if comparisons:
        graph["comparisons"] = list(comparisons.values())
    text = json.dumps(graph, indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text() != text:
            fail("graphs/imsc_ev.json is out of date: run scripts/build_graph.py")
        print(f"graphs/imsc_ev.json is up to date ({len(nodes)} nodes, {len(edges)} edges, "
              f"{len(comparisons)} comparisons, {len(ref_list)} references)")
        return
    tmp = OUT.with_suffix(".json.tmp")
    tmp.write_text(text)
    tmp.replace(OUT)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(nodes)} nodes, {len(edges)} edges, {len(comparisons)} comparisons, "
          f"{len(ref_list)} references")


if __name__ == "__main__":
    main()
