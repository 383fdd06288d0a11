"""The bad-input table: malformed files for every reader, each with where the problem must be
reported and what the message must say; and the valid files the formats' standards demand be
read (a byte order mark, CRLF, mixed line ends).

Each row is Case(reader, name, file, content, where, what, args, status):
  reader   the reader it exercises (one CTest test per reader runs its rows)
  file     the file's name; its extension chooses the reader, as users name files; .gz is gzip
  content  the bytes (a function of none, for the large and the random ones); files ending .gz
           are compressed by the runner unless the content is already gzip (see gz_cut)
  where    the location the first message must start with: "FILE:LINE:COLUMN:", "FILE: PATH:"
  what     a phrase the message must contain (what was expected or what is wrong)
  args     extra arguments after `mechgraph info --graph FILE`
  status   1 for bad input; 0 for the valid companions (where and what are then None)

Binary and large contents are generated here, never committed. Run with tests/badinput/run.py.
"""
import gzip
import hashlib
import os
import re
from collections import namedtuple

Case = namedtuple("Case", "reader name file content where what args status")


def bad(reader, name, file, content, where, what, args=()):
    return Case(reader, name, file, content, where, what, list(args), 1)


def good(reader, name, file, content, args=()):
    return Case(reader, name, file, content, None, None, list(args), 0)


