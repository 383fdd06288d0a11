#!/usr/bin/env python3
"""Writes graphs/COVERAGE.md: every table row and text mechanism of the two source reviews, with
the edges of graphs/imsc_ev.json that encode it. With --check, fails when a table row or a listed
text mechanism has no edge, or when COVERAGE.md is out of date.

Table rows are read from the reviews themselves (../shared/seeds/, tab-separated rows numbered in
their first column), so a row the curation missed cannot hide. Without the seeds the check is
skipped with a message (exit 77, which CTest reports as skipped).

usage: scripts/coverage.py [--check] [--seeds DIR]
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRAPH = ROOT / "graphs" / "imsc_ev.json"
OUT = ROOT / "graphs" / "COVERAGE.md"

# review id -> (seed file, tables with mechanisms)
REVIEWS = {
    "zhou2024": ("000_4fb655ed395d34e2.txt", {"1": r"^TABLE 1 ", "2": r"^TABLE 2 "}),
    "aldoghachi2023": ("002_e1dd22c05bd9f43c.txt", {"1": r"^Table 1\s*$", "3": r"^Table 3\s*$", "4": r"^Table 4"}),
}

# The text mechanisms the reviews state outside their tables, each with an edge that must
# encode it (source, relation, target) with evidence from that review and section.
TEXT_MECHANISMS = [
    ("zhou2024", "section 2.1", "iMSCs raise Treg cells", ("iMSC", "increases", "Treg")),
    ("zhou2024", "section 2.1", "iMSCs lower Th17 cells (one side of a disagreement)", ("iMSC", "decreases", "Th17")),
    ("zhou2024", "section 2.1", "iMSCs raise Th17 cells (the other side)", ("iMSC", "increases", "Th17")),
    ("zhou2024", "section 2.1", "iMSCs lower CD8 Tc1 cells", ("iMSC", "decreases", "Tc1")),
    ("zhou2024", "section 2.1", "iMSCs lower CD8 Tc17 cells", ("iMSC", "decreases", "Tc17")),
    ("zhou2024", "section 2.1", "iMSCs act on dendritic cells", ("iMSC", "decreases", "dendritic cell")),
    ("zhou2024", "section 2.1", "iMSCs act on NK cells", ("iMSC", "decreases", "NK cell")),
    ("zhou2024", "section 2.1", "iMSCs secrete TGF-β1", ("iMSC", "secretes", "TGFB1")),
    ("zhou2024", "section 2.1", "iMSCs secrete IL-10", ("iMSC", "secretes", "IL10")),
    ("zhou2024", "section 2.1", "the soluble factors TGF-β1/2/3 and IL-10 together raise Tregs", ("TGF-beta1/2/3+IL-10", "increases", "Treg")),
    ("zhou2024", "section 2.1", "... and inhibit the cleavage of caspases", ("TGF-beta1/2/3+IL-10", "inhibits", "caspases")),
    ("zhou2024", "section 2.2", "hypoxia raises Sug1", ("hypoxia", "upregulates", "PSMC5")),
    ("zhou2024", "section 2.2", "hypoxia lowers COX-2", ("hypoxia", "downregulates", "PTGS2")),
    ("zhou2024", "section 2.2", "hypoxia impairs 26S proteasome assembly", ("hypoxia", "inhibits", "26S proteasome")),
    ("zhou2024", "section 2.2", "TGF-β1 with TNF-α raise CCL2", ("TGF-beta1+TNF-alpha", "upregulates", "CCL2")),
    ("zhou2024", "section 2.2", "TGF-β1 with TNF-α raise CXCL8", ("TGF-beta1+TNF-alpha", "upregulates", "CXCL8")),
    ("zhou2024", "section 2.2", "TGF-β1 with TNF-α raise COX-2", ("TGF-beta1+TNF-alpha", "upregulates", "PTGS2")),
    ("zhou2024", "section 2.2", "TGF-β1 with TNF-α drive a pro-inflammatory fate of MSCs", ("TGF-beta1+TNF-alpha", "promotes", "MSC pro-inflammatory fate")),
    ("zhou2024", "section 2.2", "TGF-β3 with BMP12 induce tenogenic differentiation", ("TGF-beta3+BMP12", "promotes", "tenogenic differentiation")),
    ("zhou2024", "section 2.2", "IFN-γ with TNF-α at 20 or 50 ng/mL impair MSC survival", ("IFN-gamma+TNF-alpha 20-50 ng/mL", "decreases", "cell survival")),
    ("zhou2024", "section 2.2", "IFN-γ with TNF-α at 5 ng/mL enhance immunomodulation", ("IFN-gamma+TNF-alpha 5 ng/mL", "increases", "immunomodulation")),
    ("zhou2024", "section 2.2", "iMSCs preconditioned with hypoxia", ("hypoxia", "promotes", "preconditioned iMSC")),
    ("zhou2024", "section 2.2", "iMSCs preconditioned with inflammation", ("inflammatory preconditioning", "promotes", "preconditioned iMSC")),
    ("zhou2024", "section 3.2", "iMSC-EVs deliver miR-105-5p", ("iMSC-EV", "delivers", "miR-105-5p")),
    ("zhou2024", "section 3.2", "miR-105-5p lowers PDE4D", ("miR-105-5p", "downregulates", "PDE4D")),
    ("zhou2024", "section 3.2", "iMSC-EVs deliver SP1", ("iMSC-EV", "delivers", "SP1")),
    ("zhou2024", "section 3.2", "SP1 activates SK1 transcription", ("SP1", "upregulates", "SPHK1")),
    ("zhou2024", "section 3.2", "iMSC-EVs stimulate ERK1/2", ("iMSC-EV", "activates", "ERK1/2 pathway")),
    ("zhou2024", "section 3.2", "iMSC-EVs activate PI3K/Akt", ("iMSC-EV", "activates", "PI3K/AKT pathway")),
    ("zhou2024", "section 3.2", "iMSC-EVs inhibit autophagy", ("iMSC-EV", "inhibits", "autophagy")),
    ("zhou2024", "section 3.2", "miR-21-5p and miR-486-5p (jointly) inhibit EphA4", ("miR-21-5p+miR-486-5p", "downregulates", "EPHA4")),
    ("aldoghachi2023", "section 1.5", "phase I trial of iMSCs in steroid-resistant GvHD: well tolerated and safe", ("iMSC", "associated_with", "GvHD")),
    ("aldoghachi2023", "section 2", "anti-inflammatory properties of MSCs/iMSCs found in their exosomes", ("iMSC-exosome", "decreases", "inflammation")),
    ("aldoghachi2023", "section 2", "immunosuppressive properties of MSCs/iMSCs found in their exosomes", ("iMSC-exosome", "promotes", "immunosuppression")),
    ("aldoghachi2023", "section 6", "iMSC-exosomes could overcome immune rejection following cell transplantation", ("iMSC-exosome", "decreases", "immune rejection")),
    ("aldoghachi2023", "section 7", "exosomes may prevent rejection following stem cell administration", ("iMSC-exosome", "decreases", "immune rejection")),
    ("aldoghachi2023", "section 7", "iMSC-exosomes: collagen I/III and elastin in wounds", ("iMSC-exosome", "promotes", "collagen synthesis")),
    ("aldoghachi2023", "section 7", "iMSC-exosomes stimulate ERK1/2 in HaCaT", ("iMSC-exosome", "activates", "ERK1/2 pathway")),
    ("aldoghachi2023", "section 7", "SK1/S1P in hepatic I/R", ("SPHK1", "produces", "S1P")),
    ("aldoghachi2023", "section 7", "siShn3 silences Shn3", ("siShn3", "downregulates", "HIVEP3")),
    ("aldoghachi2023", "section 7", "Shn3 and SLIT3", ("HIVEP3", "downregulates", "SLIT3")),
    ("aldoghachi2023", "section 7", "Shn3 and RANKL", ("HIVEP3", "upregulates", "TNFSF11")),
]


def table_rows(seeds, review):
    """(table, row, reference, first columns) for every numbered row of the review's tables."""
    path = seeds / REVIEWS[review][0]
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = []
    for table, pattern in REVIEWS[review][1].items():
        start = next(i for i, line in enumerate(lines) if re.match(pattern, line))
        seen_row = False
        for line in lines[start + 1:]:
            cells = line.split("\t")
            if re.fullmatch(r"\d+", cells[0].strip()) and len(cells) > 3:
                rows.append((table, int(cells[0]), cells[-1].strip(), cells[1].strip()))
                seen_row = True
            elif seen_row and line.strip():
                break
    return rows


