"""Duplicate articles: the hash of a clean text, and the hashes of an articles folder.

In: an article's clean text, or an articles folder. Out: a content hash (hex), or
{content hash: article id} for the folder. Each file is parsed once per (mtime, size) and
remembered, so :mod:`dashboard.tables.prepare` can check a new article against the library for
the cost of a stat per file.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from dashboard.extraction.numbers import normalize
from dashboard.ingest import articles

# Held while the library is checked and written (an RLock: save() takes it and then reads the index).
INDEX_LOCK = threading.RLock()
_INDEX: dict[str, tuple[int, int, str | None]] = {}  # resolved path -> (mtime_ns, size, content hash)


def content_hash(text: str) -> str:
    """Hash of a clean text with quotes, dashes and spaces normalised and case folded.

    >>> content_hash("Seoul\u2019s  Plan") == content_hash("seoul's plan")
    True
    """
    flat = " ".join(normalize(text).casefold().split())
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


def library_index(folder: Path) -> dict[str, str]:
    """{content hash: article id} of the readable articles in an articles folder.

    Each file is parsed once per (mtime, size) and remembered, so a repeated check costs a stat
    per file. Unreadable files are left to the loader's problem list.
    """
    found: dict[str, str] = {}
    with INDEX_LOCK:
        for path in articles.article_files(Path(folder)):
            try:
                st = path.stat()
            except OSError:
                continue
            key = str(path.resolve())
            cached = _INDEX.get(key)
            if cached and cached[:2] == (st.st_mtime_ns, st.st_size):
                digest = cached[2]
            else:
                try:
                    digest = content_hash(articles.read_article(path).text)
                except Exception:  # noqa: BLE001 - a broken file is not a duplicate of anything
                    digest = None
                _INDEX[key] = (st.st_mtime_ns, st.st_size, digest)
            if digest:
                found.setdefault(digest, articles.safe_article_id(path.stem))
    return found


def remember(path: Path, st: os.stat_result, digest: str) -> None:
    """Record a file just written with its hash, so the next check need not parse it again."""
    with INDEX_LOCK:
        _INDEX[str(path.resolve())] = (st.st_mtime_ns, st.st_size, digest)