BOM = b"\xef\xbb\xbf"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def noise(n=4096, seed=9):
    """n bytes of random garbage, the same every run and with every Python (SHA-256 in counter mode)."""
    def make():
        out = b"".join(hashlib.sha256(b"%d:%d" % (seed, i)).digest() for i in range(n // 32 + 1))
        return out[:n]
    return make


def png():
    return PNG + noise(2048, 1)()


def gz_cut(text, keep=0.5):
    """`text` gzip-compressed, then cut: a download that stopped early."""
    def make():
        data = gzip.compress(text, mtime=0)
        return data[: int(len(data) * keep)]
    return make


def gz_corrupt(text):
    """`text` gzip-compressed with a byte of its compressed data flipped (the CRC then fails)."""
    def make():
        data = bytearray(gzip.compress(text, mtime=0))
        data[len(data) // 2] ^= 0xFF
        return bytes(data)
    return make


def gz_then(*parts):
    """gzip members one after another (bytes), or raw bytes (str, latin-1) where a part is not gzip:
    what `cat a.gz b.gz` and a file with text appended after its gzip data look like."""
    def make():
        return b"".join(gzip.compress(p, mtime=0) if isinstance(p, bytes) else p.encode("latin-1") for p in parts)
    return make


def mix(text):
    """`text` with its line ends made CRLF, CR and LF in turn: a file edited on three systems."""
    ends = [b"\r\n", b"\r", b"\n"]
    lines = text.split(b"\n")
    return b"".join(ln + ends[i % 3] for i, ln in enumerate(lines[:-1])) + lines[-1]


def name(n, c=b"x"):
    return c * n


# The maxima (MG_NAME_MAX and MG_TEXT_MAX in src/mechgraph.h): names (ids, labels, synonyms) and
# other texts. LONG_NAME is what a name one byte too long is said to be.
def header_define(name):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "mechgraph.h")) as f:
        return int(re.search(r"#define %s (\d+)" % name, f.read()).group(1))


NAME_MAX = header_define("MG_NAME_MAX")
TEXT_MAX = header_define("MG_TEXT_MAX")
LONG_NAME = "of %d bytes is longer than the maximum of %d" % (NAME_MAX + 1, NAME_MAX)

# ---- mechgraph-1 JSON ----


def mgjson(nodes=b'{"id": "A", "type": "gene"}, {"id": "B", "type": "gene"}',
           edges=b'{"source": "A", "target": "B", "relation": "activates"}'):
    return b'{"format": "mechgraph-1", "nodes": [' + nodes + b'], "edges": [' + edges + b"]}\n"


# a long valid text to compress (a truncated .gz must not be long enough to hold no text at all)
MGJSON_LONG = (b'{"format": "mechgraph-1",\n "nodes": [\n' +
               b",\n".join(b'  {"id": "N%d", "type": "gene", "label": "node %d"}' % (i, i) for i in range(400)) +
               b'\n ],\n "edges": [\n' +
               b",\n".join(b'  {"source": "N%d", "target": "N%d", "relation": "activates"}' % (i, i + 1)
                           for i in range(399)) + b"\n ]}\n")
# lines 1 to 6, ending CRLF, CR, LF, CRLF, CR, LF
MIXED_JSON = mix(b'{"format": "mechgraph-1",\n "nodes": [\n  {"id": "A", "type": "gene"},\n'
                 b'  {"id": "B", "type": "gene"}\n ],\n "edges": [\n')

JSON = [
    bad("json", "empty: 0 bytes", "empty.json", b"", "empty.json:1:1:", "expected a mechgraph-1 JSON object"),
    bad("json", "whitespace only: spaces, tabs, line ends", "blank.json", b" \n\t\r\n  \n", "blank.json:1:1:", "expected a mechgraph-1 JSON object"),
    bad("json", "truncated: mid-token", "cut.json", b'{"format": "mechgraph-1", "nodes": [{"id": "A", "ty',
        "cut.json:1:52:", "unexpected end of file"),
    bad("json", "truncated: mid-number", "cutnum.json", mgjson(edges=b'{"source": "A", "target": "B", "weight": 0.5}').split(b"0.5")[0] + b"0.",
        "cutnum.json:1:149:", "unexpected end of file"),
    bad("json", "truncated: mid-line", "cutline.json", MGJSON_LONG[:200],
        "cutline.json:6:10:", "unexpected end of file"),
    bad("json", "truncated gzip: half the compressed file", "cut.json.gz", gz_cut(MGJSON_LONG), "cut.json.gz:", "truncated"),
    bad("json", "corrupt gzip: a byte of the compressed data flipped", "corrupt.json.gz", gz_corrupt(MGJSON_LONG), "corrupt.json.gz:", "gzip"),
    bad("json", "data after gzip: text appended to the gzip data", "trail.json.gz", gz_then(MGJSON_LONG, "{}"),
        "trail.json.gz:", "not gzip after the gzip data"),
    good("json", "valid: gzip, in two members", "members.json.gz", gz_then(MGJSON_LONG[:100], MGJSON_LONG[100:])),
    bad("json", "BOM, then an error: a syntax error", "bom.json", BOM + b'{"format": "mechgraph-1", "nodes": [,], "edges": []}',
        "bom.json:1:37:", "expected a value"),
    bad("json", "BOM, then an error: a missing member", "bomschema.json", BOM + mgjson(nodes=b'{"id": "A"}'),
        "bomschema.json: nodes[0]:", "missing member 'type'"),
    bad("json", "NUL: a NUL byte", "nul.json", b'{"format": "mechgraph-1",\n "nodes": [{"id": "A\x00B", "type": "gene"}]}',
        "nul.json:2:21:", "NUL byte"),
    bad("json", "invalid UTF-8: in an id", "utf8id.json", mgjson(nodes=b'{"id": "A\xff", "type": "gene"}'),
        "utf8id.json:1:46:", "invalid UTF-8"),
    bad("json", "invalid UTF-8: in a label", "utf8label.json",
        mgjson(nodes=b'{"id": "A", "type": "gene", "label": "\xc3("}'), "utf8label.json:1:75:", "invalid UTF-8"),
    bad("json", "deep nesting: 100000 arrays", "deep.json", lambda: b"[" * 100000, "deep.json:1:65:",
        "nested deeper than 64"),
    bad("json", "deep nesting: 100000 objects", "deepobj.json", lambda: b'{"a":' * 100000, "deepobj.json:1:321:",
        "nested deeper than 64"),
    bad("json", "huge number: weight 1e999", "inf.json", mgjson(edges=b'{"source": "A", "target": "B", "relation": "activates", "weight": 1e999}'),
        "inf.json: edges[0].weight:", "expected a weight (a number from 0 to 1e300)"),
    bad("json", "huge number: weight -99999999999999999999", "negweight.json",
        mgjson(edges=b'{"source": "A", "target": "B", "relation": "activates", "weight": -99999999999999999999}'),
        "negweight.json: edges[0].weight:", "expected a weight (a number from 0 to 1e300)"),
    # issue 24, item 6: one number rule for every reader (limits.c), 0 to 1e300
    bad("json", "huge number: weight 1e301", "w301.json", mgjson(edges=b'{"source": "A", "target": "B", "relation": "activates", "weight": 1e301}'),
        "w301.json: edges[0].weight:", "expected a weight (a number from 0 to 1e300), found 1e+301"),
    good("json", "valid: weight 1e300", "w300.json", mgjson(edges=b'{"source": "A", "target": "B", "relation": "activates", "weight": 1e300}')),
    bad("json", "wrong type: the top level an array", "array.json", b"[]", "array.json: (top level):", "expected an object"),
    bad("json", "wrong type: nodes an object", "nodesobj.json", b'{"format": "mechgraph-1", "nodes": {}, "edges": []}',
        "nodesobj.json: nodes:", "expected an array, found an object"),
    bad("json", "wrong type: id a number", "idnum.json", mgjson(nodes=b'{"id": 5, "type": "gene"}'),
        "idnum.json: nodes[0].id:", "expected a string, found a number"),
    bad("json", "wrong type: weight a string", "weightstr.json",
        mgjson(edges=b'{"source": "A", "target": "B", "relation": "activates", "weight": "heavy"}'),
        "weightstr.json: edges[0].weight:", "found a string"),
    bad("json", "wrong type: synonyms a string", "synstr.json", mgjson(nodes=b'{"id": "A", "type": "gene", "synonyms": "a"}'),
        "synstr.json: nodes[0].synonyms:", "expected an array, found a string"),
    bad("json", "duplicate: ids", "dup.json", mgjson(nodes=b'{"id": "A", "type": "gene"}, {"id": "A", "type": "gene"}'),
        "dup.json: nodes[1].id:", "duplicate"),
    bad("json", "duplicate: ids equal once normalised", "dupnorm.json",
        mgjson(nodes=b'{"id": "TGF-\xce\xb21", "type": "gene"}, {"id": "tgf beta 1", "type": "gene"}',
               edges=b""), "dupnorm.json: nodes[1].id:", "the same name as"),
    bad("json", "duplicate: a member given twice", "dupmember.json", mgjson(nodes=b'{"id": "A", "id": "B", "type": "gene"}'),
        "dupmember.json: nodes[0]:", "given twice"),
    bad("json", "too long: an id one byte over", "longid.json",
        mgjson(nodes=b'{"id": "' + name(NAME_MAX + 1) + b'", "type": "gene"}'),
        "longid.json: nodes[0].id:", "id " + LONG_NAME),
    bad("json", "too long: an id of a megabyte", "hugeid.json", lambda: mgjson(nodes=b'{"id": "' + name(1 << 20) + b'", "type": "gene"}'),
        "hugeid.json: nodes[0].id:", "id of 1048576 bytes is longer than the maximum of %d" % NAME_MAX),
    bad("json", "too long: a label one byte over", "longlabel.json",
        mgjson(nodes=b'{"id": "A", "type": "gene", "label": "' + name(NAME_MAX + 1) + b'"}'),
        "longlabel.json: nodes[0].label:", "label " + LONG_NAME),
    bad("json", "too long: a note one byte over", "longnote.json",
        lambda: mgjson(nodes=b'{"id": "A", "type": "gene", "note": "' + name(TEXT_MAX + 1) + b'"}'),
        "longnote.json: nodes[0].note:", "note of 65537 bytes is longer than the maximum of 65536"),
    bad("json", "control character: in an id", "ctrl.json", mgjson(nodes=b'{"id": "A\\u0007", "type": "gene"}'),
        "ctrl.json: nodes[0].id:", "control character 0x07"),
    bad("json", "NUL: \\u0000 in an id", "nulesc.json", mgjson(nodes=b'{"id": "A\\u0000B", "type": "gene"}'),
        "nulesc.json:1:46:", "\\u0000 in a string"),
    bad("json", "too long: a member name of a megabyte", "member.json",
        lambda: b'{"format": "mechgraph-1", "nodes": [], "edges": [], "' + name(1 << 20) + b'": 1}',
        "member.json: (top level):", "unknown member"),
    bad("json", "binary garbage: a PNG image", "image.json", png, "image.json:1:1:", "invalid UTF-8"),
    bad("json", "binary garbage: random bytes", "random.json", noise(), "random.json:1:2:", "NUL byte"),
    bad("json", "mixed line ends, then an error: CRLF, CR, LF", "mixed.json", MIXED_JSON + b"  {]}\n",
        "mixed.json:7:4:", "invalid JSON"),
    bad("json", "mixed line ends, then an error: in gzip", "mixed.json.gz", MIXED_JSON + b"  {]}\n",
        "mixed.json.gz:7:4:", "invalid JSON"),
    good("json", "valid: BOM", "bomok.json", BOM + mgjson()),
    good("json", "valid: CRLF", "crlf.json", mgjson().replace(b", ", b",\r\n")),
    good("json", "valid: mixed line ends", "mixedok.json", MIXED_JSON + b'  {"source": "A", "target": "B", "relation": "activates"}\r]}'),
    good("json", "valid: gzip", "ok.json.gz", MGJSON_LONG),
]

# ---- Cytoscape.js JSON ----


def cyjs(nodes=b'{"data": {"id": "A"}}, {"data": {"id": "B"}}', edges=b'{"data": {"source": "A", "target": "B"}}'):
    return b'{"elements": {"nodes": [' + nodes + b'], "edges": [' + edges + b"]}}\n"


def cyedge(data):
    return cyjs(edges=b'{"data": {"source": "A", "target": "B", ' + data + b"}}")


CYJS_LONG = (b'{"elements": {\n "nodes": [\n' +
             b",\n".join(b'  {"data": {"id": "N%d", "name": "node %d"}}' % (i, i) for i in range(400)) +
             b'\n ],\n "edges": [\n' +
             b",\n".join(b'  {"data": {"source": "N%d", "target": "N%d"}}' % (i, i + 1) for i in range(399)) +
             b"\n ]}}\n")
MIXED_CYJS = mix(b'{"elements": {\n "nodes": [\n  {"data": {"id": "A"}},\n  {"data": {"id": "B"}}\n ],\n "edges": [\n')

CYJS = [
    bad("cyjs", "empty: 0 bytes", "empty.cyjs", b"", "empty.cyjs:1:1:", "expected a Cytoscape.js JSON object"),
    bad("cyjs", "whitespace only: spaces, tabs, line ends", "blank.cyjs", b"\r\n \t \n", "blank.cyjs:1:1:", "expected a Cytoscape.js JSON object"),
    bad("cyjs", "truncated: mid-token", "cut.cyjs", b'{"elements": {"nodes": [{"data": {"id": "A', "cut.cyjs:1:43:",
        "unexpected end of file"),
    bad("cyjs", "truncated: mid-literal", "cutlit.cyjs", b'{"elements": {"nodes": [{"data": {"id": "A", "selected": tr',
        "cutlit.cyjs:1:60:", "unexpected end of file"),
    bad("cyjs", "truncated: mid-line", "cutline.cyjs", CYJS_LONG[:150], "cutline.cyjs:5:36:", "unexpected end of file"),
    bad("cyjs", "truncated gzip: half the compressed file", "cut.cyjs.gz", gz_cut(CYJS_LONG), "cut.cyjs.gz:", "truncated"),
    bad("cyjs", "corrupt gzip: a byte of the compressed data flipped", "corrupt.cyjs.gz", gz_corrupt(CYJS_LONG), "corrupt.cyjs.gz:", "gzip"),
    bad("cyjs", "BOM, then an error: a syntax error", "bom.cyjs", BOM + b'{"elements": {"nodes": [}}', "bom.cyjs:1:25:",
        "invalid JSON"),
    bad("cyjs", "NUL: a NUL byte", "nul.cyjs", b'{"elements": {\n"nodes": [{"data": {"id": "\x00"}}]}}', "nul.cyjs:2:28:",
        "NUL byte"),
    bad("cyjs", "invalid UTF-8: in an id", "utf8id.cyjs", cyjs(nodes=b'{"data": {"id": "\xed\xa0\x80"}}'),
        "utf8id.cyjs:1:42:", "invalid UTF-8"),
    bad("cyjs", "invalid UTF-8: in a label", "utf8label.cyjs", cyjs(nodes=b'{"data": {"id": "A", "name": "x\xc0\xaf"}}'),
        "utf8label.cyjs:1:56:", "invalid UTF-8"),
    bad("cyjs", "NUL: \\u0000 in an id", "nulesc.cyjs", cyjs(nodes=b'{"data": {"id": "A\\u0000"}}'), "nulesc.cyjs:1:43:",
        "\\u0000 in a string"),
    bad("cyjs", "deep nesting: 100000 arrays", "deep.cyjs", lambda: b'{"elements": ' + b"[" * 100000, "deep.cyjs:1:77:",
        "nested deeper than 64"),
    bad("cyjs", "huge number: id 99999999999999999999", "hugeid.cyjs", cyjs(nodes=b'{"data": {"id": 99999999999999999999}}', edges=b""),
        "hugeid.cyjs: elements.nodes[0].data.id:", "a number of 2^53 or more cannot name the node exactly"),
    bad("cyjs", "huge number: weight 1e999", "inf.cyjs", cyedge(b'"weight": 1e999'), "inf.cyjs: elements.edges[0].data.weight:",
        "expected"),
    bad("cyjs", "huge number: weight 1e301", "w301.cyjs", cyedge(b'"weight": 1e301'), "w301.cyjs: elements.edges[0].data.weight:",
        "expected a weight (a number from 0 to 1e300)"),
    good("cyjs", "valid: weight 1e300", "w300.cyjs", cyedge(b'"weight": 1e300')),
    bad("cyjs", "huge number: sign 1e999", "infsign.cyjs", cyedge(b'"sign": -1e999'), "infsign.cyjs: elements.edges[0].data.sign:",
        "expected"),
    bad("cyjs", "huge number: evidence count 99999999999999999999", "count.cyjs",
        cyedge(b'"references": "s1", "evidence_count": 99999999999999999999'),
        "count.cyjs: elements.edges[0].data.evidence_count:", "expected"),
    bad("cyjs", "wrong type: elements a string", "elstr.cyjs", b'{"elements": "x"}', "elstr.cyjs: elements:", "expected"),
    bad("cyjs", "wrong type: nodes an object", "nodesobj.cyjs", b'{"elements": {"nodes": {}}}', "nodesobj.cyjs: elements.nodes:",
        "expected an array"),
    bad("cyjs", "wrong type: source an array", "srcarr.cyjs", cyjs(edges=b'{"data": {"source": [], "target": "B"}}'),
        "srcarr.cyjs: elements.edges[0].data.source:", "found an array"),
    bad("cyjs", "wrong type: weight a string", "weightstr.cyjs", cyedge(b'"weight": "heavy"'),
        "weightstr.cyjs: elements.edges[0].data.weight:", "expected"),
    bad("cyjs", "duplicate: ids", "dup.cyjs", cyjs(nodes=b'{"data": {"id": "A"}}, {"data": {"id": "A"}}', edges=b""),
        "dup.cyjs: elements.nodes[1].data.id:", "duplicate"),
    bad("cyjs", "duplicate: a top-level member given twice", "duptop.cyjs",
        b'{"elements": {"nodes": [{"data": {"id": "A"}}]}, "elements": {"nodes": [{"data": {"id": "B"}}]}}',
        "duptop.cyjs: (top level):", "member 'elements' given twice"),
    bad("cyjs", "duplicate: a member of an element's data given twice", "dupdata.cyjs",
        cyjs(nodes=b'{"data": {"id": "A", "id": "B"}}', edges=b""), "dupdata.cyjs: elements.nodes[0].data:",
        "member 'id' given twice"),
    bad("cyjs", "huge number: a numeric id above 2^53", "bigid.cyjs",
        cyjs(nodes=b'{"data": {"id": 9007199254740993}}', edges=b""), "bigid.cyjs: elements.nodes[0].data.id:",
        "a number of 2^53 or more cannot name the node exactly"),
    bad("cyjs", "huge number: an edge's end above 2^53", "bigend.cyjs",
        cyjs(nodes=b'{"data": {"id": 1}}', edges=b'{"data": {"source": 1, "target": 9007199254740992}}'),
        "bigend.cyjs: elements.edges[0].data.target:", "cannot name a node exactly"),
    good("cyjs", "valid: numeric ids up to 2^53 - 1", "bigok.cyjs",
         cyjs(nodes=b'{"data": {"id": 9007199254740991}}, {"data": {"id": -9007199254740991}}',
              edges=b'{"data": {"source": 9007199254740991, "target": -9007199254740991}}')),
    bad("cyjs", "too long: an id one byte over", "longid.cyjs", cyjs(nodes=b'{"data": {"id": "' + name(NAME_MAX + 1) + b'"}}', edges=b""),
        "longid.cyjs: elements.nodes[0].data.id:", "id " + LONG_NAME),
    bad("cyjs", "too long: a label one byte over", "longlabel.cyjs",
        cyjs(nodes=b'{"data": {"id": "A", "name": "' + name(NAME_MAX + 1) + b'"}}', edges=b""),
        "longlabel.cyjs: elements.nodes[0].data.name:", "label " + LONG_NAME),
    bad("cyjs", "too long: a note one byte over", "longnote.cyjs",
        lambda: cyjs(nodes=b'{"data": {"id": "A", "note": "' + name(TEXT_MAX + 1) + b'"}}', edges=b""),
        "longnote.cyjs: elements.nodes[0].data.note:", "note of 65537 bytes is longer than the maximum of 65536"),
    bad("cyjs", "control character: in an id", "ctrl.cyjs", cyjs(nodes=b'{"data": {"id": "A\\u0007"}}', edges=b""),
        "ctrl.cyjs: elements.nodes[0].data.id:", "control character 0x07 in the node id"),
    bad("cyjs", "binary garbage: a PNG image", "image.cyjs", png, "image.cyjs:1:1:", "invalid UTF-8"),
    bad("cyjs", "binary garbage: random bytes", "random.cyjs", noise(seed=2), "random.cyjs:1:2:", "invalid UTF-8"),
    bad("cyjs", "mixed line ends, then an error: CRLF, CR, LF", "mixed.cyjs", MIXED_CYJS + b"  {]}}\n", "mixed.cyjs:7:4:",
        "invalid JSON"),
    bad("cyjs", "mixed line ends, then an error: in gzip", "mixed.cyjs.gz", MIXED_CYJS + b"  {]}}\n", "mixed.cyjs.gz:7:4:",
        "invalid JSON"),
    good("cyjs", "valid: BOM", "bomok.cyjs", BOM + cyjs()),
    good("cyjs", "valid: CRLF", "crlf.cyjs", cyjs().replace(b", ", b",\r\n")),
    good("cyjs", "valid: mixed line ends", "mixedok.cyjs", MIXED_CYJS + b'  {"data": {"source": "A", "target": "B"}}\r]}}'),
    good("cyjs", "valid: gzip", "ok.cyjs.gz", CYJS_LONG),
]

# ---- TSV edge lists: without a header, with one, with --columns ----

TSV_LONG = b"source\ttarget\tweight\n" + b"".join(b"N%d\tN%d\t0.%d\n" % (i, i + 1, i % 10) for i in range(3000))
MAC_TSV = b"".join(b"N%d\tN%d\r" % (i, i + 1) for i in range(100000))  # classic Mac OS line ends
MIXED_TSV = mix(b"A\tB\nB\tC\nC\tD\nD\tE\n\nE\tF\n")  # lines 1 to 6

OMNI_HEAD = b"source\ttarget\tsource_genesymbol\ttarget_genesymbol\tis_directed\tis_stimulation\tis_inhibition\treferences\n"
TSV = [
    bad("tsv", "empty: 0 bytes", "empty.tsv", b"", "empty.tsv:1:1:", "expected lines of 'source<TAB>target'"),
    bad("tsv", "whitespace only: spaces, tabs, line ends", "blank.tsv", b" \n\t\r\n  ", "blank.tsv:1:1:", "expected lines of 'source<TAB>target'"),
    bad("tsv", "truncated: mid-line", "cut.tsv", b"A\tB\nC", "cut.tsv:2:2:", "expected 'source<TAB>target'"),
    bad("tsv", "truncated: mid-token, with a header", "cuthead.tsv", b"source\ttarget\tweight\nA\tB\t1\nC\tD\t1.5e", "cuthead.tsv:3:5:",
        "expected a weight"),
    bad("tsv", "truncated gzip: half the compressed file", "cut.tsv.gz", gz_cut(TSV_LONG), "cut.tsv.gz:", "truncated"),
    bad("tsv", "corrupt gzip: a byte of the compressed data flipped", "corrupt.tsv.gz", gz_corrupt(TSV_LONG), "corrupt.tsv.gz:", "gzip"),
    bad("tsv", "data after gzip: text appended to the gzip data", "trail.tsv.gz", gz_then(b"A\tB\n", "C\tD\n"),
        "trail.tsv.gz:2:1:", "not gzip after the gzip data (from byte 25 of the file)"),
    bad("tsv", "data after gzip: two members, then zero padding, then text", "trail2.tsv.gz",
        gz_then(b"A\tB\n", b"C\tD\n", "\0\0\0X"), "trail2.tsv.gz:3:1:", "not gzip after the gzip data"),
    good("tsv", "valid: gzip members one after another, then zero padding", "members.tsv.gz",
         gz_then(b"A\tB\n", b"C\tD\n", "\0" * 512)),
    bad("tsv", "BOM, then an error: a bad column", "bom.tsv", BOM + b"A\tB\tbogus\n", "bom.tsv:1:5:", "expected a relation"),
    bad("tsv", "BOM, then an error: a short row under a header", "bomhead.tsv", BOM + b"source\ttarget\nA\n", "bomhead.tsv:2:2:",
        "expected 2 columns"),
    bad("tsv", "NUL: a NUL byte", "nul.tsv", b"A\tB\nC\x00\tD\n", "nul.tsv:2:2:", "NUL byte"),
    bad("tsv", "invalid UTF-8: in an id", "utf8id.tsv", b"A\tB\nC\tD\xe2\x82\n", "utf8id.tsv:2:4:", "invalid UTF-8"),
    bad("tsv", "huge number: weight 1e999", "inf.tsv", b"A\tB\t1e999\n", "inf.tsv:1:5:", "expected a weight (a number from 0 to 1e300)"),
    bad("tsv", "huge number: weight nan", "nan.tsv", b"A\tB\tnan\n", "nan.tsv:1:5:", "expected a weight (a number from 0 to 1e300)"),
    bad("tsv", "huge number: weight 1.8e308 (which JSON could not hold)", "w308.tsv", b"source\ttarget\tweight\nA\tB\t1.8e308\n",
        "w308.tsv:2:5:", "expected a weight (a number from 0 to 1e300), found '1.8e308'"),
    good("tsv", "valid: weight 1e300", "w300.tsv", b"source\ttarget\tweight\nA\tB\t1e300\n"),
    bad("tsv", "huge number: weight 1e999, with a header", "infhead.tsv", b"source\ttarget\tweight\nA\tB\t1e999\n", "infhead.tsv:2:5:",
        "expected a weight"),
    bad("tsv", "huge number: a sign of 2", "sign2.tsv", b"source\ttarget\tsign\nA\tB\t2\n", "sign2.tsv:2:5:", "expected a relation or a sign"),
    bad("tsv", "wrong type: weight a word", "weightword.tsv", b"source\ttarget\tweight\nA\tB\theavy\n", "weightword.tsv:2:5:",
        "expected a weight"),
    bad("tsv", "huge number: weight -99999999999999999999", "negweight.tsv", b"source\ttarget\tweight\nA\tB\t-99999999999999999999\n",
        "negweight.tsv:2:5:", "expected a weight"),
    bad("tsv", "other: --columns names a column the header lacks", "cols.tsv", b"mirna\ttarget_symbol\nmiR-1\tA\n", "cols.tsv:1:1:",
        "the header does not have", ["--columns", "source=mirna,target=gene"]),
    bad("tsv", "other: --columns names a column beyond the row", "colsnum.tsv", b"A\tB\n", "colsnum.tsv:1:4:", "expected at least 3 columns",
        ["--columns", "source=1,target=3"]),
    bad("tsv", "too long: an id one byte over", "longid.tsv", b"A\t" + name(NAME_MAX + 1) + b"\n", "longid.tsv:1:3:",
        "node name " + LONG_NAME),
    bad("tsv", "too long: a line of 3 MB", "longline.tsv", lambda: b"A\tB\n" + name(3 << 20) + b"\tC\n", "longline.tsv:2:1:",
        "node name of 3145728 bytes is longer than the maximum of %d" % NAME_MAX),
    bad("tsv", "control character: in an id", "ctrl.tsv", b"A\tB\x07\n", "ctrl.tsv:1:3:", "control character 0x07"),
    bad("tsv", "too long: more than 64 columns", "wide.tsv", b"A\tB" + b"\t1" * 70 + b"\n", "wide.tsv:1:", "more than 64 columns"),
    bad("tsv", "binary garbage: a PNG image", "image.tsv", png, "image.tsv:1:1:", "invalid UTF-8"),
    bad("tsv", "binary garbage: random bytes", "random.tsv", noise(seed=3), "random.tsv:1:1:", "invalid UTF-8"),
    bad("tsv", "mixed line ends, then an error: CRLF, CR, LF", "mixed.tsv", MIXED_TSV + b"F\tG\tbogus\n", "mixed.tsv:7:5:",
        "expected a relation"),
    bad("tsv", "mixed line ends, then an error: in gzip", "mixed.tsv.gz", MIXED_TSV + b"F\tG\tbogus\n",
        "mixed.tsv.gz:7:5:", "expected a relation"),
    bad("tsv", "mixed line ends, then an error: 100,000 lines ending in a lone CR", "mac.tsv",
        lambda: MAC_TSV + b"X\tY\tbogus\r", "mac.tsv:100001:5:", "expected a relation"),
    good("tsv", "valid: 100,000 lines ending in a lone CR", "macok.tsv", lambda: MAC_TSV),
    good("tsv", "valid: BOM", "bomok.tsv", BOM + b"source\ttarget\nA\tB\n"),
    # a column of 1 and -1 named interaction (CARNIVAL's, OmniPath's PKN) holds signs
    bad("tsv", "sign column: 5 among 1 and -1", "pkn5.tsv", b"source\tinteraction\ttarget\nA\t1\tB\nB\t5\tC\n", "pkn5.tsv:3:3:",
        "expected a relation"),
    bad("tsv", "SIGNOR: an EFFECT SIGNOR does not have", "signor.tsv",
        b"ENTITYA\tTYPEA\tENTITYB\tTYPEB\tEFFECT\tPMID\nAKT1\tprotein\tGSK3B\tprotein\tdown-regulates activity\t8524413\n"
        b"MDM2\tprotein\tTP53\tprotein\tdown-regulates quality\t9153395\n", "signor.tsv:3:27:", "expected a relation"),
    bad("tsv", "OmniPath: a flag of 2", "omni2.tsv", OMNI_HEAD + b"P31749\tP49841\tAKT1\tGSK3B\t1\t2\t0\t\n", "omni2.tsv:2:28:",
        "expected 1, 0, True or False"),
    bad("tsv", "OmniPath: a reference that is no PubMed id", "omniref.tsv",
        OMNI_HEAD + b"P31749\tP49841\tAKT1\tGSK3B\t1\t0\t1\tSIGNOR:8524413;HPRD:abc\n", "omniref.tsv:2:47:", "expected PubMed ids"),
    bad("tsv", "OmniPath: a gene symbol with a control character", "omnisym.tsv",
        OMNI_HEAD + b"P31749\tP49841\tAK\x07T1\tGSK3B\t1\t0\t1\t\n", "omnisym.tsv:2:15:", "control character 0x07"),
    good("tsv", "valid: OmniPath through pandas (an unnamed index column, True/False)", "omnipandas.tsv",
         b"\tsource\ttarget\tis_directed\tis_stimulation\tis_inhibition\treferences\n0\tP31749\tP49841\tTrue\tFalse\tTrue\t"
         b"SIGNOR:8524413\n"),
    good("tsv", "valid: an interaction column of 1 and -1", "pknok.tsv", b"source\tinteraction\ttarget\nA\t1\tB\nB\t-1\tC\n"),
    good("tsv", "valid: a headless third column of 1, 0 and -1", "pknheadless.tsv", b"A\tB\t1\nB\tC\t-1\nC\tD\t0\n"),
    good("tsv", "valid: CRLF", "crlf.tsv", b"source\ttarget\tweight\r\nA\tB\t1\r\nB\tC\t2\r\n"),
    good("tsv", "valid: mixed line ends", "mixedok.tsv", MIXED_TSV + b"F\tG\r"),
    good("tsv", "valid: gzip", "ok.tsv.gz", TSV_LONG),
]

# ---- SIF and Pathway Commons' extended SIF ----

MIXED_SIF = mix(b"A\tactivates\tB\nB\tinhibits\tC\nC\t-\tD\n\nD\t+\tE F\n")  # lines 1 to 5
PC_HEAD = (b"PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\tINTERACTION_DATA_SOURCE\tINTERACTION_PUBMED_ID\t"
           b"PATHWAY_NAMES\tMEDIATOR_IDS\n")
PC_EDGES = (b"SPHK1\tcontrols-production-of\tCHEBI:37550\tReactome\t\tSphingolipid metabolism\t\n"
            b"CHEBI:37550\tchemical-affects\tS1PR1\tCTD\t16186398\t\t\n")
PC_NODES_HEAD = b"\nPARTICIPANT\tPARTICIPANT_TYPE\tPARTICIPANT_NAME\tUNIFICATION_XREF\tRELATIONSHIP_XREF\n"
PC_NODES = (b"SPHK1\tProteinReference\tSPHK1\tuniprot knowledgebase:Q9NYA1\tncbi gene:8877\n"
            b"CHEBI:37550\tSmallMoleculeReference\tsphingosine 1-phosphate\tchebi:CHEBI:37550\t\n")
PC = PC_HEAD + PC_EDGES + PC_NODES_HEAD + PC_NODES
PC_LONG = PC_HEAD + PC_EDGES * 1500 + PC_NODES_HEAD + PC_NODES

SIF = [
    bad("sif", "empty: 0 bytes", "empty.sif", b"", "empty.sif:1:1:", "expected lines of 'source<TAB>relation<TAB>target'"),
    bad("sif", "whitespace only: spaces, tabs, line ends", "blank.sif", b"\n\n \t\n", "blank.sif:1:1:", "expected lines of"),
    bad("sif", "truncated: mid-token", "cut.sif", b"A\tactivates\tB\nC\tinhib", "cut.sif:2:8:", "found 2 columns"),
    bad("sif", "truncated: mid-line", "cutline.sif", b"A\tactivates\tB\nC\tinhibits", "cutline.sif:2:11:",
        "expected 'source<TAB>relation<TAB>target'"),
    bad("sif", "truncated gzip: half the compressed file", "cut.sif.gz", gz_cut(b"A\tactivates\tB\n" * 4000), "cut.sif.gz:", "truncated"),
    bad("sif", "BOM, then an error: a bad relation", "bom.sif", BOM + b"A\tfrobnicates\tB\n", "bom.sif:1:3:", "expected a relation"),
    bad("sif", "NUL: a NUL byte", "nul.sif", b"A\tactivates\tB\nA\tactivates\t\x00\n", "nul.sif:2:13:", "NUL byte"),
    bad("sif", "invalid UTF-8: in an id", "utf8id.sif", b"A\tactivates\t\xf5\x80\x80\x80\n", "utf8id.sif:1:13:",
        "invalid UTF-8"),
    bad("sif", "huge number: 99999999999999999999 as a relation", "num.sif", b"A\t99999999999999999999\tB\n", "num.sif:1:3:",
        "expected a relation"),
    bad("sif", "too long: an id one byte over", "longid.sif", b"A\tactivates\t" + name(NAME_MAX + 1) + b"\n", "longid.sif:1:13:",
        "node name " + LONG_NAME),
    bad("sif", "other: an empty target between tabs", "emptytgt.sif", b"A\tactivates\t\tB\n", "emptytgt.sif:1:13:", "empty node name"),
    bad("sif", "control character: in an id", "ctrl.sif", b"A\tactivates\tB\x7f\n", "ctrl.sif:1:13:",
        "control character 0x7f in the node name"),
    bad("sif", "corrupt gzip: a byte of the compressed data flipped", "corrupt.sif.gz", gz_corrupt(b"A\tactivates\tB\n" * 4000),
        "corrupt.sif.gz:", "corrupt gzip data"),
    bad("sif", "binary garbage: a PNG image", "image.sif", png, "image.sif:1:1:", "invalid UTF-8"),
    bad("sif", "binary garbage: random bytes", "random.sif", noise(seed=4), "random.sif:1:5:", "invalid UTF-8"),
    bad("sif", "mixed line ends, then an error: CRLF, CR, LF", "mixed.sif", MIXED_SIF + b"E\tbogus\tF\n", "mixed.sif:6:3:",
        "expected a relation"),
    good("sif", "valid: BOM", "bomok.sif", BOM + b"A\tactivates\tB\n"),
    good("sif", "valid: CRLF", "crlf.sif", b"A\tactivates\tB\r\nB\tinhibits\tC\r\n"),
    good("sif", "valid: mixed line ends", "mixedok.sif", MIXED_SIF),
    good("sif", "valid: gzip", "ok.sif.gz", b"A\tactivates\tB\n" * 4000),
    # signed SIF (CellNOpt, CARNIVAL, CaSQ): 1 and -1 are the relations
    bad("sif", "signed: 2 is no sign", "sign2.sif", b"A\t1\tB\nB\t-1\tC\nC\t2\tD\n", "sign2.sif:3:3:", "expected a relation"),
    bad("sif", "signed: -1.5 is no sign", "signfrac.sif", b"A\t-1.5\tB\n", "signfrac.sif:1:3:", "expected a relation"),
    good("sif", "valid: signed, with a lone node", "signok.sif", b"A\t1\tB\nB\t-1\tC\nD\n"),
    good("sif", "valid: a lone name with a space after tab lines", "lone.sif", b"A\tactivates\tB\ntumor growth\n"),
]

PCSIF = [
    bad("pcsif", "truncated: mid-token", "cut.txt", PC_HEAD + PC_EDGES + b"AKT1\tcontrols-state-chan", "cut.txt:4:25:",
        "expected 7 columns as the header says, found 2"),
    bad("pcsif", "truncated gzip: half the compressed file", "cut.txt.gz", gz_cut(PC_LONG), "cut.txt.gz:", "truncated"),
    bad("pcsif", "BOM, then an error: a short row", "bom.txt", BOM + PC_HEAD + b"SPHK1\n", "bom.txt:2:6:", "expected 7 columns"),
    bad("pcsif", "NUL: a NUL byte in a name", "nul.txt", PC_HEAD + PC_EDGES + PC_NODES_HEAD + b"SPHK1\tProteinReference\tSP\x00\t\t\n",
        "nul.txt:6:26:", "NUL byte"),
    bad("pcsif", "invalid UTF-8: in a name", "utf8.txt",
        PC_HEAD + PC_EDGES + PC_NODES_HEAD + b"SPHK1\tProteinReference\tsphingosine kinase \xce\n", "utf8.txt:6:43:",
        "invalid UTF-8"),
    bad("pcsif", "duplicate: a participant twice", "dup.txt", PC + b"SPHK1\tProteinReference\tSPHK1\t\t\n", "dup.txt:8:1:",
        "node 'SPHK1' has a row already"),
    bad("pcsif", "too long: a name one byte over", "longname.txt",
        PC_HEAD + PC_EDGES + PC_NODES_HEAD + b"SPHK1\tProteinReference\t" + name(NAME_MAX + 1) + b"\t\t\n",
        "longname.txt:6:24:", "node name " + LONG_NAME),
    bad("pcsif", "too long: pathway names one byte over", "longnote.txt",
        lambda: PC_HEAD + b"A\tcontrols-expression-of\tB\tCTD\t1\t" + name(TEXT_MAX + 1) + b"\t\n", "longnote.txt:2:34:",
        "column 'PATHWAY_NAMES' of 65537 bytes is longer than the maximum of 65536"),
    bad("pcsif", "binary garbage: random bytes after the header", "random.txt", lambda: PC_HEAD + noise(seed=6)(),
        "random.txt:2:1:", "invalid UTF-8"),
    bad("pcsif", "mixed line ends, then an error: CRLF, CR, LF", "mixed.txt",
        mix(PC_HEAD + PC_EDGES + PC_NODES_HEAD) +
        b"SPHK1\tProteinReference\t\xff\t\t\n", "mixed.txt:6:24:", "invalid UTF-8"),
    good("pcsif", "valid: CRLF", "crlf.txt", PC.replace(b"\n", b"\r\n")),
    good("pcsif", "valid: gzip", "ok.txt.gz", PC_LONG),
]

# ---- node tables (--from nodes) ----

NODES = [
    bad("nodes", "empty: 0 bytes", "empty.tsv", b"", "empty.tsv:1:1:", "expected lines of 'id<TAB>type'", ["--from", "nodes"]),
    bad("nodes", "whitespace only: spaces, tabs, line ends", "blank.tsv", b"\t\n", "blank.tsv:1:1:", "expected lines of 'id<TAB>type'", ["--from", "nodes"]),
    bad("nodes", "truncated gzip: half the compressed file", "cut.tsv.gz", gz_cut(b"".join(b"N%d\tgene\n" % i for i in range(5000))), "cut.tsv.gz:",
        "truncated", ["--from", "nodes"]),
    bad("nodes", "corrupt gzip: a byte of the compressed data flipped", "corrupt.tsv.gz",
        gz_corrupt(b"".join(b"N%d\tgene\n" % i for i in range(5000))), "corrupt.tsv.gz:", "corrupt gzip data",
        ["--from", "nodes"]),
    bad("nodes", "BOM, then an error: a duplicate id", "bom.tsv", BOM + b"A\tgene\nA\tgene\n", "bom.tsv:2:1:", "has a row already",
        ["--from", "nodes"]),
    bad("nodes", "NUL: a NUL byte", "nul.tsv", b"A\tgene\nB\x00\tgene\n", "nul.tsv:2:2:", "NUL byte", ["--from", "nodes"]),
    bad("nodes", "invalid UTF-8: in an id", "utf8id.tsv", b"\xc3\x28\tgene\n", "utf8id.tsv:1:1:", "invalid UTF-8",
        ["--from", "nodes"]),
    bad("nodes", "invalid UTF-8: in a label", "utf8label.tsv", b"id\tname\tkind\nA\tal\xe0ha\tGene\n", "utf8label.tsv:2:5:",
        "invalid UTF-8", ["--from", "nodes"]),
    bad("nodes", "duplicate: ids", "dup.tsv", b"id\tname\nA\tx\nB\ty\nA\tz\n", "dup.tsv:4:1:", "node 'A' has a row already",
        ["--from", "nodes"]),
    bad("nodes", "too long: an id one byte over", "longid.tsv", name(NAME_MAX + 1) + b"\tgene\n", "longid.tsv:1:1:",
        "node id " + LONG_NAME, ["--from", "nodes"]),
    bad("nodes", "control character: in a label", "ctrl.tsv", b"id\tname\nA\tal\x1bpha\n", "ctrl.tsv:2:3:",
        "control character 0x1b in the node name", ["--from", "nodes"]),
    bad("nodes", "too long: a label one byte over", "longlabel.tsv", b"id\tname\nA\t" + name(NAME_MAX + 1) + b"\n",
        "longlabel.tsv:2:3:", "node name " + LONG_NAME, ["--from", "nodes"]),
    bad("nodes", "binary garbage: a PNG image", "image.tsv", png, "image.tsv:1:1:", "invalid UTF-8", ["--from", "nodes"]),
    bad("nodes", "mixed line ends, then an error: CRLF, CR, LF", "mixed.tsv", mix(b"A\tgene\nB\tgene\nC\tgene\nD\tgene\n\n") + b"A\tgene\n",
        "mixed.tsv:6:1:", "has a row already", ["--from", "nodes"]),
    good("nodes", "valid: BOM and CRLF", "bomok.tsv", BOM + b"A\tgene\r\nB\tchemical\r\n", ["--from", "nodes"]),
    good("nodes", "valid: mixed line ends", "mixedok.tsv", mix(b"A\tgene\nB\tgene\nC\tgene\nD\tgene\n\n"), ["--from", "nodes"]),
]

# ---- GraphML ----

GRAPHML_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                b'  <key id="l" for="node" attr.name="label" attr.type="string"/>\n'
                b'  <key id="w" for="edge" attr.name="weight" attr.type="double"/>\n'
                b'  <key id="s" for="edge" attr.name="sign" attr.type="int"/>\n'
                b'  <key id="r" for="edge" attr.name="references" attr.type="string"/>\n'
                b'  <key id="c" for="edge" attr.name="evidence_count" attr.type="int"/>\n'
                b'  <key id="n" for="node" attr.name="note" attr.type="string"/>\n'
                b'  <graph edgedefault="directed">\n')
