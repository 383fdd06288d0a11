"""The libraries under the package, found and bound with ctypes; every call serialised.

libmechgraph (the graph) and libmechgraph-cli (the commands, src/mechgraph_cli.h) are looked for:
1. where MECHGRAPH_LIBRARY says: the path of libmechgraph.so (libmechgraph-cli.so beside it), of
   libmechgraph-cli.so itself, or of the directory holding both;
2. beside the package: in its own directory (a wheel that bundles them), then in the directory
   `cmake --install` recorded in _installed.py (the prefix's lib/);
3. on the system's library path (ldconfig, LD_LIBRARY_PATH), by their sonames.

igraph, which the library calls, keeps process-wide state (Debian builds it without thread-local
storage) and Graphviz allows one context per process, so one lock serialises every call into the
library: threads may share and query graphs freely, each call waits for the one running.
"""

import ctypes
import ctypes.util
import os
import threading

LOCK = threading.RLock()

_SONAMES = ("libmechgraph.so.0", "libmechgraph.so")
_CLI_SONAMES = ("libmechgraph-cli.so.0", "libmechgraph-cli.so")

_libs = None


class LibraryNotFoundError(OSError):
    """libmechgraph (or libmechgraph-cli beside it) could not be found or loaded."""


def _in_directory(directory):
    for core in _SONAMES:
        for cli in _CLI_SONAMES:
            a, b = os.path.join(directory, core), os.path.join(directory, cli)
            if os.path.exists(a) and os.path.exists(b):
                return a, b
    return None


def _candidates():
    """(libmechgraph, libmechgraph-cli) pairs to try, in order, and where each came from."""
    env = os.environ.get("MECHGRAPH_LIBRARY")
    if env:
        if os.path.isdir(env):
            pair = _in_directory(env)
            if not pair:
                raise LibraryNotFoundError(
                    f"MECHGRAPH_LIBRARY={env}: the directory holds no libmechgraph.so and libmechgraph-cli.so")
            return [(pair, "MECHGRAPH_LIBRARY")]
        if not os.path.exists(env):
            raise LibraryNotFoundError(f"MECHGRAPH_LIBRARY={env}: no such file")
        directory, name = os.path.split(os.path.abspath(env))
        if name.startswith("libmechgraph-cli"):
            cli = env
            core = next((os.path.join(directory, s) for s in _SONAMES if os.path.exists(os.path.join(directory, s))),
                        None)
        else:
            core = env
            cli = next((os.path.join(directory, s) for s in _CLI_SONAMES
                        if os.path.exists(os.path.join(directory, s))), None)
        if not core or not cli:
            raise LibraryNotFoundError(
                f"MECHGRAPH_LIBRARY={env}: libmechgraph.so and libmechgraph-cli.so must lie in one directory")
        return [((core, cli), "MECHGRAPH_LIBRARY")]
    found = []
    here = os.path.dirname(os.path.abspath(__file__))
    pair = _in_directory(here)
    if pair:
        found.append((pair, "beside the package"))
    try:
        from . import _installed  # written by cmake --install
        pair = _in_directory(os.path.normpath(os.path.join(here, _installed.LIBDIR)))
        if pair:
            found.append((pair, "the installed prefix"))
    except ImportError:
        pass
    core = ctypes.util.find_library("mechgraph") or _SONAMES[0]
    cli = ctypes.util.find_library("mechgraph-cli") or _CLI_SONAMES[0]
    found.append(((core, cli), "the system's library path"))
    return found


