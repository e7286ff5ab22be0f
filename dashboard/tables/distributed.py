"""Extraction on Dask (dask.distributed): the local engine's rows, computed on a cluster.

in: article file paths and the per-chunk function of the local engine; out: per-file
``store.Record`` (rows, problem, the hash of the bytes read) in input order, or a Parquet folder whose
parts (figures and the files' articles table) the workers write themselves.

Why the chunk function is passed in rather than defined here: both engines must read files and
word problems identically, so there is one definition (``dashboard.cli_extract.extract_many``) and Dask
ships a reference to it. Every worker therefore needs this package importable, at the same
version as the client, and must see the article files (and the Parquet folder) at the same paths:
a shared filesystem. Dask is imported only when this engine runs.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from dashboard.tables.frames import compared, describe, figures_frame
from dashboard.tables.parquet import write_part
from dashboard.tables.run_records import failed_record, reported, run_articles_frame
from dashboard.tables.store import Record

ChunkFn = Callable[[list[str]], list[Record]]
MAX_CHUNK = 500  # articles per task: ~3 s of work at the local rate; enough tasks to balance, few enough to schedule


class ClusterError(Exception):
    """The cluster could not be started or reached; the message names the address."""


def connect_timeout() -> float:
    """Seconds to wait for a scheduler: dask's ``distributed.comm.timeouts.connect`` (env
    ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT``, default 30 s)."""
    import dask
    from dask.utils import parse_timedelta

    return float(parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="seconds"))


def check_scheduler(address: str, timeout: float) -> None:
    """Raise ``ClusterError`` unless a Dask scheduler answers at ``address`` within ``timeout`` seconds.

    Why not just ``Client(address)``: when something other than a scheduler holds the port (a
    web server, say) the client's handshake waits forever, and a client that failed to connect
    can print a traceback when the interpreter exits. Asking for the identity under a deadline
    fails cleanly in every case.
    """
    from distributed.core import rpc

    async def identity() -> object:
        async with rpc(address, timeout=timeout) as remote:
            return await remote.identity()

    try:
        info = asyncio.run(asyncio.wait_for(identity(), timeout + 1))
    except (ValueError, TypeError) as exc:
        raise ClusterError(f"{address!r} is not a Dask scheduler address ({describe(exc)}); "
                           "expected one like tcp://10.0.0.5:8786") from None
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"no Dask scheduler answered at {address} within {timeout:g} s "
                           f"({describe(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - a garbled answer from whatever listens there
        raise ClusterError(f"{address} did not answer as a Dask scheduler ({describe(exc)})") from None
    if not isinstance(info, dict) or info.get("type") != "Scheduler":
        raise ClusterError(f"{address} answered, but it is not a Dask scheduler")


@contextmanager
def open_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[object]:
    """A ``distributed.Client``: on the scheduler at ``scheduler``, else on a LocalCluster of
    ``workers`` processes (default: one per CPU), one thread each (extraction is pure Python and
    holds the GIL, so threads within a worker would only take turns)."""
    from distributed import Client, LocalCluster

    if scheduler:
        timeout = connect_timeout()
        check_scheduler(scheduler, timeout)
        try:
            client = Client(scheduler, timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - it answered a moment ago; report whatever changed
            raise ClusterError(f"cannot connect to the Dask scheduler at {scheduler} ({describe(exc)})") from None
        with client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    try:
        # silence_logs: a worker's heartbeat can race the scheduler's close on a loaded machine and
        # log an error with a traceback after every row is written. Failures that matter reach the
        # client as exceptions and are reported per article, so Dask's own log stays quiet.
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=logging.CRITICAL)
    except Exception as exc:  # noqa: BLE001 - ports, memory, a sandbox without process spawning
        raise ClusterError(f"cannot start a local Dask cluster of {n} workers ({describe(exc)})") from None
    with cluster, Client(cluster) as client:
        yield client


def code_fingerprint() -> str:
    """What decides a file's rows: the figure store's own version (the extraction rules, reading, the
    table code, the ECB rate tables and the size limit; ``sync.store_version``). Equal on client and
    workers means a row is the same wherever it was computed, and the store can take it as its own."""
    from dashboard.tables.sync import store_version

    return store_version()


def _worker_check(sample: str | None, folder: str | None) -> dict:
    """Run on every worker before any task: its code digest, and whether it sees the inputs and output."""
    return {"code": code_fingerprint(),
            "sees": sample is None or os.path.isfile(sample),
            "writes": folder is None or (os.path.isdir(folder) and os.access(folder, os.W_OK))}


def preflight(client: object, sample: str | None, folder: Path | None = None) -> None:
    """Refuse, with one message, a cluster that would give other rows or fail every task: no workers,
    workers that cannot import this package or run other code, that cannot see the article files or
    cannot write the Parquet folder. (Otherwise each of a million files would report the same fault.)"""
    try:
        answers = client.run(_worker_check, sample, str(folder) if folder else None)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - typically ModuleNotFoundError on a worker
        raise ClusterError(f"the Dask workers cannot run the extractor ({describe(exc)}); every worker needs this "
                           "project on its PYTHONPATH at the same version, with requirements.txt installed") from None
    if not answers:
        raise ClusterError("the Dask scheduler has no workers; start some with: dask worker ADDR --nthreads 1")
    mine = code_fingerprint()
    for worker, answer in sorted(answers.items()):
        if answer["code"] != mine:
            raise ClusterError(f"worker {worker} runs other extraction code or library versions (digest "
                               f"{answer['code']}, here {mine}); its rows would differ: deploy the same commit")
        if not answer["sees"]:
            raise ClusterError(f"worker {worker} cannot see {sample}: the articles must be at the same path on "
                               "every worker (a shared folder)")
        if not answer["writes"]:
            raise ClusterError(f"worker {worker} cannot write to {folder}: the Parquet folder must be a shared "
                               "folder every worker can write")


def chunked(files: list[str], threads: int, size: int | None = None) -> list[list[str]]:
    """Contiguous chunks, about four per worker thread (so a slow chunk does not leave the others
    idle at the end), at most ``MAX_CHUNK`` files each.

    >>> [len(c) for c in chunked([str(i) for i in range(10)], threads=2)]
    [2, 2, 2, 2, 2]
    """
    size = size or max(1, min(MAX_CHUNK, math.ceil(len(files) / (max(threads, 1) * 4))))
    return [files[i:i + size] for i in range(0, len(files), size)]


def _threads(client: object) -> int:
    return sum(client.nthreads().values()) or 1  # type: ignore[attr-defined]


def _failed(chunk: list[str], exc: BaseException) -> list[Record]:
    """A chunk lost as a whole (its worker died, a result that could not be sent): each file is reported."""
    return [failed_record(path, exc) for path in chunk]


def _absolute(files: list[str]) -> list[str]:
    return [str(Path(f).resolve()) for f in files]  # workers run elsewhere, in another folder


def extract_rows(client: object, extract_chunk: ChunkFn, files: list[str],
                 chunk_size: int | None = None) -> list[Record]:
    """``extract_chunk`` over ``files`` on the cluster; per-file results in input order.

    One article's failure is caught by ``extract_chunk`` itself; a chunk that fails as a whole
    (Dask retries it on another worker first) costs its own files only.
    """
    files = _absolute(files)
    preflight(client, files[0] if files else None)
    chunks = chunked(files, _threads(client), chunk_size)
    futures = [client.submit(extract_chunk, chunk, pure=False) for chunk in chunks]  # type: ignore[attr-defined]
    results: list[Record] = []
    for chunk, future in zip(chunks, futures, strict=True):
        try:
            results.extend(future.result())
        except Exception as exc:  # noqa: BLE001 - KilledWorker and the like: report, keep the other chunks
            results.extend(_failed(chunk, exc))
        future.release()  # the client holds one chunk's rows at a time beyond what it has collected
    return results


def write_records(folder: Path, index: int, paths: list[str], records: list[Record]) -> tuple[int, int]:
    """Part ``index`` of a run: the records' figures (beside the World Bank values, as the CSV has them;
    unreadable reference tables leave them empty) and their articles table; (rows, files)."""
    figures = compared(figures_frame([row for rec in records for row in rec.rows]))[0]
    return write_part(folder, index, figures, run_articles_frame(paths, records))


def _write_part_task(extract_chunk: ChunkFn, chunk: list[str], folder: str,
                     index: int) -> tuple[tuple[int, int], list[str | None]]:
    """On a worker: extract one chunk, write its Parquet part, send back only its counts and the problems."""
    records = extract_chunk(chunk)
    return write_records(Path(folder), index, chunk, records), [reported(rec) for rec in records]


def extract_parquet(client: object, extract_chunk: ChunkFn, files: list[str], folder: Path,
                    chunk_size: int | None = None) -> tuple[list[tuple[int, int]], list[str | None]]:
    """Extract ``files`` into Parquet parts that the workers write to ``folder`` (which must be
    empty and visible to every worker); ((rows, files) per part, problem per file in input order).

    Rows never travel back to the client, so its memory does not grow with the archive. A chunk
    lost as a whole gets an empty part written here and its files reported. The caller commits
    the run with ``parquet.write_manifest``.
    """
    folder = Path(folder).resolve()
    files = _absolute(files)
    preflight(client, files[0] if files else None, folder)
    chunks = chunked(files, _threads(client), chunk_size)
    futures = [client.submit(_write_part_task, extract_chunk, chunk, str(folder), i, pure=False)  # type: ignore[attr-defined]
               for i, chunk in enumerate(chunks)]
    parts: list[tuple[int, int]] = []
    problems: list[str | None] = []
    for i, (chunk, future) in enumerate(zip(chunks, futures, strict=True)):
        try:
            written, found = future.result()
            parts.append(written)
            problems.extend(found)
        except Exception as exc:  # noqa: BLE001 - as in extract_rows
            lost = _failed(chunk, exc)
            parts.append(write_records(folder, i, chunk, lost))
            problems.extend(reported(rec) for rec in lost)
        future.release()
    return parts, problems


def extract(extract_chunk: ChunkFn, files: list[str], scheduler: str | None = None,
            workers: int | None = None) -> list[Record]:
    """The CLI's ``--engine dask`` for CSV and JSON Lines: each file's Record, in input order, on the scheduler
    at ``scheduler`` or a LocalCluster of ``workers`` processes."""
    with open_client(scheduler, workers) as client:
        return extract_rows(client, extract_chunk, files)


def extract_to_parquet(extract_chunk: ChunkFn, files: list[str], folder: Path, scheduler: str | None = None,
                       workers: int | None = None) -> tuple[list[tuple[int, int]], list[str | None]]:
    """The CLI's ``--engine dask --format parquet``: the workers write the parts into ``folder``; ((rows, files)
    per part, each file's problem line)."""
    with open_client(scheduler, workers) as client:
        return extract_parquet(client, extract_chunk, files, folder)
