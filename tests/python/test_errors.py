"""Errors as Python expects them: LookupError with the candidates, ValueError with the located
message, TypeError for an option that does not exist; nothing crashes the interpreter."""

import pytest

import mechgraph


def test_unknown_name_lists_suggestions(g):
    with pytest.raises(LookupError) as e:
        g.node("Sirtx")
    assert isinstance(e.value, mechgraph.NodeNotFoundError)
    assert e.value.suggestions == ["SIRT6"]
    assert "did you mean" in str(e.value) and "SIRT6 (Sirt6, gene)" in str(e.value)
    with pytest.raises(mechgraph.NodeNotFoundError) as e:
        g.paths("iMSC-EV", "Foo")
    assert "FOXO1" in e.value.suggestions and "FOXO1" in str(e.value)


def test_ambiguous_name_lists_candidates(g):
    with pytest.raises(mechgraph.AmbiguousNameError) as e:
        g.node("miR")
    assert isinstance(e.value, LookupError)
    assert "miR-21-5p" in e.value.suggestions and "miR-21-5p+miR-486-5p" in e.value.suggestions
    assert "is ambiguous" in str(e.value) and "miR-486-5p (mirna)" in str(e.value)


def test_unknown_study(g):
    with pytest.raises(LookupError, match="no study 'Nobody 1900'"):
        g.studies("Nobody 1900")


def test_bad_file_is_a_located_value_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mechgraph-1",\n "nodes": [\n  {"id": "a", "type": "gene"},,\n')
    with pytest.raises(ValueError) as e:
        mechgraph.load(bad)
    assert isinstance(e.value, mechgraph.DataError)
    assert f"{bad}:3:" in str(e.value)  # file:line:column
    with pytest.raises(ValueError, match="unable to open"):
        mechgraph.load(tmp_path / "missing.json")
    wrong = tmp_path / "schema.json"
    wrong.write_text('{"format": "mechgraph-1", "nodes": [{"id": "a", "type": "planet"}], "edges": []}')
    with pytest.raises(ValueError, match="planet"):
        mechgraph.load(wrong)


def test_bad_options(g):
    with pytest.raises(ValueError, match="unknown metric 'bogus'"):
        g.hubs(metric="bogus")
    with pytest.raises(TypeError, match="unknown option '--bogus'"):
        g.hubs(bogus=1)
    with pytest.raises(TypeError):
        g.paths("iMSC-EV", "Sirt6", timeout=1)  # its timer would end the interpreter
    with pytest.raises(TypeError):
        mechgraph.load(colour="blue")
    with pytest.raises(ValueError, match="matches nothing|no edge is left|closest|context"):
        g.select(context="no such disease at all")


ODD_NAMES = {"empty": "", "dash": "-", "option": "--json", "long": "a" * 5000, "unicode": "é\u2192\U0001F600",
             "format": "%s%n%x", "newline": "a\nb", "missing-file": "@/nonexistent"}


@pytest.mark.parametrize("name", ODD_NAMES.values(), ids=ODD_NAMES.keys())
def test_odd_names_never_crash(g, name):
    with pytest.raises((LookupError, ValueError)):
        g.node(name)
    with pytest.raises((LookupError, ValueError)):
        g.paths(name, "Sirt6")


def test_nul_in_a_name(g):
    with pytest.raises(ValueError):
        g.node("Sirt6\0")
