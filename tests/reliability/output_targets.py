#!/usr/bin/python3
"""The output-opening rule (issue 24, items 2, 3, 4 and 16; docs/reliability.md): every writer
refuses a target that is not a regular file (FIFO, character device, directory, /dev/stdout when
it is a pipe), exit 1, and leaves it as it was; a replaced file keeps its mode and owner; a link
is followed; a killed writer's stale temporary file is removed by the next write to the same
target, a live one is not; Neo4j's folder is all or nothing, also under concurrent exports.

usage: output_targets.py MECHGRAPH
"""
import fcntl
import atexit
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

MECHGRAPH = sys.argv[1]
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(args, expect=0, **kw):
    out = subprocess.run([MECHGRAPH] + args, capture_output=True, timeout=60, **kw)
    if out.returncode != expect:
        fail(f"{' '.join(args)}: exit {out.returncode}, expected {expect}: {out.stderr.decode(errors='replace')[:300]}")
    return out


WORK = tempfile.mkdtemp(prefix="mg-targets-")
atexit.register(shutil.rmtree, WORK, True)  # the folder goes, whatever the outcome
os.chdir(WORK)
with open("small.tsv", "w") as f:
    f.write("source\ttarget\trelation\nA\tB\tactivates\nB\tC\tinhibits\n")

