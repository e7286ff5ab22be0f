"""The library through the figure store: extract only the article files that are new, changed or were
extracted by another version of the extractor, then read every article's figures from the store.

:func:`library_tables` is what the app and ``python -m dashboard rebuild`` call. It gives the same
tables, in the same order, with the same problems, as extracting every file afresh
(``frames.build_tables``) would: the store only saves the work.

A file is unchanged when its size and mtime are what the store saw last (one ``stat``), or, when
they differ, when the sha256 of its bytes is the stored one (a ``touch`` or a copy costs a read,
not an extraction). ``verify=True`` hashes every file whatever its stat says.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.ingest.articles import SUFFIXES
from dashboard.tables import reference
from dashboard.tables.file_records import article_meta, read_file, store_version
from dashboard.tables.rows import describe
from dashboard.tables.snapshot import read_snapshot, read_snapshot_key, remove_snapshot, snapshot_key, write_snapshot
from dashboard.tables.store import LAYOUT, Entry, FigureStore, Record, StoreCorrupt, set_aside
from dashboard.tables.store_tables import assemble_stored, records_frames

__all__ = ["BATCH", "SyncResult", "article_meta", "fingerprint", "library_tables", "pending", "read_file", "rebuild",
           "snapshot_version", "store_version", "stored_tables", "sync", "to_do"]

Progress = Callable[[int, int], None]  # (articles done, articles to do)
BATCH = 100  # articles per store transaction: a killed process loses at most this much work


def snapshot_version() -> str:
    """What the snapshot's tables depend on beyond the stored rows: the World Bank tables they are compared with."""
    return f"{store_version()}+{reference.fingerprint()}"


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """(name, size, mtime_ns) of every article file, sorted by name: changes when any file is added, edited
    or removed."""
    if not Path(folder).is_dir():
        return ()
    entries = []
    with os.scandir(folder) as it:
        for e in it:
            if e.name.lower().endswith(SUFFIXES) and not e.name.startswith((".", "~")) and e.is_file():
                stat = e.stat()
                entries.append((e.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


@dataclass
class SyncResult:
    """What one sync did: files extracted, found unchanged after a read, forgotten; records not stored."""

    extracted: int = 0
    verified: int = 0
    removed: int = 0
    unstored: list[Record] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def to_do(files, entries: dict[str, Entry], version: str, verify: bool = False) -> list[tuple[str, int, int]]:
    """The files a sync must read: new, of another size or mtime, or stored under another version."""
    out = []
    for name, size, mtime in files:
        known = entries.get(name)
        if verify or known is None or known.version != version or (known.size, known.mtime_ns) != (size, mtime):
            out.append((name, size, mtime))
    return out


def sync(folder: Path, store: FigureStore, files=None, *, verify: bool = False, progress: Progress | None = None,
         everything: bool = False) -> SyncResult:
    """Bring ``store`` up to date with ``folder``; ``everything`` re-extracts every file."""
    files = fingerprint(folder) if files is None else files
    version = store_version()
    entries = store.entries()
    todo = list(files) if everything else to_do(files, entries, version, verify)
    result = SyncResult()
    current = {name for name, _, _ in files}
    gone = [name for name in entries if name not in current]
    if gone:
        store.remove(gone)
        result.removed = len(gone)
    batch: list[Record] = []
    touched: list[Entry] = []
    for done, (name, size, mtime) in enumerate(todo, 1):
        item = read_file(folder, name, size, mtime, version, None if everything else entries.get(name))
        if isinstance(item, Entry):
            touched.append(item)
        elif not item.entry.bytes_hash:
            result.unstored.append(item)
        else:
            batch.append(item)
        if len(batch) >= BATCH or done == len(todo):
            store.put(batch)
            store.touch(touched)
            result.extracted += len(batch)
            result.verified += len(touched)
            batch, touched = [], []
        if progress:
            progress(done, len(todo))
    return result


def rebuild(folder: Path, store_file: Path, *, progress: Progress | None = None, everything: bool = False,
            ) -> SyncResult:
    """Bring the store up to date, hashing every file (``python -m dashboard rebuild``), and write the
    snapshot the app starts from; a damaged store is set aside first and built anew."""
    Path(store_file).parent.mkdir(parents=True, exist_ok=True)
    notes = []
    try:
        FigureStore(store_file).entries()
    except StoreCorrupt as exc:
        aside = set_aside(Path(store_file))
        notes.append(f"figure store {store_file} could not be read ({exc}); it was moved to {aside.name}")
    result = sync(folder, FigureStore(store_file), verify=True, progress=progress, everything=everything)
    result.notes[:0] = notes
    if not result.unstored:
        remove_snapshot(Path(store_file).parent)  # (the files did not change, so the old snapshot's key still matched:
        library_tables(folder, store_file)  # rebuild --all left the app starting from it) the app's next start reads
    return result


def pending(folder: Path, store_file: Path, files=None) -> int:
    """How many files a load would extract or hash (new, changed by their stat, or of another version); 0 when
    the snapshot answers. A store that cannot be read counts every file."""
    files = fingerprint(folder) if files is None else tuple(files)
    version = store_version()
    if read_snapshot_key(Path(store_file).parent) == snapshot_key(files, snapshot_version(), LAYOUT):
        return 0
    try:
        return len(to_do(files, FigureStore(store_file).entries(), version))
    except (StoreCorrupt, sqlite3.Error, OSError):
        return len(files)


def stored_tables(folder: Path, store_file: Path, files=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What the store holds for the files now in ``folder``, whatever extractor version made it, extracting
    nothing: the tables to show while a re-extraction runs. Files it lacks are left out."""
    files = fingerprint(folder) if files is None else tuple(files)
    try:
        stored_articles, stored_figures = FigureStore(store_file).load()
    except (StoreCorrupt, sqlite3.Error, OSError):
        stored_articles, stored_figures = records_frames([])
    stored = set(stored_articles["name"])
    return assemble_stored(folder, [f for f in files if f[0] in stored], stored_articles, stored_figures, [], [])


def library_tables(folder: Path, store_file: Path | None, files=None, *, progress: Progress | None = None,
                   verify: bool = False, everything: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles table, figures table) of ``folder`` through the store at ``store_file`` (None: no store).

    Problems land in ``attrs["problems"]`` as ``frames.build_tables`` puts them. A damaged store is set
    aside and rebuilt; a store that cannot be used at all (a read-only folder, a lock held too long)
    is bypassed: the files are extracted in memory. Either way the problems say so first.
    """
    files = fingerprint(folder) if files is None else tuple(files)
    notes: list[str] = []
    key = snapshot_key(files, snapshot_version(), LAYOUT)
    if store_file is not None and not (verify or everything):
        found = read_snapshot(Path(store_file).parent, key)
        if found is not None:
            return found
    for attempt in (1, 2):
        if store_file is None:
            break
        try:
            Path(store_file).parent.mkdir(parents=True, exist_ok=True)
            store = FigureStore(store_file)
            result = sync(folder, store, files, verify=verify, progress=progress, everything=everything)
            stored_articles, stored_figures = store.load()
            tables = assemble_stored(folder, files, stored_articles, stored_figures, result.unstored, notes)
            if not notes and not result.unstored:  # a one-off message or a read to retry: not for the next start
                with contextlib.suppress(Exception):  # only a shortcut: failing to write it costs the next start time
                    write_snapshot(Path(store_file).parent, key, *tables)
            return tables
        except StoreCorrupt as exc:
            if attempt == 2:
                notes.append(f"figure store {store_file} is still unreadable after a rebuild ({exc}); "
                             "figures were extracted without it")
                break
            aside = set_aside(Path(store_file))
            remove_snapshot(Path(store_file).parent)
            notes.append(f"figure store {store_file} could not be read ({exc}); it was moved to {aside.name} "
                         "and rebuilt from the articles")
        except (sqlite3.Error, OSError) as exc:
            notes.append(f"figure store {store_file} could not be used ({describe(exc)}); "
                         "figures were extracted without it")
            break
    version = store_version()
    records = []
    for done, (name, size, mtime) in enumerate(files, 1):
        records.append(read_file(folder, name, size, mtime, version))
        if progress:
            progress(done, len(files))
    return assemble_stored(folder, files, None, None, records, notes)
