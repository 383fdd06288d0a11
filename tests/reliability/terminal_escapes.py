#!/usr/bin/env python3
"""Issue 24, item 10: text meant for a terminal shows control characters instead of obeying them.
A graph whose note holds an ESC sequence, a carriage return and a right-to-left override, and whose
label holds a C1 control, is shown (`show`, `path --evidence`, an error naming it) once on a
pseudo-terminal, where every such character must arrive escaped (\\x1b, \\x0d, \\u202e, \\u009b),
and once through a pipe, where the bytes must arrive as they are (data, as for ls and git).
usage: terminal_escapes.py MECHGRAPH"""
import json, os, pty, subprocess, sys, tempfile

mg = sys.argv[1]
note = "before\x1b[2J\rFORGED \u202eevil\u202c after"
graph = {"format": "mechgraph-1",
         "references": [{"id": "r1", "citation": "Ab C (2001). One."}],
         "nodes": [{"id": "A", "type": "gene", "label": "A\u009b31m"}, {"id": "B", "type": "gene"}],
         "edges": [{"source": "A", "target": "B", "relation": "activates",
                    "evidence": [{"ref": "r1", "note": note}]}]}
bad = ["\x1b", "\r", "\u202e", "\u009b"]
failures = 0


def on_pty(args):
    master, slave = pty.openpty()
    p = subprocess.Popen([mg] + args, stdout=slave, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    p.wait()
    os.close(master)
    # the terminal's own line discipline turns \n into \r\n: that \r is the tty's, not the data's
    return p.returncode, out.decode("utf-8", "replace").replace("\r\n", "\n")


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "evil.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(graph, f, ensure_ascii=False)
    for args in (["show", "A", "--graph", path], ["path", "A", "B", "--evidence", "--graph", path],
                 ["show", "A\x1b[2J", "--graph", path]):
        status, out = on_pty(args)
        raw = [repr(c) for c in bad if c in out]
        if raw:
            print(f"FAIL: {args[:2]} on a terminal printed {', '.join(raw)} raw:\n{out!r}")
            failures += 1
        if args[0] != "show" or args[1] == "A":
            if "\\x1b" not in out or "\\u202e" not in out:
                print(f"FAIL: {args[:2]} on a terminal did not show the escapes:\n{out!r}")
                failures += 1
    piped = subprocess.run([mg, "path", "A", "B", "--evidence", "--graph", path], capture_output=True)
    text = piped.stdout.decode("utf-8")
    if piped.returncode != 0 or "\x1b[2J\rFORGED" not in text or "\\x1b" in text:
        print(f"FAIL: through a pipe the note should arrive as it is: {text!r}")
        failures += 1
print(f"{failures} failures")
sys.exit(1 if failures else 0)