GRAPHML_TAIL = b"  </graph>\n</graphml>\n"
GRAPHML_NODES = b'    <node id="A"><data key="l">alpha</data></node>\n    <node id="B"/>\n'


def graphml(body=GRAPHML_NODES + b'    <edge source="A" target="B"/>\n'):
    return GRAPHML_HEAD + body + GRAPHML_TAIL


def gmedge(data):
    return graphml(GRAPHML_NODES + b'    <edge source="A" target="B">' + data + b"</edge>\n")


GRAPHML_LONG = graphml(b"".join(b'    <node id="N%d"><data key="l">node %d</data></node>\n' % (i, i) for i in range(400)) +
                       b"".join(b'    <edge source="N%d" target="N%d"/>\n' % (i, i + 1) for i in range(399)))
# the head with mixed line ends: lines 1 to 9
MIXED_GRAPHML = mix(GRAPHML_HEAD)

GRAPHML = [
    bad("graphml", "empty: 0 bytes", "empty.graphml", b"", "empty.graphml:1:1:", "expected a GraphML document"),
    bad("graphml", "whitespace only: spaces, tabs, line ends", "blank.graphml", b"\n \r\n\t", "blank.graphml:1:1:", "expected a GraphML document"),
    bad("graphml", "truncated: mid-element", "cut.graphml", GRAPHML_HEAD + b'    <node id="A"><data key="l">al',
        "cut.graphml:", "unexpected end of file"),
    bad("graphml", "truncated: mid-tag", "cuttag.graphml", GRAPHML_HEAD + b'    <node id="A"/>\n    <edge source="A" tar',
        "cuttag.graphml:", "unexpected end of file"),
    bad("graphml", "truncated gzip: half the compressed file", "cut.graphml.gz", gz_cut(GRAPHML_LONG), "cut.graphml.gz:", "truncated"),
    bad("graphml", "corrupt gzip: a byte of the compressed data flipped", "corrupt.graphml.gz", gz_corrupt(GRAPHML_LONG), "corrupt.graphml.gz:", "gzip"),
    bad("graphml", "BOM, then an error: an unquoted attribute", "bom.graphml", BOM + b"<graphml><graph><node id='A'/><node id=B/></graph></graphml>",
        "bom.graphml:1:40:", "expected the value of the attribute 'id' in quotes"),
    bad("graphml", "NUL: a NUL byte", "nul.graphml", graphml(b'    <node id="A\x00"/>\n'), "nul.graphml:10:16:", "NUL byte"),
    bad("graphml", "invalid UTF-8: in an id", "utf8id.graphml", graphml(b'    <node id="\xff"/>\n'), "utf8id.graphml:10:15:",
        "invalid UTF-8"),
    bad("graphml", "NUL: &#0; in an id", "nulref.graphml", graphml(b'    <node id="A&#0;"/>\n'), "nulref.graphml:10:16:",
        "names a character XML does not allow"),
    bad("graphml", "invalid UTF-8: in a label", "utf8label.graphml", graphml(b'    <node id="A"><data key="l">\xe0\x80\xaf</data></node>\n'),
        "utf8label.graphml:10:32:", "invalid UTF-8"),
    bad("graphml", "deep nesting: 100000 elements", "deep.graphml", lambda: b"<graphml>" + b"<a>" * 100000,
        "deep.graphml:1:", "nested deeper than 256"),
    bad("graphml", "other: entities that expand (billion laughs)", "laughs.graphml",
        b'<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        b"<graphml><graph><node id='&b;'/></graph></graphml>\n", "laughs.graphml:3:", "unknown entity"),
    bad("graphml", "huge number: weight 1e999", "inf.graphml", gmedge(b'<data key="w">1e999</data>'), "inf.graphml:12:47:", "expected a weight"),
    bad("graphml", "huge number: weight 1e301", "w301.graphml", gmedge(b'<data key="w">1e301</data>'), "w301.graphml:12:47:",
        "expected a weight (a number from 0 to 1e300), found '1e301'"),
    good("graphml", "valid: weight 1e300", "w300.graphml", gmedge(b'<data key="w">1e300</data>')),
    bad("graphml", "huge number: sign 1e999", "infsign.graphml", gmedge(b'<data key="s">1e999</data>'), "infsign.graphml:12:47:",
        "expected a relation or a sign"),
    bad("graphml", "huge number: evidence count 99999999999999999999", "count.graphml",
        gmedge(b'<data key="r">s1</data><data key="c">99999999999999999999</data>'), "count.graphml:12:70:", "expected an evidence count"),
    bad("graphml", "wrong type: weight a word", "weightword.graphml", gmedge(b'<data key="w">heavy</data>'), "weightword.graphml:12:47:",
        "expected a weight"),
    bad("graphml", "wrong type: a graph inside a node", "nested.graphml", graphml(b'    <node id="A"><graph/></node>\n'),
        "nested.graphml:10:", "nested graph"),
    bad("graphml", "duplicate: ids", "dup.graphml", graphml(b'    <node id="A"/>\n    <node id="A"/>\n'), "dup.graphml:11:",
        "duplicate"),
    bad("graphml", "too long: an id one byte over", "longid.graphml", graphml(b'    <node id="' + name(NAME_MAX + 1) + b'"/>\n'),
        "longid.graphml:10:11:", "node id " + LONG_NAME),
    bad("graphml", "too long: a label one byte over", "longlabel.graphml",
        graphml(b'    <node id="A"><data key="l">' + name(NAME_MAX + 1) + b"</data></node>\n"),
        "longlabel.graphml:10:", "label " + LONG_NAME),
    bad("graphml", "too long: a note one byte over", "longnote.graphml",
        lambda: graphml(b'    <node id="A"><data key="n">' + name(TEXT_MAX + 1) + b"</data></node>\n"),
        "longnote.graphml:10:", "note of 65537 bytes is longer than the maximum of 65536"),
    bad("graphml", "control character: in an id", "ctrl.graphml", graphml(b'    <node id="A\x07"/>\n'), "ctrl.graphml:10:16:",
        "control character 0x07 is not allowed in XML"),
    bad("graphml", "binary garbage: a PNG image", "image.graphml", png, "image.graphml:1:1:", "expected"),
    bad("graphml", "binary garbage: random bytes", "random.graphml", noise(seed=5), "random.graphml:1:1:", "expected"),
    bad("graphml", "mixed line ends, then an error: CRLF, CR, LF", "mixed.graphml", MIXED_GRAPHML + b"    <node id=A/>\n",
        "mixed.graphml:10:14:", "in quotes"),
    bad("graphml", "mixed line ends, then an error: in gzip", "mixed.graphml.gz", MIXED_GRAPHML + b"    <node id=A/>\n",
        "mixed.graphml.gz:10:14:", "in quotes"),
    # issue 24, item 14: elements of other namespaces are skipped, so an edge to one names no node
    bad("graphml", "namespace: a node of another namespace", "ns.graphml",
        graphml(GRAPHML_NODES + b'    <x:node xmlns:x="http://example.org/other" id="EVIL"/>\n'
                b'    <edge source="A" target="EVIL"/>\n'), "ns.graphml:13:", "unknown node 'EVIL'"),
    bad("graphml", "namespace: a node of an undeclared prefix", "nsu.graphml",
        graphml(GRAPHML_NODES + b'    <u:node id="EVIL"/>\n    <edge source="A" target="EVIL"/>\n'), "nsu.graphml:13:",
        "unknown node 'EVIL'"),
    good("graphml", "valid: GraphML's namespace under a prefix", "nsok.graphml",
         graphml(b'    <g:node xmlns:g="http://graphml.graphdrawing.org/xmlns" id="A"/>\n    <node id="B"/>\n'
                 b'    <edge source="A" target="B"/>\n')),
    good("graphml", "valid: BOM", "bomok.graphml", BOM + graphml()),
    good("graphml", "valid: CRLF", "crlf.graphml", graphml().replace(b"\n", b"\r\n")),
    good("graphml", "valid: mixed line ends", "mixedok.graphml", MIXED_GRAPHML + GRAPHML_NODES + GRAPHML_TAIL),
    good("graphml", "valid: gzip", "ok.graphml.gz", GRAPHML_LONG),
]

# ---- CSV (RFC 4180; pandas' to_csv, R's write.csv, miRTarBase) ----

MIRTAR_HEAD = (b"miRTarBase ID,miRNA,Species (miRNA),Target Gene,Target Gene (Entrez ID),Species (Target Gene),Experiments,"
               b"Support Type,References (PMID)\n")
CSV = [
    bad("csv", "unterminated quote: at the end of the file", "open.csv", b"source,target\nA,\"B\n", "open.csv:2:3:",
        "unterminated quoted cell"),
    bad("csv", "stray text after a closing quote", "stray.csv", b"source,target\n\"A\"x,B\n", "stray.csv:2:4:",
        "expected a comma after a quoted cell"),
    bad("csv", "a line break inside a quoted name", "break.csv", b"source,target\n\"A\nB\",C\nD,E,bogus\n", "break.csv:2:1:",
        "control character 0x0a"),
    bad("csv", "the line after a quoted line break keeps its number", "afterbreak.csv",
        b"source,target,weight,comment\nA,B,1,\"two\nlines\"\nC,D,heavy,x\n", "afterbreak.csv:4:5:", "expected a weight"),
    bad("csv", "R write.csv: a sign that is no sign", "rsign.csv", b'"","source","target","sign"\r\n"1","A","B","2"\r\n',
        "rsign.csv:2:13:", "expected a relation or a sign"),
    bad("csv", "miRTarBase: a PMID that is a word", "mirtar.csv",
        MIRTAR_HEAD + b"MIRT000002,hsa-miR-20a-5p,Homo sapiens,HIF1A,3091,Homo sapiens,Western blot,Functional MTI,pending\n",
        "mirtar.csv:2:92:", "expected PubMed ids"),
    bad("csv", "more than 64 columns", "wide.csv", b"A,B" + b",1" * 70 + b"\n", "wide.csv:1:", "more than 64 columns"),
    bad("csv", "empty file", "empty.csv", b"", "empty.csv:1:1:", "source,target"),
    good("csv", "valid: pandas to_csv with its index", "pandas.csv", b",source,target,weight\n0,A,B,0.5\n1,B,C,1.0\n"),
    good("csv", "valid: quoted commas, doubled quotes, CRLF", "quoted.csv",
         b'"source","target","relation"\r\n"IL-6, soluble","STAT3","activation"\r\n"a ""b""",C,-\r\n'),
]

# ---- INDRA statements JSON (stmts_to_json) ----


def agent(nm, refs=b'{"HGNC": "6840"}'):
    return b'{"name": "' + nm + b'", "db_refs": ' + refs + b"}"


def stmt(body=b'"subj": ' + agent(b"BRAF") + b', "obj": ' + agent(b"MAP2K1"), typ=b"Activation", extra=b""):
    return b'{"type": "' + typ + b'", ' + body + extra + b', "belief": 0.8, "evidence": [{"source_api": "reach", "pmid": "8524413"}]}'


def indra(*stmts):
    return b"[\n" + b",\n".join(stmts or (stmt(),)) + b"\n]\n"


INDRA_LONG = indra(*[stmt(b'"subj": ' + agent(b"G%d" % i) + b', "obj": ' + agent(b"G%d" % (i + 1))) for i in range(300)])
FROM_INDRA = ["--from", "indra"]

INDRA = [
    bad("indra", "empty: 0 bytes (--from indra)", "empty.json", b"", "empty.json:1:1:", "expected an array of INDRA statements",
        FROM_INDRA),
    bad("indra", "truncated: mid-statement", "cut.json", indra()[:60], "cut.json:2:59:", "unexpected end of file"),
    bad("indra", "truncated gzip: half the compressed file", "cut.json.gz", gz_cut(INDRA_LONG), "cut.json.gz:", "truncated"),
    bad("indra", "NUL: a NUL byte in a name", "nul.json", indra(stmt(b'"subj": ' + agent(b"BR\x00AF") + b', "obj": ' + agent(b"X"))),
        "nul.json:2:", "NUL byte"),
    bad("indra", "invalid UTF-8: in a name", "utf8.json", indra(stmt(b'"subj": ' + agent(b"\xc0\xaf") + b', "obj": ' + agent(b"X"))),
        "utf8.json:2:", "invalid UTF-8"),
    bad("indra", "deep nesting: 100000 arrays", "deep.json", lambda: b'[{"type": "Activation", "x": ' + b"[" * 100000,
        "deep.json:1:", "nested deeper than 64"),
    bad("indra", "wrong type: an object, not an array (--from indra)", "obj.json", stmt(), "obj.json: (top level):",
        "expected an array of INDRA statements", FROM_INDRA),
    bad("indra", "wrong type: a statement a number (--from indra)", "num.json", b"[1]", "num.json: [0]:",
        "expected an INDRA statement", FROM_INDRA),
    bad("indra", "missing: a statement's type (--from indra)", "notype.json", b'[{"subj": {"name": "A"}}]', "notype.json: [0]:",
        "missing member 'type'", FROM_INDRA),
    bad("indra", "wrong type: type a number", "typenum.json", b'[{"type": 3}]', "typenum.json: [0].type:", "expected a string"),
    bad("indra", "missing: an agent's name", "noname.json", indra(stmt(b'"subj": {"db_refs": {}}, "obj": ' + agent(b"X"))),
        "noname.json: [0].subj:", "missing member 'name'"),
    bad("indra", "wrong type: an agent a string", "agentstr.json", indra(stmt(b'"subj": "BRAF", "obj": ' + agent(b"X"))),
        "agentstr.json: [0].subj:", "expected an agent"),
    bad("indra", "wrong type: db_refs an array", "refsarr.json", indra(stmt(b'"subj": ' + agent(b"A", b"[]") + b', "obj": ' + agent(b"X"))),
        "refsarr.json: [0].subj.db_refs:", "expected an object"),
    bad("indra", "wrong type: a db_refs value a number", "refnum.json",
        indra(stmt(b'"subj": ' + agent(b"A", b'{"HGNC": 6840}') + b', "obj": ' + agent(b"X"))),
        "refnum.json: [0].subj.db_refs.HGNC:", "expected a string"),
    bad("indra", "out of range: belief 1.5", "belief.json", indra(stmt().replace(b"0.8", b"1.5")), "belief.json: [0].belief:",
        "expected a belief between 0 and 1"),
    bad("indra", "wrong type: belief a string", "beliefstr.json", indra(stmt().replace(b"0.8", b'"high"')),
        "beliefstr.json: [0].belief:", "expected a number"),
    bad("indra", "not a PubMed id: pmid 'PMC123'", "pmid.json", indra(stmt().replace(b'"8524413"', b'"PMC123"')),
        "pmid.json: [0].evidence[0].pmid:", "expected a PubMed id"),
    bad("indra", "wrong type: evidence an object", "evobj.json",
        indra(b'{"type": "Activation", "subj": ' + agent(b"A") + b', "obj": ' + agent(b"B") + b', "evidence": {}}'),
        "evobj.json: [0].evidence:", "expected an array"),
    bad("indra", "wrong type: Complex members an object", "members.json", indra(stmt(b'"members": {}', b"Complex")),
        "members.json: [0].members:", "expected an array of agents"),
    bad("indra", "missing: a member of a Complex null", "memnull.json", indra(stmt(b'"members": [null, ' + agent(b"A") + b"]", b"Complex")),
        "memnull.json: [0].members[0]:", "expected an agent"),
    bad("indra", "control character: in a name", "ctrl.json", indra(stmt(b'"subj": ' + agent(b"A\\u0007") + b', "obj": ' + agent(b"X"))),
        "ctrl.json: [0].subj.name:", "control character 0x07"),
    bad("indra", "too long: a name one byte over", "longname.json",
        indra(stmt(b'"subj": ' + agent(name(NAME_MAX + 1)) + b', "obj": ' + agent(b"X"))), "longname.json: [0].subj.name:", LONG_NAME),
    bad("indra", "binary garbage: random bytes (--from indra)", "random.json", noise(seed=5), "random.json:1:", "invalid UTF-8",
        FROM_INDRA),
    good("indra", "valid: BOM", "bomok.json", BOM + indra()),
    good("indra", "valid: CRLF", "crlf.json", indra().replace(b"\n", b"\r\n")),
    good("indra", "valid: gzip", "ok.json.gz", INDRA_LONG),
    good("indra", "valid: no statements (--from indra)", "none.json", b"[]\n", FROM_INDRA),
    good("indra", "valid: a type without an edge form (a warning)", "transl.json",
         indra(stmt(b'"agent": ' + agent(b"SMAD3"), b"Translocation"), stmt())),
    good("indra", "valid: a Complex of three", "complex3.json", indra(stmt(b'"members": [' + agent(b"A") + b", " + agent(b"B") + b", " +
                                                                      agent(b"C") + b"]", b"Complex"))),
]

# ---- SBML-qual (libSBML) ----

SBML_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" '
             b'xmlns:qual="http://www.sbml.org/sbml/level3/version1/qual/version1" level="3" version="1" qual:required="true">\n')


