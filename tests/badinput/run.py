#!/usr/bin/env python3
"""Runs the bad-input table (cases.py): writes each case's file into OUTDIR, runs
`mechgraph info --graph FILE` on it, and checks that a bad file gets exit status 1 and a message
on stderr that starts with the case's location and says what was expected, and that a valid
companion loads (status 0). Every line on stderr must be a message of mechgraph's (FILE... or
"mechgraph: ..."), so a sanitizer's or valgrind's report fails the case even where its exit
status is 1.

usage: run.py MECHGRAPH OUTDIR [--reader R] [--times] [--repeat N] [--show]
       run.py --table   (the cases per kind and reader, as a Markdown table, for docs/reliability.md)
  --reader R  only the cases of reader R (json, cyjs, tsv, sif, pcsif, nodes, graphml)
  --times     print each case's wall time and the maximum (scripts/bad-input-times.sh)
  --repeat N  run each case N times; its time is the longest of them
  --show      print each case's first message
Environment: MG_WRAP, a command put in front of mechgraph (valgrind); MG_TIME_FACTOR, how much
slower than a plain build the binary runs (sanitizers, valgrind), scaling the hang guard.
"""
import gzip
import os
import re
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES, READERS  # noqa: E402

# A case must finish within a second in a plain build (docs/reliability.md gives the times
# measured); the test's guard is generous so that a loaded machine does not fail it, and only a
# hang does.
GUARD_SECONDS = 10


def content_of(case):
    data = case.content() if callable(case.content) else case.content
    if case.file.endswith(".gz") and not data.startswith(b"\x1f\x8b"):
        data = gzip.compress(data, mtime=0)
    return data


def check(case, status, err):
    """The problems with one run, as a list of strings (empty: the case passes)."""
    problems = []
    if status != case.status:
        problems.append(f"exit status {status}, expected {case.status}")
    lines = err.splitlines()
    strange = [ln for ln in lines if not (ln.startswith(case.file) or ln.startswith("mechgraph: "))]
    if strange:
        problems.append("stderr has lines that are not mechgraph's messages")
    if case.status == 0:
        return problems
    first = lines[0] if lines else ""
    # located: FILE:LINE:COLUMN: or FILE: JSON-PATH: (FILE:LINE: is not used)
    if not re.match(re.escape(case.file) + r"(:\d+:\d+|: \(top level\)|: [^ :]+): ", first):
        problems.append("the first message is not located (FILE:LINE:COLUMN: or FILE: PATH:)")
    if not first.startswith(case.where):
        problems.append(f"the first message does not start with '{case.where}'")
    if case.what not in first:
        problems.append(f"the first message does not say '{case.what}'")
    return problems


def print_table():
    """How many cases of each kind (the part of a case's name before ':') each reader has."""
    kinds = []
    for c in CASES:
        kind = c.name.split(":")[0]
        if kind not in kinds:
            kinds.append(kind)
    first = list(kinds)
    kinds.sort(key=lambda k: (k == "valid", k == "other", first.index(k)))
    print("| case | " + " | ".join(READERS) + " |")
    print("|---|" + "---|" * len(READERS))
    for kind in kinds:
        counts = [sum(1 for c in CASES if c.reader == r and c.name.split(":")[0] == kind) for r in READERS]
        print(f"| {kind} | " + " | ".join(str(n) if n else "" for n in counts) + " |")
    totals = [sum(1 for c in CASES if c.reader == r) for r in READERS]
    print("| **all** | " + " | ".join(str(n) for n in totals) + " |")
    bad = sum(c.status for c in CASES)
    print(f"\n{len(CASES)} cases: {bad} bad files, {len(CASES) - bad} valid companions.")


def main():
    args = sys.argv[1:]
    if args == ["--table"]:
        print_table()
        return
    flags = {f for f in ("--times", "--show") if f in args}
    args = [a for a in args if a not in flags]
    times, show = "--times" in flags, "--show" in flags
    reader, repeat = None, 1
    if "--reader" in args:
        i = args.index("--reader")
        reader = args[i + 1]
        del args[i:i + 2]
        if reader not in READERS:
            sys.exit(f"run.py: unknown reader '{reader}' (expected one of {', '.join(READERS)})")
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    binary, outdir = os.path.abspath(args[0]), args[1]
    wrap = shlex.split(os.environ.get("MG_WRAP", ""))
    guard = GUARD_SECONDS * float(os.environ.get("MG_TIME_FACTOR", "1"))
    cases = [c for c in CASES if reader is None or c.reader == reader]
    names = [(c.reader, c.file) for c in cases]
    if len(set(names)) != len(names):
        sys.exit("run.py: two cases of one reader share a file name")
    failed, slowest, slowest_bad = 0, (0.0, None), (0.0, None)
    for case in cases:
        where = os.path.join(outdir, case.reader)
        os.makedirs(where, exist_ok=True)
        with open(os.path.join(where, case.file), "wb") as f:
            f.write(content_of(case))
        cmd = wrap + [binary, "info", "--graph", case.file] + case.args
        elapsed, problems = 0.0, []
        for _ in range(repeat):
            start = time.monotonic()
            try:
                run = subprocess.run(cmd, cwd=where, capture_output=True, timeout=guard)
                status, err = run.returncode, run.stderr.decode("utf-8", "replace")
                problems = check(case, status, err)
            except subprocess.TimeoutExpired:
                status, err, problems = None, "", [f"still running after {guard:.0f} s (a hang?)"]
            elapsed = max(elapsed, time.monotonic() - start)
            if problems:
                break
        if elapsed > slowest[0]:
            slowest = (elapsed, case)
        if case.status and elapsed > slowest_bad[0]:
            slowest_bad = (elapsed, case)
        label = f"{case.reader}: {case.name} ({case.file})"
        if times:
            print(f"{elapsed:8.3f} s  {label}")
        if show:
            print(f"{label}\n    {(err.splitlines() or ['(nothing on stderr)'])[0][:200]}")
        if problems:
            failed += 1
            print(f"FAIL {label}: {'; '.join(problems)}")
            print(f"  command: {shlex.join(cmd[len(wrap):])} (in {where})")
            for ln in err.splitlines()[:6]:
                print(f"  stderr: {ln[:300]}")
    bad = sum(c.status for c in cases)
    summary = f"{len(cases)} cases ({bad} bad, {len(cases) - bad} valid), {failed} failed"
    for what, (t, c) in (("slowest", slowest), ("slowest bad file", slowest_bad)):
        if c:
            summary += f"; {what} {t:.3f} s ({c.reader}: {c.name})"
    print(summary)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
