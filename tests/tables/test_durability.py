"""Durability of the review log: concurrent writers lose nothing, and SIGKILL never loses a confirmed decision.

A decision is *confirmed* once ``record()`` has returned; these tests check that every confirmed
id is in the database afterwards and that ``PRAGMA integrity_check`` says "ok". (SIGKILL tests the
process dying mid-write; a power cut additionally relies on the disk honouring fsync, which a
test cannot simulate.)
"""

from __future__ import annotations

import multiprocessing
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard.tables.reviews import ReviewStore

pytestmark = pytest.mark.slow  # kills and races processes

REPO = Path(__file__).resolve().parents[2]
SEED = 20251103
THREADS, PROCESSES, PER_WRITER = 8, 2, 200
KILLS = 30
NEWLINE = b"\n"
HANG_GUARD_S = 120.0  # only a hung writer takes this long, however loaded the machine

# A separate interpreter that writes PER_WRITER decisions once told "go", printing "<id> <figure_id>"
# for each one after record() returned.
PROCESS_WRITER = r"""
import sys
from dashboard.tables.reviews import ReviewStore
store = ReviewStore(sys.argv[1], timeout=float(sys.argv[4]))
tag, count = sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
for i in range(count):
    d = store.record(f"{tag}:{i}", article_id=tag, quote=f"quote {i}", metric="troops_deployed",
                     decision="accept", note=f"{tag} #{i}")
    print(d.id, d.figure_id, flush=True)
"""


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _stored(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT id, figure_id FROM decisions"))


def _thread_writer(store: ReviewStore, k: int, start: threading.Barrier, confirmed: dict[int, str],
                   lock: threading.Lock, errors: list[BaseException]) -> None:
    """Ten decisions on each of 20 own figures, each checked against the version this writer last saw."""
    seen: dict[str, int] = {}
    start.wait()
    try:
        for i in range(PER_WRITER):
            fid = f"thread{k}:{i % 20}"
            d = store.record(fid, article_id=f"thread{k}", quote=f"quote {i % 20}", metric="active_personnel",
                             decision=("accept", "reject")[i % 2], note=f"#{i}", expected_version=seen.get(fid, 0))
            seen[fid] = d.id
            with lock:
                confirmed[d.id] = d.figure_id
    except BaseException as exc:  # reported by the test: a thread's exception would otherwise vanish
        errors.append(exc)


def test_concurrent_threads_and_processes_lose_nothing(tmp_path):
    """8 threads x 200 and 2 processes x 200 write at once: every confirmed decision is stored, once."""
    path = tmp_path / "reviews.sqlite3"
    # (the writers wait for the lock as long as the hang guard: on a machine loaded by other work a turn at the lock
    # can take longer than the store's 10 s default, and a wait is no lost write)
    store = ReviewStore(path, timeout=HANG_GUARD_S)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", PROCESS_WRITER, str(path), f"proc{k}", str(PER_WRITER), str(HANG_GUARD_S)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)
             for k in range(PROCESSES)]
    confirmed: dict[int, str] = {}
    process_ids: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS + 1)
    lock = threading.Lock()
    threads = [threading.Thread(target=_thread_writer, args=(store, k, start, confirmed, lock, errors))
               for k in range(THREADS)]
    try:
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready"
        for t in threads:
            t.start()
        began = time.perf_counter()
        for proc in procs:  # release the processes and the threads together
            proc.stdin.write("go\n")
            proc.stdin.flush()
        start.wait()
        for proc in procs:
            out, _ = proc.communicate(timeout=HANG_GUARD_S)
            assert proc.returncode == 0
            for line in out.splitlines():
                id_, fid = line.split()
                confirmed[int(id_)] = fid
                process_ids.append(int(id_))
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    assert errors == []
    total = (THREADS + PROCESSES) * PER_WRITER
    assert len(confirmed) == total
    assert _stored(path) == confirmed
    assert _integrity(path) == "ok"
    thread_ids = set(confirmed) - set(process_ids)
    assert min(process_ids) < max(thread_ids) and max(process_ids) > min(thread_ids), "writers did not overlap"
    assert len(store.latest()) == THREADS * 20 + PROCESSES * PER_WRITER
    print(f"\nconcurrent: {total} decisions from {THREADS} threads + {PROCESSES} processes in {elapsed:.2f} s")


