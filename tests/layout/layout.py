#!/usr/bin/env python3
"""The library's layout (issue 15, src/lib/README.md): every .c file of src/lib in a topic folder,
none over 700 lines, and calls between folders that run one way only, down the declared layers.

Calls are read from the compiled objects (nm: what each object defines and what it needs), so a
call through a header, a macro or a copy-pasted prototype counts the same as any other. A folder
may call its own files and the folders of lower layers; a call upward or sideways within a layer
is reported with the symbol and both files, as is any circle.

usage: layout.py SOURCE_DIR OBJECT_DIR   (OBJECT_DIR: the build tree's CMakeFiles/mechgraph_objects.dir)
"""
import subprocess
import sys
from pathlib import Path

MAX_LINES = 700
# Each folder's layer: a folder calls only folders of lower layers (and itself).
LAYERS = {
    "core": 0,
    "io": 1, "select": 1,
    "paths": 2, "hubs": 2,
    "render": 3, "hypotheses": 3, "merge": 3,
    "export": 4,
}


def symbols(obj, defined):
    args = ["nm", "--defined-only" if defined else "-u", str(obj)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    result = set()
    for line in out.splitlines():
        parts = line.split()
        if defined and len(parts) == 3 and parts[1] in "TDBRV":
            result.add(parts[2])
        elif not defined and len(parts) == 2 and parts[0] == "U":
            result.add(parts[1])
    return result


def circles(graph):
    """One circle per strongly connected component of more than one vertex (Tarjan), each as a
    list of vertices in calling order."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def connect(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(walk(graph, sorted(component)))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def walk(graph, component):
    """A circle through the component's first vertex, following calls inside the component."""
    members, path, seen = set(component), [component[0]], {component[0]}
    while True:
        nxt = [w for w in sorted(graph.get(path[-1], ())) if w in members]
        back = [w for w in nxt if w == component[0]]
        if back and len(path) > 1:
            return path
        fresh = [w for w in nxt if w not in seen]
        if not fresh:
            return path
        path.append(fresh[0])
        seen.add(fresh[0])


def main():
    src, objdir = Path(sys.argv[1]) / "src" / "lib", Path(sys.argv[2]) / "src" / "lib"
    problems = []
    for c in sorted(src.glob("*.c")):
        problems.append(f"{c.name}: loose at the root of src/lib (put it in a topic folder)")
    for folder in sorted(p for p in src.iterdir() if p.is_dir()):
        if folder.name not in LAYERS:
            problems.append(f"{folder.name}/: a folder this test does not know (add it to LAYERS and src/lib/README.md)")
        if not (folder / "README.md").is_file():
            problems.append(f"{folder.name}/: no README.md saying what the part does and what it may use")
    for c in sorted(src.glob("*/*.c")):
        n = sum(1 for _ in c.open(encoding="utf-8"))
        if n > MAX_LINES:
            problems.append(f"{c.relative_to(src)}: {n} lines (at most {MAX_LINES})")

    defs, uses = {}, {}
    for obj in sorted(objdir.glob("*/*.c.o")):
        name = f"{obj.parent.name}/{obj.name[:-2]}"
        for s in symbols(obj, True):
            defs[s] = name
        uses[name] = symbols(obj, False)
    if not uses:
        sys.exit(f"layout: no objects under {objdir}: build first")

    edges = {}
    for user, needed in uses.items():
        for s in needed:
            owner = defs.get(s)
            if not owner:
                continue
            a, b = user.split("/")[0], owner.split("/")[0]
            if a != b:
                edges.setdefault((a, b), []).append(f"{user} calls {s} ({owner})")
    for (a, b), why in sorted(edges.items()):
        if LAYERS.get(b, 99) >= LAYERS.get(a, -1):
            problems.append(f"{a}/ -> {b}/: not a lower layer: " + "; ".join(sorted(why)[:3]))

    # no circle between folders (implied by the layers, checked on its own), nor between files:
    # two files that call each other share a helper that belongs in a third
    folders, files = {}, {}
    for user, needed in uses.items():
        for s in needed:
            owner = defs.get(s)
            if owner and owner != user:
                files.setdefault(user, set()).add(owner)
                if owner.split("/")[0] != user.split("/")[0]:
                    folders.setdefault(user.split("/")[0], set()).add(owner.split("/")[0])
    for what, graph in (("folders", folders), ("files", files)):
        for circle in circles(graph):
            problems.append(f"circle between {what}: " + " -> ".join(circle + [circle[0]]))

    for p in problems:
        print(f"layout: {p}")
    calls = ", ".join(f"{a}->{b}" for a, b in sorted(edges))
    print(f"layout: {len(list(src.glob('*/*.c')))} files in {len(LAYERS)} folders; calls between folders: {calls}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
