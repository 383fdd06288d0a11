#!/usr/bin/python3
"""Writes the fuzz targets' seed corpora (tests/fuzz/corpus/<target>/) and dictionaries
(tests/fuzz/<target>.dict). The seeds are the test fixtures (tests/data), a slice of the built-in
graph (its first edges of each relation, their nodes and references) in every format mechgraph
reads, as mechgraph and networkx write it, the golden tests' command lines, and the built-in
graph's names with the variants users type. The result is committed; run this again when a
reader learns something new, and review what changed.

usage: tests/fuzz/seeds.py MECHGRAPH   (a built mechgraph binary, for the exports)
"""
import glob
import gzip
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "tests", "data")
TARGETS = ["json", "graphml", "cyjs", "tsv", "lookup", "cli", "indra", "sbml", "cmd", "roundtrip"]


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, "corpus", target, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def graph_slice(builtin):
    """The first edge of each relation and one more of each, with their nodes and references."""
    seen, edges = {}, []
    for e in builtin["edges"]:
        if seen.get(e["relation"], 0) < 2:
            seen[e["relation"]] = seen.get(e["relation"], 0) + 1
            edges.append(e)
    ids = {e["source"] for e in edges} | {e["target"] for e in edges}
    refs = set()
    for e in edges:
        for x in e.get("evidence", []):
            refs.update(v for k, v in x.items() if k in ("ref", "review"))
    return {
        "format": builtin["format"],
        "name": "slice",
        "description": "A slice of the built-in graph: two edges of each relation.",
        "references": [r for r in builtin["references"] if r["id"] in refs],
        "nodes": [n for n in builtin["nodes"] if n["id"] in ids],
        "edges": edges,
    }


def export(mechgraph, graph_file, to, tmp):
    out = os.path.join(tmp, "out." + to)
    subprocess.run([mechgraph, "export", "--graph", graph_file, "--to", to, "-o", out], check=True)
    return read(out)


def tsv_seed(fmt, data, chunk=0, columns=None):
    """fuzz_tsv.c's first byte (format, --columns line, chunk size), then the text."""
    code = {"tsv": 0, "sif": 1, "nodes": 2, "csv": 3}[fmt] | (4 if columns is not None else 0) | (chunk << 3)
    head = bytes([code]) + ((columns + "\n").encode() if columns is not None else b"")
    return head + data


def json_seeds(sl, slice_file, nxg):
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        write("json", os.path.basename(path), read(path))
    write("json", "slice.json", json.dumps(sl, indent=2, ensure_ascii=False))
    write("json", "slice.json.gz", gzip.compress(read(slice_file), mtime=0))
    write("json", "minimal.json", '{"format": "mechgraph-1", "nodes": [], "edges": []}\n')


def graphml_seeds(mechgraph, slice_file, nxg, tmp):
    for path in sorted(glob.glob(os.path.join(DATA, "*.graphml"))):
        write("graphml", os.path.basename(path), read(path))
    write("graphml", "slice.graphml", export(mechgraph, slice_file, "graphml", tmp))
    out = os.path.join(tmp, "nx.graphml")
    nx.write_graphml(nxg, out)
    write("graphml", "slice_networkx.graphml", read(out))


def cyjs_seeds(mechgraph, slice_file, nxg, tmp):
    for path in sorted(glob.glob(os.path.join(DATA, "*.cyjs"))):
        write("cyjs", os.path.basename(path), read(path))
    write("cyjs", "slice.cyjs", export(mechgraph, slice_file, "cyjs", tmp))
    write("cyjs", "slice_networkx.cyjs", json.dumps(nx.cytoscape_data(nxg), indent=1))


