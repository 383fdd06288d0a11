#!/usr/bin/env python3
"""Rewrites the calibration stored in src/lib/hypotheses/hyp_calibrate.c with a fresh fit on the
built-in graph (`mechgraph hypotheses --calibrate --json`). Run it when the curated graph or a
method changes and the test unit_calibrate says the stored values are stale.
usage: scripts/update-calibration.py BUILD_DIR"""
import json, pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
mg = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / "build-dev") / "mechgraph"
cal = json.loads(subprocess.run([str(mg), "hypotheses", "--calibrate", "--json"], check=True,
                                capture_output=True, text=True).stdout)["calibration"]
methods = ["abc", "transfer", "link", "dwpc", "contradictions", "gaps", "comparisons"]
stale = {"intercept": -9.0, "score": 0, "degree": 0, "positives": 0, "negatives": 0}

def row(key, fmt):
    return "{" + ", ".join(fmt(cal[m][key] if m in cal else stale[key]) for m in methods) + "}"

body = ("static const mg_hyp_calibration default_calibration = {\n"
        f"    {row('intercept', lambda v: repr(float(v)))},\n"
        f"    {row('score', lambda v: repr(float(v)))},\n"
        f"    {row('degree', lambda v: repr(float(v)))},\n"
        f"    {row('positives', str)},\n"
        f"    {row('negatives', str)},\n"
        f"    {cal['folds']}}};")
path = root / "src/lib/hypotheses/hyp_calibrate.c"
text = path.read_text()
new = re.sub(r"static const mg_hyp_calibration default_calibration = \{.*?\n    \d+\};", body, text, flags=re.S)
if new == text and body not in text:
    sys.exit("update-calibration: the stored calibration was not found in " + str(path))
path.write_text(new)
print(body)
