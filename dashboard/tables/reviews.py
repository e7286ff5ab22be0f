"""Human review of extracted figures: an append-only decision log in SQLite. (What a decision may say
is review_records.py; its overlay on the figures table, overlay.py; what the Review page needs, decisions.py.)

In: decisions from the Review page, the cli or a script, checked by ``review_records.check_decision``.
Out: the stored :class:`Decision` records: the one that counts per figure, a figure's version,
the whole log as a DataFrame; :class:`StaleDecision` when the version the user saw is out of date.

Reviewers accept, reject or correct figures in the browser. Every decision becomes one row of
the ``decisions`` table in an embedded SQLite file (e.g. ``<data folder>/reviews.sqlite3``); rows
are never updated or deleted, so the log is also the audit trail, and the latest decision per
figure (highest id) is the one that counts.

Why these choices:

- **Durable on return.** WAL journal plus ``synchronous=FULL`` means the WAL is fsynced at every
  commit, and each decision is its own ``BEGIN IMMEDIATE`` ... ``COMMIT``: when ``record`` returns,
  the decision survives a killed process (and, as far as the disk honours fsync, a power cut).
- **Concurrent writers wait, they do not fail.** Several browser sessions (threads of one
  Streamlit server) or several processes may write at once; the busy timeout makes them queue for
  the write lock. Each call opens and closes its own connection, so one store object can be shared
  across threads and survives ``fork``.
- **No lost updates.** ``expected_version`` is the id of the latest decision the user saw (0 for
  none). The check and the insert run inside the same IMMEDIATE transaction, which holds the write
  lock, so two sessions that both loaded version 0 cannot both win: the second gets
  ``StaleDecision`` carrying the first one's decision.
- **Figures move when articles are edited.** ``figure_id`` is ``<article_id>:<offset>``, so an edit
  above a figure changes its id. ``overlay.apply_decisions`` re-anchors a decision to the unique row with
  the same article, metric and quote, and reports the rest as orphans instead of dropping them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.tables.review_records import (
    BOUND_QUALIFIERS,
    CORRECTABLE,
    DECISIONS,
    STATUS_OF,
    Decision,
    Reanchor,
    StaleDecision,
    check_decision,
    check_fields,
)

LOG_COLUMNS = ("id", "figure_id", "article_id", "quote", "metric", "decision", "fields", "note", "reviewer",
               "created_at")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    figure_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    quote TEXT NOT NULL,
    metric TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'correct')),
    fields TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_figure_id ON decisions (figure_id);
CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
"""