def qs(sid, nm=None):
    return (b'<qual:qualitativeSpecies qual:id="' + sid + b'"' + (b' qual:name="' + nm + b'"' if nm else b"") +
            b' qual:compartment="c" qual:constant="false"/>\n')


def sbml(species=qs(b"A") + qs(b"B"), transitions=None, doctype=b""):
    if transitions is None:
        transitions = (b'<qual:transition qual:id="t"><qual:listOfInputs><qual:input qual:qualitativeSpecies="A" '
                       b'qual:transitionEffect="none" qual:sign="negative"/></qual:listOfInputs><qual:listOfOutputs>'
                       b'<qual:output qual:qualitativeSpecies="B" qual:transitionEffect="assignmentLevel"/></qual:listOfOutputs>'
                       b'<qual:listOfFunctionTerms><qual:defaultTerm qual:resultLevel="0"/></qual:listOfFunctionTerms></qual:transition>\n')
    head = SBML_HEAD.replace(b"\n<sbml", b"\n" + doctype + b"<sbml") if doctype else SBML_HEAD
    return (head + b'<model>\n<listOfCompartments><compartment id="c" constant="true"/></listOfCompartments>\n'
            b"<qual:listOfQualitativeSpecies>\n" + species + b"</qual:listOfQualitativeSpecies>\n"
            b"<qual:listOfTransitions>\n" + transitions + b"</qual:listOfTransitions>\n</model>\n</sbml>\n")


