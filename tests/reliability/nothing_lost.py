#!/usr/bin/python3
"""Nothing lost: existing outputs survive every way a render, an export or a merge can fail, byte
for byte, and no temporary file is left beside them; a closed pipe on stdout is a quiet stop.

(a) Old outputs (every render format, every export format including Neo4j's directory of two
    CSVs, a merged graph) are planted, then commands that write them fail: a bad input graph, a
    bad option, --timeout during a long render of a generated dense graph, SIGINT, SIGTERM and
    SIGHUP sent mid-run, the same signals (and the --timeout alarm) raised exactly while the
    output's temporary file exists (written, not yet renamed: interpose.c, preloaded, raises
    them inside fsync), a file-size limit (ulimit -f) mid-write. After each, every old output is
    compared byte for byte and the directory searched for "*.tmp.*". At the end, commands that
    succeed replace the outputs (so the checks can fail).
(b) A closed pipe: stdout's reader gone before the first write is a quiet stop, exit 0.

usage: nothing_lost.py MECHGRAPH DATA_DIR INTERPOSE_SO
"""
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time

MECHGRAPH, DATA, SHIM = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


tmp = tempfile.mkdtemp()
out = os.path.join(tmp, "out")
os.makedirs(os.path.join(out, "neo4j"))
BAD = os.path.join(DATA, "syntax_error.json")

# a dense graph whose drawing takes Graphviz a minute: a render is still laying it out when the
# timer or the signal comes
dense = os.path.join(tmp, "dense.tsv")
with open(dense, "w") as f:
    f.write("source\ttarget\n")
    for i in range(120):
        for j in range(120):
            if i != j and (7 * i + 13 * j) % 5 == 0:
                f.write(f"v{i}\tv{j}\n")

OUTPUTS = ["g.svg", "g.png", "g.pdf", "g.html", "g.dot", "g.json", "g.graphml", "g.cyjs", "g.sif", "g.tsv",
           "neo4j/nodes.csv", "neo4j/edges.csv", "merged.json"]
old = {}


def plant():
    for name in OUTPUTS:
        data = f"old {name}\n\x00 binary \xff too\n".encode("latin-1")
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        old[name] = data


def check(label):
    for name in OUTPUTS:
        with open(os.path.join(out, name), "rb") as f:
            if f.read() != old[name]:
                fail(f"{label}: {name} changed")
    stray = [os.path.join(d, f) for d, _, fs in os.walk(tmp) for f in fs if ".tmp." in f]
    if stray:
        fail(f"{label}: temporary files left: {stray}")
        for s in stray:
            os.unlink(s)


def run(label, args, expect, message=None, env=None, kill=None, limit=None):
    """Runs mechgraph ARGS; expect is the exit status (or -SIGNAL); kill = (signal, seconds)."""
    preexec = (lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))) if limit else None
    p = subprocess.Popen([MECHGRAPH] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                         preexec_fn=preexec, cwd=out)
    if kill:
        time.sleep(kill[1])
        if p.poll() is not None:
            fail(f"{label}: finished (status {p.returncode}) before the signal was sent")
        else:
            p.send_signal(kill[0])
    stdout, stderr = p.communicate(timeout=600)
    err = stderr.decode(errors="replace")
    if p.returncode != expect:
        fail(f"{label}: exit {p.returncode}, expected {expect}: {err[:300]}")
    if message and message not in err:
        fail(f"{label}: stderr lacks {message!r}: {err[:300]}")
    check(label)
    return p.returncode


RENDERS = [("g.svg", []), ("g.png", []), ("g.pdf", []), ("g.html", []), ("g.dot", [])]
EXPORTS = [("g.json", []), ("g.graphml", []), ("g.cyjs", []), ("g.sif", []), ("g.tsv", []),
           ("neo4j", ["--to", "neo4j"]), ("g.dot", ["--to", "dot"])]

plant()
# a bad input graph
for name, extra in RENDERS:
    run(f"render {name} of a bad graph", ["render", "--graph", BAD, "-o", name] + extra, 1, "syntax_error.json")
for name, extra in EXPORTS:
    run(f"export {name} of a bad graph", ["export", "--graph", BAD, "-o", name] + extra, 1, "syntax_error.json")
