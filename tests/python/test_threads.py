"""Eight threads loading and querying at once give the answers one thread gives."""

import threading

import mechgraph


def answers(g):
    return (g.paths("iMSC-EV", "Sirt6"), g.hubs(top=10), g.node("SP1"), g.hypotheses(top=5, method="link"),
            g.select(context="IVDD").info(), g.number_of_edges())


def test_eight_threads_load_and_query():
    expected = answers(mechgraph.load())
    shared = mechgraph.load()
    results, errors = [None] * 8, []

    def work(i):
        try:
            own = mechgraph.load()  # loading in parallel too
            results[i] = [answers(own if i % 2 else shared) for _ in range(3)]
        except Exception as e:  # reported below, not lost in the thread
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for rounds in results:
        assert rounds is not None and all(r == expected for r in rounds)


def test_errors_in_threads_stay_in_their_thread():
    g = mechgraph.load()
    seen = [None] * 8

    def work(i):
        try:
            g.node("Sirtx" if i % 2 else "Sirt6")
            seen[i] = "ok"
        except LookupError as e:
            seen[i] = e.suggestions

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == ["ok", ["SIRT6"]] * 4
