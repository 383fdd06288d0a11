#!/usr/bin/python3
"""Hypotheses on the curated graph merged with Hetionet (its edges and its node table): the
candidates for iMSC-EV reach Hetionet genes and diseases the reviews never mention, each with
support paths that run from iMSC-EV to the object along edges of the merged graph; anatomies
and drugs are never proposed as what a vesicle acts on; a disease's signed edge walked backwards
(Hetionet's "Disease upregulates Gene") predicts the sign of signature reversal. Prints the time
of the command (docs/hypotheses.md quotes it). Skipped (exit 77) without
../shared/data/hetionet-v1.0/ beside the repository.

usage: hetionet_merged.py MECHGRAPH
"""
import json
import subprocess
import sys
import time
from pathlib import Path

MECHGRAPH = sys.argv[1]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hetionet_data import EDGES, NODES, require  # noqa: E402

require(EDGES, NODES)
MERGED = ["--graph", "builtin", "--graph", str(EDGES), "--graph", str(NODES)]
SIGN = {"upregulates": 1, "downregulates": -1}
failures = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        failures.append(msg)


def run(*args):
    start = time.monotonic()
    p = subprocess.run([MECHGRAPH, *args], capture_output=True, text=True)
    elapsed = time.monotonic() - start
    check(p.returncode == 0, f"exit {p.returncode}: mechgraph {' '.join(args)}")
    if p.returncode:
        print(p.stderr)
    return p, elapsed


def background(node_id):
    return "::" in node_id  # Hetionet's ids ("Gene::7040"); the curated graph's have no "::"


text, seconds = run("hypotheses", *MERGED, "--subject", "iMSC-EV", "--top", "10")
print(f"time: {seconds:.2f} s for mechgraph hypotheses --graph builtin --graph EDGES --graph NODES --subject iMSC-EV --top 10")
check(text.stdout.startswith("10 hypotheses"), "ten hypotheses listed")

p, _ = run("hypotheses", *MERGED, "--subject", "iMSC-EV", "--top", "40", "--json")
doc = json.loads(p.stdout)
hyps = doc["hypotheses"]
check(len(hyps) == 40, "forty hypotheses in the JSON listing")
check(all(h["subject"]["id"] == "iMSC-EV" for h in hyps), "every subject is iMSC-EV")
check(all(h["object"]["type"] not in ("anatomy",) for h in hyps), "no anatomy is proposed as an object")
check(all(not h["object"]["id"].startswith("Compound::") for h in hyps), "no drug (Hetionet compound) is proposed as an object")

# support paths: from the subject to the object, every hop's edges linking its two nodes
ok = True
for h in hyps:
    for path in h["support"]:
        nodes = path["nodes"]
        ok &= nodes[0] == "iMSC-EV" and nodes[-1] == h["object"]["id"] and len(path["edges"]) >= len(nodes) - 1
        for e in path["edges"]:
            ok &= any({e["source"], e["target"]} == {a, b} for a, b in zip(nodes, nodes[1:]))
check(ok, "every support path runs from iMSC-EV to the object along its hops' edges")

reach = [h for h in hyps if background(h["object"]["id"]) and h["object"]["type"] in ("gene", "disease")]
check(len(reach) >= 5, f"{len(reach)} of the first 40 reach Hetionet genes or diseases the curated graph lacks")
signed = [h for h in reach if h["predicted_sign"] != 0 and h["object"]["type"] == "disease"]
check(len(signed) >= 3, f"{len(signed)} of them are signed predictions about Hetionet diseases")
bridged = [h for h in reach
           if any(any(ev for e in p["edges"] for ev in e.get("evidence", [])) and
                  any(not e.get("evidence") for e in p["edges"]) for p in h["support"])]
check(len(bridged) == len(reach), "each joins a cited curated step to an uncited Hetionet step")

# signature reversal: iMSC-EV raises or lowers a gene the disease raises or lowers
reversals = 0
for h in signed:
    for p in h["support"][:1]:
        last = [e for e in p["edges"] if e["source"] == h["object"]["id"] and e["relation"] in SIGN]
        if len(p["nodes"]) == 3 and last and all(e["relation"] in SIGN or e["relation"] in ("delivers",) for e in p["edges"]):
            reversals += 1
check(reversals >= 1, f"{reversals} lead with a disease's signed edge walked backwards (signature reversal)")
print("first Hetionet hypotheses:")
for h in reach[:5]:
    print(f"  {h['rank']}. {h['statement']}")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("all checks passed")
