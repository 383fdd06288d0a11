#!/usr/bin/env bash
# The curated graph validates, every edge has evidence, every reference has a citation, and the
# committed graphs/imsc_ev.json is what scripts/build_graph.py makes of graphs/parts/.
set -eu
bin=$1 python=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
"$bin" validate "$root/graphs/imsc_ev.json"
for part in "$root"/graphs/parts/*.json; do "$bin" validate "$part"; done
"$bin" info --json | grep -q '"edges_without_evidence": 0,' || { echo "some edges have no evidence" >&2; exit 1; }
"$python" - "$root/graphs/imsc_ev.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
bad = [r["id"] for r in g["references"] if not r.get("citation")]
assert not bad, f"references without a citation: {bad}"
nodes = {n["id"]: n for n in g["nodes"]}
for e in g["edges"]:
    for ev in e["evidence"]:
        assert ev.get("review") in ("zhou2024", "aldoghachi2023"), f"evidence without its review: {e}"
        assert ev.get("where"), f"evidence without 'where': {e}"
print(f"{len(g['edges'])} edges, each with evidence naming its review and place")
PY
# the JSON Schema of docs/ agrees with the validator on the curated graph and the test fixtures
"$python" - "$root" <<'PY'
import json, sys
from pathlib import Path
try:
    import jsonschema
except ImportError:
    print("SKIPPED: python3-jsonschema is not installed; schema check not run")
    sys.exit(0)
root = Path(sys.argv[1])
schema = json.loads((root / "docs/mechgraph-1.schema.json").read_text())
validator = jsonschema.Draft202012Validator(schema)
for f in [root / "graphs/imsc_ev.json", *sorted((root / "graphs/parts").glob("*.json")), root / "tests/data/tgf.json"]:
    errors = list(validator.iter_errors(json.loads(f.read_text())))
    assert not errors, f"{f}: {errors[0].message}"
bad = json.loads((root / "tests/data/many_problems.json").read_text())
assert list(validator.iter_errors(bad)), "the schema accepts many_problems.json"
print("JSON Schema: curated graph and fixtures valid, bad fixture rejected")
PY
"$python" "$root/scripts/build_graph.py" --check
