"""The article library: files in a folder, each read into an Article with a clean text.

In: article files (``data/articles/*.md|txt|html``, the source of truth) or one file's raw bytes.
Out: :class:`Article` records (clean text, title, publisher, date, url, warnings), or an
:class:`ArticleError` with a message a user can act on.

This module puts the steps together; each lives in its own module: ``names`` (file type, stem,
id), ``decoding`` (size limit, binary refusals, encodings), ``frontmatter`` (YAML metadata, dates),
``cleaning`` (HTML and page debris), ``urls`` (source addresses). Their names are importable from
here as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.ingest.cleaning import clean_html, clean_plain_text
from dashboard.ingest.decoding import DEFAULT_MAX_BYTES, check_size, decode, max_bytes
from dashboard.ingest.errors import ArticleError
from dashboard.ingest.frontmatter import META_KEYS, parse_date, read_front_matter, split_front_matter
from dashboard.ingest.names import article_stem, article_suffix, display_name, safe_article_id
from dashboard.ingest.urls import MAX_URL_CHARS, url_problem

SUFFIXES = (".md", ".txt", ".html", ".htm")


@dataclass
class Article:
    article_id: str
    text: str  # the clean text: what figures' offsets refer to
    title: str = ""
    publisher: str = ""
    published: date | None = None
    url: str = ""
    path: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def published_iso(self) -> str:
        return self.published.isoformat() if self.published else ""


def parse_article(data: bytes, name: str, suffix: str, article_id: str, path: str = "",
                  limit: int | None = None) -> Article:
    """Build an Article from raw bytes; raise ArticleError with a clear message when unusable."""
    check_size(len(data), name, limit)
    suffix = suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleError(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .md or .html")
    text, warnings = decode(data, name)
    meta, body, front_warnings = read_front_matter(text, name)
    warnings += front_warnings
    # Only .html/.htm is parsed as HTML: a .txt or .md article that quotes markup is text.
    if suffix in (".html", ".htm"):
        body, page_meta = clean_html(body, name)
        for key, value in page_meta.items():
            meta.setdefault(key, value)
    clean = clean_plain_text(body, meta.get("title", ""))
    if not clean.strip():
        raise ArticleError(f"{name}: no article text left after removing page debris")
    published = parse_date(meta.get("published", ""))
    if meta.get("published") and published is None:
        warnings.append(f"published date {meta['published']!r} is not an ISO date (YYYY-MM-DD); ignored")
    if meta.get("url"):
        problem = url_problem(meta["url"], public=True)
        if problem:
            shown = "".join(c if c.isprintable() else "\ufffd" for c in meta["url"][:80])
            warnings.append(f"source url {shown!r} from the file's metadata {problem}; dropped")
            meta["url"] = ""
    return Article(article_id=article_id, text=clean, title=meta.get("title", ""), publisher=meta.get("publisher", ""),
                   published=published, url=meta.get("url", ""), path=path, warnings=warnings)


def read_article(path: Path, limit: int | None = None) -> Article:
    """Read one article file."""
    path = Path(path)
    limit = limit or max_bytes()
    try:
        size = path.stat().st_size
        check_size(size, path.name, limit)
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from None
    return parse_article(data, path.name, article_suffix(path.name), safe_article_id(article_stem(path.name)), str(path),
                         limit)


def article_files(folder: Path) -> list[Path]:
    """Article files in a folder, sorted by name (hidden and temporary files skipped)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and article_suffix(p.name) in SUFFIXES and not p.name.startswith((".", "~")))


def read_folder(folder: Path) -> tuple[list[Article], list[str]]:
    """(articles, problems): every readable article, and one message per file that was not."""
    articles: list[Article] = []
    problems: list[str] = []
    for path in article_files(folder):
        try:
            articles.append(read_article(path))
        except ArticleError as exc:
            problems.append(str(exc))
    return articles, problems


# Names that lived here before the split, still imported from here by the cli, tables and tests
__all__ = ["DEFAULT_MAX_BYTES", "MAX_URL_CHARS", "META_KEYS", "SUFFIXES", "Article", "ArticleError", "article_files",
           "article_stem", "article_suffix", "check_size", "decode", "display_name", "max_bytes", "parse_article",
           "parse_date", "read_article", "read_folder", "read_front_matter", "safe_article_id", "split_front_matter",
           "url_problem"]
