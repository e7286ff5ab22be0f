"""The library as the app sees it: every article's figures with review decisions applied, loaded once per
state of the files (keyed by their names, sizes and mtimes), so a new or edited article or a new decision
is seen on the next rerun of any session. Figures come through the figure store on disk
(``tables.sync``): a restart extracts only new or changed articles. The only cached layer."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.app import rebuild as rebuild_jobs
from dashboard.ingest.articles import Article, ArticleError, read_article
from dashboard.paths import articles_dir, reviews_path, store_path
from dashboard.tables import reference
from dashboard.tables.comparisons import COLUMNS
from dashboard.tables.frames import compared
from dashboard.tables.sync import fingerprint, library_tables, pending, stored_tables

# ---------------------------------------------------------------------------
# Loading (the only cached layer)
# ---------------------------------------------------------------------------


@dataclass
class Library:
    articles: pd.DataFrame
    figures: pd.DataFrame
    problems: list[str] = field(default_factory=list)
    orphans: list = field(default_factory=list)
    rebuild: rebuild_jobs.Job | None = None  # a background re-extraction under way: the figures are the stored ones


def _file_fingerprint(path: Path) -> tuple:
    try:
        stat = path.stat()
        wal = path.with_name(path.name + "-wal")
        wal_stat = wal.stat() if wal.exists() else None
        return (stat.st_size, stat.st_mtime_ns, wal_stat.st_size if wal_stat else 0,
                wal_stat.st_mtime_ns if wal_stat else 0)
    except OSError:
        return ()


_SEEN: dict[str, tuple] = {}  # {digest: the (name, size, mtime) tuple it was made from}, the last load's only


def _files(digest: str) -> tuple | None:
    """The files behind ``digest`` as load_library stat-ed them (None: not at hand, the callee stats the folder).
    Why: a start at 10,000 articles stat-ed every file three times (the key, the pending count, the load)."""
    return _SEEN.get(digest)


@st.cache_data(max_entries=2000, show_spinner=False)
def _read_one(path: str, size: int, mtime_ns: int) -> Article | None:
    """One article file, read for its text; keyed by its size and mtime."""
    try:
        return read_article(Path(path))
    except ArticleError:
        return None


@st.cache_resource(max_entries=4, show_spinner="Reading the article library\u2026")
def _load_articles(folder: str, digest: str, store: str) -> Library:
    """The extracted library for one state of the article files (``digest`` names it; see load_library).

    Figures come from the store at ``store``: only files it does not hold under their bytes and the
    extractor's version are extracted (see tables.sync). A shared resource, not a copy per rerun
    (unpickling a 100,000-row table on every filter change cost seconds): callers must not modify
    it, and nothing does: filters, reviews and charts all return new frames. Review decisions are
    applied on top (_with_reviews), so a decision does not re-read the articles.
    """
    table, figures = library_tables(Path(folder), Path(store), _files(digest))
    return Library(table, figures, figures.attrs["problems"], [])


@st.cache_resource(max_entries=2, show_spinner="Reading the figure store\u2026")
def _stored_library(folder: str, store: str, job_id: int) -> Library:
    """What the store holds while background job ``job_id`` re-extracts (shared, read-only)."""
    table, figures = stored_tables(Path(folder), Path(store))
    return Library(table, figures, figures.attrs["problems"], [])


@st.cache_data(max_entries=8, show_spinner=False)
def _pending(folder: str, digest: str, store: str) -> int:
    """How many files a load of this state of the folder would extract (see tables.sync.pending)."""
    return pending(Path(folder), Path(store), _files(digest))


@st.cache_resource(max_entries=4, show_spinner=False)
def _with_reviews(folder: str, digest: str, store: str, reviews: str, reviews_fp: tuple, job_id: int = 0) -> Library:
    """The library with the latest review decisions applied (shared, read-only, like _load_articles); with a
    ``job_id``, the stored library shown while that background job runs."""
    base = _stored_library(folder, store, job_id) if job_id else _load_articles(folder, digest, store)
    if not reviews_fp:
        return base
    try:
        from dashboard.tables.additions import added_rows, is_addition
        from dashboard.tables.overlay import apply_decisions
        from dashboard.tables.reviews import ReviewStore

        store = ReviewStore(Path(reviews))
        latest = store.latest()
        if not latest:
            return base
        figures, lost = base.figures, []
        additions = store.additions()
        if additions:  # figures the extractor missed, added by reviewers: rows of their own, then decided on like any
            extra, lost = added_rows(base.articles, additions)
            figures = pd.concat([figures, extra], ignore_index=True) if len(extra) else figures
        figures, orphans = apply_decisions(figures, {k: d for k, d in latest.items() if not is_addition(d)})
        orphans = [*orphans, *lost]
        problems = _recompared(figures)
    except Exception as exc:  # noqa: BLE001 - a broken review db must not hide the figures
        return Library(base.articles, base.figures,
                       [*base.problems, f"review decisions could not be read ({type(exc).__name__}: {exc})"], [])
    return Library(base.articles, figures, [*base.problems, *problems], orphans)


def _recompared(figures: pd.DataFrame) -> list[str]:
    """Compare corrected rows with the World Bank again, in place (a correction can change the value, year or
    country); the problem when the reference tables cannot be read."""
    fixed = figures["status"].isin(["corrected", "added"]).to_numpy()
    if not fixed.any():
        return []
    redone, problem = compared(figures[fixed])
    for column in COLUMNS:
        figures.loc[fixed, column] = redone[column].to_numpy()
    return [problem] if problem else []


def article_file(library: Library, article_id: str) -> tuple[str, int, int] | None:
    """(path, size, mtime) of an article's file: the key its reads are kept under; None when it is gone."""
    rows = library.articles[library.articles["article_id"] == article_id]
    if rows.empty:
        return None
    path = Path(rows.iloc[0]["path"])
    try:
        stat = path.stat()
    except OSError:
        return None
    return str(path), stat.st_size, stat.st_mtime_ns


