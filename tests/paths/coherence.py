#!/usr/bin/python3
"""Context coherence (issue 16) recomputed from the graph file, not taken from the C code.

For each query, `mechgraph path FROM TO --json --limit 0` is run and every path it lists is
checked against a computation made here from the mechgraph-1 file alone (docs/paths.md, Context):
- a hop's edges are all the file's edges from one node to the next; its contexts are the diseases
  of their evidence, each named by the disease node it resolves to (id, label or synonym,
  normalised as mechgraph names are); evidence naming no disease, a hop without evidence, or a hop
  of structural edges only (is_a, part_of, derived_from), fits every context;
- coherent when one context fits every hop; contexts = those shared; a mixed path is cut greedily
  into segments, each bridge at the first hop of the next (1-based); studies = distinct studies of
  the evidence in each segment's contexts (or naming none);
- coherent paths come first;
- paths from a subtype (is_a, transitively) of FROM are marked via_subtype and pass through no
  other start;
- no coherent path into a disease carries the net sign opposite to what the source's direct
  alleviates/drives edges to that disease report (the disease's own studies).

usage: coherence.py MECHGRAPH GRAPH_JSON
"""
import json
import subprocess
import sys
import unicodedata

MECHGRAPH, GRAPH = sys.argv[1], sys.argv[2]
QUERIES = [("iMSC-EV", "renal I/R injury"), ("iMSC-EV", "IVDD"), ("iMSC-EV", "Sjögren's syndrome"),
           ("iMSC", "tumor growth"), ("iMSC", "cell proliferation"), ("iMSC-EV", "hepatic I/R injury"),
           ("iMSC-EV", "osteoarthritis"), ("iMSC", "IBD"), ("iMSC-EV", "skin wound"), ("iMSC", "breast cancer")]
SIGN = {"delivers": 1, "secretes": 1, "produces": 1, "activates": 1, "upregulates": 1, "increases": 1,
        "promotes": 1, "drives": 1, "inhibits": -1, "downregulates": -1, "decreases": -1, "alleviates": -1,
        "regulates": 0, "associated_with": 0, "is_a": 2, "part_of": 2, "derived_from": 2}
GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "μ": "mu"}
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def key(name):
    s = "".join(GREEK.get(c, c) for c in name.casefold())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c not in " -_.")


graph = json.load(open(GRAPH))
nodes = {n["id"]: n for n in graph["nodes"]}
by_name = {}
for n in graph["nodes"]:
    for tier, name in [(1, n["id"]), (2, n.get("label", n["id"]))] + [(3, s) for s in n.get("synonyms", [])]:
        by_name.setdefault(key(name), []).append((tier, n["id"]))


def resolve(word):
    if word in nodes:
        return word
    found = by_name.get(key(word), [])
    best = min((t for t, _ in found), default=None)
    ids = {i for t, i in found if t == best}
    return ids.pop() if len(ids) == 1 else word


edges_between = {}
for e in graph["edges"]:
    edges_between.setdefault((e["source"], e["target"]), []).append(e)


def hop_set(u, v):
    """(wild, names) of the hop u -> v."""
    wild, names = False, set()
    hop = edges_between.get((u, v), [])
    ev = [x for e in hop for x in e.get("evidence", [])]
    if all(SIGN[e["relation"]] == 2 for e in hop):
        wild = True  # a structural hop (is_a, part_of, derived_from) holds in any context
    for x in ev:
        if x.get("disease"):
            names.add(resolve(x["disease"]))
        else:
            wild = True
    return (wild or not ev), names


def meet(a, b):
    (wa, na), (wb, nb) = a, b
    names = {n for n in na if wb or n in nb} | ({n for n in nb} if wa else set())
    return wa and wb, names


def support_studies(path, first, last, ctx):
    wild, names = ctx
    refs = set()
    for h in range(first, last):
        for e in edges_between.get((path[h], path[h + 1]), []):
            for x in e.get("evidence", []):
                d = x.get("disease")
                if not d or wild or resolve(d) in names:
                    refs.add(x["ref"])
    return refs


def expected(path):
    hops = [hop_set(a, b) for a, b in zip(path, path[1:])]
    segments, start, cur = [], 0, hops[0]
    for h in range(1, len(hops) + 1):
        if h < len(hops):
            nxt = meet(cur, hops[h])
            if nxt[0] or nxt[1]:
                cur = nxt
                continue
        segments.append((start, h, cur))
        if h < len(hops):
            start, cur = h, hops[h]
    coherent = len(segments) == 1
    bridges = [{"hop": segments[i][0] + 1, "from": " / ".join(sorted(segments[i - 1][2][1])),
                "to": " / ".join(sorted(segments[i][2][1]))} for i in range(1, len(segments))]
    seg_studies = [len(support_studies(path, a, b, c)) for a, b, c in segments]
    refs = set().union(*(support_studies(path, a, b, c) for a, b, c in segments))
    return {"coherent": coherent, "contexts": sorted(segments[0][2][1]) if coherent else [],
            "bridges": bridges, "studies": len(refs), "segment_studies": seg_studies}


