"""The Dask engine: the local engine's rows, order and problems, from a cluster; clear refusals otherwise.

The cluster tests start real clusters (a LocalCluster of two worker processes takes a few seconds
here), so they are in the slow tier; the address checks and the CLI's refusals are fast.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import dask
import pandas as pd
import pytest

from benchmarks.generate import make_article
from dashboard import cli, cli_extract
from dashboard.tables import distributed, parquet
from dashboard.tables import rows as table_rows
from dashboard.tables.frames import compared, figures_frame
from dashboard.tables.run_records import reported

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def corpus(articles_dir: Path) -> Path:
    """The repository's articles, the two test articles, five synthetic ones and an empty file."""
    for path in (REPO / "data" / "articles").glob("*.txt"):
        shutil.copy(path, articles_dir / path.name)
    for i in range(5):
        name, text = make_article(7, i)
        (articles_dir / name).write_text(text, encoding="utf-8")
    (articles_dir / "zz-empty.txt").write_bytes(b"")
    return articles_dir


def _files(folder: Path) -> list[str]:
    files, problems = cli_extract.expand([str(folder)])
    assert not problems
    return files


def _local(files: list[str]) -> tuple[pd.DataFrame, list[str | None]]:
    results = [cli_extract.extract_one(f) for f in files]
    # what the CLI writes: the rows beside their World Bank values
    return compared(figures_frame([r for rows, _ in results for r in rows]))[0], [p for _, p in results]


def test_chunks_cover_every_file_once_in_order():
    files = [f"{i}.txt" for i in range(1003)]
    for threads, size in ((1, None), (2, None), (64, None), (2, 7)):
        chunks = distributed.chunked(files, threads, size)
        assert [f for c in chunks for f in c] == files
        assert max(map(len, chunks)) <= (size or distributed.MAX_CHUNK)
    assert [len(c) for c in distributed.chunked(files, 2)] == [126] * 7 + [121]  # about four per thread
    assert len(distributed.chunked(files * 10, 1)) == 21  # at most MAX_CHUNK files each
    assert distributed.chunked([], 2) == []


@pytest.mark.parametrize(("address", "said"), [
    ("nonsense", "is not a Dask scheduler address"),
    ("tcp://host:notaport", "is not a Dask scheduler address"),
    ("ftp://host:21", "is not a Dask scheduler address"),
    ("tcp://127.0.0.1:1", "no Dask scheduler answered at tcp://127.0.0.1:1 within 1 s"),
])
def test_a_bad_scheduler_address_is_refused_clearly(address, said):
    with pytest.raises(distributed.ClusterError, match=said):
        distributed.check_scheduler(address, timeout=1)