def tsv_seeds(mechgraph, sl, slice_file, tmp):
    for i, path in enumerate(sorted(glob.glob(os.path.join(DATA, "*.tsv")) + glob.glob(os.path.join(DATA, "*.txt")))):
        name = os.path.basename(path)
        write("tsv", name, tsv_seed("tsv", read(path), chunk=i % 4))
    for i, path in enumerate(sorted(glob.glob(os.path.join(DATA, "*.csv")))):
        write("tsv", os.path.basename(path), tsv_seed("csv", read(path), chunk=7 * i))
    for i, path in enumerate(sorted(glob.glob(os.path.join(DATA, "*.sif")))):
        write("tsv", os.path.basename(path), tsv_seed("sif", read(path), chunk=3 * i + 1))
    write("tsv", "slice.sif", tsv_seed("sif", export(mechgraph, slice_file, "sif", tmp), chunk=5))
    write("tsv", "slice.tsv", tsv_seed("tsv", export(mechgraph, slice_file, "tsv", tmp), chunk=31))
    table = "".join(f"{n['id']}\t{n['type']}\n" for n in sl["nodes"])
    write("tsv", "nodes_headless.tsv", tsv_seed("nodes", table.encode(), chunk=2))
    table = "id\tname\tkind\n" + "".join(f"{n['id']}\t{n['label']}\t{n['type']}\n" for n in sl["nodes"])
    write("tsv", "nodes_header.tsv", tsv_seed("nodes", table.encode(), chunk=0))
    signed = read(os.path.join(DATA, "signed.tsv"))
    write("tsv", "columns_numbers.tsv", tsv_seed("tsv", signed, columns="source=1,target=2,sign=3"))
    write("tsv", "columns_names.tsv", tsv_seed("tsv", b"from\tto\tkind\tscore\nA\tB\tactivates\t0.5\nB\tC\tinhibits\t2\n",
                                                columns="source=from,target=to,relation=kind,weight=score", chunk=7))
    write("tsv", "columns_nodes.tsv", tsv_seed("nodes", b"name\tcategory\nA\tgene\nB\tprocess\n",
                                                columns="id=name,type=category"))
    write("tsv", "metaedge.tsv", tsv_seed("tsv", b"source\tmetaedge\ttarget\nGene::A\tGiG\tGene::B\n"
                                                 b"Compound::C\tCdG\tGene::A\n", chunk=1))
    write("tsv", "crlf_bom.tsv", tsv_seed("tsv", b"\xef\xbb\xbfsource\ttarget\trelation\r\nA\tB\tactivates\r\n#c\r\n\r\nB\tA\t-\r\n"))


def indra_seeds(mechgraph, slice_file, tmp):
    """INDRA's statements JSON: the sample, each statement alone, and the slice's SBML-qual export
    read back as INDRA would not write it (kept out: the reader must not need it)."""
    sample = read(os.path.join(DATA, "indra_statements.json"))
    write("indra", "indra_statements.json", sample)
    for i, stmt in enumerate(json.loads(sample)):
        write("indra", f"statement_{i}_{stmt['type']}.json", json.dumps([stmt], indent=1))
    write("indra", "empty.json", "[]\n")


def sbml_seeds(mechgraph, slice_file, tmp):
    """SBML-qual: the GINsim-style sample, and the slice and the INDRA sample exported by mechgraph."""
    write("sbml", "ginsim_qual.sbml", read(os.path.join(DATA, "ginsim_qual.sbml")))
    write("sbml", "slice.sbml", export(mechgraph, slice_file, "sbml-qual", tmp))
    write("sbml", "indra.sbml", export(mechgraph, os.path.join(DATA, "indra_statements.json"), "sbml-qual", tmp))


