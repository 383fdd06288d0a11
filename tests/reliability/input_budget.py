#!/usr/bin/python3
"""The input budget (issue 24, items 8 and 9; docs/format.md, "Limits"): every input is checked
chunk by chunk before the buffer grows. A gzip bomb (1 GB of NULs) is refused in well under a
second holding a few megabytes; /dev/zero read as TSV or by content is refused at once;
/dev/urandom ends in an error (at MECHGRAPH_MAX_INPUT, set low here); an endless line ends at
4 MiB; the input limit is named in its message; an @FILE list of names reads bounded lines.

The memory figure is the child's own peak (wait4's ru_maxrss), compared with loading a small
file, so that it holds under ASan too; times are scaled by MG_TIME_FACTOR.

usage: input_budget.py MECHGRAPH
"""
import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zlib

MECHGRAPH = sys.argv[1]
FACTOR = float(os.environ.get("MG_TIME_FACTOR", "1"))
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(args, env=None):
    """(status, stderr, seconds, peak KiB) of one command."""
    start = time.monotonic()
    p = subprocess.Popen([MECHGRAPH] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         env=dict(os.environ, **(env or {})))
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, err.decode(errors="replace"), time.monotonic() - start, usage.ru_maxrss


def check(label, args, want, seconds, env=None, extra_kib=64 * 1024):
    status, err, took, kib = run(args, env)
    print(f"{label}: exit {status}, {took:.2f} s, {kib // 1024} MiB: {err.splitlines()[0] if err else ''}")
    if status != 1:
        fail(f"{label}: exit {status}, expected 1")
    if want not in err:
        fail(f"{label}: the message does not say {want!r}: {err[:300]!r}")
    if took > seconds * FACTOR:
        fail(f"{label}: {took:.2f} s, more than {seconds * FACTOR:.1f} s")
    if kib > base_kib + extra_kib:
        fail(f"{label}: {kib // 1024} MiB at its peak, more than {(base_kib + extra_kib) // 1024} MiB")


WORK = tempfile.mkdtemp(prefix="mg-budget-")
atexit.register(shutil.rmtree, WORK, True)  # the folder goes, whatever the outcome
os.chdir(WORK)
with open("small.tsv", "w") as f:
    f.write("source\ttarget\nA\tB\n")
base_kib = run(["info", "--graph", "small.tsv"])[3]

# 1 GB of NULs as 1,024 gzip members of 1 MiB each (one text, as gzip -d reads them): 1 MB on disk
member = zlib.compress(b"\0" * (1 << 20), 9, wbits=31)
bomb = member * 1024
for name in ("bomb.json.gz", "bomb.tsv.gz", "bomb.graphml.gz", "bomb.gz"):
    with open(name, "wb") as f:
        f.write(bomb)
    check(f"gzip bomb {name}", ["info", "--graph", name], f"{name}:1:1: ", 1.0)  # each reader's words for a NUL

check("/dev/zero by content", ["info", "--graph", "/dev/zero"], "NUL byte", 1.0)
check("/dev/zero as TSV", ["info", "--graph", "/dev/zero", "--from", "tsv"], "NUL byte", 1.0)
check("/dev/zero as JSON", ["info", "--graph", "/dev/zero", "--from", "json"], "NUL byte", 1.0)
# (its thousands of problems come first, and the limit's message after the first thousand shown)
check("/dev/urandom as TSV", ["info", "--graph", "/dev/urandom", "--from", "tsv"], "more problems not shown", 10.0,
      env={"MECHGRAPH_MAX_INPUT": "64M"})
check("/dev/urandom by content", ["info", "--graph", "/dev/urandom"], "", 10.0, env={"MECHGRAPH_MAX_INPUT": "64M"})

# an endless line without NULs: refused at 4 MiB, not read whole
with open("long.tsv", "wb") as f:
    f.write(b"a" * (6 << 20))
check("a 6 MiB line", ["info", "--graph", "long.tsv"], "a line of 4194304 bytes or more", 2.0)
# the limit, named where it is passed, and raised by the environment
with open("edges.tsv", "w") as f:
    f.write("source\ttarget\n" + "".join(f"N{i}\tN{i + 1}\n" for i in range(1000)))
check("over MECHGRAPH_MAX_INPUT", ["info", "--graph", "edges.tsv"], "MECHGRAPH_MAX_INPUT raises it", 2.0,
      env={"MECHGRAPH_MAX_INPUT": "1K"})
status, err, _, _ = run(["info", "--graph", "edges.tsv"], env={"MECHGRAPH_MAX_INPUT": "1M"})
if status != 0:
    fail(f"a file under MECHGRAPH_MAX_INPUT: exit {status}: {err}")
status, err, _, _ = run(["info", "--graph", "edges.tsv"], env={"MECHGRAPH_MAX_INPUT": "lots"})
if status != 0:
    fail(f"an unreadable MECHGRAPH_MAX_INPUT keeps the default: exit {status}: {err}")

# item 9: @FILE lists read bounded lines
check("path @/dev/zero", ["path", "@/dev/zero", "iMSC"], "NUL byte in a list of names", 1.0)
with open("names", "wb") as f:
    f.write(b"x" * (1 << 20))
check("path @a 1 MiB line", ["path", "@names", "iMSC"], "a line longer than 65536 bytes", 1.0)

if failures:
    print(f"{len(failures)} failures")
    sys.exit(1)
print("ok")
