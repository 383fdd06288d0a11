"""Every query against the command line's --json on the built-in graph: equal, field for field."""

import os

import pytest

import mechgraph
from conftest import cli_json, run_cli, SOURCE


def test_counts(g):
    info = cli_json("info")
    assert g.number_of_nodes() == info["nodes"]
    assert g.number_of_edges() == info["edges"]
    assert g.info() == info


@pytest.mark.parametrize("source,target,options,args", [
    ("iMSC-EV", "Sirt6", {}, []),
    ("iMSC-EV", "IVDD", {"shortest": True, "sign": "-"}, ["--shortest", "--sign", "-"]),
    ("iMSC-EV", "Sirt6", {"k": 3}, ["--k", "3"]),
    (["iMSC-EV", "iMSC"], "SIRT6", {"max_len": 3, "evidence": True}, ["--max-len", "3", "--evidence"]),
    ("iMSC", "IVDD", {"relation": ["delivers", "inhibits", "alleviates", "activates"], "coherent": True},
     ["--relation", "delivers,inhibits,alleviates,activates", "--coherent"]),
])
def test_paths(g, source, target, options, args):
    names = [",".join(x) if isinstance(x, list) else x for x in (source, target)]
    assert g.paths(source, target, **options) == cli_json("path", *names, *args)


@pytest.mark.parametrize("options,args", [
    ({}, []),
    ({"metric": "mcc", "top": 5}, ["--metric", "mcc", "--top", "5"]),
    ({"metrics": ["degree", "betweenness"], "type": "gene", "top": 5},
     ["--metrics", "degree,betweenness", "--type", "gene", "--top", "5"]),
    ({"exclude": ["iMSC", "iMSC-EV", "iMSC-exosome"], "top": 10}, ["--exclude", "iMSC,iMSC-EV,iMSC-exosome", "--top", "10"]),
])
def test_hubs(g, options, args):
    assert g.hubs(**options) == cli_json("hubs", *args)


@pytest.mark.parametrize("options,args", [
    ({"top": 5}, ["--top", "5"]),
    ({"method": "link", "top": 3}, ["--method", "link", "--top", "3"]),
    ({"subject": "iMSC-EV", "object_type": "disease", "method": "abc"},
     ["--subject", "iMSC-EV", "--object-type", "disease", "--method", "abc"]),
])
def test_hypotheses(g, options, args):
    assert g.hypotheses(**options) == cli_json("hypotheses", *args)


def test_node(g):
    assert g.node("Sirt6") == cli_json("show", "Sirt6")
    assert g.node("TGF-beta1") == cli_json("show", "TGF-beta1")
    assert g.node("miR-105")["id"] == "miR-105-5p"  # completed, as the command line does


def test_nodes(g):
    assert g.nodes() == cli_json("nodes")
    assert g.nodes(type="mirna") == cli_json("nodes", "--type", "mirna")
    assert g.nodes(type=["gene", "pathway"], match="sirt") == cli_json("nodes", "--type", "gene,pathway", "--match", "sirt")


def test_studies(g):
    assert g.studies() == cli_json("studies")
    assert g.studies("Yuan 2017") == cli_json("studies", "Yuan 2017")


def test_effects_and_neighbors(g):
    assert g.effects("miR-105-5p") == cli_json("effects", "miR-105-5p")
    assert g.effects(["iMSC-EV", "iMSC-exosome"], sign="-", type="disease") == \
        cli_json("effects", "iMSC-EV,iMSC-exosome", "--sign", "-", "--type", "disease")
    assert g.effects("IVDD", upstream=True, max_len=2) == cli_json("effects", "IVDD", "--upstream", "--max-len", "2")
    assert g.neighbors("SP1") == cli_json("neighbors", "SP1")
    assert g.neighbors("SP1", depth=2, direction="out") == cli_json("neighbors", "SP1", "--depth", "2", "--direction", "out")


def test_select(g):
    s = g.select(context="renal I/R injury")
    args = ["--context", "renal I/R injury"]
    assert s.info() == cli_json("info", *args)
    assert s.hubs(top=5) == cli_json("hubs", "--top", "5", *args)
    assert s.paths("iMSC-EV", "renal I/R injury") == cli_json("path", "iMSC-EV", "renal I/R injury", *args)
    assert s.paths("iMSC-EV", "renal I/R injury")["selection"]["context"] == "renal I/R injury"
    both = s.select(organism="rat")
    assert both.info() == cli_json("info", *args, "--organism", "rat")
    assert g.select() is g
    assert mechgraph.load(context="IVDD").nodes() == cli_json("nodes", "--context", "IVDD")


def test_load_files(g, tmp_path):
    curated = os.path.join(SOURCE, "graphs", "imsc_ev.json")
    one = mechgraph.load(curated)
    assert one.hubs(top=5) == cli_json("hubs", "--top", "5", "--graph", curated)
    tsv = tmp_path / "ivdd.tsv"
    run_cli("export", "--context", "IVDD", "-o", str(tsv))
    merged = mechgraph.load("builtin", str(tsv))
    assert merged.info() == cli_json("info", "--graph", "builtin", "--graph", str(tsv))
    assert mechgraph.load(tsv, format="tsv").number_of_edges() == cli_json("info", "--graph", str(tsv))["edges"]


def test_render_and_export(g, tmp_path):
    ours, theirs = tmp_path / "ours.dot", tmp_path / "theirs.dot"
    g.render(ours, between=("iMSC-EV", "Sirt6"), max_len=3)
    run_cli("render", "--path", "iMSC-EV", "Sirt6", "--max-len", "3", "-o", str(theirs))
    assert ours.read_bytes() == theirs.read_bytes()
    g.render(tmp_path / "sp1.svg", focus="SP1", depth=2)
    assert (tmp_path / "sp1.svg").read_text().lstrip().startswith("<?xml")
    for to, ext in (("json", "json"), ("graphml", "graphml"), ("sif-signed", "sif"), ("tsv", "tsv")):
        ours, theirs = tmp_path / f"ours.{ext}", tmp_path / f"theirs.{ext}"
        assert g.export(ours, to=to) == ours
        run_cli("export", "--to", to, "-o", str(theirs))
        assert ours.read_bytes() == theirs.read_bytes(), to
        assert g.export(to=to) == theirs.read_text()
    ivdd = g.select(context="IVDD")
    assert ivdd.export(to="sif") == run_cli("export", "--context", "IVDD", "--to", "sif", "-o", "-")[1]


def test_compare():
    fixture = os.path.join(SOURCE, "tests", "data", "comparisons.json")
    f = mechgraph.load(fixture)
    assert f.compare("iMSC", "BM-MSC") == cli_json("compare", "iMSC", "BM-MSC", "--graph", fixture)
    assert f.compare("iMSC-EV", context="OA", no_subtypes=True) == cli_json(
        "compare", "iMSC-EV", "--context", "OA", "--no-subtypes", "--graph", fixture)
    rows = f.compare("BM-MSC", "iMSC", aspect="differentiation")["comparisons"]
    assert [(r["a"], r["direction"], r["inverted"]) for r in rows] == [("BM-MSC", "greater", False)]
    # a selected graph: its review narrows the comparisons, and compare's own context still applies
    part = f.select(review="zhou2024")
    assert part.compare("iMSC")["count"] == 2
    with pytest.raises(mechgraph.errors.DataError, match="iMSC is compared with BM-MSC, UC-MSC"):
        f.compare("iMSC", "SMMSC-EV")
