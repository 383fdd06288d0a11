#!/usr/bin/env python3
"""Writes graphs/COVERAGE.md: every table row and text mechanism of the two source reviews, with
the edges of graphs/imsc_ev.json that encode it, and every comparative sentence of both reviews, with
the comparison records that encode it. With --check, fails when a table row or a listed text
mechanism has no edge, when a comparative sentence is not found in its review or has no record, when
a record no sentence lists exists, when a cue-word sentence of a review is neither listed nor
excluded with a reason, or when COVERAGE.md is out of date.

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

# Every comparative sentence of both reviews (text, tables, and the cited titles the reviews print),
# each with the comparison records of graphs/imsc_ev.json that encode it. A record is written
# "A > B : aspect" (greater), "A < B : aspect" (less) or "A ≈ B : aspect" (similar), the aspect being
# the node id or the aspect text. Each excerpt must stand verbatim in the review's text; each record
# must exist and carry evidence from that review and place ('where').
COMPARATIVE_SENTENCES = [
    ("zhou2024", "abstract", "the products of iMSCs, termed induced pluripotent stem cell-derived mesenchymal stem cell-derived extracellular vesicles (iMSC-EVs), may exhibit functions similar to iMSCs",
     ["iMSC-EV ≈ iMSC : functions"]),
    ("zhou2024", "section 2.2", "Both UCB-MSCs and BM-MSCs significantly reduced inflammation, while ESC-MSCs and iMSCs demonstrated either no improvement or only mild enhancement in intestinal inflammation post-treatment",
     ["BM-MSC > iMSC : reducing intestinal inflammation", "UCB-MSC > iMSC : reducing intestinal inflammation",
      "BM-MSC > ESC-MSC : reducing intestinal inflammation", "UCB-MSC > ESC-MSC : reducing intestinal inflammation"]),
    ("zhou2024", "section 2.2", "Soontarak et al. compared the efficacy of iMSCs with adipose-derived MSCs (adMSCs) in a mouse model of IBD, finding that iMSCs were comparable to adMSCs in significantly ameliorating intestinal inflammation, notably increasing the population of intestinal Lgr5⁺ stem cells, and promoting intestinal vascularization",
     ["iMSC ≈ adMSC : reducing intestinal inflammation", "iMSC ≈ adMSC : Lgr5+ stem cell", "iMSC ≈ adMSC : angiogenesis"]),
    ("zhou2024", "section 2.2", "following treatment with iMSCs or adMSCs, alterations in the microbial composition in colitis mice partially reverted to a profile resembling that of healthy mice",
     ["iMSC ≈ adMSC : microbiome normalization"]),
    ("zhou2024", "section 2.2", "IL24-iMSCs exhibit superior efficacy in restraining melanoma growth compared to the control iMSCs",
     ["IL-24-iMSC > iMSC : restraining melanoma growth"]),
    ("zhou2024", "Table 1 row 5", "Exhibit superior efficacy in restraining melanoma growth compared to iMSCs",
     ["IL-24-iMSC > iMSC : restraining melanoma growth"]),
    ("zhou2024", "section 2.2", "in contrast to BRCA1^{+/+} iMSCs, BRCA1^{+/-}-iMSCs prompted angiogenesis, culminating in tumor growth and metastasis",
     ["BRCA1+/- iMSC > iMSC : angiogenesis", "BRCA1+/- iMSC > iMSC : tumor growth", "BRCA1+/- iMSC > iMSC : metastasis"]),
    ("zhou2024", "section 2.2", "When IFN- γ and TNF- α are present at 20 ng/mL or 50 ng/mL, MSC survival and differentiation are severely impaired, whereas at 5 ng/mL, MSCs not only maintain their viability and differentiation but also exhibit enhanced immunomodulatory properties",
     ["IFN-gamma+TNF-alpha 5 ng/mL > IFN-gamma+TNF-alpha 20-50 ng/mL : cell survival",
      "IFN-gamma+TNF-alpha 5 ng/mL > IFN-gamma+TNF-alpha 20-50 ng/mL : cell differentiation",
      "preconditioned MSC > MSC : immunomodulation"]),
    ("zhou2024", "section 3.2", "youthful iMSC-EVs, as opposed to aging counterparts, impeded the onset of Sjögren’s syndrome (SS) by bolstering M2 macrophages and diminishing Th17 cells",
     ["young iMSC-EV > aging iMSC-EV : impeding Sjögren's syndrome onset", "young iMSC-EV > aging iMSC-EV : M2 macrophage",
      "young iMSC-EV > aging iMSC-EV : diminishing Th17 cells"]),
    ("zhou2024", "section 3.2", "countering miR-125b in aging iMSC-EVs could reinstate this function",
     ["miR-125b inhibitor-loaded aging iMSC-EV > aging iMSC-EV : impeding Sjögren's syndrome onset"]),
    ("zhou2024", "Table 2 row 1", "Impede onset of SS via youthful iMSC-EVs, restore effects on repressing sialadenitis onset by loading miR-125b inhibitors into aging iMSC-EVs",
     ["young iMSC-EV > aging iMSC-EV : impeding Sjögren's syndrome onset",
      "miR-125b inhibitor-loaded aging iMSC-EV > aging iMSC-EV : impeding Sjögren's syndrome onset"]),
    ("zhou2024", "section 3.2", "administering iMSC-EVs and synovial membrane mesenchymal stem cell-secreted extracellular vesicles (SMMSC-EVs) both mitigated OA, yet the therapeutic efficacy of iMSC-EVs surpassed that of SMMSC-EVs",
     ["iMSC-EV > SMMSC-EV : therapeutic efficacy"]),
    ("zhou2024", "section 3.2", "both iMSC-EVs and SMMSC-EVs stimulated chondrocyte migration and proliferation, albeit iMSC-EVs demonstrated a more robust effect",
     ["iMSC-EV > SMMSC-EV : chondrocyte migration", "iMSC-EV > SMMSC-EV : chondrocyte proliferation"]),
    ("zhou2024", "Table 2 row 2", "Stimulate chondrocyte migration, proliferation and demonstrate a greater effect via iMSC-EVs than SMMSC-EVs",
     ["iMSC-EV > SMMSC-EV : chondrocyte migration", "iMSC-EV > SMMSC-EV : chondrocyte proliferation"]),
    ("zhou2024", "section 3.2", "the biological roles of iMSC-EVs can be enhanced by preconditioning",
     ["preconditioned iMSC-EV > iMSC-EV : biological roles"]),
    ("zhou2024", "section 3.2", "compared with iMSC-EVs applied directly to acute kidney injury (AKI), IFN- γ -iMSC-EVs displayed a more significantly protective effect",
     ["IFN-gamma-iMSC-EV > iMSC-EV : kidney protection"]),
    ("zhou2024", "section 4.1", "iPSCs possess the potential for multilineage differentiation and self-renewal, making iMSCs suitable for large-scale cultivation and overcome tissue- and age-related heterogeneity",
     ["iMSC > MSC : expansion capacity", "iMSC > MSC : homogeneity"]),
    ("zhou2024", "section 4.1", "Based on these characteristics, iPSCs can provide relatively stable, homogeneous and personalized iMSCs for specific patients",
     ["iMSC > MSC : stability", "iMSC > MSC : homogeneity"]),
    ("zhou2024", "section 4.1", "To expose the cellular basis behind these differences, researchers carried some comparisons between iMSCs and BM-MSCs",
     ["iMSC > BM-MSC : KDR", "iMSC > BM-MSC : MSX2", "BM-MSC > iMSC : PDGFRA"]),
    ("zhou2024", "section 4.1", "in comparison to traditional tissue-derived MSCs, iMSCs exhibit greater stability and enhanced therapeutic efficacy in disease models",
     ["iMSC > MSC : stability", "iMSC > MSC : therapeutic efficacy"]),
    ("zhou2024", "section 4.1", "researchers induced iPSCs derived from human urothelial cells into mesenchymal stem cells, comparing their therapeutic effects in regenerative diseases with UC-MSCs",
     ["iMSC ≈ UC-MSC : CD73, CD90 and CD105 expression", "iMSC > UC-MSC : keeping MSC characteristics at late passage", "iMSC > UC-MSC : cell migration"]),
    ("zhou2024", "section 4.1", "CD73, CD90 and CD105 gene transcripts and proteins were highly expressed in iMSCs and UC-MSCs, which were absent in other cells",
     ["iMSC ≈ UC-MSC : CD73, CD90 and CD105 expression"]),
    ("zhou2024", "section 4.1", "even in later passages (P15), iMSCs maintained their MSC characteristics without any chromosomal abnormalities, whereas UC-MSCs began to lose their MSC characteristics during this period",
     ["iMSC > UC-MSC : keeping MSC characteristics at late passage"]),
    ("zhou2024", "section 4.1", "iMSCs demonstrated superior wound healing capabilities in migration assays compared to UC-MSCs",
     ["iMSC > UC-MSC : cell migration"]),
    ("zhou2024", "section 4.1", "Unlike ESCs, iPSCs can be derived from the patient’s own cells (Portier et al., 2021), avoiding issues of immune rejection and ethical concerns",
     ["iPSC < ESC : immune rejection", "iPSC < ESC : ethical concerns"]),
    ("zhou2024", "section 4.1", "while iPSCs can be derived from human somatic cells, thus avoiding the ethical issues associated with ESCs and reducing immune rejection",
     ["iPSC < ESC : immune rejection", "iPSC < ESC : ethical concerns"]),
    ("zhou2024", "section 4.1", "iMSCs are an independent entity of MSCs with higher therapeutic potential than their donor-matched parent MSCs",
     ["iMSC > MSC : therapeutic efficacy"]),
    ("zhou2024", "section 4.1", "compared to conventional tissue-derived mesenchymal stem cells, some researchers suggested that, based on currently widely used preparation protocols, iMSCs were not true substitutes for BM-MSCs",
     ["iMSC < BM-MSC : chondrogenesis", "iMSC < BM-MSC : adipogenesis"]),
    ("zhou2024", "section 4.1", "they exhibited substantial differences in differentiation potential, with a significant reduction in chondrogenesis and adipogenesis",
     ["iMSC < BM-MSC : chondrogenesis", "iMSC < BM-MSC : adipogenesis"]),
    ("zhou2024", "section 4.1", "compared to BM-MSCs, iMSCs expressed very high levels of KDR and MSX2",
     ["iMSC > BM-MSC : KDR", "iMSC > BM-MSC : MSX2"]),
    ("zhou2024", "section 4.1", "the PDGFR α level in BM-MSCs significantly increased",
     ["BM-MSC > iMSC : PDGFRA"]),
    ("zhou2024", "section 4.1", "suggesting a closer relationship between the iMSCs and vascular progenitor cells (VPCs)",
     ["iMSC > BM-MSC : closeness to vascular progenitor cells"]),
    ("zhou2024", "section 4.1", "their vascularization bioactivity was similar to donor-matched iMSC-EVs, while their anti-inflammatory bioactivity was superior to the latter",
     ["iPSC-EV ≈ iMSC-EV : angiogenesis", "iPSC-EV > iMSC-EV : anti-inflammatory activity"]),
    ("zhou2024", "Table 3", "Being more homogeneous than traditional MSCs", ["iMSC > MSC : homogeneity"]),
    ("zhou2024", "Table 3", "Scalable production, stable quality and better physiological effects", ["iMSC > MSC : physiological effects"]),
    ("zhou2024", "Table 3", "Better physiological effects than traditional MSC-EVs", ["iMSC-EV > MSC-EV : physiological effects"]),
    ("zhou2024", "section 4.2", "researchers have reported the positive roles of iMSC-EVs and MSC-EVs in varying conditions, exploring their differences in therapeutic effects",
     ["iMSC-EV ≈ MSC-EV : therapeutic efficacy", "iMSC-EV > MSC-EV : specific effects"]),
    ("zhou2024", "section 4.2", "iMSC-EVs and conventional mesenchymal stem cell-derived extracellular vesicles (MSC-EVs) share common issues, they still encounter bottlenecks in standardization, scaling, and heterogeneity",
     ["iMSC-EV ≈ MSC-EV : bottlenecks in standardization, scaling and heterogeneity"]),
    ("zhou2024", "section 4.2", "although both increased the vitality and cell cycle progression of human keratinocytes (HaCaT) and human dermal fibroblasts (HDFs), iMSC-EVs notably boosted the proliferation of HaCaT",
     ["iMSC-EV > MSC-EV : cell proliferation"]),
    ("zhou2024", "section 4.2", "both EVs enhanced the secretion of collagen in HaCaT and HDFs, with an observed increase in fibronectin levels only in HaCaT, and this role was superior through the treatment of iMSC-EVs",
     ["iMSC-EV > MSC-EV : FN1"]),
    ("zhou2024", "section 4.2", "researchers compared the efficacy of SMMSC-EVs and iMSC-EVs in treating osteoarthritis and detected that both of them could alleviate OA in a mouse OA model, but the therapeutic effect of iMSC-EVs surpassed that of SMMSC-EVs",
     ["iMSC-EV > SMMSC-EV : therapeutic efficacy"]),
    ("zhou2024", "section 4.2", "they promoted chondrocyte migration and proliferation, with iMSC-EVs exhibiting stronger effects",
     ["iMSC-EV > SMMSC-EV : chondrocyte migration", "iMSC-EV > SMMSC-EV : chondrocyte proliferation"]),
    ("zhou2024", "section 4.2", "these experiments indicate similarities in efficacy between the two EVs, but in specific effects, iMSC-EVs possess certain superiority",
     ["iMSC-EV ≈ MSC-EV : therapeutic efficacy", "iMSC-EV > MSC-EV : specific effects"]),
    ("zhou2024", "section 5", "reprogramming them into cells with characteristics akin to ESCs", ["iPSC ≈ ESC : ESC characteristics"]),
    ("zhou2024", "section 5", "not only offer widespread sourcing, abundance, good efficacy, and higher homogeneity", ["iMSC > MSC : homogeneity"]),
    ("zhou2024", "section 5", "iMSC-EVs, as a derivative of iPSCs, might exhibit similar or even stronger efficacy compared to MSC-EVs",
     ["iMSC-EV ≈ MSC-EV : therapeutic efficacy", "iMSC-EV > MSC-EV : therapeutic efficacy"]),
    ("zhou2024", "reference list (cited in section 1)", "MSCs derived from iPSCs with a modified protocol are tumor-tropic but have much less potential to promote tumors than bone marrow MSCs",
     ["iMSC < BM-MSC : tumor growth"]),
    ("zhou2024", "reference list (cited in section 1)", "Human pluripotent stem cell-derived ectomesenchymal stromal cells promote more robust functional recovery than umbilical cord-derived mesenchymal stromal cells after hypoxic-ischaemic brain damage",
     ["hPSC-derived ectomesenchymal stromal cell > UC-MSC : functional recovery after hypoxic-ischaemic brain damage"]),
    ("zhou2024", "reference list (cited in section 2.2 and Table 1 row 2)", "equivalent to adipose-derived MSC in promoting intestinal healing and microbiome normalization",
     ["iMSC ≈ adMSC : intestinal healing", "iMSC ≈ adMSC : microbiome normalization"]),
    ("aldoghachi2023", "abstract", "MSCs reportedly show limited proliferative capacity with inconsistent therapeutic outcomes due to their heterogeneous nature",
     ["iMSC > MSC : expansion capacity"]),
    ("aldoghachi2023", "abstract", "These cells show superior therapeutic qualities compared with adult MSCs as the applications of the latter are restricted by passage number and autoimmune rejection",
     ["iMSC > MSC : therapeutic efficacy", "iMSC > MSC : expansion capacity"]),
    ("aldoghachi2023", "section 1.2", "may provide a more practical solution for clinical application",
     ["iMSC > MSC : practicality for clinical application"]),
    ("aldoghachi2023", "section 1.3", "These iPSCs resemble embryonic stem cells (ESCs)", ["iPSC ≈ ESC : ESC characteristics"]),
    ("aldoghachi2023", "section 1.3", "They are considered immunologically safe in autologous transplantation and bypass ethical concerns, unlike the use of ESCs",
     ["iPSC < ESC : immune rejection", "iPSC < ESC : ethical concerns"]),
    ("aldoghachi2023", "section 1.5", "the gene expression levels of the tri-lineage differentiation have shown that bone marrow-derived MSCs (BM-MSCs) outperform iMSCs",
     ["BM-MSC > iMSC : tri-lineage differentiation gene expression"]),
    ("aldoghachi2023", "section 1.5", "iMSCs retain osteogenic and chondrogenic potential with less adipogenicity compared with their MSC counterparts",
     ["iMSC ≈ MSC : osteogenesis", "iMSC ≈ MSC : chondrogenesis", "iMSC < MSC : adipogenesis"]),
    ("aldoghachi2023", "section 3", "The utility of MSC/iMSC-derived EVs as a noncellular-based therapy is recognized as an alternative approach to overcome the possible risks that MSCs/iMSCs may pose for clinical applications",
     ["iMSC-EV < iMSC : risks in clinical application", "MSC-EV < MSC : risks in clinical application"]),
    ("aldoghachi2023", "section 4", "Exosomes derived from ESCs and iPSCs also show therapeutic potential similar to MSC-derived exosomes",
     ["ESC-exosome ≈ MSC-exosome : therapeutic efficacy", "iPSC-exosome ≈ MSC-exosome : therapeutic efficacy"]),
    ("aldoghachi2023", "section 6", "iMSCs could also be a universal source that prevents the heterogeneity of MSCs isolated from different sources",
     ["iMSC > MSC : homogeneity"]),
    ("aldoghachi2023", "section 6", "as a noncell-based form of therapy, exosomes-derived iMSCs could overcome immune rejection following cellular transplantation",
     ["iMSC-exosome < iMSC : immune rejection"]),
    ("aldoghachi2023", "Table 3 row 4", "Comparison between therapeutic potentials of iMSC-exo vs SM-MSC-exo",
     ["iMSC-exosome > SMMSC-exosome : therapeutic efficacy"]),
    ("aldoghachi2023", "Table 3 row 4", "iMSC-exo were more prominent in stimulating chondrocyte proliferation and migration compared to SV-MSC-exo resulted in a better therapeutic potentials of iMSC-exo",
     ["iMSC-exosome > SMMSC-exosome : chondrocyte proliferation", "iMSC-exosome > SMMSC-exosome : chondrocyte migration",
      "iMSC-exosome > SMMSC-exosome : therapeutic efficacy"]),
    ("aldoghachi2023", "section 7", "compared the impact of iMSC-derived exosomes and MSC-derived exosomes in stimulating skin proliferation",
     ["iMSC-exosome > MSC-exosome : cell proliferation", "iMSC-exosome > MSC-exosome : FN1"]),
    ("aldoghachi2023", "section 7", "the proliferation rate was higher in HaCaT cells treated with iMSC-derived exosomes compared with MSC-derived exosomes",
     ["iMSC-exosome > MSC-exosome : cell proliferation"]),
    ("aldoghachi2023", "section 7", "fibronectin levels were higher in HaCaT cells treated with iMSC-derived exosomes compared to that of MSC-derived exosomes",
     ["iMSC-exosome > MSC-exosome : FN1"]),
    ("aldoghachi2023", "section 7", "The study revealed that iMSC-derived exosomes enhanced the efficiency of the delivered siShn3",
     ["siShn3-iMSC-exosome > siShn3 : efficiency of the delivered siShn3"]),
    ("aldoghachi2023", "section 7", "However, there are certain points to consider when using exosomes instead of stem cell-based therapies",
     ["iMSC > iMSC-exosome : homing to the site of injury"]),
    ("aldoghachi2023", "section 7", "stem cells are capable of traveling to the site of injury or inflammation due to signals obtained from recipient cells, resulting in an accurate response at the targeted site; in exosomes, however, such an accurate response has not yet been shown",
     ["iMSC > iMSC-exosome : homing to the site of injury"]),
    ("aldoghachi2023", "Table 4 row 5", "Early passage iMSC-EV resulted in a better immunomodulatory effect compared to late passage in TLR4-stimulated splenocytes and primary SS mouse",
     ["early-passage iMSC-EV > late-passage iMSC-EV : immunomodulation"]),
    ("aldoghachi2023", "reference 22 (cited in section 1.3)", "Human induced pluripotent stem cells develop teratoma more efficiently and faster than human embryonic stem cells regardless the site of injection",
     ["iPSC > ESC : teratoma formation"]),
    ("aldoghachi2023", "reference 28 (cited in section 1.3 and Table 1 row 4)", "equivalent to adipose-derived MSC in promoting intestinal healing and microbiome normalization",
     ["iMSC ≈ adMSC : intestinal healing", "iMSC ≈ adMSC : microbiome normalization"]),
    ("aldoghachi2023", "reference 44 (cited in section 1.5 and Table 1 row 7)", "MSCs derived from iPSCs with a modified protocol are tumor-tropic but have much less potential to promote tumors than bone marrow MSCs",
     ["iMSC < BM-MSC : tumor growth"]),
]

# Comparative wording in the reviews that encodes no comparison of sources, each with its reason.
# The scan below must find every cue-word sentence that mentions a cell or vesicle source either
# in COMPARATIVE_SENTENCES or here.
NOT_COMPARISONS = [
    ("zhou2024", "Prolong survival time by MSCs from various sources but failed to reduce inflammation through iMSCs", "Table 1 row 1 sets outcomes against each other (survival prolonged by all sources; inflammation not reduced by iMSCs), not sources: it names none that did better; the text's comparison (section 2.2, Kagia 2019) is encoded"),
    ("zhou2024", "Effects of iMSCs and adMSCs in IBD", "Table 1 row 2's aim; its findings state no comparison; the text's (section 2.2, Soontarak 2018) is encoded"),
    ("zhou2024", "MSCs from different origins exhibit certain heterogeneity", "names no direction (MSCs of different origins differ)"),
    ("aldoghachi2023", "Therapeutic effect of different MSC sources in IBD", "Table 1 row 4's aim; names no direction, and the row's findings compare nothing"),
    ("aldoghachi2023", "Therapeutic potentials of iMSC and iMSC-EV on sjogren's syndrome", "Table 4 row 6's aim, naming both sources; its findings compare nothing"),
    ("aldoghachi2023", "In conclusion, iMSC-derived exosomes have shown important advantages due to their safety, low immunogenicity, and the inability to form tumors", "advantages without a comparator named"),
    ("zhou2024", "More and more evidence have indicated", "not a comparison ('more and more evidence')"),
    ("zhou2024", "graft-versus-host reactions", "a disease's name ('graft-versus-host')"),
    ("zhou2024", "although not all categories exhibited uniform improvements in the colon index", "names no direction: which sources improved the colon index less is not said (Kagia 2019)"),
    ("zhou2024", "What’s more, iMSC-EVs harbored", "a connective ('what's more'), not a comparison"),
    ("zhou2024", "For a more comprehensive comparison of the therapeutic effects between iMSCs and conventional tissue-derived MSCs", "calls for further research; states no finding"),
    ("zhou2024", "Lower immunogenicity, tumorigenicity and avoiding ethical restrictions", "Table 3: lower than what is not said (no comparator named)"),
    ("zhou2024", "Not true substitutes for BM-MSCs", "Table 3: names no aspect or direction; the section 4.1 sentence it sums up (Xu 2019) is encoded"),
    ("zhou2024", "Emerging artificial EVs with higher delivery efficiency", "Table 3: artificial EVs against EVs in general, not a source the reviews study; no citation"),
    ("zhou2024", "artificial EVs, which exhibit higher loading capacities and delivery efficiencies compared to traditional EVs", "artificial EVs against 'traditional EVs' in general (drug delivery), not a cell or vesicle source the reviews study"),
    ("zhou2024", "unlike the differentiation of ordinary cells, the effective differentiation of iPSCs into target cells requires higher technological barriers", "compares production processes (differentiating iPSCs against 'ordinary cells'), not the properties of a source"),
    ("zhou2024", "More importantly, large-scale studies are still needed", "not a comparison ('more importantly')"),
    ("zhou2024", "Pan PPAR agonist stimulation of induced MSCs produces extracellular vesicles with enhanced renoprotective effect for acute kidney injury", "a cited title whose 'enhanced' names no comparator; the text's comparison (section 3.2, credited to IFN-γ-iMSC-EVs) is encoded, with an attribution-mismatch caution"),
    ("zhou2024", "iPSC-derived MSCs are a distinct entity of MSCs with higher therapeutic potential than their donor-matched parental MSCs", "a cited title restating the section 4.1 sentence (Lee 2023), which is encoded"),
    ("zhou2024", "accelerates cutaneous wound healing through enhanced angiogenesis", "a cited title; 'enhanced' names no comparator"),
    ("zhou2024", "Enhanced tumor growth inhibition by mesenchymal stem cells derived from iPSCs with targeted integration of interleukin24 into rDNA loci", "a cited title; its comparator is implied; the text's comparison (section 2.2, Table 1 row 5) is encoded"),
    ("zhou2024", "repair critical-sized bone defects through enhanced angiogenesis and osteogenesis in osteoporotic rats", "a cited title; 'enhanced' names no comparator"),
    ("zhou2024", "Comparison of exosomes secreted by induced pluripotent stem cell-derived mesenchymal stem cells and synovial membrane-derived mesenchymal stem cells for the treatment of osteoarthritis", "a cited title naming no direction; the text's comparisons (Zhu 2017) are encoded"),
    ("zhou2024", "Comparative analysis of human induced pluripotent stem cell-derived mesenchymal stem cells and umbilical cord mesenchymal stem cells", "a cited title naming no direction (Zhou cites it only in section 1, among the alternative sources; its title matches the section 4.1 comparison credited to Marson et al., 2008, which carries a citation-mismatch caution)"),
    ("zhou2024", "Mesenchymal stem versus stromal cells", "a cited title on nomenclature ('stem versus stromal'), not a comparison of sources"),
    ("aldoghachi2023", "Compared with other stem cell types, mesenchymal stem cells (MSCs) are favored due to their multipotency, immunological compatibility, lower probability to form teratoma, and fewer ethical challenges", "no comparator named ('other stem cell types'): no node can stand for it"),
    ("aldoghachi2023", "graft-versus-host", "a disease's name ('graft-versus-host')"),
    ("aldoghachi2023", "graft versus host disease", "a disease's name, in a cited title"),
    ("aldoghachi2023", "Prevented bone loss, increased microvessel density in the femoral head compared to control group", "against an untreated control group, not another source"),
    ("aldoghachi2023", "CHI-hydrogel sustained the release of iMSC-exo, enhanced the repair mechanism", "'enhanced' names no comparator"),
    ("aldoghachi2023", "an increased dosage of iMSC-derived exosomes enhanced the proliferation and migration of HDFs and HUVECs", "a dose effect of one source, not a comparison of sources"),
    ("aldoghachi2023", "both iMSC- and MSC-derived exosomes enhanced migration, proliferation, survival, and cell cycle progression", "both sources act; no difference or likeness in degree is stated"),
    ("aldoghachi2023", "the administration of iMSC-derived exosomes enhanced extracellular signal-regulated kinase (ERK1/2) phosphorylation", "'enhanced' names no comparator"),
    ("aldoghachi2023", "enhanced osteogenesis in rats compared with B-TCP scaffold alone", "against the scaffold alone (the vehicle), not another source"),
    ("aldoghachi2023", "Alleviated tendinopathy-related pain compared to control group", "against an untreated control group"),
    ("aldoghachi2023", "Reduced infarct volume significantly and enhanced angiogenesis", "'enhanced' names no comparator"),
    ("aldoghachi2023", "upon iMSC-derived exosome administration compared with the control group", "against an untreated control group"),
    ("aldoghachi2023", "resulting in higher sphingosine kinase (SK) activity and sphingosine-1-phosphate (S1P) synthesis", "against untreated cells, not another source"),
    ("aldoghachi2023", "Overall, more studies and clinically relevant models are required", "not a comparison ('more studies')"),
    ("aldoghachi2023", "Functional comparison of human-induced pluripotent stem cell-derived mesenchymal cells and bone marrow-derived mesenchymal stromal cells from the same donor", "a cited title naming no direction; the section 1.5 finding (ref 49) is encoded"),
    ("aldoghachi2023", "retain adequate extragenicity and chondrogenicity but less adipogenicity", "a cited title restating the section 1.5 sentence (Kang et al), which is encoded"),
    ("aldoghachi2023", "Enhanced tumor growth inhibition by mesenchymal stem cells derived from iPSCs with targeted integration of interleukin24 into rDNA loci", "a cited title; its comparator is implied, and Table 1 row 9, which cites it, makes no comparison"),
    ("aldoghachi2023", "repair critical-sized bone defects through enhanced angiogenesis and osteogenesis in osteoporotic rats", "a cited title; 'enhanced' names no comparator"),
    ("aldoghachi2023", "Comparison of exosomes secreted by induced pluripotent stem cell-derived mesenchymal stem cells and synovial membrane-derived mesenchymal stem cells for the treatment of osteoarthritis", "a cited title naming no direction; Table 3 row 4's comparison (Zhu 2017) is encoded"),
]

# The scan: a sentence (a table cell, a bullet of a cell) is comparative when it holds one of these
# cue words and names a cell or vesicle source.
CUE = re.compile(r"\b(than|compared|comparing|comparison|comparable|comparative|superior\w*|inferior|outperform\w*|more|less|fewer|"
                 r"higher|lower|greater|stronger|better|similar\w*|equivalent|versus|vs|in contrast|relative to|as opposed to|"
                 r"unlike|surpass\w*|whereas|enhanced|closer|resembl\w*|akin)\b", re.IGNORECASE)
SOURCE = re.compile(r"MSC|EVs?\b|iPSC|ESC|[Ee]xosom|[Ee]xo\b|stem cell|stem-like|vesicle|stromal cell")


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


SYMBOLS = {"greater": ">", "less": "<", "similar": "≈"}


def record_spec(c):
    """A comparison as COMPARATIVE_SENTENCES writes it: 'A > B : aspect'."""
    return f"{c['a']} {SYMBOLS[c['direction']]} {c['b']} : {c.get('aspect') or c.get('aspect_text')}"


def text_sentences(text):
    """(line, sentence) for every sentence of a review: a table cell or a bullet of one counts as a
    sentence; prose is cut after . ! ? (and a citation's superscript) before a capital, a
    parenthesis or a name such as iMSCs."""
    for number, line in enumerate(text.splitlines(), 1):
        if "\t" in line or "•" in line:
            pieces = [b for cell in line.split("\t") for b in cell.split("•")]
        else:
            pieces = re.split(r"(?<=[.!?])(?:\^\{[^}]*\}|[\u2070-\u2079\u00b9\u00b2\u00b3\u207b\u2013,]+)?\s+(?=[A-Z(]|i[A-Z])", line)
        for piece in pieces:
            piece = piece.strip()
            if piece:
                yield number, piece


def comparative_hits(text):
    """The sentences of a review that hold a comparative cue word and name a cell or vesicle source."""
    return [(n, t) for n, t in text_sentences(text) if CUE.search(t) and SOURCE.search(t)]


def comparisons_coverage(g, texts, sentences=None, excluded=None):
    """The 'Comparisons' section of COVERAGE.md and the problems found: texts maps a review id to
    its text. Problems: an excerpt not in its review, a record that does not exist or has no
    evidence from the sentence's review and place, a record no sentence lists, a cue-word sentence
    neither listed nor excluded."""
    sentences = COMPARATIVE_SENTENCES if sentences is None else sentences
    excluded = NOT_COMPARISONS if excluded is None else excluded
    records = {record_spec(c): c for c in g.get("comparisons", [])}
    problems, listed = [], set()
    out = ["", "## Comparisons", "",
           "Every comparative sentence of both reviews (text, tables, and the titles of cited studies where a title "
           "names both sides), with the comparison records that encode it: `A > B : aspect` (A greater), `A < B` "
           "(less), `A ≈ B` (similar), then the studies cited for it there (⚠: the evidence carries a caution). "
           "Listed in `scripts/coverage.py`; a sentence missing from its review, or a record missing from the "
           "graph, fails the check.", "",
           "| review | where | sentence | records (cited) |", "|---|---|---|---|"]
    for review, where, excerpt, specs in sentences:
        if excerpt not in texts[review]:
            problems.append(f"{review} {where}: comparative sentence not found in the review: '{excerpt}'")
        shown = []
        for spec in specs:
            c = records.get(spec)
            if c is None:
                problems.append(f"{review} {where}: no comparison record '{spec}' ('{excerpt[:60]}...')")
                shown.append(f"{spec} **missing**")
                continue
            listed.add(spec)
            here = [ev for ev in c["evidence"] if ev.get("review") == review and ev.get("where") == where]
            if not here:
                problems.append(f"{review} {where}: record '{spec}' has no evidence from there")
            # the evidence quoting this sentence, where the notes tell several sentences of one place apart
            quoting = [ev for ev in here if excerpt[:25] in ev.get("note", "")] or here
            cited = sorted({ev["ref"] + (" ⚠" if ev.get("cautions") else "") for ev in quoting})
            shown.append(f"{spec} ({', '.join(cited) or '**no evidence here**'})")
        out.append(f"| {review} | {where} | {excerpt.replace('|', '/')} | {'<br>'.join(shown)} |")
    for spec in sorted(set(records) - listed):
        problems.append(f"comparison record '{spec}' is listed for no sentence in scripts/coverage.py")
    out += ["", "### Comparative wording not encoded", "",
            "Sentences with a comparative cue word that name a cell or vesicle source but hold no comparison of "
            "sources the graph can encode, each with its reason.", "",
            "| review | sentence | why not |", "|---|---|---|"]
    for review, excerpt, reason in excluded:
        if excerpt not in texts[review]:
            problems.append(f"{review}: excluded sentence not found in the review: '{excerpt}'")
        out.append(f"| {review} | {excerpt.replace('|', '/')} | {reason} |")
    for review, text in texts.items():
        known = [e for r, _, e, _ in sentences if r == review] + [e for r, e, _ in excluded if r == review]
        for number, sentence in comparative_hits(text):
            if not any(k in sentence or sentence in k for k in known):
                problems.append(f"{review} line {number}: comparative sentence neither listed nor excluded: '{sentence[:160]}'")
    return out, problems


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
           "text mechanism listed in the script, maps to the edges that encode it; every comparative "
           "sentence, to the comparison records that encode it (last section).", ""]
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
    texts = {r: (seeds / REVIEWS[r][0]).read_text(encoding="utf-8") for r in REVIEWS}
    section, problems = comparisons_coverage(g, texts)
    out += section
    missing += problems
    text = "\n".join(out) + "\n"
    if missing:
        print("coverage: rows, mechanisms or comparisons not covered:\n  " + "\n  ".join(missing), file=sys.stderr)
    if check:
        if not OUT.exists() or OUT.read_text() != text:
            print("coverage: graphs/COVERAGE.md is out of date: run scripts/coverage.py", file=sys.stderr)
            sys.exit(1)
        if missing:
            sys.exit(1)
        print(f"coverage: every table row and listed text mechanism has edges; "
              f"{len(COMPARATIVE_SENTENCES)} comparative sentences have their records")
        return
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}" + (f" ({len(missing)} gaps)" if missing else ""))
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
