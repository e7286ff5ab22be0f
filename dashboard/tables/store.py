"""The figure store: each article file's figure rows on disk, under the hash of the file's bytes and
the extractor's version (``<data folder>/store/figures.sqlite``). ``sync.py`` decides what to extract;
this module only keeps and returns what was extracted.

Why SQLite (stdlib ``sqlite3``) and not Parquet files or pickles:

- **Nothing to add.** It ships with Python; pyarrow is not a runtime dependency of the app.
- **A killed writer leaves no torn file.** Each batch of articles is one transaction in WAL mode:
  a SIGKILL mid-batch loses that batch only, and the next open rolls the log back. Parquet would
  need our own write-temp-and-rename protocol plus an index of which file holds which article.
- **Two app processes can share it.** Readers read a snapshot while one writer commits; writers
  queue on the busy timeout. An article may be extracted twice when two processes start at
  once, and the second write replaces the first with the same rows.
- **Replace one article in place.** Rows are keyed by file name, so an edited article's rows are
  swapped in its own transaction, without rewriting the rest.

The columns are the one schema's (``schema.FIGURE_COLUMNS``, ``schema.ARTICLE_COLUMNS``): a
change there changes :data:`LAYOUT`, and a store of another layout is emptied and refilled.
The store is a cache of the articles: deleting it costs one re-extraction, nothing else.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.tables.file_records import ARTICLE_FIELDS, DERIVED_ARTICLE_COLUMNS, Entry, Record

__all__ = ["ARTICLE_FIELDS", "DERIVED_ARTICLE_COLUMNS", "LAYOUT", "Entry", "FigureStore", "Record", "StoreCorrupt",
           "is_corruption", "set_aside"]

SQL_TYPES = {"string": "TEXT", "Float64": "REAL", "Int64": "INTEGER"}
LAYOUT = hashlib.sha256(json.dumps(
    [2, [(c.name, c.dtype) for c in schema.FIGURE_COLUMNS], [(c.name, c.dtype) for c in ARTICLE_FIELDS]]
).encode()).hexdigest()[:16]
BUSY_TIMEOUT = 60.0  # seconds a writer waits for another process's batch


class StoreCorrupt(Exception):
    """The store file is not a readable SQLite database (or not ours): set it aside and rebuild."""


def _columns_sql(columns: Iterable[schema.Column]) -> str:
    return ", ".join(f'"{c.name}" {SQL_TYPES[c.dtype]}' for c in columns)


_FIGURE_NAMES = [c.name for c in schema.FIGURE_COLUMNS]
_ARTICLE_NAMES = [c.name for c in ARTICLE_FIELDS]
_DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    name TEXT PRIMARY KEY, bytes_hash TEXT NOT NULL, version TEXT NOT NULL, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, readable INTEGER NOT NULL, problem TEXT NOT NULL,
    {_columns_sql(ARTICLE_FIELDS)});
CREATE TABLE IF NOT EXISTS figures (name TEXT NOT NULL, seq INTEGER NOT NULL, {_columns_sql(schema.FIGURE_COLUMNS)},
    PRIMARY KEY (name, seq));
"""
# Built from schema.py's column names only; every value is a bound parameter.
_INSERT_ARTICLE = f"INSERT OR REPLACE INTO articles VALUES ({', '.join('?' * (7 + len(_ARTICLE_NAMES)))})"  # noqa: S608
_INSERT_FIGURE = f"INSERT INTO figures VALUES ({', '.join('?' * (2 + len(_FIGURE_NAMES)))})"  # noqa: S608
_SELECT_ARTICLES = f"SELECT name, version, readable, problem, {', '.join(_ARTICLE_NAMES)} FROM articles"  # noqa: S608


def is_corruption(exc: sqlite3.Error) -> bool:
    """True for a damaged or foreign file ("file is not a database", "malformed"); False for a busy or
    read-only store, which is left alone."""
    text = str(exc).lower()
    return type(exc) is sqlite3.DatabaseError or "malformed" in text or "not a database" in text


