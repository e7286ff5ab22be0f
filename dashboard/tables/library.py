"""Adding articles to the library: batches of paths, uploads and URLs, each checked, named and stored safely.

In: paths, URLs, ``(name, bytes)`` pairs or uploaded files (and optional metadata for a single
item). Out: one :class:`AddResult` per item, in order; the articles written under
``<data>/articles``. :func:`add_files` prepares and saves each item (:mod:`dashboard.tables.prepare`:
:func:`prepare`, :func:`save`, re-exported here with the duplicate check of
:mod:`dashboard.tables.duplicates`), and :func:`fetch_url` downloads a page.

Nothing the user names reaches the file system: the stored name is a generated slug of
ASCII letters, digits and dashes, and the uploaded name is only display text. Every refusal is
an :class:`~dashboard.ingest.articles.ArticleError` whose message names the item and says why.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dashboard.ingest import articles, fetch
from dashboard.ingest.articles import SUFFIXES, ArticleError, display_name
from dashboard.ingest.files import basename, suffix_of
from dashboard.tables.duplicates import content_hash, library_index
from dashboard.tables.prepare import Prepared, articles_dir, is_http_url, prepare, render, save

DEFAULT_MAX_FILES = 200
FETCH_SCHEMES = ("http", "https")

__all__ = ["DEFAULT_MAX_FILES", "FETCH_SCHEMES", "AddResult", "ArticleError", "Prepared", "add_files", "add_one",
           "articles_dir", "content_hash", "display_name", "fetch_url", "is_http_url", "library_index",
           "looks_like_url", "max_upload_files", "prepare", "render", "save"]


def max_upload_files() -> int:
    """How many files one batch may hold, from DEFENSE_MAX_UPLOAD_FILES (default 200)."""
    raw = os.environ.get("DEFENSE_MAX_UPLOAD_FILES", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_FILES


# ---------------------------------------------------------------------------
# Fetching pages
# ---------------------------------------------------------------------------


def fetch_url(url: str, timeout: float = 10, *, limit: int | None = None, resolver: fetch.Resolver | None = None,
              allow_private: fetch.AllowPrivate | None = None) -> bytes:
    """The bytes of a web page: only http and https, only public addresses (checked after each
    redirect, the connection pinned to the checked address), at most ``limit`` bytes, ``timeout``
    seconds in all. See :mod:`dashboard.ingest.fetch`.

    Every failure (refused scheme or address, no network, unknown host, HTTP error, too big, too
    slow) is an ArticleError naming the address.
    """
    return fetch.fetch_page(url, timeout, limit=limit, resolver=resolver, allow_private=allow_private).data


# ---------------------------------------------------------------------------
# Batches: paths, uploads and URLs
# ---------------------------------------------------------------------------


@dataclass
class AddResult:
    """What happened to one item of a batch: saved (path, figure count) or refused (error).

    A saved item whose figure extraction raised is ``ok`` (the article is stored, and the loader
    will report it again) with ``extraction_error`` saying why it has no figures.
    """

    name: str
    path: Path | None = None
    figures: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    extraction_error: str = ""
    offline: bool = False  # a page could not be fetched because the network failed, not because it was refused

    @property
    def ok(self) -> bool:
        return self.error is None


def looks_like_url(item: str) -> bool:
    """True for ``scheme:...`` with a scheme of two letters or more (so ``C:\\x`` is a path)."""
    return bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]+:", item))


def _read_path(path: Path, limit: int) -> bytes:
    name = display_name(str(path))
    try:
        if not path.exists():
            raise ArticleError(f"{name}: no such file")
        if not path.is_file():
            raise ArticleError(f"{name}: not a regular file")
        size = path.stat().st_size
        articles.check_size(size, name, limit)
        with path.open("rb") as fh:
            return fh.read(limit + 1)  # a file growing while read is still capped
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read the file ({exc.strerror or exc})") from None


def _load(item: Any, limit: int) -> tuple[str, bytes, str]:
    """(file name, bytes, source url) of a path, URL, (name, bytes) pair or uploaded file."""
    if isinstance(item, tuple) and len(item) == 2:
        return str(item[0]), bytes(item[1]), ""
    if isinstance(item, str) and looks_like_url(item) and not os.path.lexists(item):
        page = fetch.fetch_page(item, limit=limit)
        data = page.data
        last = basename(urlsplit(page.url).path) or (urlsplit(page.url).hostname or "page")
        if suffix_of(last) not in SUFFIXES:
            last += ".html" if data.lstrip()[:1] == b"<" else ".txt"
        return last, data, page.url  # the page's own address, after redirects, is its source
    if isinstance(item, str | os.PathLike):
        return str(item), _read_path(Path(item), limit), ""
    if hasattr(item, "getvalue") or hasattr(item, "read"):  # Streamlit's UploadedFile, or any file object
        name = str(getattr(item, "name", "upload"))
        size = getattr(item, "size", None)
        if isinstance(size, int):
            articles.check_size(size, display_name(name), limit)
        return name, bytes(item.getvalue() if hasattr(item, "getvalue") else item.read(limit + 1)), ""
    raise ArticleError(f"{display_name(repr(item), 60)}: not a file, upload or URL")


def _item_name(item: Any) -> str:
    if isinstance(item, tuple) and item:
        return display_name(str(item[0]))
    return display_name(str(getattr(item, "name", item)))


def add_one(item: Any, *, data: Path | None = None, title: str = "", publisher: str = "", published: str = "",
            url: str = "", limit: int | None = None) -> AddResult:
    """Prepare and save one item; failures come back as the result's error, never raised."""
    name = _item_name(item)
    try:
        limit = limit or articles.max_bytes()
        filename, raw, source = _load(item, limit)
        prepared = prepare(raw, filename, title=title, publisher=publisher, published=published,
                           url=url or source, limit=limit, root=data)
        path = save(prepared, data=data)
    except ArticleError as exc:
        return AddResult(name, error=str(exc), offline=getattr(exc, "offline", False))
    except Exception as exc:  # noqa: BLE001 - one bad item must not stop the batch or show a traceback
        return AddResult(name, error=f"{name}: unexpected failure ({type(exc).__name__}); nothing was added")
    return AddResult(prepared.display_name, path=path, figures=len(prepared.figures), warnings=prepared.warnings,
                     extraction_error=prepared.extraction_error)


def add_files(items: Iterable[Any], *, data: Path | None = None, title: str = "", publisher: str = "",
              published: str = "", url: str = "", limit: int | None = None, max_files: int | None = None,
              progress: Callable[[AddResult], None] | None = None) -> list[AddResult]:
    """Add paths, URLs, ``(name, bytes)`` pairs or uploaded files; one result per item, in order.

    A batch over ``max_files`` (DEFENSE_MAX_UPLOAD_FILES, default 200) is refused as a whole
    with one ArticleError before anything is read or written. Metadata applies to one item only.
    ``progress`` is called with each result as it is done.
    """
    items = list(items)
    cap = max_files if max_files is not None else max_upload_files()
    if len(items) > cap:
        raise ArticleError(f"{len(items):,} files in one batch is over the limit of {cap:,}; nothing was added. "
                           f"Add them in batches of {cap:,} or fewer")
    if len(items) > 1 and any((title, publisher, published, url)):
        raise ArticleError("title, publisher, published and url describe one article; give them with a single "
                           "file or URL (several files use their own front matter)")
    results: list[AddResult] = []
    for item in items:
        result = add_one(item, data=data, title=title, publisher=publisher, published=published, url=url, limit=limit)
        results.append(result)
        if progress is not None:
            progress(result)
    return results
