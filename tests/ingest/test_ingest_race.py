"""Two processes saving different articles under the same title, publisher and date never overwrite each other."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from dashboard import paths
from dashboard.ingest.articles import read_article

pytestmark = pytest.mark.slow  # races processes

META = {"title": "Japan's record budget", "publisher": "Test Wire", "published": "2024-03-05"}
ROUNDS = 50


def _save(data: str, text: str, barrier, results) -> None:
    """Child: prepare (slow part) first, wait for the other child, then both save at once."""
    from dashboard.tables.library import prepare, save

    prepared = prepare(text.encode(), "a.txt", root=Path(data), **META)
    barrier.wait(timeout=60)
    results.put((text, str(save(prepared, data=Path(data)))))


@pytest.mark.parametrize("method", ["fork"] if "fork" in multiprocessing.get_all_start_methods() else ["spawn"])
def test_two_processes_saving_the_same_name_keep_both_articles(tmp_path, method):
    """50 rounds: both saves succeed, under different names, and each file holds its own text."""
    ctx = multiprocessing.get_context(method)
    for n in range(ROUNDS):
        data = tmp_path / f"data{n}"
        texts = [f"Round {n}, writer {w}: Tokyo approved a {w + 7}.9 trillion yen defense budget for 2024.\n"
                 for w in range(2)]
        barrier, results = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_save, args=(str(data), text, barrier, results)) for text in texts]
        for p in procs:
            p.start()
        saved = dict(results.get(timeout=120) for _ in procs)
        for p in procs:
            p.join(timeout=60)
            assert p.exitcode == 0
        assert sorted(saved) == sorted(texts) and len(set(saved.values())) == 2, saved
        folder = data / "articles"
        assert sorted(os.listdir(folder)) == ["2024-03-05-test-wire-japans-record-budget-2.txt",
                                              "2024-03-05-test-wire-japans-record-budget.txt"]
        for text, path in saved.items():
            assert read_article(Path(path)).text == text.strip(), (n, path)


def test_create_exclusively_never_replaces_a_file(tmp_path):
    """The primitive itself: a second create of the same name fails and the first content stays."""
    target = tmp_path / "a.txt"
    paths.create_exclusively(target, b"first")
    with pytest.raises(FileExistsError):
        paths.create_exclusively(target, b"second")
    assert target.read_bytes() == b"first" and os.listdir(tmp_path) == ["a.txt"]
    assert oct(target.stat().st_mode & 0o777) == "0o644"