class FigureStore:
    """The store at ``path``. Each call opens its own connection, so one object serves many threads."""

    def __init__(self, path: Path, timeout: float = BUSY_TIMEOUT):
        self.path = Path(path)
        self.timeout = timeout
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        try:
            con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as exc:
            if is_corruption(exc):
                raise StoreCorrupt(str(exc)) from exc
            raise
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")  # in WAL: a killed process loses nothing committed
            if not self._ready:
                self._prepare(con)
        except sqlite3.Error as exc:
            con.close()
            if is_corruption(exc):
                raise StoreCorrupt(str(exc)) from exc
            raise
        return con

    def _prepare(self, con: sqlite3.Connection) -> None:
        """Create the tables; a store of another layout (the schema changed) is emptied first."""
        con.execute("BEGIN IMMEDIATE")
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            layout = None
            if "meta" in tables:
                row = con.execute("SELECT value FROM meta WHERE key = 'layout'").fetchone()
                layout = row[0] if row else None
            if tables and layout == LAYOUT and _columns(con) != _expected_columns():
                layout = None  # (the layout's label, but not its columns: a hand-edited file; a rebuild had crashed)
            if tables and layout != LAYOUT:
                for table in ("articles", "figures", "meta"):
                    con.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _DDL.split(";"):
                if statement.strip():
                    con.execute(statement)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('layout', ?)", (LAYOUT,))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self._ready = True

    def _run(self, work):
        """``work(con)`` on a fresh connection; damage anywhere becomes StoreCorrupt."""
        with closing(self._connect()) as con:
            try:
                return work(con)
            except sqlite3.Error as exc:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                if is_corruption(exc):
                    raise StoreCorrupt(str(exc)) from exc
                raise

    def entries(self) -> dict[str, Entry]:
        """{file name: Entry} of every stored article."""
        rows = self._run(lambda con: con.execute(
            "SELECT name, bytes_hash, version, size, mtime_ns FROM articles").fetchall())
        return {r[0]: Entry(*r) for r in rows}

    def put(self, records: list[Record]) -> None:
        """Store a batch of articles in one transaction, replacing what each file name held before."""
        if not records:
            return

        def work(con: sqlite3.Connection) -> None:
            con.execute("BEGIN IMMEDIATE")
            for rec in records:
                e, a = rec.entry, rec.article or {}
                con.execute("DELETE FROM figures WHERE name = ?", (e.name,))
                con.execute(_INSERT_ARTICLE, (e.name, e.bytes_hash, e.version, e.size, e.mtime_ns, int(rec.article is not None),
                                              rec.problem, *(a.get(n) for n in _ARTICLE_NAMES)))
                con.executemany(_INSERT_FIGURE, ((e.name, seq, *(_plain(row[n]) for n in _FIGURE_NAMES))
                                                 for seq, row in enumerate(rec.rows)))
            con.execute("COMMIT")

        self._run(work)

    def touch(self, entries: list[Entry]) -> None:
        """Remember a new size and mtime for files whose bytes were found unchanged."""
        if entries:
            self._run(lambda con: con.executemany(
                "UPDATE articles SET size = ?, mtime_ns = ? WHERE name = ? AND bytes_hash = ?",
                [(e.size, e.mtime_ns, e.name, e.bytes_hash) for e in entries]))

    def remove(self, names: Iterable[str]) -> None:
        """Forget files that left the articles folder."""
        names = [(n,) for n in names]
        if names:
            def work(con: sqlite3.Connection) -> None:
                con.execute("BEGIN IMMEDIATE")
                con.executemany("DELETE FROM figures WHERE name = ?", names)
                con.executemany("DELETE FROM articles WHERE name = ?", names)
                con.execute("COMMIT")

            self._run(work)

    def load(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(articles, figures) as stored, read in one snapshot: ``articles`` has name, version, readable and
        problem beside the schema's article fields; ``figures`` has name and seq beside the
        schema's figure columns, typed as the schema says, in no particular order."""

        def work(con: sqlite3.Connection):
            con.execute("BEGIN")  # one read snapshot: a batch committed meanwhile is seen in both or neither
            art = con.execute(_SELECT_ARTICLES).fetchall()
            fig = con.execute("SELECT * FROM figures").fetchall()
            con.execute("COMMIT")
            return art, fig

        art, fig = self._run(work)
        articles = pd.DataFrame(art, columns=["name", "version", "readable", "problem", *_ARTICLE_NAMES])
        figures = pd.DataFrame(fig, columns=["name", "seq", *_FIGURE_NAMES])
        return articles, _typed(figures)


def _plain(value: object) -> object:
    """A value SQLite takes: pandas' missing values become NULL, numpy numbers plain Python ones."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and value != value:
        return None
    return value.item() if hasattr(value, "item") else value


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """The schema's dtypes, as ``frames.figures_frame`` gives them (empty text, not NA, for strings)."""
    out = {"name": df["name"].astype("string"), "seq": df["seq"].astype("int64")}
    for col, dtype in schema.FIGURE_DTYPES.items():
        if dtype == "string":
            out[col] = df[col].fillna("").astype("string")
        else:
            out[col] = pd.to_numeric(df[col], errors="coerce").astype(dtype)
    return pd.DataFrame(out)


def _columns(con: sqlite3.Connection) -> dict[str, list[str]]:
    return {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in ("articles", "figures", "meta")}


@functools.cache
def _expected_columns() -> dict[str, list[str]]:
    with closing(sqlite3.connect(":memory:")) as con:
        con.executescript(_DDL)
        return _columns(con)


def set_aside(path: Path) -> Path:
    """Move a damaged store (and its -wal/-shm companions) to ``<name>.corrupt`` so a new one can start;
    the old copy is kept for a look, and an earlier one too (``.corrupt-2``, ...)."""
    path = Path(path)
    aside, n = path.with_name(path.name + ".corrupt"), 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{n}")
    for suffix in ("", "-wal", "-shm"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            src.replace(aside.with_name(aside.name + suffix))
    return aside