def _kill_target(path: str, tag: str, fd: int) -> None:
    """Write decisions forever, reporting each id on ``fd`` only after record() returned."""
    store = ReviewStore(path)
    i = 0
    while True:
        fid = f"{tag}:{i % 7}"
        kind = ("accept", "reject", "correct")[i % 3]
        d = store.record(fid, article_id=tag, quote=f"quote {i % 7}", metric="defense_budget", decision=kind,
                         fields={"value": float(i), "year": 2000 + i % 50} if kind == "correct" else None,
                         note=f"{tag} #{i}", expected_version=store.version(fid) if i % 2 else None)
        os.write(fd, f"{d.id}\n".encode())
        i += 1


def _read_all(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode()


def _read_confirmations(fd: int, want: int, hang_guard_s: float = HANG_GUARD_S) -> bytes:
    """Read from ``fd`` until ``want`` ids are confirmed (``want`` newlines); the bytes read.

    Waits for the writer however slow the machine is; ``hang_guard_s`` only stops a writer that hangs.
    """
    got = b""
    deadline = time.monotonic() + hang_guard_s
    while got.count(NEWLINE) < want:
        left = deadline - time.monotonic()
        assert left > 0, f"the writer confirmed {got.count(NEWLINE)} of {want} decisions in {hang_guard_s:.0f} s: hung?"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            assert chunk, "the writer died before it was killed"
            got += chunk
    return got


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL")
def test_sigkill_never_loses_a_confirmed_decision(tmp_path):
    """A writer SIGKILLed 30 times, mostly after a random number of confirmed decisions: the db stays intact
    and holds every confirmed id.

    No throughput is assumed: each kill waits for its confirmations, however slow the machine
    (a generous overall timeout only guards against a hung writer).
    """
    rng = random.Random(SEED)
    path = tmp_path / "reviews.sqlite3"
    ReviewStore(path)
    fork = multiprocessing.get_context("fork")  # no interpreter start-up per iteration: kills land in the writes
    total_confirmed = in_flight = awaited = 0
    for n in range(KILLS):
        tag = f"kill{n}"
        read_fd, write_fd = os.pipe()
        child = fork.Process(target=_kill_target, args=(str(path), tag, write_fd), daemon=True)
        child.start()
        os.close(write_fd)
        early = b""
        if n % 5:  # mostly: after a random number of confirmed decisions, plus a random moment inside the write loop
            want = rng.randint(1, 20)
            early = _read_confirmations(read_fd, want)
            awaited += want
            time.sleep(rng.uniform(0, 0.005))
        else:  # sometimes: kill while the child opens the store and SQLite recovers the last crash's WAL
            time.sleep(rng.uniform(0, 0.005))
        os.kill(child.pid, signal.SIGKILL)
        child.join(HANG_GUARD_S)
        assert child.exitcode == -signal.SIGKILL
        text = early.decode() + _read_all(read_fd)
        os.close(read_fd)
        confirmed = {int(line) for line in text.split("\n")[:-1]}  # a line counts once its newline is out

        assert _integrity(path) == "ok", f"iteration {n}"
        mine = {id_ for id_, fid in _stored(path).items() if fid.startswith(f"{tag}:")}
        assert confirmed <= mine, f"iteration {n}: lost {sorted(confirmed - mine)}"
        assert len(mine - confirmed) <= 1, "only the decision in flight at the kill may be unconfirmed"
        total_confirmed += len(confirmed)
        in_flight += len(mine - confirmed)

    after = ReviewStore(path)  # the log is still writable after the crashes
    assert after.record("after:1", article_id="after", quote="q", metric="defense_budget", decision="accept").id
    assert total_confirmed >= awaited, "every awaited confirmation was counted"
    print(f"\nsigkill: {KILLS} kills, {total_confirmed} confirmed decisions all present, {in_flight} committed "
          f"but killed before confirming")