def edge_label(e):
    return f"{e['source']} -{e['relation']}-> {e['target']}"


def main():
    args = sys.argv[1:]
    seeds = ROOT.parent / "shared" / "seeds"
    if "--seeds" in args:
        seeds = Path(args[args.index("--seeds") + 1])
    check = "--check" in args
    if not seeds.is_dir():
        print(f"coverage: SKIPPED: the source reviews are not at {seeds}")
        sys.exit(77 if check else 1)
    g = json.loads(GRAPH.read_text())
    by_where = {}
    for e in g["edges"]:
        for ev in e.get("evidence", []):
            by_where.setdefault((ev.get("review"), ev.get("where")), []).append((e, ev))

    out = ["# Coverage of the source reviews", "",
           "Generated by `scripts/coverage.py` from `graphs/imsc_ev.json` and the reviews in "
           "`../shared/seeds/`; do not edit. Every numbered row of every mechanism table, and every "
           "text mechanism listed in the script, maps to the edges that encode it.", ""]
    missing = []
    for review in REVIEWS:
        for table, row, ref, what in table_rows(seeds, review):
            found = by_where.get((review, f"Table {table} row {row}"), [])
            if not found:
                missing.append(f"{review} Table {table} row {row} ({ref})")
            if row == 1:
                out += ["", f"## {review}, Table {table}", "", "| row | model / disease | cited | edges |", "|---|---|---|---|"]
            refs = sorted({ev["ref"] for _, ev in found})
            edges = "<br>".join(sorted({edge_label(e) for e, _ in found})) or "**none**"
            out.append(f"| {row} | {what} | {ref} ({', '.join(refs) or '-'}) | {edges} |")
    out += ["", "## Text mechanisms", "", "| review | section | mechanism | edge | evidence |", "|---|---|---|---|---|"]
    for review, section, what, (s, rel, t) in TEXT_MECHANISMS:
        def here(ev):
            return ev.get("review") == review and ev.get("where") == section
        match = [e for e in g["edges"] if (e["source"], e["relation"], e["target"]) == (s, rel, t)
                 and any(here(ev) for ev in e.get("evidence", []))]
        refs = sorted({ev["ref"] for e in match for ev in e["evidence"] if here(ev)})
        if not match:
            missing.append(f"{review} {section}: {what} ({s} {rel} {t})")
        out.append(f"| {review} | {section} | {what} | {s} -{rel}-> {t}{'' if match else ' **missing**'} | {', '.join(refs)} |")
    sections = sorted({w for (_, w) in by_where if w and w.startswith("section")})
    out += ["", "## Edges read from the text, by section", "", "| review | section | edges |", "|---|---|---|"]
    for review in REVIEWS:
        for sec in sections:
            n = len(by_where.get((review, sec), []))
            if n:
                out.append(f"| {review} | {sec} | {n} |")
    text = "\n".join(out) + "\n"
    if missing:
        print("coverage: rows or mechanisms with no edge:\n  " + "\n  ".join(missing), file=sys.stderr)
    if check:
        if not OUT.exists() or OUT.read_text() != text:
            print("coverage: graphs/COVERAGE.md is out of date: run scripts/coverage.py", file=sys.stderr)
            sys.exit(1)
        if missing:
            sys.exit(1)
        print(f"coverage: every table row and listed text mechanism has edges")
        return
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}" + (f" ({len(missing)} gaps)" if missing else ""))
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