run("merge with a bad graph", ["merge", "builtin", BAD, "-o", "merged.json"], 1, "syntax_error.json")
run("render of a missing graph", ["render", "--graph", "/no/such.json", "-o", "g.svg"], 1, "unable to open")
# a bad option
run("render, bad layout", ["render", "-o", "g.svg", "--layout", "nope"], 2, "unknown layout")
run("render, bad --timeout", ["render", "-o", "g.png", "--timeout", "soon"], 2, "--timeout expects")
run("export, bad format", ["export", "-o", "g.json", "--to", "nope"], 2, "unknown export format")
run("export neo4j, bad option", ["export", "-o", "neo4j", "--to", "neo4j", "--no-such-option"], 2, "unknown option")
run("merge, bad rule", ["merge", "builtin", "builtin", "-o", "merged.json", "--align", "nope"], 2, "unknown alignment")
# --timeout during a long render
for name, seconds in (("g.svg", "0.01"), ("g.png", "0.3"), ("g.html", "0.5s"), ("g.pdf", "0.3")):
    start = time.time()
    run(f"render {name}, --timeout {seconds}", ["render", "--graph", dense, "--max-edges", "0", "-o", name,
                                                "--timeout", seconds],
        124, f"mechgraph: stopped after {seconds.rstrip('s')} s (--timeout)")
    if time.time() - start > 30:
        fail(f"--timeout {seconds} took {time.time() - start:.1f} s to stop the render")
# signals mid-run (the layout is running)
for sig, name in ((signal.SIGINT, "g.svg"), (signal.SIGTERM, "g.pdf"), (signal.SIGHUP, "g.dot")):
    extra = ["--format", "svg"] if name == "g.dot" else []
    run(f"render {name}, {sig.name} mid-run", ["render", "--graph", dense, "--max-edges", "0", "-o", name] + extra,
        -sig, kill=(sig, 1.0))

# a signal while the temporary file exists: written, flushed, not yet renamed
env = dict(os.environ, LD_PRELOAD=SHIM,
           ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0")
for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    e = dict(env, MG_TEST_SIGNAL_AT_FSYNC=str(int(sig)))
    for name, extra in EXPORTS:
        run(f"export {name}, {sig.name} at fsync", ["export", "-o", name] + extra, -sig, env=e)
    run(f"render g.svg, {sig.name} at fsync", ["render", "-o", "g.svg"], -sig, env=e)
    run(f"merge, {sig.name} at fsync", ["merge", "builtin", "builtin", "-o", "merged.json"], -sig, env=e)
# the second of Neo4j's files: the first is written and waiting; neither replaces its old file
e = dict(env, MG_TEST_SIGNAL_AT_FSYNC=str(int(signal.SIGTERM)), MG_TEST_FSYNC_NTH="2")
run("export neo4j, SIGTERM at the second file's fsync", ["export", "-o", "neo4j", "--to", "neo4j"], -signal.SIGTERM,
    env=e)
# the --timeout alarm at the same moment
e = dict(env, MG_TEST_SIGNAL_AT_FSYNC=str(int(signal.SIGALRM)))
run("export g.graphml, the --timeout alarm at fsync", ["export", "-o", "g.graphml", "--timeout", "600"], 124,
    "stopped after 600 s (--timeout)", env=e)
run("render g.png, the --timeout alarm at fsync", ["render", "-o", "g.png", "--timeout", "600"], 124,
    "stopped after 600 s (--timeout)", env=e)

# a file-size limit mid-write: a write error (EFBIG), not a death by SIGXFSZ
for name, extra in EXPORTS[:2] + [("neo4j", ["--to", "neo4j"])]:
    run(f"export {name}, ulimit -f", ["export", "-o", name] + extra, 1, "File too large", limit=4096)
run("render g.svg, ulimit -f", ["render", "-o", "g.svg"], 1, "File too large", limit=4096)

# and when nothing fails, the outputs are replaced
before = {n: old[n] for n in OUTPUTS}
for name, extra in EXPORTS:
    subprocess.run([MECHGRAPH, "export", "-o", name] + extra, cwd=out, check=False, capture_output=True)
subprocess.run([MECHGRAPH, "render", "-o", "g.svg"], cwd=out, check=False, capture_output=True)
for name in ("g.svg", "g.dot", "g.json", "g.graphml", "neo4j/nodes.csv", "neo4j/edges.csv"):
    if open(os.path.join(out, name), "rb").read() == before[name]:
        fail(f"a successful export did not replace {name}")
if [f for d, _, fs in os.walk(tmp) for f in fs if ".tmp." in f]:
    fail("a successful export left a temporary file")

# (b) a closed pipe on stdout: the reader has all it wanted, so a quiet stop with status 0 (issue 20)
for args in (["nodes"], ["show", "SIRT6", "--json"], ["export", "-o", "-", "--to", "tsv"],
             ["render", "-o", "-", "--format", "dot"]):
    r, w = os.pipe()
    os.close(r)
    p = subprocess.run([MECHGRAPH] + args, stdout=w, stderr=subprocess.PIPE)
    os.close(w)
    err = p.stderr.decode(errors="replace")
    if p.returncode != 0 or err:
        fail(f"{' '.join(args)} into a closed pipe: exit {p.returncode}, expected 0 and silence: {err[:300]}")

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
