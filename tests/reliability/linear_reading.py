#!/usr/bin/python3
"""Reading is linear (issue 24, item 7): for each reader, valid files of 1x, 4x and 16x a base
size, shaped the way that was quadratic (GraphML: many keys and many nodes each with data;
JSON: many references cited by id, objects with many members; Cytoscape.js: elements with many
data members; TSV, SIF, CSV, INDRA, SBML: many rows), are loaded by `info`. The CPU time of
each load (the child's own user + system time, not the wall clock, so that a busy machine or a
sanitizer changes the figures less) less that of an empty load must grow at most linearly: the
ratio 16x/4x must stay under 4 x SLACK. A quadratic reader gives 16, a linear one 4.

usage: linear_reading.py MECHGRAPH [READER...]
"""
import gzip
import json
import atexit
import os
import shutil
import subprocess
import sys
import tempfile

MECHGRAPH = sys.argv[1]
ONLY = sys.argv[2:]
SLACK = 2.0  # 4 x 2 = 8: far below a quadratic reader's 16, above a linear one's noise
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def cpu(args):
    """The child's user + system seconds, and its exit status."""
    p = subprocess.Popen([MECHGRAPH] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        fail(f"{' '.join(args)}: exit {code}: {err.decode(errors='replace')[:300]}")
    return usage.ru_utime + usage.ru_stime


# ---- the shapes, n the scale ----

def mgjson(n):
    """n nodes, n edges, n references each cited by one edge, every object with a few x- members"""
    refs = [{"id": f"r{i}", "citation": f"Author {i} (2020)", "x-extra": i} for i in range(n)]
    nodes = [{"id": f"N{i}", "type": "gene", "x-a": 1, "x-b": 2} for i in range(n + 1)]
    edges = [{"source": f"N{i}", "target": f"N{i + 1}", "relation": "activates", "evidence": [{"ref": f"r{i}"}]}
             for i in range(n)]
    return json.dumps({"format": "mechgraph-1", "references": refs, "nodes": nodes, "edges": edges}).encode()


def mgjson_members(n):
    """one node object with n extension members"""
    node = {"id": "A", "type": "gene"}
    node.update({f"x-{i}": i for i in range(n)})
    return json.dumps({"format": "mechgraph-1", "nodes": [node, {"id": "B", "type": "gene"}],
                       "edges": [{"source": "A", "target": "B", "relation": "activates"}]}).encode()


def cyjs(n):
    """n nodes with 8 data members each, n edges"""
    nodes = [{"data": {"id": f"N{i}", "name": f"node {i}", **{f"attr{k}": k for k in range(6)}}} for i in range(n + 1)]
    edges = [{"data": {"id": f"e{i}", "source": f"N{i}", "target": f"N{i + 1}", "interaction": "activates"}} for i in range(n)]
    return json.dumps({"elements": {"nodes": nodes, "edges": edges}}).encode()


def cyjs_members(n):
    """one node whose data has n members"""
    data = {"id": "A"}
    data.update({f"attr{i}": i for i in range(n)})
    return json.dumps({"elements": {"nodes": [{"data": data}], "edges": []}}).encode()


def graphml(n):
    """n // 10 keys, n nodes each with data of several keys, n edges"""
    keys = max(8, n // 10)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n']
    out += [f'<key id="k{k}" for="node" attr.name="attr{k}" attr.type="string"/>\n' for k in range(keys)]
    out.append('<key id="rel" for="edge" attr.name="relation" attr.type="string"/>\n<graph edgedefault="directed">\n')
    out += [f'<node id="N{i}"><data key="k{i % keys}">v</data><data key="k{(i + 1) % keys}">w</data></node>\n'
            for i in range(n + 1)]
    out += [f'<edge source="N{i}" target="N{i + 1}"><data key="rel">activates</data></edge>\n' for i in range(n)]
    out.append("</graph>\n</graphml>\n")
    return "".join(out).encode()


def tsv(n):
    return ("source\ttarget\trelation\n" + "".join(f"N{i}\tN{i + 1}\tactivates\n" for i in range(n))).encode()


def sif(n):
    return "".join(f"N{i}\tactivates\tN{i + 1}\n" for i in range(n)).encode()


def csv(n):
    return ("source,target,relation\n" + "".join(f"N{i},N{i + 1},activates\n" for i in range(n))).encode()


def indra(n):
    stmts = [{"type": "Activation", "subj": {"name": f"G{i}", "db_refs": {"HGNC": str(i)}},
              "obj": {"name": f"G{i + 1}", "db_refs": {"HGNC": str(i + 1)}},
              "evidence": [{"source_api": "reach", "pmid": str(1000 + i)}]} for i in range(n)]
    return json.dumps(stmts).encode()


def sbml(n):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" '
           'xmlns:qual="http://www.sbml.org/sbml/level3/version1/qual/version1" level="3" version="1" qual:required="true">\n'
           '<model id="m"><listOfCompartments><compartment id="c" constant="true"/></listOfCompartments>\n'
           '<qual:listOfQualitativeSpecies>\n']
    out += [f'<qual:qualitativeSpecies qual:id="S{i}" qual:compartment="c" qual:constant="false"/>\n' for i in range(n + 1)]
    out.append('</qual:listOfQualitativeSpecies>\n<qual:listOfTransitions>\n')
    out += [f'<qual:transition qual:id="t{i}"><qual:listOfInputs><qual:input qual:id="i{i}" qual:qualitativeSpecies="S{i}" '
            f'qual:transitionEffect="none" qual:sign="positive"/></qual:listOfInputs><qual:listOfOutputs>'
            f'<qual:output qual:id="o{i}" qual:qualitativeSpecies="S{i + 1}" qual:transitionEffect="assignmentLevel"/>'
            f'</qual:listOfOutputs><qual:listOfFunctionTerms><qual:defaultTerm qual:resultLevel="0"/>'
            f'</qual:listOfFunctionTerms></qual:transition>\n' for i in range(n)]
    out.append("</qual:listOfTransitions>\n</model>\n</sbml>\n")
    return "".join(out).encode()


# (reader, file name, maker, base n, extra arguments)
SHAPES = [
    ("json", "refs.json", mgjson, 800, []),
    ("json", "members.json", mgjson_members, 8000, []),
    ("cyjs", "graph.cyjs", cyjs, 400, []),
    ("cyjs", "members.cyjs", cyjs_members, 8000, []),
    ("graphml", "graph.graphml", graphml, 1500, []),
    ("tsv", "graph.tsv", tsv, 5000, []),
    ("tsv", "graph.tsv.gz", tsv, 5000, []),
    ("sif", "graph.sif", sif, 5000, []),
    ("csv", "graph.csv", csv, 5000, []),
    ("indra", "stmts.json", indra, 800, ["--from", "indra"]),
    ("sbml", "model.sbml", sbml, 30, []),
]

WORK = tempfile.mkdtemp(prefix="mg-linear-")
atexit.register(shutil.rmtree, WORK, True)  # the folder goes, whatever the outcome
os.chdir(WORK)
with open("empty.tsv", "w") as f:
    f.write("source\ttarget\nA\tB\n")
floor = min(cpu(["info", "--graph", "empty.tsv"]) for _ in range(3))
for reader, name, make, base, extra in SHAPES:
    if ONLY and reader not in ONLY:
        continue
    times = []
    for scale in (1, 4, 16):
        data = make(base * scale)
        if name.endswith(".gz"):
            data = gzip.compress(data, 1)
        path = f"{scale}x-{name}"
        with open(path, "wb") as f:
            f.write(data)
        # a load's CPU time, less the process's own start
        t = cpu(["info", "--graph", path] + extra)
        times.append(max(t - floor, 0.001))
        os.unlink(path)
    # a 4x load under 0.02 s is mostly noise (the empty load's time is taken off): judged as 0.02
    r = times[2] / max(times[1], 0.02)
    print(f"{reader:8s} {name:14s} n={base}: " + ", ".join(f"{s}x {t:.3f} s" for s, t in zip((1, 4, 16), times)) +
          f"; 16x/4x = {r:.1f}")
    if r > 4 * SLACK:
        fail(f"{reader} {name}: 16x takes {r:.1f} times as long as 4x (linear: 4)")

if failures:
    print(f"{len(failures)} failures")
    sys.exit(1)
print("ok")
