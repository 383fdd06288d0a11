#!/usr/bin/env python3
"""The curated comparisons (issue 25), in Python alone (no mechgraph binary):
- graphs/parts/comparisons.json is well formed: a, b and aspect are nodes of the built graph, exactly
  one of aspect and aspect_text, direction greater, less or similar, every piece of evidence with a
  reference, a review, a place and a note, a disease that is a node;
- the part validates alone, as tests/graph/curation.sh has every part do: the nodes and references
  its comparisons name are in the part (those of other parts repeated as they stand there);
- graphs/imsc_ev.json holds the comparisons the parts merge to (scripts/build_graph.py);
- scripts/coverage.py's check has teeth: it passes on the curated data and fails when a comparative
  sentence is dropped from its list, when a record is dropped from the graph, when an excerpt is not
  in its review, and when a review holds a comparative sentence nobody listed or excluded.
Skipped (exit 77) without the source reviews in ../shared/seeds/.

usage: comparisons.py
"""
import copy
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    problems = []
    graph = json.loads((ROOT / "graphs" / "imsc_ev.json").read_text())
    part = json.loads((ROOT / "graphs" / "parts" / "comparisons.json").read_text())
    nodes = {n["id"] for n in graph["nodes"]}
    refs = {r["id"] for r in graph["references"]}

    # 1. the part
    if part.get("edges") != []:
        problems.append("graphs/parts/comparisons.json: edges must be [] (comparisons are not causal edges)")
    if not part.get("comparisons"):
        problems.append("graphs/parts/comparisons.json holds no comparisons")
    for i, c in enumerate(part.get("comparisons", [])):
        at = f"comparisons[{i}] ({c.get('a')} / {c.get('b')})"
        for role in ("a", "b", "aspect"):
            if role in c and c[role] not in nodes:
                problems.append(f"{at}: {role} '{c[role]}' is not a node")
        if ("aspect" in c) == ("aspect_text" in c):
            problems.append(f"{at}: needs exactly one of aspect and aspect_text")
        if c.get("direction") not in ("greater", "less", "similar"):
            problems.append(f"{at}: direction {c.get('direction')!r}")
        if not c.get("evidence"):
            problems.append(f"{at}: no evidence")
        for ev in c.get("evidence", []):
            for k in ("ref", "review", "where", "note"):
                if not ev.get(k):
                    problems.append(f"{at}: evidence without {k}")
            for k in ("ref", "review"):
                if ev.get(k) and ev[k] not in refs:
                    problems.append(f"{at}: evidence {k} '{ev[k]}' is not a reference")
            if "disease" in ev and ev["disease"] not in nodes:
                problems.append(f"{at}: disease '{ev['disease']}' is not a node")
            if ev.get("review") not in ("zhou2024", "aldoghachi2023"):
                problems.append(f"{at}: review '{ev.get('review')}' is neither review")

    own_nodes = {n["id"]: n for n in part["nodes"]}
    own_refs = {r["id"]: r for r in part["references"]}
    union_nodes = {n["id"]: n for n in graph["nodes"]}
    union_refs = {r["id"]: r for r in graph["references"]}
    for i, c in enumerate(part.get("comparisons", [])):
        for x in [c.get("a"), c.get("b"), c.get("aspect")] + [ev.get("disease") for ev in c.get("evidence", [])]:
            if x and x not in own_nodes:
                problems.append(f"comparisons[{i}]: node '{x}' is not in the part (it must validate alone)")
        for ev in c.get("evidence", []):
            for x in (ev.get("ref"), ev.get("review")):
                if x and x not in own_refs:
                    problems.append(f"comparisons[{i}]: reference '{x}' is not in the part (it must validate alone)")
    for x, n in own_nodes.items():
        u = union_nodes.get(x, {})
        if n["type"] != u.get("type") or n.get("label", x) != u.get("label", x):
            problems.append(f"node '{x}' differs in type or label from the built graph's")
    for x, r in own_refs.items():
        if r.get("doi") != union_refs.get(x, {}).get("doi"):
            problems.append(f"reference '{x}' repeats another part's with another DOI")

    # 2. the built graph carries them
    build = load("build_graph")
    parts = [(p, json.loads((ROOT / "graphs" / "parts" / p).read_text())) for p in build.PARTS]
    merged = build.merge(parts)[3]
    built = {build.comparison_key(c) for c in graph.get("comparisons", [])}
    if set(merged) != built:
        problems.append(f"graphs/imsc_ev.json comparisons differ from the parts' ({len(built)} vs {len(merged)}): "
                        "run scripts/build_graph.py")

    # 3. the coverage check
    if not SEEDS.is_dir():
        print(f"SKIPPED: the source reviews are not at {SEEDS}")
        sys.exit(77 if not problems else 1)
    cov = load("coverage")
    texts = {r: (SEEDS / cov.REVIEWS[r][0]).read_text(encoding="utf-8") for r in cov.REVIEWS}
    _, found = cov.comparisons_coverage(graph, texts)
    if found:
        problems += [f"coverage on the curated data: {p}" for p in found]

    def must_fail(what, g=graph, t=texts, sentences=None, excluded=None):
        _, found = cov.comparisons_coverage(g, t, sentences, excluded)
        if not found:
            problems.append(f"the coverage check does not fail when {what}")

    sentences = cov.COMPARATIVE_SENTENCES
    zhao = next(i for i, s in enumerate(sentences) if "much less potential to promote tumors" in s[2])
    must_fail("a comparative sentence (Zhao 2015's title) is dropped from the list",
              sentences=sentences[:zhao] + sentences[zhao + 1:])
    zhu = next(i for i, s in enumerate(sentences) if s[2].startswith("both iMSC-EVs and SMMSC-EVs stimulated"))
    must_fail("a comparative sentence in the text (Zhu 2017, section 3.2) is dropped from the list",
              sentences=sentences[:zhu] + sentences[zhu + 1:])
    g = copy.deepcopy(graph)
    g["comparisons"] = [c for c in g["comparisons"] if cov.record_spec(c) != "iMSC > BM-MSC : KDR"]
    must_fail("a record (iMSC > BM-MSC : KDR) is dropped from the graph", g=g)
    bad = [list(s) for s in sentences]
    bad[0][2] = bad[0][2] + " (not in the review)"
    must_fail("an excerpt is not in its review", sentences=[tuple(s) for s in bad])
    t = dict(texts)
    t["zhou2024"] += "\nIn a new study, iMSC-EVs were far better than BM-MSC-EVs at everything.\n"
    must_fail("a review holds a comparative sentence neither listed nor excluded", t=t)
    excluded = [e for e in cov.NOT_COMPARISONS if "artificial EVs, which exhibit" not in e[1]]
    must_fail("an exclusion (artificial EVs) is dropped", excluded=excluded)

    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"{len(part['comparisons'])} comparisons checked; {len(cov.COMPARATIVE_SENTENCES)} comparative sentences "
          f"and {len(cov.NOT_COMPARISONS)} exclusions cover both reviews; the check fails on 6 faults")


if __name__ == "__main__":
    main()
