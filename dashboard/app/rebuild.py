"""Re-extraction in the background: when many articles need extracting (a new extractor version, a large
batch of new files), the app keeps serving what the figure store holds while one thread per
process brings it up to date, and shows a progress bar that reruns the page when the work is done.

in: the articles folder and the store (``tables.sync``); out: a :class:`Job` the pages read, and the
progress bar (``show_progress``). ``python -m dashboard rebuild`` does the same work from a terminal.
"""

from __future__ import annotations

import itertools
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from dashboard.tables.frames import describe
from dashboard.tables.store import FigureStore
from dashboard.tables.sync import sync

DEFAULT_BACKGROUND_AT = 200  # files to extract from which the work goes to the background (~1-2 s of extraction)
_LOCK = threading.Lock()
_JOBS: dict[tuple[str, str], Job] = {}
_IDS = itertools.count(1)


def background_at() -> int:
    """From DEFENSE_BACKGROUND_AT (default 200): fewer files than this are extracted while the page waits."""
    raw = os.environ.get("DEFENSE_BACKGROUND_AT", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_BACKGROUND_AT


@dataclass
class Job:
    """One background sync of a folder into its store; read by any session of this process."""

    id: int
    digest: str  # the folder's state when it started
    total: int
    done: int = 0
    error: str = ""
    finished: threading.Event = field(default_factory=threading.Event)

    @property
    def running(self) -> bool:
        return not self.finished.is_set()


def current(folder: Path, store: Path) -> Job | None:
    """The latest job for this folder and store (running or finished), if any."""
    with _LOCK:
        return _JOBS.get((str(folder), str(store)))


def start(folder: Path, store: Path, digest: str, total: int) -> Job:
    """The running job for this folder, or a new one started now (never two at once in one process)."""
    key = (str(folder), str(store))
    with _LOCK:
        job = _JOBS.get(key)
        if job is not None and job.running:
            return job
        job = Job(next(_IDS), digest, total)
        _JOBS[key] = job

    def work() -> None:
        def progress(done: int, todo: int) -> None:
            job.done, job.total = done, todo

        try:
            sync(Path(folder), FigureStore(Path(store)), progress=progress)
        except Exception as exc:  # noqa: BLE001 - the next foreground load extracts what is missing and says why
            job.error = describe(exc)
        finally:
            job.finished.set()

    threading.Thread(target=work, name=f"figure-store-sync-{job.id}", daemon=True).start()
    return job


def show_progress(job: Job) -> None:
    """A progress bar in the sidebar, redrawn every two seconds; the page reruns once the job is done."""

    @st.fragment(run_every=2.0)
    def bar() -> None:
        if not job.running:
            st.rerun(scope="app")
        share = job.done / job.total if job.total else 0.0
        st.progress(min(share, 1.0), text=f"Extracting {job.done:,} of {job.total:,} articles with the current "
                                          "extractor; until it is done, the figures shown are those stored before.")

    with st.sidebar:
        bar()