class ReviewStore:
    """The decision log in one SQLite file; safe to share across threads and processes.

    ``path``'s folder must exist; the file and its table are created here if missing.
    ``timeout`` is how long (seconds) a writer waits for the write lock before giving up.
    """

    def __init__(self, path: str | Path, *, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        if not self.path.parent.is_dir():
            raise FileNotFoundError(f"folder for the review log does not exist: {self.path.parent}")
        with self._connection() as conn:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise RuntimeError(f"{self.path}: SQLite refused WAL mode (got {mode!r})")
            with self._transaction(conn):
                for statement in _SCHEMA.split(";\n"):
                    if statement.strip():
                        conn.execute(statement)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A fresh autocommit connection with the durability and waiting settings."""
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        with closing(conn):
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            conn.execute("PRAGMA synchronous = FULL")
            yield conn

    @staticmethod
    @contextmanager
    def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
        """BEGIN IMMEDIATE (take the write lock now, waiting up to the timeout) ... COMMIT, or roll back."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _decision(row: tuple) -> Decision:
        id_, figure_id, article_id, quote, metric, decision, fields, note, reviewer, created_at = row
        return Decision(id_, figure_id, article_id, quote, metric, decision, json.loads(fields), note, reviewer,
                        created_at)

    def record(self, figure_id: str, *, article_id: str, quote: str, metric: str, decision: str,
               fields: Mapping[str, Any] | None = None, note: str = "", reviewer: str = "",
               expected_version: int | None = None) -> Decision:
        """Validate and durably append one decision; return it as stored.

        ``article_id``, ``quote`` and ``metric`` describe the figure as the extractor produced it
        (the unreviewed row): they let ``apply_decisions`` find the figure again after an edit.
        ``expected_version`` is ``version(figure_id)`` as the user saw it (0 when there was no
        decision); when the log moved on since, nothing is written and ``StaleDecision`` is raised.
        None skips the check (a blind write, e.g. a script). Raises ValueError for bad input.
        """
        clean = check_decision(figure_id, article_id, quote, metric, decision, fields, note, reviewer,
                               expected_version)
        fields_json = json.dumps(clean, sort_keys=True, allow_nan=False)
        with self._connection() as conn, self._transaction(conn):
            if expected_version is not None:
                current = self._latest_of(conn, figure_id)
                if (current.id if current else 0) != expected_version:
                    raise StaleDecision(figure_id, int(expected_version), current)
            created_at = datetime.now(UTC).isoformat(timespec="microseconds")
            cursor = conn.execute(
                "INSERT INTO decisions (figure_id, article_id, quote, metric, decision, fields, note, reviewer,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (figure_id, article_id, quote, metric, decision, fields_json, note, reviewer, created_at))
            new_id = cursor.lastrowid
        return Decision(new_id, figure_id, article_id, quote, metric, decision, clean, note, reviewer, created_at)

    def record_many(self, items: Iterable[Mapping[str, Any]], *, reviewer: str = "") -> list[Decision]:
        """Record several decisions, each in its own transaction; return them in order.

        Each item holds ``record``'s arguments by name (``figure_id``, ``article_id``, ``quote``,
        ``metric``, ``decision``, and optionally ``fields``, ``note``, ``reviewer``,
        ``expected_version``); ``reviewer`` is the default for items without one. Every item is
        validated before the first write, so bad input writes nothing: the ValueError names the
        first invalid item by position. A failure while writing (e.g. ``StaleDecision``) stops at
        that item; the earlier decisions stay committed and the exception's note says how many.
        """
        items = list(items)
        required = {"figure_id", "article_id", "quote", "metric", "decision"}
        allowed = required | {"fields", "note", "reviewer", "expected_version"}
        calls: list[dict[str, Any]] = []
        for i, item in enumerate(items):
            where = f"item {i} ({item.get('figure_id', '?')!r})" if isinstance(item, Mapping) else f"item {i}"
            if not isinstance(item, Mapping):
                raise ValueError(f"{where}: expected a mapping of record() arguments, not {item!r}")
            wrong = [f"{label} {sorted(keys)}" for label, keys in (("missing", required - item.keys()),
                                                                    ("unknown", item.keys() - allowed)) if keys]
            if wrong:
                raise ValueError(f"{where}: {', '.join(wrong)} argument(s)")
            call = {"reviewer": reviewer, **item}
            try:
                check_decision(**call)
            except ValueError as exc:
                raise ValueError(f"{where}: {exc}") from None
            calls.append(call)
        written: list[Decision] = []
        for i, call in enumerate(calls):
            try:
                written.append(self.record(call.pop("figure_id"), **call))
            except Exception as exc:
                exc.add_note(f"record_many stopped at item {i}; the {len(written)} decisions before it are "
                             f"committed (ids {[d.id for d in written]})")
                raise
        return written

    @classmethod
    def _latest_of(cls, conn: sqlite3.Connection, figure_id: str) -> Decision | None:
        row = conn.execute(f"SELECT {', '.join(LOG_COLUMNS)} FROM decisions WHERE figure_id = ? "  # noqa: S608
                           "ORDER BY id DESC LIMIT 1", (figure_id,)).fetchone()
        return cls._decision(row) if row else None

    def version(self, figure_id: str) -> int:
        """Id of the figure's latest decision, 0 when it has none: pass it back as ``expected_version``."""
        with self._connection() as conn:
            return conn.execute("SELECT COALESCE(MAX(id), 0) FROM decisions WHERE figure_id = ?",
                                (figure_id,)).fetchone()[0]

    def latest(self) -> dict[str, Decision]:
        """The decision that counts for each reviewed figure: its highest id."""
        with self._connection() as conn:
            rows = conn.execute(f"SELECT {', '.join(LOG_COLUMNS)} FROM decisions "  # noqa: S608
                                "WHERE id IN (SELECT MAX(id) FROM decisions GROUP BY figure_id) ORDER BY id")
            return {d.figure_id: d for d in map(self._decision, rows)}

    def additions(self) -> list[Decision]:
        """The figures reviewers added (``tables.additions``), oldest first: for each, its latest addition."""
        with self._connection() as conn:
            rows = conn.execute(f"SELECT {', '.join(LOG_COLUMNS)} FROM decisions "  # noqa: S608
                                "WHERE decision = 'correct' AND figure_id LIKE '%-added-%' ORDER BY id").fetchall()
        found = {d.figure_id: d for d in map(self._decision, rows) if d.fields.get("added") is True}
        return sorted(found.values(), key=lambda d: d.id)

    def log(self) -> pd.DataFrame:
        """The whole log, newest first, ``fields`` as JSON text (for an audit page or an export)."""
        with self._connection() as conn:
            rows = conn.execute(f"SELECT {', '.join(LOG_COLUMNS)} FROM decisions ORDER BY id DESC").fetchall()  # noqa: S608
        frame = pd.DataFrame(rows, columns=list(LOG_COLUMNS))
        return frame.astype({c: "Int64" if c == "id" else "string" for c in LOG_COLUMNS})


# Names that lived here before the records and checks had their own module; pages and tests import them
__all__ = ["BOUND_QUALIFIERS", "CORRECTABLE", "DECISIONS", "LOG_COLUMNS", "STATUS_OF", "Decision", "Reanchor",
           "ReviewStore", "StaleDecision", "check_decision", "check_fields"]
