"""Where the tests find the Hetionet subset (../shared/data/hetionet-v1.0 beside the repository),
and how they skip without it: `require(...)` returns the paths asked for, or prints the SKIPPED
line CTest shows and exits 77 (SKIP_RETURN_CODE). Imported by the tests that read Hetionet."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "hetionet-v1.0"
EDGES = DATA / "hetionet-v1.0-edges-AGCD16.sif.gz"
NODES = DATA / "hetionet-v1.0-nodes.tsv.gz"


def require(*paths):
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"SKIPPED: {missing[0]} is absent")
        sys.exit(77)
    return paths