SBML_LONG = sbml(b"".join(qs(b"S%d" % i) for i in range(300)) + qs(b"A") + qs(b"B"))

SBML = [
    bad("sbml", "empty: 0 bytes", "empty.sbml", b"", "empty.sbml:1:1:", ""),
    bad("sbml", "truncated: mid-element", "cut.sbml", sbml()[:400], "cut.sbml:", ""),
    bad("sbml", "truncated gzip: half the compressed file", "cut.sbml.gz", gz_cut(SBML_LONG), "cut.sbml.gz:", "truncated"),
    bad("sbml", "NUL: a NUL byte", "nul.sbml", sbml(qs(b"A\x00") + qs(b"B")), "nul.sbml:6:", "NUL byte"),
    bad("sbml", "invalid UTF-8: in a name", "utf8.sbml", sbml(qs(b"A", b"\xc0\xaf") + qs(b"B")), "utf8.sbml:", ""),
    bad("sbml", "not qual: SBML core without the qual package", "core.sbml",
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" '
        b'version="1">\n<model id="m"/>\n</sbml>\n', "core.sbml:3:", "no SBML-qual model"),
    bad("sbml", "dangling: an input naming no species", "dangle.sbml", sbml(qs(b"B")), "dangle.sbml:", "does not have"),
    bad("sbml", "duplicate: species ids", "dup.sbml", sbml(qs(b"A") + qs(b"A") + qs(b"B")), "dup.sbml:", ""),
    bad("sbml", "XXE: an external entity", "xxe.sbml",
        sbml(qs(b"A", b"&xxe;") + qs(b"B"), doctype=b'<!DOCTYPE sbml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'), "xxe.sbml:",
        "entity"),
    bad("sbml", "billion laughs: nested entities", "lol.sbml",
        sbml(qs(b"A", b"&j;") + qs(b"B"), doctype=b'<!DOCTYPE sbml [<!ENTITY a "aaaaaaaaaa">' + b"".join(
            b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9)) + b"]>\n"), "lol.sbml:", "entity"),
    bad("sbml", "deep nesting: 100000 elements in a note", "deep.sbml",
        lambda: sbml(qs(b"A") + qs(b"B")).replace(b"<model>", b"<model><notes>" + b"<p>" * 100000), "deep.sbml:3:", "nested deeper"),
    bad("sbml", "too long: a name one byte over", "longname.sbml", sbml(qs(b"A", name(NAME_MAX + 1)) + qs(b"B")),
        "longname.sbml:", LONG_NAME),
    bad("sbml", "binary garbage: random bytes (--from sbml)", "random.xml", noise(seed=7), "random.xml:", "", ["--from", "sbml"]),
    good("sbml", "valid: BOM", "bomok.sbml", BOM + sbml()),
    good("sbml", "valid: CRLF", "crlf.sbml", sbml().replace(b"\n", b"\r\n")),
    good("sbml", "valid: gzip", "ok.sbml.gz", SBML_LONG),
    good("sbml", "valid: .xml with an <sbml> root", "model.xml", sbml()),
]

CASES = JSON + CYJS + TSV + SIF + PCSIF + NODES + GRAPHML + CSV + INDRA + SBML
READERS = ["json", "cyjs", "tsv", "sif", "pcsif", "nodes", "graphml", "csv", "indra", "sbml"]
