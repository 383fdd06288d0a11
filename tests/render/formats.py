#!/usr/bin/python3
"""`mechgraph render` in every format, checked by independent readers: SVG and HTML parsed as
XML (and their texts compared with the labels, so nothing was injected or lost), PNG and PDF by
their signatures, DOT by cgraph in tests/render/test_render.c. Also: the output file is left
untouched when a render fails, and every layout works on the curated graph.

usage: formats.py MECHGRAPH DATA_DIR
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

MECHGRAPH, DATA = sys.argv[1], sys.argv[2]
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def render(args, expect=0):
    out = subprocess.run([MECHGRAPH, "render"] + args, capture_output=True)
    if out.returncode != expect:
        fail(f"render {' '.join(args)}: exit {out.returncode}, expected {expect}: {out.stderr.decode()[:300]}")
    return out


def overlapping_labels(root):
    """Pairs of node labels whose text boxes (estimated from position, font size and length)
    overlap: the whole graph must be legible at its default size."""
    boxes = []
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        if "node" not in (g.get("class") or "").split():
            continue
        for t in g.iter("{http://www.w3.org/2000/svg}text"):
            x, y, size, text = float(t.get("x")), float(t.get("y")), float(t.get("font-size")), "".join(t.itertext())
            half = 0.55 * size * len(text) / 2
            boxes.append((x - half, y - size, x + half, y, text))
    return [(a[4], b[4]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


class Page(HTMLParser):
    """The explorer page's elements and each script's text, as a browser's parser sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self.in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self.scripts.append([dict(attrs), ""])
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1][1] += data


def check_explorer(graph, page):
    """The explorer page (docs/render.md): exactly its three scripts (data, Cytoscape.js, its own),
    the data JSON that draws each label as is, nothing loaded from elsewhere, and the static SVG
    in <noscript> well-formed, without scripts, each label drawn as text exactly."""
    p = Page()
    p.feed(page)
    kinds = [(a.get("type"), a.get("id"), "src" in a) for a, _ in p.scripts]
    if kinds != [("application/json", "mg-data", False), (None, None, False), (None, None, False)]:
        fail(f"{graph} html: the scripts are not the page's three: {kinds}")
        return
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    if not title or html.unescape(title.group(1)) != 'a "title" <with> & marks':
        fail(f"{graph} html: the title reads {title and title.group(1)!r}")
    if any(t in ("link", "iframe", "img", "object", "embed") for t in p.tags):
        fail(f"{graph} html: the page loads an external resource")
    data = json.loads(p.scripts[0][1])
    if "<" in p.scripts[0][1]:
        fail(f"{graph} html: the data holds a '<' that could end its script")
    shown = [n["label"] for n in data["nodes"]]
    for label in (labels if graph else []):
        if label not in shown:
            fail(f"html: label {label!r} is not in the page's data as is")
    if graph and "https://doi.org/10.1000/a%22b%3Cc%3Ed%20e" not in [r.get("url") for r in data["refs"]]:
        fail("html: the DOI link is missing from the data or not encoded")
    noscript = re.search(r"<noscript>(.*?)</noscript>", page, re.S)  # Graphviz writes '<' in text as &lt;
    try:
        svg = ET.fromstring(noscript.group(1)[noscript.group(1).index("<svg"):noscript.group(1).rindex("</svg>") + 6])
    except (AttributeError, ValueError, ET.ParseError) as e:
        fail(f"{graph} html: the <noscript> SVG is not well-formed XML: {e}")
        return
    if any(e.tag.endswith("script") for e in svg.iter()):
        fail(f"{graph} html: a <script> element appeared in the SVG")
    drawn = texts(svg)
    for label in (labels if graph else []):
        if label not in drawn:
            fail(f"html: label {label!r} is not drawn as is in the static SVG")


def texts(root):
    return ["".join(e.itertext()) for e in root.iter() if e.tag.endswith("}text")]


tmp = tempfile.mkdtemp()
nasty = os.path.join(DATA, "nasty.json")
labels = [n["label"] for n in json.load(open(nasty))["nodes"]]