def subtypes_of(node):
    out, todo = set(), [node]
    while todo:
        n = todo.pop()
        for e in graph["edges"]:
            if e["relation"] == "is_a" and e["target"] == n and e["source"] not in out and e["source"] != node:
                out.add(e["source"])
                todo.append(e["source"])
    return out


def direct_sign(source, disease):
    signs = {SIGN[e["relation"]] for e in edges_between.get((source, disease), [])} & {1, -1}
    return signs.pop() if len(signs) == 1 else None


def run(args):
    out = subprocess.run([MECHGRAPH] + args, capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"mechgraph {' '.join(args)}: exit {out.returncode}: {out.stderr.strip()}")
        return None
    return json.loads(out.stdout)


checked = coherent_total = 0
for source, target in QUERIES:
    res = run(["path", source, target, "--json", "--limit", "0"])
    if res is None:
        continue
    src, dst = res["from"][0], res["to"][0]
    subs = subtypes_of(src)
    flags = [p["coherent"] for p in res["paths"]]
    if flags != sorted(flags, reverse=True):
        fail(f"{source} -> {target}: coherent paths do not all come first")
    for i, p in enumerate(res["paths"], 1):
        path, where = p["nodes"], f"{source} -> {target} path {i} ({' > '.join(p['nodes'])})"
        want = expected(path)
        checked += 1
        coherent_total += want["coherent"]
        got = {"coherent": p["coherent"], "contexts": p["contexts"], "bridges": p["bridges"],
               "studies": p["studies"], "segment_studies": [s["studies"] for s in p["segments"]]}
        if got != want:
            fail(f"{where}: {got} but the evidence says {want}")
        if path[0] != src:
            if path[0] not in subs or p.get("via_subtype") != path[0]:
                fail(f"{where}: starts at {path[0]}, not a marked subtype of {src}")
            if any(n == src or n in subs for n in path[1:]):
                fail(f"{where}: a subtype's path through another start")
        elif "via_subtype" in p:
            fail(f"{where}: marked via_subtype but starts at the source")
        # the sign check: a coherent path into a disease against the disease's own studies
        if nodes[dst]["type"] == "disease" and p["coherent"] and p["sign"] in (1, -1):
            direct = direct_sign(path[0], dst) or direct_sign(src, dst)
            if direct is not None and direct != p["sign"]:
                fail(f"{where}: coherent, net sign {p['sign']:+d}, but {path[0]}'s direct edges to {dst} say {direct:+d}")
    # --coherent keeps exactly the coherent ones
    only = run(["path", source, target, "--json", "--limit", "0", "--coherent"])
    if only is not None:
        want = [tuple(p["nodes"]) for p in res["paths"] if p["coherent"]]
        if [tuple(p["nodes"]) for p in only["paths"]] != want:
            fail(f"{source} -> {target} --coherent: not the coherent paths of the full answer, in order")
    # --no-subtypes: only paths from the source itself
    plain = run(["path", source, target, "--json", "--limit", "0", "--no-subtypes"])
    if plain is not None:
        want = {tuple(p["nodes"]) for p in res["paths"] if p["nodes"][0] == src}
        if {tuple(p["nodes"]) for p in plain["paths"]} != want:
            fail(f"{source} -> {target} --no-subtypes: not the source's own paths")

# the mechanism the issue names must now be flagged
res = run(["path", "iMSC-EV", "renal I/R injury", "--json", "--limit", "0", "--no-subtypes"])
if res is not None:
    first_mixed = next((i for i, p in enumerate(res["paths"]) if not p["coherent"]), None)
    if first_mixed is None or any(not p["coherent"] for p in res["paths"][:first_mixed]):
        fail("iMSC-EV -> renal I/R injury: expected coherent paths, then mixed ones")
    if any(p["coherent"] and p["sign"] == 1 for p in res["paths"]):
        fail("iMSC-EV -> renal I/R injury: a coherent path says iMSC-EVs worsen the injury")

print(f"{checked} paths checked ({coherent_total} coherent) over {len(QUERIES)} queries; {len(failures)} failures")
sys.exit(1 if failures else 0)