def read_article_file(key: tuple[str, int, int] | None) -> Article | None:
    """The article behind an ``article_file`` key, read once per state of the file (the per-file cache)."""
    return _read_one(*key) if key else None


def article_text(library: Library, article_id: str) -> str:
    """One article's clean text, read through the per-file cache (the library does not carry texts,
    so a rerun does not copy every article's text out of the cache, and a restart reads none)."""
    article = read_article_file(article_file(library, article_id))
    return article.text if article else ""


def load_library() -> Library:
    """The whole library, from cache when no file changed since the last load. When many files need
    extracting, that goes to a background job and the library is what the store holds meanwhile
    (``Library.rebuild`` is the job; the page shows its progress)."""
    folder, reviews, store = articles_dir(), reviews_path(), store_path()
    # The cache key is a digest of every file's name, size and mtime: Streamlit hashing a tuple of
    # 10,000 entries itself took a large share of each rerun.
    # The reference tables' stamp is part of it: a refresh compares every figure with the new values again.
    files = fingerprint(folder)
    digest = hashlib.blake2b(repr((files, reference.fingerprint())).encode(), digest_size=16).hexdigest()
    global _SEEN
    _SEEN = {digest: files}  # one assignment: another session's thread sees the old dict or the new one
    job = rebuild_jobs.current(folder, store)
    if not (job is not None and (job.running or job.digest == digest)):
        todo = _pending(str(folder), digest, str(store))
        job = rebuild_jobs.start(folder, store, digest, todo) if todo >= rebuild_jobs.background_at() else None
    if job is not None and job.running:
        library = _with_reviews(str(folder), digest, str(store), str(reviews), _file_fingerprint(reviews), job.id)
        return dataclasses.replace(library, rebuild=job)
    return _with_reviews(str(folder), digest, str(store), str(reviews), _file_fingerprint(reviews))
