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

import hashlib
import importlib.metadata
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.extraction.version import extractor_version, files_digest
from dashboard.ingest.articles import (
    SUFFIXES,
    ArticleError,
    article_stem,
    article_suffix,
    check_size,
    max_bytes,
    parse_article,
    safe_article_id,
)
from dashboard.tables.frames import article_rows, compared, describe, figures_frame
from dashboard.tables.store import ARTICLE_FIELDS, Entry, FigureStore, Record, StoreCorrupt, set_aside

Progress = Callable[[int, int], None]  # (articles done, articles to do)
BATCH = 100  # articles per store transaction: a killed process loses at most this much work
_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def _pipeline_digest() -> str:
    """The code and packages between a file's bytes and its rows, beyond the extraction rules: reading
    and cleaning (ingest), rows and USD values (frames), the schema, and the ECB rate tables."""
    files = sorted((_PACKAGE / "ingest").glob("*.py")) + [_PACKAGE / "tables" / "frames.py", _PACKAGE / "schema.py"]
    packages = []
    for dist in ("CurrencyConverter", "trafilatura"):
        try:
            packages.append(f"{dist}=={importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            packages.append(f"{dist}==none")
    return hashlib.sha256((files_digest(files, _PACKAGE.parent) + ";".join(packages)).encode()).hexdigest()[:12]


def store_version() -> str:
    """What the stored rows were made by: the extractor's version, the rest of the pipeline, and the size
    limit for one article (it decides which files are read at all)."""
    return f"{extractor_version()}+{_pipeline_digest()}+{max_bytes()}"


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


def read_file(folder: Path, name: str, size: int, mtime_ns: int, version: str, known: Entry | None = None,
              ) -> Record | Entry:
    """One file's Record, or just its new Entry when its bytes are those of ``known`` under ``version``.

    A file that cannot be read now (an OSError) gives a Record with no entry hash: it is reported
    but not stored, so the next load tries again.
    """
    path = Path(folder) / name
    limit = max_bytes()
    try:
        check_size(size, name, limit)
    except ArticleError as exc:
        return Record(Entry(name, f"size:{size}", version, size, mtime_ns), None, str(exc))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Record(Entry(name, "", version, size, mtime_ns), None, f"{name}: cannot read the file ({exc.strerror or exc})")
    entry = Entry(name, hashlib.sha256(data).hexdigest(), version, size, mtime_ns)
    if known is not None and (known.bytes_hash, known.version) == (entry.bytes_hash, version):
        return entry
    try:
        article = parse_article(data, name, article_suffix(name), safe_article_id(article_stem(name)), str(path), limit)
    except ArticleError as exc:
        return Record(entry, None, str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug costs this file, with its name, not the library
        return Record(entry, None, f"{name}: could not read this file ({describe(exc)})")
    rows, problem = article_rows(article)
    meta = {"article_id": article.article_id, "title": article.title, "publisher": article.publisher,
            "published": article.published_iso, "url": article.url, "chars": len(article.text)}
    return Record(entry, {c.name: meta[c.name] for c in ARTICLE_FIELDS}, problem or "", rows)


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
    """Bring the store up to date, hashing every file (``python -m dashboard rebuild``); a damaged store is
    set aside first and built anew."""
    Path(store_file).parent.mkdir(parents=True, exist_ok=True)
    notes = []
    try:
        FigureStore(store_file).entries()
    except StoreCorrupt as exc:
        aside = set_aside(Path(store_file))
        notes.append(f"figure store {store_file} could not be read ({exc}); it was moved to {aside.name}")
    result = sync(folder, FigureStore(store_file), verify=True, progress=progress, everything=everything)
    result.notes[:0] = notes
    return result


def library_tables(folder: Path, store_file: Path | None, files=None, *, progress: Progress | None = None,
                   verify: bool = False, everything: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles table, figures table) of ``folder`` through the store at ``store_file`` (None: no store).

    Problems land in ``attrs["problems"]`` as ``frames.build_tables`` puts them. A damaged store is set
    aside and rebuilt; a store that cannot be used at all (a read-only folder, a lock held too long)
    is bypassed: the files are extracted in memory. Either way the problems say so first.
    """
    files = fingerprint(folder) if files is None else tuple(files)
    notes: list[str] = []
    for attempt in (1, 2):
        if store_file is None:
            break
        try:
            Path(store_file).parent.mkdir(parents=True, exist_ok=True)
            store = FigureStore(store_file)
            result = sync(folder, store, files, verify=verify, progress=progress, everything=everything)
            stored_articles, stored_figures = store.load()
            return _assemble(folder, files, stored_articles, stored_figures, result.unstored, notes)
        except StoreCorrupt as exc:
            if attempt == 2:
                notes.append(f"figure store {store_file} is still unreadable after a rebuild ({exc}); "
                             "figures were extracted without it")
                break
            aside = set_aside(Path(store_file))
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
    return _assemble(folder, files, None, None, records, notes)


def _records_frames(records: list[Record]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Records as the frames ``FigureStore.load`` gives."""
    articles = pd.DataFrame([{"name": r.entry.name, "version": r.entry.version, "readable": int(r.article is not None),
                              "problem": r.problem, **(r.article or {})} for r in records],
                            columns=["name", "version", "readable", "problem", *(c.name for c in ARTICLE_FIELDS)])
    rows = [row for r in records for row in r.rows]
    figures = figures_frame(rows)
    figures.insert(0, "seq", pd.array([i for r in records for i in range(len(r.rows))], dtype="int64"))
    figures.insert(0, "name", pd.array([r.entry.name for r in records for _ in r.rows], dtype="string"))
    return articles, figures


def _assemble(folder: Path, files, stored_articles: pd.DataFrame | None, stored_figures: pd.DataFrame | None,
              extra: list[Record], notes: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The library tables in file order: ``extra`` records win over stored ones of the same name."""
    order = {name: i for i, (name, _, _) in enumerate(files)}
    extra_articles, extra_figures = _records_frames(extra)
    if stored_articles is not None:
        keep = stored_articles["name"].isin(order.keys()) & ~stored_articles["name"].isin(extra_articles["name"])
        articles = pd.concat([stored_articles[keep], extra_articles], ignore_index=True) if len(extra) else stored_articles[keep]
        keep = stored_figures["name"].isin(order.keys()) & ~stored_figures["name"].isin(extra_articles["name"])
        figures = pd.concat([stored_figures[keep], extra_figures], ignore_index=True) if len(extra) else stored_figures[keep]
    else:
        articles, figures = extra_articles, extra_figures
    articles = articles.assign(_pos=articles["name"].map(order)).sort_values("_pos", kind="stable")
    figures = figures.assign(_pos=figures["name"].map(order)).sort_values(["_pos", "seq"], kind="stable")
    figures = figures.drop(columns=["name", "seq", "_pos"]).reset_index(drop=True)
    figures, compare_problem = compared(figures)  # beside the World Bank values: never stored, they follow a refresh
    problems = [*notes, *(p for p in articles["problem"] if p)]
    problems += schema.check_figures(figures) + ([compare_problem] if compare_problem else [])
    readable = articles[articles["readable"] == 1]
    counts = figures.groupby("article_id").size() if len(figures) else pd.Series(dtype="int64")
    table = pd.DataFrame({
        **{c.name: readable[c.name].to_numpy() for c in ARTICLE_FIELDS},
        "path": [str(Path(folder) / n) for n in readable["name"]],
        "figures": readable["article_id"].map(counts).fillna(0).to_numpy(),
    }, columns=[c.name for c in schema.ARTICLE_COLUMNS])
    table = table.astype(schema.ARTICLE_DTYPES).reset_index(drop=True)
    table.attrs["problems"] = problems
    figures.attrs["problems"] = problems
    return table, figures
