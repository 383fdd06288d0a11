"""The notebook-style example (examples/notebook.py) runs to its end."""

import os
import runpy

from conftest import SOURCE


def test_example_runs(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runpy.run_path(os.path.join(SOURCE, "examples", "notebook.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "iMSC-EV -> ... -> SIRT6" in out and "top hubs" in out
