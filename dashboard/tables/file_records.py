"""One article file as the figure store's ``Record``: its rows, the sha256 of the bytes that were read, the
version of the code that made them, the article's fields, its problem and reading warnings.

Every engine of ``python -m dashboard extract`` and the store's sync read files through :func:`read_file`,
so a run's rows can be adopted by the store without extracting again (``store_import``). Nothing here needs
pandas: the CLI's default CSV run reads, extracts and writes without it. :mod:`dashboard.tables.store`,
:mod:`dashboard.tables.sync` and :mod:`dashboard.tables.run_records` re-export these names.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dashboard import schema
from dashboard.extraction.version import extractor_version, files_digest
from dashboard.ingest.articles import (
    Article,
    ArticleError,
    article_stem,
    article_suffix,
    check_size,
    max_bytes,
    parse_article,
    safe_article_id,
)
from dashboard.tables.rows import article_rows, describe, extraction_failure

DERIVED_ARTICLE_COLUMNS = ("path", "figures")  # known only when loading: where the file is now, rows counted
ARTICLE_FIELDS = [c for c in schema.ARTICLE_COLUMNS if c.name not in DERIVED_ARTICLE_COLUMNS]
_PACKAGE = Path(__file__).resolve().parent.parent


@dataclass
class Entry:
    """What the store holds about one file: enough to tell, from a stat, that it is unchanged."""

    name: str
    bytes_hash: str
    version: str
    size: int
    mtime_ns: int


@dataclass
class Record:
    """One article file's extraction, to be stored: its metadata (the schema's article fields; None when
    the file could not be read as an article), the problem reported for it, and its figure rows.
    ``warnings`` (reading notes, e.g. an ignored date) are not stored: the CLI prints them."""

    entry: Entry
    article: dict | None
    problem: str = ""
    rows: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _pipeline_digest() -> str:
    """The code and packages between a file's bytes and its rows, beyond the extraction rules: reading
    and cleaning (ingest), records and rows (file_records, rows, frames), USD values (rates), citations, the
    schema, and the ECB rate tables."""
    files = sorted((_PACKAGE / "ingest").glob("*.py")) + [
        _PACKAGE / "tables" / name for name in ("file_records.py", "rows.py", "frames.py", "citations.py")]
    files += [_PACKAGE / "rates.py", _PACKAGE / "schema.py"]
    packages = []
    for dist in ("CurrencyConverter", "trafilatura"):
        found = _installed_version(dist)
        if found is None:
            import importlib.metadata  # (~30 ms with its imports: only when the quick look below cannot tell)

            try:
                found = importlib.metadata.version(dist)
            except importlib.metadata.PackageNotFoundError:
                found = "none"
        packages.append(f"{dist}=={found}")
    return hashlib.sha256((files_digest(files, _PACKAGE.parent) + ";".join(packages)).encode()).hexdigest()[:12]


def _installed_version(dist: str) -> str | None:
    """``importlib.metadata.version(dist)`` for the plain case, read without importing importlib.metadata: the
    ``Version`` of the one ``<name>-<version>.dist-info`` folder on sys.path whose name normalises to ``dist``'s,
    when only the standard path finder knows distributions. None when that is not the case (no such folder,
    several, an .egg-info, another finder): the caller asks importlib.metadata, as before."""
    if [f for f in sys.meta_path if hasattr(f, "find_distributions")] != [importlib.machinery.PathFinder]:
        return None
    want = _DIST_SEP_RE.sub("_", dist).lower()
    found = []
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, dot, suffix = name.rpartition(".")
            if suffix in ("dist-info", "egg-info") and dot and _DIST_SEP_RE.sub("_", stem.rpartition("-")[0]).lower() == want:
                found.append(os.path.join(entry or ".", name) if suffix == "dist-info" else None)
    if len(found) != 1 or found[0] is None:
        return None
    try:
        with open(os.path.join(found[0], "METADATA"), encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    break
                if line.startswith("Version:"):
                    return line[len("Version:"):].strip() or None
    except OSError:
        return None
    return None


_DIST_SEP_RE = re.compile(r"[-_.]+")


def store_version() -> str:
    """What the stored rows were made by: the extractor's version, the rest of the pipeline, and the size
    limit for one article (it decides which files are read at all)."""
    return f"{extractor_version()}+{_pipeline_digest()}+{max_bytes()}"


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
    return Record(entry, article_meta(article), problem or "", rows, list(article.warnings))


def article_meta(article: Article) -> dict:
    """The schema's article fields the store keeps for one article."""
    meta = {"article_id": article.article_id, "title": article.title, "publisher": article.publisher,
            "published": article.published_iso, "url": article.url, "chars": len(article.text)}
    return {c.name: meta[c.name] for c in ARTICLE_FIELDS}


def file_record(path: str, version: str | None = None) -> Record:
    """The Record of one article file, as the figure store would make it; never raises."""
    p = Path(path)
    version = version or store_version()
    try:
        stat = p.stat()
    except OSError as exc:
        return Record(Entry(p.name, "", version, 0, 0), None, f"{p.name}: cannot read the file ({exc.strerror or exc})")
    return read_file(p.parent, p.name, stat.st_size, stat.st_mtime_ns, version)


def failed_record(path: str, exc: BaseException) -> Record:
    """A file whose task was lost as a whole (its worker died): reported, nothing for the store."""
    name = Path(path).name
    return Record(Entry(name, "", "", 0, 0), None, f"{name}: {extraction_failure(exc)}")


def reported(record: Record) -> str | None:
    """The problem line the CLI prints for a file: its problem, else its reading warnings as a note."""
    if record.problem:
        return record.problem
    if record.warnings and record.article is not None:
        return f"{record.article['article_id']}: note: {'; '.join(record.warnings)}"
    return None


def bytes_hash(record: Record) -> str:
    """The sha256 the store may key the file by; empty when the bytes were never read (a file over the
    size limit is stored by its size alone, ``size:N``, which only a rebuild on the target may decide)."""
    digest = record.entry.bytes_hash
    return "" if digest.startswith("size:") else digest