def lookup_seeds(builtin):
    names = []
    for i, n in enumerate(builtin["nodes"]):
        if i % 4 == 0:
            names += [n["id"], n.get("label", n["id"])] + n.get("synonyms", [])[:2]
    greek = {"alpha": "α", "beta": "β", "gamma": "γ", "kappa": "κ", "delta": "Δ"}
    variants = []
    for s in names:
        for word, letter in greek.items():
            if word in s.lower():
                variants.append(re.sub(word, letter, s, flags=re.I))
        if len(s) > 4:
            variants.append(s[:2] + s[3:])  # a typo: a letter left out
            variants.append(s.upper().replace("-", " "))
    extra = ["TGF-beta1", "TGF-β1", "tgf_β_1", "NF-κB", "IL-1β", "Müller", "TNF‐α", "miR‑21", "\xa0IL 6\xa0",
             "x" * 250, "ab", "a", ""]
    seeds = list(dict.fromkeys(names + variants + extra))
    for i, s in enumerate(seeds):
        write("lookup", f"name{i:03d}", s)
    write("lookup", "invalid_utf8", b"IL\xce-\xb2\xff\xc3")
    # names that only the rules after the normalised key find (docs/format.md, "Names")
    rules = ["Tregs", "NK cells", "p38 MAPK signaling", "HIF-1", "liver ischemia/reperfusion", "iPSC-MSC-exosomes",
             "miR-105", "exosomes", "STAT", "TGF-β", "I/R injury", "IL-6 signalling pathways", "EV EV EV exos",
             "dendritic", "ies", "s", "cells cells cells", "ERK1/2 pathway cell"]
    for i, s in enumerate(rules):
        write("lookup", f"rules{i:03d}", s)


def cli_seeds():
    lines = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "cli", "cases", "*.cmd"))):
        with open(path, encoding="utf-8") as f:
            words = shlex.split(f.read())
        lines.setdefault("\0".join(words), os.path.basename(path)[:-4])
    for text, name in lines.items():
        write("cli", name, text)


def cmd_seeds():
    """fuzz_cmd.c: the golden command lines ('/' becomes '_' there), on the built-in graph and on
    a small graph given first ("G:" TSV, then an empty word)."""
    small = "G:source\ttarget\trelation\nA\tB\tactivates\nB\tC\tinhibits\nC\tA\tbinds\n\0\0"
    for path in sorted(glob.glob(os.path.join(HERE, "corpus", "cli", "*"))):
        text = read(path)
        write("cmd", os.path.basename(path), text)
    for name, words in [("small_path", "path\0A\0C"), ("small_hubs", "hubs"), ("small_export", "export\0--to\0tsv\0-o\0x.tsv"),
                        ("small_neo4j", "export\0--to\0neo4j\0-o\0n"), ("small_render", "render\0-o\0x.svg"),
                        ("small_merge", "merge\0g.tsv\0g.tsv\0-o\0m.json"), ("small_show", "show\0A"),
                        ("small_hypotheses", "hypotheses\0--limit\0" "3"), ("small_effects", "effects\0A")]:
        write("cmd", name, small + words)


def roundtrip_seeds():
    """fuzz_roundtrip.c: a reader's byte, a writer's byte, then a document of that reader's corpus
    (TSV: the slice's TSV and SIF), each document with the next writer in turn."""
    readers = {"json": 0, "tsv": 1, "sif": 2, "graphml": 3, "cyjs": 4, "indra": 5, "sbml": 6}
    docs = []
    for target in ("json", "graphml", "cyjs", "indra", "sbml"):
        for path in sorted(glob.glob(os.path.join(HERE, "corpus", target, "*"))):
            if os.path.getsize(path) < 20000:
                docs.append((readers[target], os.path.basename(path), read(path)))
    for name in ("slice.tsv", "signed.tsv", "slice.sif", "good.sif"):
        path = os.path.join(HERE, "corpus", "tsv", name)
        if os.path.exists(path):
            docs.append((readers[name.rsplit(".", 1)[1]], name, read(path)[1:]))  # less fuzz_tsv's byte
    for i, (reader, name, data) in enumerate(docs):
        write("roundtrip", f"{name}.w{i % 6}", bytes([reader, i % 6]) + data)


