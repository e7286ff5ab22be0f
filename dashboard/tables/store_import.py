"""An extraction run adopted by the figure store: ``python -m dashboard store import RUN [--data DIR]``.

in: a finished Parquet run (``parquet.py``: each file's figures, name, sha256 of the bytes read and the
store's version) and a data folder; out: that folder's figure store holding, without extracting
them again, the articles whose files in ``<data>/articles`` still have the bytes the run read and
whose rows this code would make the same way (same ``sync.store_version()``), and a report of the
rest, which the next start or ``python -m dashboard rebuild`` extracts as usual.

Files are matched by name (what the store keys them by) and then by the sha256 of their bytes now,
so the run may have read them elsewhere (a shared archive) as long as the bytes are the same.
Nothing is taken on trust: every part is checked against the manifest and the schema before the
store is touched, each part's articles go in with the store's own transaction (``FigureStore.put``),
and an article the store already holds under the same bytes and version is not written again. A
store that cannot be read is left as it is (``rebuild`` sets it aside); the import then stops.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.paths import articles_dir, store_path
from dashboard.tables import parquet
from dashboard.tables.frames import describe
from dashboard.tables.run_records import blank_comparisons
from dashboard.tables.store import ARTICLE_FIELDS, Entry, FigureStore, Record, StoreCorrupt
from dashboard.tables.sync import fingerprint, library_tables, store_version, to_do

REASONS = {  # why an article of the run was not adopted: what the report says
    "changed": "changed since the run (the file's bytes no longer hash to the run's sha256)",
    "version": "extracted by another version of the extractor or its pipeline",
    "missing": "not in the articles folder",
    "unread": "not extracted by the run",
}


class StoreImportError(Exception):
    """The run or the store cannot be used; nothing was imported. The message names the path."""


@dataclass
class ImportReport:
    """What an import did: articles stored, already stored, left for a rebuild (by reason), and the rest."""

    store: Path
    adopted: int = 0
    already: int = 0
    left: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: {r: [] for r in REASONS})
    not_in_run: int = 0
    run_version: str = ""
    snapshot: bool = False  # the library snapshot was written: the next start reads it directly

    @property
    def left_count(self) -> int:
        return sum(map(len, self.left.values()))


def check_run(run: Path) -> dict:
    """The run's manifest, once every part it lists is there, whole (its Parquet footer reads) and of the
    schema's columns and row counts; ParquetFolderError otherwise, before anything is read in full."""
    import pyarrow.parquet as pq

    from dashboard import schema
    from dashboard.tables.run_records import RUN_ARTICLE_COLUMNS

    manifest = parquet.read_manifest(run)
    if manifest["format"] != parquet.FORMAT:
        raise parquet.ParquetFolderError(f"{run}: written before runs kept each article's hash (format "
                                         f"{manifest['format']}); extract again to get a run the store can take")
    for part in manifest["parts"]:
        for name, columns, rows in ((part["name"], schema.FIGURE_COLUMN_NAMES, part["rows"]),
                                    (part["articles"], RUN_ARTICLE_COLUMNS, part["files"])):
            path = Path(run) / Path(name).name
            try:
                meta = pq.read_metadata(path)
            except Exception as exc:  # noqa: BLE001 - missing, torn (no footer), not Parquet at all
                raise parquet.ParquetFolderError(f"{path}: unreadable part ({describe(exc)}); the run is damaged, "
                                                 "nothing was imported") from None
            if meta.num_rows != rows or meta.schema.to_arrow_schema().names != columns:
                raise parquet.ParquetFolderError(f"{path}: columns or row count differ from the manifest and schema; "
                                                 "nothing was imported")
    return manifest


def _records(df: pd.DataFrame) -> list[dict]:
    """The frame's rows as dicts of plain values (pd.NA for missing): ``to_dict("records")`` at a fifth of its cost."""
    names = list(df.columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*(df[c].tolist() for c in names), strict=True)]


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA else str(value)


def _article(row: dict) -> dict | None:
    """The store's article fields from a row of the run's articles table (plain Python values)."""
    if row["readable"] is pd.NA or not row["readable"]:
        return None
    out = {}
    for c in ARTICLE_FIELDS:
        value = row[c.name]
        out[c.name] = (None if value is None or value is pd.NA else int(value)) if c.dtype == "Int64" else _text(value)
    return out


