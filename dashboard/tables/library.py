"""Adding articles to the library: uploads, files and pages checked, named and stored safely.

:func:`prepare` turns bytes and a user's file name into a :class:`Prepared` record (the parsed
article, its front matter, the id it will be stored under, a preview of its figures, and
whether the library already holds the same text) without writing anything. :func:`save`
writes it atomically. :func:`add_files` does both for a batch of paths, uploads or URLs, and
:func:`fetch_url` downloads a page.

Nothing the user names reaches the file system: the stored name is a generated slug of
ASCII letters, digits and dashes, and the uploaded name is only display text. Every refusal is
an :class:`~dashboard.ingest.articles.ArticleError` whose message names the item and says why.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from dashboard import paths
from dashboard.extraction.numbers import normalize
from dashboard.ingest import articles, fetch
from dashboard.ingest.articles import META_KEYS, SUFFIXES, Article, ArticleError, display_name
from dashboard.ingest.files import BIDI, basename, check_markup, make_article_id, suffix_of, unique_id
from dashboard.tables.frames import extract_article, extraction_failure, figure_rows

DEFAULT_MAX_FILES = 200
FETCH_SCHEMES = ("http", "https")


def _articles_folder(data: Path | None) -> Path:
    return paths.articles_dir(Path(data) if data is not None else None)


def articles_dir(data: Path | None = None) -> Path:
    """``<data>/articles``, created when missing."""
    folder = _articles_folder(data)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def max_upload_files() -> int:
    """How many files one batch may hold, from DEFENSE_MAX_UPLOAD_FILES (default 200)."""
    raw = os.environ.get("DEFENSE_MAX_UPLOAD_FILES", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_FILES


# ---------------------------------------------------------------------------
# Duplicates: a hash of the normalised clean text, remembered per file
# ---------------------------------------------------------------------------

_INDEX_LOCK = threading.RLock()
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
    with _INDEX_LOCK:
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


# ---------------------------------------------------------------------------
# prepare: validate, parse, name; nothing written
# ---------------------------------------------------------------------------


@dataclass
class Prepared:
    """An article checked and ready to save, with the preview the UI shows first."""

    article: Article  # parsed from exactly the bytes save() will write
    front_matter: dict[str, str]  # title, publisher, published, url (strings, maybe empty)
    article_id: str
    filename: str  # <article_id><ext>: the only name that reaches the file system
    content: str  # the file to write: front matter + the original decoded body
    figures: list[dict]  # preview rows in the figures schema
    content_hash: str
    display_name: str  # the user's file name as display text; escape it in HTML all the same
    duplicate_of: str | None = None
    warnings: list[str] = field(default_factory=list)
    extraction_error: str = ""  # "extraction failed (ValueError: ...)": kept, but with no figures


def _parse(data: bytes, name: str, suffix: str, article_id: str, path: str = "", limit: int | None = None) -> Article:
    """articles.parse_article with every failure turned into an ArticleError."""
    try:
        return articles.parse_article(data, name, suffix, article_id, path, limit)
    except ArticleError:
        raise
    except RecursionError:
        raise ArticleError(f"{name}: the markup is nested too deeply to read") from None
    except MemoryError:
        raise ArticleError(f"{name}: too large to read in memory") from None
    except Exception as exc:  # noqa: BLE001 - a parser bug must reach the user as a message, not a traceback
        raise ArticleError(f"{name}: could not read this file ({type(exc).__name__})") from None


def _clean_value(value: str, max_chars: int = 500) -> str:
    """A metadata value on one line, without control or bidi-override characters."""
    value = "".join(" " if unicodedata.category(ch) == "Cc" or ch in BIDI else ch for ch in str(value))
    return " ".join(value.split())[:max_chars]


def is_http_url(url: str) -> bool:
    """A well-formed http(s) address without credentials or hidden characters (:func:`articles.url_problem`)."""
    return articles.url_problem(url) is None


def render(front: dict[str, str], body: str) -> str:
    """The stored file: YAML front matter (safe_dump: quotes, colons, ``#`` stay data) then the body."""
    head = yaml.safe_dump({k: front.get(k, "") for k in META_KEYS}, sort_keys=False, allow_unicode=True,
                          default_flow_style=False, width=1_000_000)
    return f"---\n{head}---\n{body}"


def prepare(data: bytes, filename: str, *, title: str = "", publisher: str = "", published: str = "", url: str = "",
            limit: int | None = None, root: Path | None = None) -> Prepared:
    """Check and parse one article without writing anything; raise ArticleError when it is unusable.

    ``title``, ``publisher``, ``published`` and ``url`` override the file's own metadata.
    ``root`` is the data folder checked for clashes and duplicates (default :func:`dashboard.paths.data_dir`).
    """
    name = display_name(filename)
    limit = limit or articles.max_bytes()
    articles.check_size(len(data), name, limit)
    suffix = suffix_of(filename)
    if suffix not in SUFFIXES:
        raise ArticleError(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .md or .html")
    text, warnings = articles.decode(data, name)
    if suffix in (".html", ".htm"):  # only HTML meets a parser; .txt and .md are text, whatever they quote
        check_markup(text, name)
    first = _parse(data, name, suffix, "preview", limit=limit)
    warnings = list(dict.fromkeys(warnings + first.warnings))

    front = {"title": _clean_value(title or first.title), "publisher": _clean_value(publisher or first.publisher)}
    if published:
        day = articles.parse_date(published)
        if day is None:
            raise ArticleError(f"{name}: published {display_name(published, 40)!r} is not a date; use YYYY-MM-DD")
        front["published"] = day.isoformat()
    else:
        front["published"] = first.published_iso
    # The source: the address the user typed or the page was fetched from, else the file's own
    # metadata, which parse_article has already checked the same way (and dropped with a warning).
    problem = articles.url_problem(url.strip()) if url else None
    if problem:
        raise ArticleError(f"{name}: url {display_name(url, 60)!r} {problem}; give an http(s) address")
    front["url"] = url.strip() if url else first.url
    if front["url"] and not is_http_url(front["url"]):  # parse_article checked it: this is a second line of defence
        warnings.append(f"url {display_name(front['url'], 60)!r} is not a usable http(s) address; dropped")
        front["url"] = ""

    _, body = articles.split_front_matter(text, name)
    content = render(front, body)
    encoded = content.encode("utf-8")
    if len(encoded) > articles.max_bytes():
        raise ArticleError(f"{name}: stored as UTF-8 it would be {len(encoded):,} bytes, over the library's "
                           f"{articles.max_bytes():,}-byte limit for one article")
    ext = ".html" if suffix == ".htm" else suffix
    folder = _articles_folder(root)
    article_id = unique_id(make_article_id(front, filename), folder, ext)
    # Parse what will be stored, so the preview is exactly what the loader will read back.
    article = _parse(encoded, name, ext, article_id, str(folder / f"{article_id}{ext}"), limit=len(encoded))
    # The clean text is not checked for markup: every screen shows it escaped, as text, so an
    # article about a hack may quote "<script>" (check_clean_text is kept for callers that want it).
    digest = content_hash(article.text)
    extraction_error = ""
    try:
        rows = figure_rows(article, extract_article(article))
    except Exception as exc:  # noqa: BLE001 - the loader tolerates this too; the article is still worth keeping
        rows = []
        extraction_error = extraction_failure(exc)
        warnings.append(f"figure {extraction_error}; the article is kept without figures")
    duplicate_of = library_index(folder).get(digest) if folder.is_dir() else None
    return Prepared(article=article, front_matter=front, article_id=article_id, filename=f"{article_id}{ext}",
                    content=content, figures=rows, content_hash=digest, display_name=name,
                    duplicate_of=duplicate_of, warnings=warnings, extraction_error=extraction_error)


# ---------------------------------------------------------------------------
# save: atomic, never over an existing file, nothing left behind on failure
# ---------------------------------------------------------------------------


def save(prepared: Prepared, *, data: Path | None = None) -> Path:
    """Write a prepared article to ``<data>/articles/<id>.<ext>``; return the path.

    Duplicates and id clashes are checked again here, under a lock, because the library may
    have changed since :func:`prepare` (another upload in the same batch, another session).
    """
    name = prepared.display_name
    try:
        folder = articles_dir(data)
    except OSError as exc:
        raise ArticleError(f"{name}: cannot create the articles folder ({exc.strerror or exc})") from None
    ext = Path(prepared.filename).suffix
    encoded = prepared.content.encode("utf-8")
    # The thread lock covers this process; the folder lock other processes (two `add` runs, two
    # app servers). create_exclusively never replaces a file even where folders cannot be locked:
    # a name taken in between sends us on to the next free one.
    with _INDEX_LOCK, paths.folder_lock(folder):
        existing = library_index(folder).get(prepared.content_hash)
        if existing:
            raise ArticleError(f"{name}: already in the library as {existing}")
        tried: list[str] = []
        while True:
            article_id = unique_id(prepared.article_id, folder, ext, tried)
            target = folder / f"{article_id}{ext}"
            try:
                paths.create_exclusively(target, encoded)
                st = target.stat()
            except FileExistsError:
                tried.append(article_id)
                if len(tried) >= 1000:
                    raise ArticleError(f"{name}: no free name for {prepared.article_id}{ext} after 1,000 tries") from None
                continue
            except OSError as exc:
                raise ArticleError(f"{name}: cannot write {target.name} ({exc.strerror or exc})") from None
            break
        _INDEX[str(target.resolve())] = (st.st_mtime_ns, st.st_size, prepared.content_hash)
    return target


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
