"""Article files: the id an article is stored under (a safe ASCII slug, never the user's name) and the
checks on markup and text before anything is parsed or stored."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from dashboard.ingest.errors import ArticleError
from dashboard.ingest.frontmatter import parse_date
from dashboard.ingest.names import article_stem, article_suffix, display_name, safe_article_id

MAX_NESTING = 1000  # far above real pages (libxml2 itself stops at 256), far below Python's recursion limit
MAX_ID_CHARS = 80


# ---------------------------------------------------------------------------
# Names: display text for messages, generated slugs for the file system
# ---------------------------------------------------------------------------

BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_STOPWORDS = {"a", "an", "the", "of", "for", "to", "in", "on", "at", "and", "or", "with", "amid", "as", "by", "from"}


def basename(filename: str) -> str:
    """The last component of a name given with / or \\ separators; invisible characters become spaces."""
    base = re.split(r"[\\/]", str(filename))[-1]
    base = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in base)
    return base.strip().rstrip(". ")  # Windows ignores trailing dots and spaces: "x.txt." is x.txt


def suffix_of(filename: str) -> str:
    """The file type, by the one rule the loader and ``extract`` use too (:func:`names.article_suffix`)."""
    return article_suffix(basename(filename))


def _words(text: str) -> list[str]:
    """Lower-case ASCII words of a text: accents folded, "U.S." -> "us", everything else a separator."""
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = re.sub(r"(?<=\w)['\u2019.](?=\w)|(?<=\d),(?=\d)", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.findall(r"[a-z0-9]+", text)


def _join(words: list[str], max_chars: int) -> str:
    """Words joined by dashes, as many as fit in max_chars (a single long word is cut)."""
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_chars:
            return out or word[:max_chars]
        out = candidate
    return out


def make_article_id(front: dict[str, str], filename: str) -> str:
    """``YYYY-MM-DD-<publisher>-<title words>``, or a slug of the file's stem when there is no title.

    >>> make_article_id({"title": "U.S. troops: 28,500 stay", "publisher": "Econo Times",
    ...                  "published": "2025-11-03"}, "x.txt")
    '2025-11-03-econo-times-us-troops-28500-stay'
    >>> make_article_id({}, "../../\\u202eCON.txt")
    'article-con'
    """
    title = [w for w in _words(front.get("title", "")) if w not in _STOPWORDS]
    if title:
        published = parse_date(front.get("published", ""))
        parts = [published.isoformat()] if published else []
        publisher = _join(_words(front.get("publisher", "")), 24)
        parts += [publisher] if publisher else []
        head = "-".join(parts)
        slug = "-".join([*parts, _join(title, MAX_ID_CHARS - len(head) - 1)]) if head else _join(title, MAX_ID_CHARS)
    else:
        slug = _join(_words(article_stem(basename(filename))), MAX_ID_CHARS)
    slug = slug.strip("-") or "article"
    return f"article-{slug}" if slug in _RESERVED else slug


def unique_id(base: str, folder: Path, ext: str, taken: Iterable[str] = ()) -> str:
    """``base``, or ``base-2``, ``base-3``... when an article with that id (any suffix) exists."""
    taken = {t.lower() for t in taken}
    if folder.is_dir():
        taken |= {safe_article_id(article_stem(p.name)).lower() for p in folder.iterdir()}
    candidate, n = base, 1
    while candidate.lower() in taken or os.path.lexists(folder / f"{candidate}{ext}"):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# ---------------------------------------------------------------------------
# Checks articles.py does not make: markup that attacks parsers or browsers
# ---------------------------------------------------------------------------

_ENTITY_RE = re.compile(r"<!\s*ENTITY\b", re.IGNORECASE)
# Possessive quantifiers (*+) and stopping at "<": every pattern here is linear, even on 5 MB of "<<<<".
_DOCTYPE_SUBSET_RE = re.compile(r"<!\s*+DOCTYPE\b[^<>\[]*+\[", re.IGNORECASE)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)[^<>]*+>")
# Elements that never enclose others (void) or whose end tag is optional: not counted as nesting.
_FLAT_TAGS = set(
    "area base br col embed hr img input link meta param source track wbr keygen command basefont frame isindex "
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body".split()
)
_ACTIVE_MARKUP_RE = re.compile(
    r"<\s*/?\s*(?:script|iframe|object|embed|frame|frameset|applet|style|svg|math|form|base|meta|link|img|video|"
    r"audio)\b|<[a-z][^<>]*?\son[a-z]++\s*+=|\]\(\s*+(?:javascript|vbscript|data)\s*+:",
    re.IGNORECASE,
)


def nesting_depth(text: str) -> int:
    """The deepest tag nesting in a text, counted in one linear pass (no parser involved).

    >>> nesting_depth("<div><div><p>x</p></div><br></div>")
    2
    """
    depth = deepest = 0
    for m in _TAG_RE.finditer(text):
        if m.group(2).lower() in _FLAT_TAGS or m.group(0).endswith("/>"):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def check_markup(text: str, name: str) -> None:
    """Refuse entity declarations and absurd nesting before any XML or HTML parser sees the text.

    An ``<!ENTITY`` can expand to gigabytes ("billion laughs") or pull in a local file
    (``SYSTEM "file:///etc/passwd"``); news articles never declare one. Nesting thousands of
    tags deep makes recursive tree walkers fail with RecursionError.
    """
    if _ENTITY_RE.search(text) or _DOCTYPE_SUBSET_RE.search(text):
        raise ArticleError(f"{name}: declares XML entities (<!DOCTYPE [...]> / <!ENTITY>), which can expand to "
                           "gigabytes or read local files; refused")
    depth = nesting_depth(text)
    if depth > MAX_NESTING:
        raise ArticleError(f"{name}: the markup is nested {depth:,} levels deep (the limit is {MAX_NESTING:,}); "
                           "this is not a news page")


def check_clean_text(text: str, name: str) -> None:
    """Refuse a clean text that still holds markup a browser would run (it is shown to users)."""
    m = _ACTIVE_MARKUP_RE.search(text)
    if m:
        raise ArticleError(f"{name}: the article text contains markup that could run in a browser "
                           f"({display_name(m.group(0), 30)!r}); if this is a web page, save it as .html so it is "
                           "cleaned")