def dictionaries(builtin):
    def save(name, tokens):
        with open(os.path.join(HERE, name + ".dict"), "w", encoding="utf-8") as f:
            f.write(f"# {name}.dict - libFuzzer tokens, written by tests/fuzz/seeds.py\n")
            for t in dict.fromkeys(tokens):
                f.write('"' + "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else
                                      "".join(f"\\x{b:02x}" for b in c.encode()) for c in t) + '"\n')

    with open(os.path.join(ROOT, "src", "lib", "core", "vocab.c"), encoding="utf-8") as f:
        vocab = f.read()
    words = re.findall(r'\] = \{"([a-z_]+)"', vocab)
    json_keys = ["format", "mechgraph-1", "name", "description", "references", "nodes", "edges", "id", "type", "label",
                 "synonyms", "xrefs", "note", "source", "target", "relation", "weight", "evidence", "ref", "review",
                 "where", "organism", "system", "disease", "cell", "citation", "doi", "pmid", "origin",
                 "elements", "data", "group", "interaction", "sign", "directed", "multigraph", "SUID",
                 "format_version", "generated_by", "target_cytoscapejs_version", "dois", "evidence_count", "value"]
    save("json", [f'"{k}"' for k in json_keys] + words +
         ["{", "}", "[", "]", ":", ",", "true", "false", "null", "\\u", "\\ud83d\\ude00", "1e308", "-0", "\xef\xbb\xbf"])
    save("graphml", ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<graphml", "</graphml>", "<key", "attr.name=",
                     "attr.type=", "for=\"node\"", "for=\"edge\"", "for=\"graph\"", "for=\"all\"", "<default>",
                     "<graph", "edgedefault=\"directed\"", "edgedefault=\"undirected\"", "<node", "</node>", "<edge",
                     "</edge>", "<data", "</data>", "key=", "id=", "source=", "target=", "directed=", "<hyperedge",
                     "<endpoint", "<port", "sourceport=", "<locator", "yfiles.type=\"nodegraphics\"", "<y:NodeLabel>",
                     "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#x",
                     "&#", "xmlns=", "string", "double", "int", "boolean", "long", "float", "label", "type",
                     "relation", "weight", "sign", "interaction", "synonyms", "xrefs", "references", "dois"] + words)
    with open(os.path.join(ROOT, "src", "cli", "commands.c"), encoding="utf-8") as f:
        table = f.read()
    commands = re.findall(r'\{"([a-z]+)", cmd_', table)
    options = re.findall(r'\{"([a-z-]+)", (?:\'.\'|0), ', table) + ["graph", "from", "graph-format", "columns", "json", "help"]
    shorts = re.findall(r'\{"[a-z-]+", \'(.)\'', table) + ["g", "h"]
    save("cli", commands + ["help"] + ["--" + o for o in options] + ["-" + s for s in shorts] + ["--", "-", "\0", "=",
         "@", ",", "builtin", "consensus", "pagerank", "dot", "svg", "html", "neato", "graphml", "cyjs", "sif", "nodes",
         "abc", "dwpc", "source=1", "target=2"] + words)
    save("tsv", ["\t", "\n", "\r\n", "#", "source", "target", "relation", "sign", "weight", "metaedge", "interaction",
                 "INTERACTION_TYPE", "PARTICIPANT_A", "PARTICIPANT_B", "PARTICIPANT", "PARTICIPANT_TYPE",
                 "controls-expression-of", "in-complex-with", "interacts-with", "chemical-affects", "GiG", "CdG",
                 "Gene::", "Compound::", "id", "name", "kind", "label", "type", "+", "-", "+1", "-1", "activation",
                 "inhibition", "\xef\xbb\xbf", "source=", "target=", "id="] + words)
    indra = json.loads(read(os.path.join(DATA, "indra_statements.json")))
    save("indra", ['"type"', '"subj"', '"obj"', '"enz"', '"sub"', '"members"', '"gef"', '"gap"', '"ras"', '"agent"',
                   '"name"', '"db_refs"', '"belief"', '"evidence"', '"source_api"', '"pmid"', '"source_id"', '"text"',
                   '"context"', '"species"', '"cell_type"', '"cell_line"', '"organ"', '"disease"', '"text_refs"',
                   '"PMID"', '"DOI"', '"HGNC"', '"UP"', '"EGID"', '"FPLX"', '"CHEBI"', '"TEXT"', "null", "[", "]", "{", "}",
                   ":", ","] + sorted({'"' + s["type"] + '"' for s in indra}) +
         ['"Complex"', '"Gef"', '"Gap"', '"GtpActivation"', '"Translocation"', '"ActiveForm"', '"Ubiquitination"'])
    save("sbml", ["<sbml", "</sbml>", "<model", "</model>", "<qual:listOfQualitativeSpecies>", "<qual:qualitativeSpecies",
                  "<qual:listOfTransitions>", "<qual:transition", "</qual:transition>", "<qual:listOfInputs>",
                  "<qual:input", "<qual:listOfOutputs>", "<qual:output", "<qual:listOfFunctionTerms>",
                  "<qual:defaultTerm", "<qual:functionTerm", "qual:id=", "qual:name=", "qual:qualitativeSpecies=",
                  "qual:sign=\"positive\"", "qual:sign=\"negative\"", "qual:sign=\"dual\"", "qual:sign=\"unknown\"",
                  "qual:transitionEffect=", "qual:compartment=", "qual:constant=", "metaid=", "<annotation>",
                  "<rdf:RDF", "<rdf:Description", "rdf:about=", "<bqbiol:is>", "<bqbiol:isDescribedBy>", "<rdf:Bag>",
                  "<rdf:li", "rdf:resource=", "https://identifiers.org/", "urn:miriam:", "pubmed:", "doi:",
                  "xmlns:qual=\"http://www.sbml.org/sbml/level3/version1/qual/version1\"", "<notes>", "<!DOCTYPE",
                  "<!ENTITY", "&amp;", "<![CDATA[", "<!--"] + words)
    save("lookup", list("αβγδεκλμπστφχψωΔΣΩµ") + ["alpha", "beta", "kappa", "-", "_", " ", ".", "'", "\xa0", "\u2010",
                                                   "\u2212", "\u2019", "é", "ö", "ß", "×", "miR-", "IL-", "TGF"])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    mechgraph = os.path.abspath(sys.argv[1])
    with open(os.path.join(ROOT, "graphs", "imsc_ev.json"), encoding="utf-8") as f:
        builtin = json.load(f)
    sl = graph_slice(builtin)
    for t in TARGETS:
        shutil.rmtree(os.path.join(HERE, "corpus", t), ignore_errors=True)
        os.makedirs(os.path.join(HERE, "corpus", t))
    with tempfile.TemporaryDirectory() as tmp:
        slice_file = os.path.join(tmp, "slice.json")
        with open(slice_file, "w", encoding="utf-8") as f:
            json.dump(sl, f, indent=2, ensure_ascii=False)
        nxg = nx.MultiDiGraph()
        for n in sl["nodes"]:
            nxg.add_node(n["id"], label=n.get("label", n["id"]), type=n["type"])
        for e in sl["edges"]:
            nxg.add_edge(e["source"], e["target"], relation=e["relation"])
        json_seeds(sl, slice_file, nxg)
        graphml_seeds(mechgraph, slice_file, nxg, tmp)
        cyjs_seeds(mechgraph, slice_file, nxg, tmp)
        tsv_seeds(mechgraph, sl, slice_file, tmp)
        indra_seeds(mechgraph, slice_file, tmp)
        sbml_seeds(mechgraph, slice_file, tmp)
    lookup_seeds(builtin)
    cli_seeds()
    cmd_seeds()
    roundtrip_seeds()
    dictionaries(builtin)


if __name__ == "__main__":
    main()