def _verdict(row: dict, folder: Path, files: dict, version: str) -> tuple[str, str, Entry | None]:
    """(reason, detail, None) when the run's article cannot be taken, else ("", "", its store Entry)."""
    name, sha = row["name"], _text(row["sha256"])
    if _text(row["version"]) != version:
        return "version", f"run: {_text(row['version']) or 'none'}, here: {version}", None
    if not sha:
        return "unread", _text(row["problem"]), None
    if name not in files:
        return "missing", "", None
    try:
        data = (folder / name).read_bytes()
    except OSError as exc:
        return "missing", f"cannot read it ({exc.strerror or exc})", None
    if hashlib.sha256(data).hexdigest() != sha:
        return "changed", "", None
    size, mtime = files[name]
    return "", "", Entry(name, sha, version, size, mtime)


def import_run(run: Path, data: Path, *, progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Adopt the run at ``run`` into the figure store of the data folder ``data`` (see the module's docstring)."""
    run = Path(run)
    manifest = check_run(run)
    folder, store_file = articles_dir(data), store_path(data)
    if not folder.is_dir():
        raise StoreImportError(f"{folder}: no articles folder; the store keeps the figures of the files there")
    try:
        store_file.parent.mkdir(parents=True, exist_ok=True)
        store = FigureStore(store_file)
        entries = store.entries()
    except StoreCorrupt as exc:
        raise StoreImportError(f"{store_file}: the figure store cannot be read ({exc}); nothing was imported and it "
                               "was left as it is (`python -m dashboard rebuild` sets it aside and builds a new one)"
                               ) from None
    except (sqlite3.Error, OSError) as exc:
        raise StoreImportError(f"{store_file}: the figure store cannot be used ({describe(exc)}); nothing was "
                               "imported") from None
    files = {name: (size, mtime) for name, size, mtime in fingerprint(folder)}
    version = store_version()
    report = ImportReport(store_file, run_version=str(manifest.get("version", "")))
    taken: set[str] = set()
    refused: dict[str, tuple[str, str]] = {}
    done, total = 0, sum(p["files"] for p in manifest["parts"])
    for part in manifest["parts"]:
        figures, articles = parquet.read_part(run, part)
        rows = _records(blank_comparisons(figures))
        batch: list[Record] = []
        touched: list[Entry] = []
        start = 0
        for row in _records(articles):
            its_rows, start = rows[start:start + int(row["figures"])], start + int(row["figures"])
            name = row["name"]
            if name in taken:  # the same name read twice (two input folders): the first match wins
                continue
            reason, detail, entry = _verdict(row, folder, files, version)
            if entry is None:
                refused.setdefault(name, (reason, detail))
                continue
            taken.add(name)
            refused.pop(name, None)
            known = entries.get(name)
            if known is not None and (known.bytes_hash, known.version) == (entry.bytes_hash, entry.version):
                report.already += 1
                if (known.size, known.mtime_ns) != (entry.size, entry.mtime_ns):
                    touched.append(entry)
                continue
            batch.append(Record(entry, _article(row), _text(row["problem"]), its_rows))
        try:
            store.put(batch)
            store.touch(touched)
        except (StoreCorrupt, sqlite3.Error, OSError) as exc:
            raise StoreImportError(f"{store_file}: could not write to the figure store ({describe(exc)}); "
                                   f"{report.adopted} article(s) were imported before this, the rest were not") from None
        report.adopted += len(batch)
        done += len(articles)
        if progress:
            progress(done, total)
    for name, (reason, detail) in refused.items():
        report.left[reason].append((name, detail))
    report.not_in_run = len(files.keys() - taken - refused.keys())
    if not to_do(fingerprint(folder), store.entries(), version):
        with contextlib.suppress(Exception):  # only a shortcut for the next start, as in sync.library_tables
            library_tables(folder, store_file)  # extracts nothing: every file is stored; writes the snapshot
            report.snapshot = True
    return report


def describe_report(report: ImportReport, limit: int = 10) -> tuple[list[str], list[str]]:
    """(summary lines for stdout, one warning line per article left, at most ``limit`` per reason, for stderr)."""
    summary = [f"{report.store}: {report.adopted} article(s) imported without extraction, {report.already} already "
               f"stored, {report.left_count} left for `python -m dashboard rebuild`"]
    if report.not_in_run:
        summary.append(f"{report.not_in_run} article file(s) in the folder are not in this run; "
                       "the next start or rebuild extracts them")
    warnings = []
    for reason, items in report.left.items():
        for name, detail in items[:limit]:
            warnings.append(f"warning: {name}: {REASONS[reason]}{f' ({detail})' if detail else ''}; left for rebuild")
        if len(items) > limit:
            warnings.append(f"warning: ... and {len(items) - limit} more {REASONS[reason].split(' (')[0]}")
    return summary, warnings
