"""The figure store across processes: a writer killed with SIGKILL mid-write leaves no torn store, and two
processes filling one store at once both finish with the right tables."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.generate import make_article
from dashboard.ingest.articles import read_folder
from dashboard.tables import sync
from dashboard.tables.frames import build_tables
from dashboard.tables.store import FigureStore

pytestmark = pytest.mark.slow  # starts Python processes
REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from dashboard.tables import store, sync

    folder, store_file, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    sync.BATCH = 4
    if mode == "hang-mid-write":  # the second batch stops inside its transaction, half written
        real_put, calls = store.FigureStore.put, []

        def put(self, records):
            calls.append(1)
            if len(calls) < 2:
                return real_put(self, records)
            con = self._connect()
            con.execute("BEGIN IMMEDIATE")
            for rec in records[:2]:  # an article whole, then one with half its rows
                e = rec.entry
                con.execute(store._INSERT_ARTICLE, (e.name, e.bytes_hash, e.version, e.size, e.mtime_ns, 1, "",
                            *(rec.article[n] for n in store._ARTICLE_NAMES)))
                rows = rec.rows if rec is records[0] else rec.rows[: len(rec.rows) // 2]
                con.executemany(store._INSERT_FIGURE, [(e.name, i, *(store._plain(r[n]) for n in store._FIGURE_NAMES))
                                                       for i, r in enumerate(rows)])
            print("MID-WRITE", flush=True)
            time.sleep(120)

        store.FigureStore.put = put
    if mode == "stop-inside-put":  # the store's own put, stopped in its second batch after a few values
        real_put, real_plain, state = store.FigureStore.put, store._plain, {"batch": 0, "values": 0}

        def counted_put(self, records):
            state["batch"] += 1
            return real_put(self, records)

        def plain(value):
            if state["batch"] == 2:
                state["values"] += 1
                if state["values"] == 40:
                    print("MID-WRITE", flush=True)
                    time.sleep(120)
            return real_plain(value)

        store.FigureStore.put, store._plain = counted_put, plain
    if mode == "race":  # each batch holds the write lock a while, so the two writers must queue for it
        real_put, real_plain, held = store.FigureStore.put, store._plain, []

        def slow_put(self, records):
            held.append(1)
            return real_put(self, records)

        def slow_plain(value):
            if held:
                held.clear()
                time.sleep(0.2)
            return real_plain(value)

        store.FigureStore.put, store._plain = slow_put, slow_plain
        go = Path(sys.argv[4])
        while not go.exists():
            time.sleep(0.01)
    for _ in range(2 if mode == "race" else 1):
        articles, figures = sync.library_tables(folder, store_file, everything=(mode == "race"),
                                                progress=lambda d, t: print("DONE", d, flush=True))
    print(json.dumps({"articles": len(articles), "figures": len(figures),
                      "problems": figures.attrs["problems"]}), flush=True)
""")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "data" / "articles"
    folder.mkdir(parents=True)
    for i in range(24):
        name, text = make_article(11, i)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def child(folder: Path, store_file: Path, mode: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(store_file), mode, *extra], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(proc: subprocess.Popen, marker: str, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        line = proc.stdout.readline()
        if line.startswith(marker):
            return
        if not line and proc.poll() is not None:
            raise AssertionError(f"child ended before {marker!r}: {proc.stderr.read()}")
    raise AssertionError(f"no {marker!r} within {timeout} s")


def fresh(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles, problems = read_folder(folder)
    return build_tables(articles, problems)


def assert_whole_articles(store_file: Path, want_figures: pd.DataFrame) -> int:
    """Every article the store holds has all its rows (a batch is in or out, never half); how many it holds."""
    with sqlite3.connect(store_file) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored_articles, stored_figures = FigureStore(store_file).load()
    expected = want_figures.groupby("article_id").size()
    held = stored_figures.groupby("article_id").size()
    for article_id in stored_articles["article_id"]:
        assert held.get(article_id, 0) == expected.get(article_id, 0), article_id
    return len(stored_articles)


def assert_same(got, want) -> None:
    for g, w in zip(got, want, strict=True):
        pd.testing.assert_frame_equal(g, w)
        assert g.attrs["problems"] == w.attrs["problems"]


@pytest.mark.parametrize("when", ["inside a transaction", "inside the store's put", "at a random moment"])
def test_a_writer_killed_mid_write_leaves_a_store_the_next_start_completes(corpus, when):
    """SIGKILL while a batch is half written (or anywhere in a sync): the store is intact, holds whole
    articles only, and the next load extracts the rest and gives the fresh tables."""
    store_file = corpus.parent / "store" / "figures.sqlite"
    want = fresh(corpus)
    if when != "at a random moment":
        proc = child(corpus, store_file, "hang-mid-write" if when == "inside a transaction" else "stop-inside-put")
        wait_for(proc, "MID-WRITE")
    else:
        proc = child(corpus, store_file, "sync")
        wait_for(proc, "DONE 6")  # past the first commit, before the last
        time.sleep(0.05 * (os.getpid() % 7))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    held = assert_whole_articles(store_file, want[1])
    assert 4 <= held < 24 or when == "at a random moment"  # the first batch only, when killed inside the second
    if when != "at a random moment":
        assert held == 4
    assert_same(sync.library_tables(corpus, store_file), want)
    assert assert_whole_articles(store_file, want[1]) == 24


def test_two_processes_fill_one_store_at_once(corpus, tmp_path):
    """Two processes extracting every article into the same store at the same moment both succeed, and both
    see the fresh tables; so does a third reader afterwards."""
    store_file = corpus.parent / "store" / "figures.sqlite"
    want = fresh(corpus)
    go = tmp_path / "go"
    procs = [child(corpus, store_file, "race", str(go)) for _ in range(2)]
    time.sleep(1.0)
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    for result in results:
        assert result == {"articles": 24, "figures": len(want[1]), "problems": want[1].attrs["problems"]}
    assert assert_whole_articles(store_file, want[1]) == 24
    assert_same(sync.library_tables(corpus, store_file), want)