# ---- items 2: targets that are not regular files are refused, and left as they are ----
os.mkfifo("fifo")
os.mkdir("folder")
targets = {"fifo": stat.S_ISFIFO, "folder": stat.S_ISDIR}
if os.geteuid() == 0:  # as root, a device node stands in for /dev/null
    os.mknod("null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    targets["null"] = stat.S_ISCHR
else:
    print("SKIP: a character device (mknod needs root); /dev/null is tried instead")
for name, kind in targets.items():
    for fmt in ("tsv", "json", "graphml", "cyjs", "sif", "dot", "sbml-qual") if name == "fifo" else ("tsv",):
        out = run(["export", "--to", fmt, "-o", name], expect=1)
        if b"only a regular file is replaced" not in out.stderr:
            fail(f"export --to {fmt} -o {name}: {out.stderr!r}")
        if not kind(os.lstat(name).st_mode):
            fail(f"export --to {fmt} -o {name} replaced it")
    run(["render", "--graph", "small.tsv", "--format", "svg", "-o", name], expect=1)
# the system's /dev/null only where a regression could not replace it: as root the device node
# above stands in for it (a regressed build once replaced this machine's /dev/null)
if os.geteuid() != 0:
    run(["export", "--to", "tsv", "-o", "/dev/null"], expect=1)
# /dev/stdout is a pipe here: refused, with the hint; '-' writes it
out = run(["export", "--to", "tsv", "-o", "/dev/stdout"], expect=1)
if b"standard output is '-'" not in out.stderr:
    fail(f"-o /dev/stdout: {out.stderr!r}")
if not run(["export", "--to", "tsv", "-o", "-"]).stdout:
    fail("-o - wrote nothing to stdout")
if [n for n in os.listdir(".") if ".tmp." in n]:
    fail(f"temporary files left: {os.listdir('.')}")

# ---- item 3: a replaced file keeps its mode (and owner, as root) ----
with open("kept.tsv", "w") as f:
    f.write("old\n")
os.chmod("kept.tsv", 0o600)
owner = 65534 if os.geteuid() == 0 else os.getuid()
if os.geteuid() == 0:
    os.chown("kept.tsv", owner, 0)
run(["export", "--to", "tsv", "-o", "kept.tsv"])
st = os.stat("kept.tsv")
if stat.S_IMODE(st.st_mode) != 0o600:
    fail(f"a 0600 file became {oct(stat.S_IMODE(st.st_mode))}")
if st.st_uid != owner:
    fail(f"the owner changed from {owner} to {st.st_uid}")
if open("kept.tsv").read() == "old\n":
    fail("kept.tsv was not replaced")
os.symlink("kept.tsv", "link.tsv")
run(["export", "--graph", "small.tsv", "--to", "tsv", "-o", "link.tsv"])
if not os.path.islink("link.tsv") or "A\tB" not in open("kept.tsv").read():
    fail("a link was replaced instead of the file it names")
# a new file gets 0666 less the umask
run(["export", "--to", "tsv", "-o", "fresh.tsv"])
umask = os.umask(0)
os.umask(umask)
if stat.S_IMODE(os.stat("fresh.tsv").st_mode) != 0o666 & ~umask:
    fail(f"a new file is {oct(stat.S_IMODE(os.stat('fresh.tsv').st_mode))}")

# ---- item 16: a killed writer's temporary file goes on the next write; a live one stays ----
stale, live, young = "out.tsv.tmp.AbC123", "out.tsv.tmp.XyZ789", "out.tsv.tmp.Young1"
for n in (stale, live, young):
    with open(n, "w") as f:
        f.write("x" * 1000)
old = time.time() - 60
os.utime(stale, (old, old))
os.utime(live, (old, old))
holder = open(live)
fcntl.flock(holder, fcntl.LOCK_EX)  # a writer still at work holds its lock
os.mkdir("n4j.tmp.Stale1")  # a killed Neo4j export's folder
with open("n4j.tmp.Stale1/nodes.csv", "w") as f:
    f.write("x")
os.utime("n4j.tmp.Stale1", (old, old))
run(["export", "--graph", "small.tsv", "--to", "tsv", "-o", "out.tsv"])
run(["export", "--graph", "small.tsv", "--to", "neo4j", "-o", "n4j"])
if os.path.exists(stale):
    fail("a stale temporary file was not removed by the next write")
if not os.path.exists(live) or not os.path.exists(young):
    fail("a temporary file in use (locked, or just made) was removed")
if os.path.exists("n4j.tmp.Stale1"):
    fail("a stale temporary folder was not removed by the next Neo4j export")
holder.close()

# ---- item 4: Neo4j's folder, all or nothing ----
run(["export", "--to", "neo4j", "-o", "n"])
before = {f: open(os.path.join("n", f), "rb").read() for f in ("nodes.csv", "edges.csv", "import.sh")}
os.unlink("n/edges.csv")
os.makedirs("n/edges.csv/x")
run(["export", "--graph", "small.tsv", "--to", "neo4j", "-o", "n"], expect=1)
if open("n/nodes.csv", "rb").read() != before["nodes.csv"]:
    fail("a refused Neo4j export changed nodes.csv")
os.rmdir("n/edges.csv/x")
os.rmdir("n/edges.csv")
with open("n/mine.txt", "w") as f:
    f.write("a user's file\n")
out = run(["export", "--to", "neo4j", "-o", "n"], expect=1)
if b"mine.txt" not in out.stderr or not os.path.exists("n/mine.txt"):
    fail(f"a folder holding another file: {out.stderr!r}")
os.unlink("n/mine.txt")

# concurrent exports of two graphs to one folder: the pair always comes from one graph
graphs = [[], ["--graph", "small.tsv"]]
pairs = {}
for i, g in enumerate(graphs):
    run(["export"] + g + ["--to", "neo4j", "-o", f"ref{i}"])
    pairs[i] = (open(f"ref{i}/nodes.csv", "rb").read(), open(f"ref{i}/edges.csv", "rb").read())
mixed = 0
start = time.time()
rounds = 0
while time.time() - start < 3 and rounds < 40:
    procs = [subprocess.Popen([MECHGRAPH, "export"] + graphs[k % 2] + ["--to", "neo4j", "-o", "race"],
                              stderr=subprocess.PIPE) for k in range(6)]
    for p in procs:
        err = p.communicate()[1]
        if p.returncode != 0:
            fail(f"a concurrent export failed: {err.decode(errors='replace')}")
    pair = (open("race/nodes.csv", "rb").read(), open("race/edges.csv", "rb").read())
    if pair not in pairs.values():
        mixed += 1
    if sorted(os.listdir("race")) != ["edges.csv", "import.sh", "nodes.csv"]:
        fail(f"the folder holds {os.listdir('race')}")
    rounds += 1
if mixed:
    fail(f"{mixed} of {rounds} rounds of 6 concurrent exports left a mixed pair")
left = [n for n in os.listdir(".") if n.startswith("race.tmp.")]
if left:
    fail(f"concurrent exports left {left}")
print(f"{rounds} rounds of 6 concurrent Neo4j exports, {mixed} mixed")

if failures:
    print(f"{len(failures)} failures")
    sys.exit(1)
print("ok")