@pytest.mark.parametrize("args", [
    ["DIR", "--engine", "dask", "--scheduler", "nonsense"],
    ["DIR", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"],
    ["DIR", "--scheduler", "tcp://127.0.0.1:8786"],
    ["DIR", "-", "--engine", "dask"],
    ["DIR", "--format", "parquet"],
])
def test_the_cli_refuses_with_a_message_and_no_traceback(args, articles_dir, capsys):
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = cli.main(["extract", *(str(articles_dir) if a == "DIR" else a for a in args)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("error: ") and len(err.splitlines()) == 1 and "Traceback" not in err, err


def test_parquet_output_never_goes_into_a_used_folder(articles_dir, tmp_path, capsys):
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    assert cli.main(["extract", str(articles_dir), "--format", "parquet", "--output", str(used)]) == 2
    assert "not empty" in capsys.readouterr().err and [p.name for p in used.iterdir()] == ["keep.txt"]


def test_local_engine_parquet_reads_back_as_its_csv_frame(articles_dir, tmp_path):
    """The local engine writes the same Parquet folder (one part), so the store and app read either."""
    files = _files(articles_dir)
    expected, _ = _local(files)
    assert cli.main(["extract", str(articles_dir), "--format", "parquet", "--output", str(tmp_path / "run")]) == 0
    pd.testing.assert_frame_equal(parquet.read_figures_parquet(tmp_path / "run"), expected)


def test_a_parquet_run_keeps_what_the_figure_store_keys_each_article_by(articles_dir, tmp_path):
    """Per file: its name, where it was read, the sha256 of its bytes and the store's version; in the manifest:
    the store's and the extractor's versions and the folder the run read."""
    import hashlib

    from dashboard.extraction.version import extractor_version
    from dashboard.tables.sync import store_version

    (articles_dir / "zz-empty.txt").write_bytes(b"")
    assert cli.main(["extract", str(articles_dir), "--format", "parquet", "--output", str(tmp_path / "run")]) == 1
    manifest = parquet.read_manifest(tmp_path / "run")
    assert (manifest["version"], manifest["extractor"]) == (store_version(), extractor_version())
    assert manifest["sources"] == [str(articles_dir.resolve())] and manifest["files"] == 3
    articles = _run_articles(tmp_path / "run")
    files = sorted(articles_dir.iterdir())
    assert articles["name"].tolist() == [f.name for f in files]
    assert articles["path"].tolist() == [str(f.resolve()) for f in files]
    assert articles["sha256"].tolist() == [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    assert set(articles["version"]) == {store_version()}
    assert articles["readable"].tolist() == [True, True, False] and articles["problem"].iloc[2] == "zz-empty.txt: the file is empty"
    assert articles["figures"].sum() == len(parquet.read_figures_parquet(tmp_path / "run")) > 0


@pytest.mark.slow
def test_a_port_held_by_something_else_times_out_cleanly():
    """Regression: Client() against a port that accepts but never answers (a web server) waited forever."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
        with pytest.raises(distributed.ClusterError, match="no Dask scheduler answered"):
            distributed.check_scheduler(address, timeout=1)


@pytest.fixture(scope="module")
def two_workers():
    """A LocalCluster of two worker processes, shared by the tests below (started the way the CLI does)."""
    with distributed.open_client(None, 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


@pytest.mark.slow
def test_two_worker_processes_give_the_local_rows_in_order(corpus, two_workers):
    files = _files(corpus)
    expected, expected_problems = _local(files)
    results = distributed.extract_rows(two_workers, cli_extract.extract_many, files, chunk_size=2)  # several chunks
    pd.testing.assert_frame_equal(compared(figures_frame([r for rec in results for r in rec.rows]))[0], expected)
    assert [reported(rec) for rec in results] == expected_problems
    assert "zz-empty.txt: the file is empty" in expected_problems and len(expected) > 20


@pytest.mark.slow
def test_two_worker_processes_write_parquet_that_reads_back_as_the_local_frame(corpus, two_workers, tmp_path):
    """Same figures as the local engine, and per file the same articles row (name, sha256, version) that the
    local engine's Parquet run keeps for the figure store."""
    files = _files(corpus)
    expected, expected_problems = _local(files)
    folder = parquet.prepare_folder(tmp_path / "run")
    parts, problems = distributed.extract_parquet(two_workers, cli_extract.extract_many, files, folder, chunk_size=3)
    parquet.write_manifest(folder, parts, [p for p in problems if p], [str(corpus)])
    back = parquet.read_figures_parquet(folder)
    pd.testing.assert_frame_equal(back, expected)
    assert problems == expected_problems and back.attrs["problems"] == ["zz-empty.txt: the file is empty"]
    assert len(parts) == 3 and sum(r for r, _ in parts) == len(expected)  # 8 files in chunks of 3
    assert cli.main(["extract", str(corpus), "--format", "parquet", "--output", str(tmp_path / "local")]) == 1
    pd.testing.assert_frame_equal(_run_articles(folder), _run_articles(tmp_path / "local"))


def _run_articles(folder: Path) -> pd.DataFrame:
    """Every part's articles table of a run, in order."""
    manifest = parquet.read_manifest(folder)
    return pd.concat([parquet.read_part(folder, part)[1] for part in manifest["parts"]], ignore_index=True)


@pytest.mark.slow
def test_the_cli_on_a_local_cluster_prints_the_local_engine_csv(corpus, tmp_path):
    """End to end, in its own process as a user runs it: same CSV bytes, same error lines, same exit code."""
    def run(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "dashboard", "extract", str(corpus), *extra], cwd=REPO,
                              capture_output=True, timeout=300)

    local, on_dask = run(), run("--engine", "dask", "--workers", "2")
    assert on_dask.stdout == local.stdout and local.stdout.count(b"\n") > 20
    assert on_dask.returncode == local.returncode == 1  # the empty file
    assert "error: zz-empty.txt: the file is empty" in on_dask.stderr.decode()
    assert "Traceback" not in on_dask.stderr.decode()


@pytest.fixture
def threads_cluster():
    """Workers as threads of this process, so a monkeypatched extractor reaches them."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        yield client


@pytest.mark.slow
def test_one_failing_article_costs_only_itself(articles_dir, threads_cluster, monkeypatch):
    real = table_rows.extract_figures

    def flaky(text, info=None):
        if "7.9\u00a0trillion yen" in text:
            raise ValueError("kaboom\nsecond line")
        return real(text, info)

    monkeypatch.setattr(table_rows, "extract_figures", flaky)
    results = distributed.extract_rows(threads_cluster, cli_extract.extract_many, _files(articles_dir), chunk_size=1)
    assert [reported(rec) for rec in results] == [
        "2024-03-05-wire-japan-budget.md: extraction failed (ValueError: kaboom second line)", None]
    assert len(results[1].rows) >= 3


def _dies_on_japan(paths: list[str]) -> list:
    if any("japan" in p for p in paths):
        raise RuntimeError("worker died")
    return cli_extract.extract_many(paths)


@pytest.mark.slow
def test_a_lost_chunk_costs_only_its_files(articles_dir, threads_cluster, tmp_path):
    files = _files(articles_dir)
    results = distributed.extract_rows(threads_cluster, _dies_on_japan, files, chunk_size=1)
    assert results[0].rows == [] and results[0].entry.bytes_hash == ""
    assert reported(results[0]) == "2024-03-05-wire-japan-budget.md: extraction failed (RuntimeError: worker died)"
    assert reported(results[1]) is None and results[1].rows
    folder = parquet.prepare_folder(tmp_path / "run")
    parts, problems = distributed.extract_parquet(threads_cluster, _dies_on_japan, files, folder, chunk_size=1)
    assert parts == [(0, 1), (len(results[1].rows), 1)] and problems == [reported(r) for r in results]
    parquet.write_manifest(folder, parts, [p for p in problems if p], files)
    lost = _run_articles(folder).iloc[0]
    assert lost["sha256"] == "" and "worker died" in lost["problem"]  # nothing the store could take


class _Cluster:
    """A client stand-in whose workers answer the preflight check with the given answers (or raise)."""

    def __init__(self, answers):
        self.answers = answers

    def run(self, fn, *args):
        if isinstance(self.answers, Exception):
            raise self.answers
        return self.answers


def _ok(**change) -> dict:
    return {"code": distributed.code_fingerprint(), "sees": True, "writes": True, **change}


@pytest.mark.parametrize(("answers", "said"), [
    ({}, "has no workers"),
    (ModuleNotFoundError("No module named 'dashboard'"), "cannot run the extractor .*PYTHONPATH"),
    ({"tcp://a:1": _ok(), "tcp://b:1": _ok(code="0123456789abcdef")}, "worker tcp://b:1 runs other extraction code"),
    ({"tcp://a:1": _ok(sees=False)}, "worker tcp://a:1 cannot see /articles/a.txt: .*same path"),
    ({"tcp://a:1": _ok(writes=False)}, "worker tcp://a:1 cannot write to /runs/1"),
])
def test_a_cluster_that_would_fail_every_task_is_refused_before_any(answers, said):
    """One message instead of the same failure repeated for every file of the archive."""
    with pytest.raises(distributed.ClusterError, match=said):
        distributed.preflight(_Cluster(answers), "/articles/a.txt", Path("/runs/1"))
    distributed.preflight(_Cluster({"tcp://a:1": _ok()}), "/articles/a.txt", Path("/runs/1"))


def test_workers_are_compared_by_the_figure_stores_version():
    """One definition of "the code that made these rows": a worker passes when the store would take its rows."""
    from dashboard.tables.sync import store_version

    assert distributed.code_fingerprint() == store_version()


@pytest.mark.slow
def test_a_separately_started_scheduler_and_workers_give_the_local_rows(corpus, tmp_path):
    """What the README tells a cluster's users to do: dask scheduler, dask worker (project on PYTHONPATH),
    then --scheduler ADDR, here with Parquet parts written by the workers."""
    import json
    import os
    import signal
    import time

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    info = tmp_path / "scheduler.json"
    started = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--port", "0",
                                 "--no-dashboard", "--scheduler-file", str(info)], env=env, cwd=tmp_path,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    try:
        deadline = time.monotonic() + 120
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        started.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file",
                                         str(info), "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
                                        env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True))
        address = json.loads(info.read_text())["address"]
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        run = [sys.executable, "-m", "dashboard", "extract", str(corpus)]
        on_dask = subprocess.run([*run, "--engine", "dask", "--scheduler", address, "--format", "parquet",
                                  "--output", str(tmp_path / "run")], cwd=REPO, capture_output=True, timeout=300)
        local = subprocess.run([*run, "--format", "parquet", "--output", str(tmp_path / "local")], cwd=REPO,
                               capture_output=True, timeout=300)
    finally:
        for proc in reversed(started):  # each in its own session: its nannies and workers go with it
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    assert on_dask.returncode == local.returncode == 1, on_dask.stderr.decode()  # the empty file
    assert "error: zz-empty.txt: the file is empty" in on_dask.stderr.decode()
    pd.testing.assert_frame_equal(parquet.read_figures_parquet(tmp_path / "run"),
                                  parquet.read_figures_parquet(tmp_path / "local"))