# every format of the curated graph, and of the graph whose labels try to inject
for graph in ([], ["--graph", nasty]):
    for fmt in ("svg", "html", "png", "pdf", "dot"):
        path = os.path.join(tmp, f"out.{fmt}")
        render(graph + ["-o", path, "--title", 'a "title" <with> & marks'])
        data = open(path, "rb").read() if os.path.exists(path) else b""
        if fmt == "png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
            fail(f"{graph} png: no PNG signature")
        if fmt == "pdf" and not data.startswith(b"%PDF-"):
            fail(f"{graph} pdf: no PDF signature")
        if fmt == "html" and b'id="mg-data"' in data:
            check_explorer(graph, data.decode())
            continue
        if fmt in ("svg", "html"):  # the static page of a build without Cytoscape.js is XHTML
            try:
                root = ET.fromstring(data)
            except ET.ParseError as e:
                fail(f"{graph} {fmt}: not well-formed XML: {e}")
                continue
            if fmt == "svg" and not graph and overlapping_labels(root):
                fail(f"the whole graph's labels overlap: {overlapping_labels(root)[:5]}")
            if any(e.tag.endswith("script") for e in root.iter()):
                fail(f"{graph} {fmt}: a <script> element appeared")
            if graph:  # each label is drawn as text, exactly
                shown = texts(root)
                for label in labels:
                    if label not in shown:
                        fail(f"{fmt}: label {label!r} is not drawn as is (texts: {shown[:12]})")
            if fmt == "svg":  # evidence one hover away, and the DOI link percent-encoded
                titles = [v for e in root.iter() for k, v in e.attrib.items() if k.endswith("title")]
                if graph and not any("O'Brien et al. 2020 (mouse & rat, Sjögren's <syndrome>)" in t for t in titles):
                    fail(f"svg: the edge's tooltip does not cite the study: {titles[:5]}")
                for label in (labels if graph else []):  # tooltips too show the label as is
                    if not any(t.startswith(label + " (") for t in titles):
                        fail(f"svg: no tooltip starts with the label {label!r}")
                links = [v for e in root.iter() for k, v in e.attrib.items() if k.endswith("href")]
                if graph and "https://doi.org/10.1000/a%22b%3Cc%3Ed%20e" not in links:
                    fail(f"svg: the DOI link is missing or not encoded: {links}")
            if fmt == "html" and graph:
                page = data.decode()
                if 'href="https://doi.org/10.1000/a%22b%3Cc%3Ed%20e"' not in page:
                    fail("html: the evidence table does not link the DOI")
                if "<link" in page or "src=" in page:
                    fail("html: the page loads an external resource")

# a failed render leaves the existing file as it was
keep = os.path.join(tmp, "keep.svg")
open(keep, "w").write("old content")
render(["--study", "no-such-study", "-o", keep], expect=1)
render(["--focus", "no-such-node", "-o", keep], expect=1)
if open(keep).read() != "old content":
    fail("a failed render changed the existing file")
render(["-o", os.path.join(tmp, "no", "such", "dir.svg")], expect=1)
render(["-o", "-"], expect=2)  # stdout needs a format
render(["-o", os.path.join(tmp, "x.txt")], expect=2)  # no format in the name
if sorted(os.listdir(tmp)) != sorted(["keep.svg"] + [f"out.{f}" for f in ("svg", "html", "png", "pdf", "dot")]):
    fail(f"stray files left behind: {sorted(os.listdir(tmp))}")

# every layout, every selection, on the curated graph
for args in (["--layout", "neato", "--context", "renal I/R injury"], ["--layout", "fdp", "--focus", "SP1", "--depth", "2"], ["--layout", "circo", "--hubs", "25"],
             ["--layout", "sfdp", "--context", "IVDD"], ["--cluster", "disease", "--labels"],
             ["--path", "iMSC-EV", "Sirt6"], ["--focus", "SP1", "--depth", "2"], ["--study", "yuan2017"],
             ["--study", "10.1038/s41419-017-0041-4"], ["--hubs", "20", "--exclude", "iMSC,iMSC-EV"],
             ["--types", "gene,mirna,vesicle"]):
    path = os.path.join(tmp, "sel.svg")
    render(args + ["-o", path])
    try:
        ET.parse(path)
    except (ET.ParseError, FileNotFoundError) as e:
        fail(f"{args}: {e}")
    if os.path.exists(path):
        os.unlink(path)

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
