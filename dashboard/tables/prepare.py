"""One article checked, named and written: :func:`prepare` (nothing written) and :func:`save` (atomic).

In: bytes and a user's file name (and optional title, publisher, date, url). Out: a
:class:`Prepared` record (the parsed article, its front matter, the id it will be stored under,
a preview of its figures, whether the library already holds the same text); :func:`save` turns
it into ``<data>/articles/<id>.<ext>``. Nothing the user names reaches the file system: the
stored name is a generated slug, the uploaded name only display text. Every refusal is an
:class:`~dashboard.ingest.articles.ArticleError` naming the item and saying why.
Batches, uploads and URLs: :mod:`dashboard.tables.library`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dashboard import paths
from dashboard.ingest import articles
from dashboard.ingest.articles import META_KEYS, SUFFIXES, Article, ArticleError, display_name
from dashboard.ingest.files import BIDI, check_markup, make_article_id, suffix_of, unique_id
from dashboard.tables.duplicates import INDEX_LOCK, content_hash, library_index, remember
from dashboard.tables.frames import extract_article, extraction_failure, figure_rows


def _articles_folder(data: Path | None) -> Path:
    return paths.articles_dir(Path(data) if data is not None else None)


def articles_dir(data: Path | None = None) -> Path:
    """``<data>/articles``, created when missing."""
    folder = _articles_folder(data)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
    return articles.url_problem(url, public=True) is None


def render(front: dict[str, str], body: str) -> str:
    """The stored file: YAML front matter (safe_dump: quotes, colons, ``#`` stay data) then the body."""
    head = yaml.safe_dump({k: front.get(k, "") for k in META_KEYS}, sort_keys=False, allow_unicode=True,
                          default_flow_style=False, width=1_000_000)
    return f"---\n{head}---\n{body}"


TITLE_WORDS = 10  # an untitled paste is named by its first words, as a reader would quote it


def paste_title(body: str) -> str:
    r"""A title for pasted text that came without one, so the library lists it by what it says, not as 'pasted'.

    A short first line followed by more paragraphs is the headline pasted with the story (the loader drops it
    from the body as a repeated headline). Otherwise the first words, with an ellipsis when cut; never a whole
    paragraph on its own, which the loader would drop and leave no text.

    >>> paste_title("Norway sends troops\n\nNorway deployed 300 troops to Lithuania in 2024.")
    'Norway sends troops'
    >>> paste_title("Norway deployed 300 troops to Lithuania in 2024, its ministry said on Monday after a vote.")
    'Norway deployed 300 troops to Lithuania in 2024, its ministry…'
    >>> paste_title("Norway deployed 300 troops.")
    'Pasted: Norway deployed 300 troops.'
    """
    blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n")) if b.strip()]  # as the loader
    # splits paragraphs
    if not blocks:
        return ""
    first = " ".join(blocks[0].split())
    if len(blocks) > 1 and "\n" not in blocks[0] and len(first) <= 150 and not first.endswith((".", ":", ";", ",")):
        return first
    words = first.split()
    short = " ".join(words[:TITLE_WORDS])
    if len(words) > TITLE_WORDS:
        return short.rstrip(",;:") + "\u2026"
    return "Pasted: " + short


def prepare(data: bytes, filename: str, *, title: str = "", publisher: str = "", published: str = "", url: str = "",
            limit: int | None = None, root: Path | None = None, pasted: bool = False, default_publisher: str = "",
            default_published: str = "") -> Prepared:
    """Check and parse one article without writing anything; raise ArticleError when it is unusable.

    ``title``, ``publisher``, ``published`` and ``url`` override the file's own metadata; ``default_publisher`` and
    ``default_published`` only fill in what the file does not state (an uploaded page with no date gave figures no
    year: a browser audit).
    ``root`` is the data folder checked for clashes and duplicates (default :func:`dashboard.paths.data_dir`).
    ``pasted``: text a user pasted, all of it article text. A block that looks like the library's own header
    ("---", "title: ...", "---") stays in the text instead of setting the title, publisher and date unasked, and
    an untitled paste is named by :func:`paste_title`.
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
    if pasted:  # an empty header of our own first: whatever the paste starts with is read as text
        text = render({}, text)
        data = text.encode("utf-8")
    first = _parse(data, name, suffix, "preview", limit=limit)
    warnings = list(dict.fromkeys(warnings + first.warnings))

    _, body = articles.split_front_matter(text, name)
    derived = paste_title(first.text) if pasted and not (title or first.title) else ""  # (debris lines gone)
    front = {"title": _clean_value(title or first.title or derived),
             "publisher": _clean_value(publisher or first.publisher or default_publisher)}
    published = published or ("" if first.published_iso else default_published)
    if published:
        day = articles.parse_date(published)
        if day is None:
            raise ArticleError(f"{name}: published {display_name(published, 40)!r} is not a date; use YYYY-MM-DD")
        front["published"] = day.isoformat()
    else:
        front["published"] = first.published_iso
    # The source: the address the user typed or the page was fetched from, else the file's own
    # metadata, which parse_article has already checked the same way (and dropped with a warning).
    problem = articles.url_problem(url.strip(), public=True) if url else None
    if problem:
        raise ArticleError(f"{name}: url {display_name(url, 60)!r} {problem}; give an http(s) address")
    front["url"] = url.strip() if url else first.url
    if front["url"] and not is_http_url(front["url"]):  # parse_article checked it: this is a second line of defence
        warnings.append(f"url {display_name(front['url'], 60)!r} is not a usable http(s) address; dropped")
        front["url"] = ""

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
    with INDEX_LOCK, paths.folder_lock(folder):
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
        remember(target, st, prepared.content_hash)
    return target

