#!/usr/bin/env python3
"""End-to-end checks of the best-described mechanisms of the built-in graph, through
`mechgraph show --json`: each hop must exist with evidence, and the chain's net sign (the product
of the hop signs) must be the one the reviews report. Names are given as the reviews write them,
so the name lookup is exercised too.

usage: chains.py MECHGRAPH_BINARY
"""
import json
import subprocess
import sys

# (name, chain of (node, relation to next node) ..., expected net sign)
CHAINS = [
    ("Sirt6 in IVDD (Sun 2021)",
     ["iMSC-EV", "delivers", "miR-105-5p", "downregulates", "PDE4D", "inhibits", "Sirt6", "inhibits",
      "senescence", "drives", "IVDD"], -1),
    ("SP1-SK1-S1P in renal I/R (Yuan 2017)",
     ["iMSC-EV", "delivers", "SP1", "upregulates", "SK1", "produces", "S1P", "inhibits", "necrosis", "drives",
      "renal I/R injury"], -1),
    ("SK1/S1P in hepatic I/R (Du 2017)", ["iMSC-exosome", "activates", "SK1", "produces", "S1P"], +1),
    ("DUSP2 and p38 MAPK in tendinopathy (Ye 2023)", ["iMSC-EV", "delivers", "DUSP2", "inhibits", "p38 MAPK pathway"], -1),
    # Lang 2023: the review credits the target inhibition to the two miRNAs jointly, so the
    # chain goes through the pair, not through miR-21-5p alone
    ("miR-21-5p and miR-486-5p (jointly) and EphA4 in DM-POCD (Lang 2023)",
     ["iMSC-EV", "delivers", "miR-21-5p + miR-486-5p", "downregulates", "EphA4", "inhibits", "neurogenesis"], +1),
    ("miR-21-5p acts as part of the pair (Lang 2023)",
     ["miR-21-5p", "part_of", "miR-21-5p + miR-486-5p", "downregulates", "EphA4"], -1),
    ("siShn3 and SLIT3 in osteoporosis (Cui 2022)",
     ["siShn3", "downregulates", "Shn3", "downregulates", "SLIT3", "promotes", "type H vessel formation"], +1),
    ("siShn3 and RANKL in osteoporosis (Cui 2022)",
     ["siShn3", "downregulates", "Shn3", "upregulates", "RANKL", "activates", "osteoclast", "drives", "osteoporosis"], -1),
    ("miR-432-5p and TRAM2 in corneal injury",
     ["iMSC-exosome", "delivers", "miR-432-5p", "downregulates", "TRAM2", "promotes", "collagen synthesis"], -1),
    ("COX-2 in EAP (Peng 2021)", ["iMSC-EV", "downregulates", "COX-2", "promotes", "inflammation", "drives", "EAP"], -1),
    ("ERK1/2 and skin cell proliferation (Kim 2018)",
     ["iMSC-EV", "activates", "ERK1/2 pathway", "promotes", "cell proliferation"], +1),
    ("PI3K/Akt and bone loss in ONFH (Liu 2017b)",
     ["iMSC-EV", "activates", "PI3K/Akt pathway", "inhibits", "bone loss", "drives", "ONFH"], -1),
    ("hypoxia, Sug1 and immunogenicity", ["hypoxia", "upregulates", "Sug1", "increases", "immunogenicity"], +1),
    # Li 2017: the review reports the four soluble factors' effects together
    ("iMSCs, TGF-β1 and Tregs (Li 2017)",
     ["iMSC", "secretes", "TGF-β1", "part_of", "TGF-β1/2/3 + IL-10", "increases", "Treg"], +1),
    ("iMSCs' soluble factors and Th1 (Li 2017)", ["iMSC", "secretes", "TGF-β1/2/3 + IL-10", "decreases", "Th1"], -1),
    ("TGF-β1 with TNF-α raise COX-2 (Lerrer 2017)", ["TNF-α", "part_of", "TGF-β1 + TNF-α", "upregulates", "COX-2"], +1),
    ("IFN-γ with TNF-α at 20-50 ng/mL impair MSC survival (Barrachina 2017)",
     ["IFN-γ", "part_of", "IFN-γ + TNF-α (20 or 50 ng/mL)", "decreases", "cell survival"], -1),
    ("IFN-γ with TNF-α at 5 ng/mL enhance immunomodulation (Barrachina 2017)",
     ["TNF-α", "part_of", "IFN-γ + TNF-α (5 ng/mL)", "increases", "immunomodulation"], +1),
    ("lncRNAs in asthma: vague, so unsigned (Wang 2017)", ["iMSC", "regulates", "lncRNAs", "associated_with", "asthma"], 0),
]

# structural edges pass the sign through, as in `mechgraph path` (docs/paths.md)
SIGNS = {"part_of": 1, "is_a": 1, "derived_from": 1, "delivers": 1, "secretes": 1, "produces": 1, "activates": 1, "upregulates": 1, "increases": 1,
         "promotes": 1, "drives": 1, "inhibits": -1, "downregulates": -1, "decreases": -1, "alleviates": -1,
         "regulates": 0, "associated_with": 0}


def show(binary, name):
    r = subprocess.run([binary, "show", "--json", name], capture_output=True, text=True)
    if r.returncode != 0:
        raise LookupError(f"show '{name}' failed: {r.stderr.strip()}")
    return json.loads(r.stdout)


def main():
    binary = sys.argv[1]
    failures = 0
    for title, chain, expected in CHAINS:
        net, hops, problem = 1, [], None
        try:
            nodes = [show(binary, chain[i]) for i in range(0, len(chain), 2)]
            for k, rel in enumerate(chain[1::2]):
                a, b = nodes[k], nodes[k + 1]
                edges = [e for e in a["out"] if e["target"] == b["id"] and e["relation"] == rel]
                if not edges:
                    problem = f"no edge {a['id']} -{rel}-> {b['id']}"
                    break
                if not edges[0]["evidence"]:
                    problem = f"edge {a['id']} -{rel}-> {b['id']} has no evidence"
                    break
                refs = sorted({ev["ref"] for e in edges for ev in e["evidence"]})
                net *= SIGNS[rel]
                hops.append(f"{a['id']} -{rel}{'-|' if SIGNS[rel] < 0 else '->'} [{','.join(refs)}]")
            else:
                hops.append(nodes[-1]["id"])
        except LookupError as e:
            problem = str(e)
        if problem is None and net != expected:
            problem = f"net sign {net:+d}, expected {expected:+d}"
        status = "ok" if problem is None else "FAIL"
        print(f"{status}: {title}: {' '.join(hops)} => net {net:+d}" + (f": {problem}" if problem else ""))
        failures += problem is not None
    print(f"{len(CHAINS) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