def _bind(core, cli):
    c_graph = ctypes.c_void_p
    argv = ctypes.POINTER(ctypes.c_char_p)
    core.mg_graph_free.argtypes = [c_graph]
    core.mg_graph_free.restype = None
    core.mg_graph_node_count.argtypes = [c_graph]
    core.mg_graph_node_count.restype = ctypes.c_int64
    core.mg_graph_edge_count.argtypes = [c_graph]
    core.mg_graph_edge_count.restype = ctypes.c_int64
    core.mg_relation_parse.argtypes = [ctypes.POINTER(ctypes.c_int), ctypes.c_char_p]
    core.mg_relation_parse.restype = ctypes.c_int
    core.mg_relation_sign.argtypes = [ctypes.c_int]
    core.mg_relation_sign.restype = ctypes.c_int
    core.mg_shutdown.argtypes = []
    core.mg_shutdown.restype = None
    cli.mg_cli_run.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p), c_graph, c_graph,
                               ctypes.c_int, argv]
    cli.mg_cli_run.restype = ctypes.c_int
    cli.mg_cli_load.argtypes = [ctypes.POINTER(c_graph), ctypes.POINTER(ctypes.c_void_p), c_graph, ctypes.c_int,
                                argv]
    cli.mg_cli_load.restype = ctypes.c_int
    cli.mg_cli_text_free.argtypes = [ctypes.c_void_p]
    cli.mg_cli_text_free.restype = None


def libraries():
    """(libmechgraph, libmechgraph-cli) as ctypes libraries, loaded on first use."""
    global _libs
    with LOCK:
        if _libs is None:
            problems = []
            for (core_path, cli_path), origin in _candidates():
                try:
                    core = ctypes.CDLL(core_path)
                    cli = ctypes.CDLL(cli_path)
                    _bind(core, cli)
                except (OSError, AttributeError) as e:
                    problems.append(f"{origin}: {e}")
                    continue
                _libs = (core, cli)
                break
            else:
                raise LibraryNotFoundError(
                    "libmechgraph not found (set MECHGRAPH_LIBRARY to the built libmechgraph.so): "
                    + "; ".join(problems))
        return _libs


def _argv(args):
    words = [a.encode("utf-8") if isinstance(a, str) else bytes(a) for a in args]
    for w in words:
        if b"\0" in w:  # C would read a shorter word than the one given
            raise ValueError(f"embedded null character in {w!r}")
    return len(words), (ctypes.c_char_p * (len(words) + 1))(*words, None)


def _take(lib, pointer):
    """The text at `pointer`, decoded, and the pointer freed."""
    if not pointer.value:
        return ""
    try:
        return ctypes.string_at(pointer.value).decode("utf-8", errors="replace")
    finally:
        lib.mg_cli_text_free(pointer)


def run(args, graph=None, whole=None):
    """Runs a command (mg_cli_run): (status, stdout text, stderr text)."""
    core, cli = libraries()
    argc, argv = _argv(args)
    out, err = ctypes.c_void_p(), ctypes.c_void_p()
    with LOCK:
        try:
            status = cli.mg_cli_run(ctypes.byref(out), ctypes.byref(err), graph, whole, argc, argv)
        finally:
            core.mg_shutdown()  # igraph's handlers back to the host's (python-igraph, if loaded)
    return status, _take(cli, out), _take(cli, err)


def load(args, base=None):
    """Loads as a command does (mg_cli_load): (status, graph handle or None, stderr text)."""
    core, cli = libraries()
    argc, argv = _argv(args)
    graph, err = ctypes.c_void_p(), ctypes.c_void_p()
    with LOCK:
        try:
            status = cli.mg_cli_load(ctypes.byref(graph), ctypes.byref(err), base, argc, argv)
        finally:
            core.mg_shutdown()
    return status, graph.value, _take(cli, err)


def free(graph):
    if graph:
        core, _ = libraries()
        with LOCK:
            core.mg_graph_free(graph)


def counts(graph):
    core, _ = libraries()
    with LOCK:
        return core.mg_graph_node_count(graph), core.mg_graph_edge_count(graph)


_signs = {}


def relation_sign(relation):
    """The sign of a relation as the CLI's JSON writes it: -1, 0, 1 or "structural"; None if unknown."""
    if relation not in _signs:
        core, _ = libraries()
        rel = ctypes.c_int()
        with LOCK:
            ok = core.mg_relation_parse(ctypes.byref(rel), relation.encode("utf-8")) == 0
            sign = core.mg_relation_sign(rel.value) if ok else None
        _signs[relation] = "structural" if sign == 2 else sign
    return _signs[relation]
