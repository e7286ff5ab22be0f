"""The article library: files in a folder, each read into an Article with a clean text.

Files are the source of truth (``data/articles/*.md|txt|html``). A file may open with YAML
front matter (title, publisher, published, url). Reading never trusts the bytes: size is
checked before parsing, binary and compressed files are refused, text encodings are detected,
and every refusal is an :class:`ArticleError` with a message a user can act on.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from dashboard.ingest.cleaning import clean_html, clean_plain_text
from dashboard.ingest.errors import ArticleError

SUFFIXES = (".md", ".txt", ".html", ".htm")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def display_name(name: str, limit: int = 100) -> str:
    """A user-supplied name as safe display text: invisible and control characters shown as escapes.

    >>> display_name("photo\\u202egpj.txt")
    'photo\\\\u202egpj.txt'
    """
    name = str(name)
    if len(name) > 4 * limit:  # escaping only lengthens: the two ends are all that can be shown
        name = name[: 2 * limit] + name[-2 * limit:]
    shown = "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch)[0] == "C" else ch
                    for ch in name)
    if len(shown) > limit:  # keep both ends: a path's file name is at its end
        head = limit // 3
        shown = shown[:head] + "\u2026" + shown[-(limit - head - 1):]
    return shown or "(unnamed)"


def article_suffix(name: str) -> str:
    """The file type of a name, one rule for every way in (``extract``, ``add``, the upload page, the loader).

    The last component of the name (``/`` or ``\\`` separated), trailing dots and spaces dropped
    (Windows ignores them), then everything from its last dot, lower-cased. Names made only of
    dots before the suffix count like any other: ``...txt`` and ``.txt`` are text files.

    >>> [article_suffix(n) for n in ("a.TXT", "...txt", ".txt", "x.txt. ", "README", "a/b.md", "c.tar.gz")]
    ['.txt', '.txt', '.txt', '.txt', '', '.md', '.gz']
    """
    base = re.split(r"[\\/]", str(name))[-1].strip().rstrip(". ")
    dot = base.rfind(".")
    return base[dot:].lower() if dot >= 0 and dot < len(base) - 1 else ""


def article_stem(name: str) -> str:
    """The name without its directory and :func:`article_suffix` (``"...txt"`` -> ``".."``)."""
    base = re.split(r"[\\/]", str(name))[-1].strip().rstrip(". ")
    suffix = article_suffix(base)
    return base[: len(base) - len(suffix)] if suffix else base


def check_size(size: int, name: str, limit: int | None = None) -> None:
    """ArticleError when ``size`` bytes are over the limit for one article: the one place that says so.

    >>> check_size(10, "a.txt", limit=5)
    Traceback (most recent call last):
    dashboard.ingest.errors.ArticleError: a.txt: 10 bytes is over the 5-byte limit for one article
    """
    limit = limit or max_bytes()
    if size > limit:
        raise ArticleError(f"{name}: {size:,} bytes is over the {limit:,}-byte limit for one article")


def max_bytes() -> int:
    """The size limit for one article, from DEFENSE_MAX_ARTICLE_BYTES (default 5 MB)."""
    raw = os.environ.get("DEFENSE_MAX_ARTICLE_BYTES", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_BYTES


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


# ---------------------------------------------------------------------------
# Bytes -> str
# ---------------------------------------------------------------------------


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


_BOMS = (  # longest first: a UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"), (b"\xfe\xff", "utf-16", "UTF-16"),
)


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode article bytes; refuse what is not text. Returns (text, warnings).

    UTF-8 (with or without BOM), and UTF-32 or UTF-16 with a BOM, are read as such; other bytes
    that are valid Windows-1252 are read as that (with a warning); anything else is refused.
    Whatever the encoding, a text holding NUL or many control characters is refused the same way.
    """
    warnings: list[str] = []
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    if data[:2] == b"\x1f\x8b":
        raise ArticleError(f"{name}: this is a gzip-compressed file, not an article; decompress it first")
    if data[:4] in (b"PK\x03\x04", b"%PDF") or data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        raise ArticleError(f"{name}: this is a binary file (zip, PDF or image), not a text article")
    bom = next(((codec, label) for mark, codec, label in _BOMS if data.startswith(mark)), None)
    if bom is not None:
        codec, label = bom
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{name}: starts like {label} but is not valid {label} ({exc.reason})") from None
        warnings.append(f"read as {label}")
        if not text.strip():
            raise ArticleError(f"{name}: the file is empty")
    else:
        if data[:3] == b"\xef\xbb\xbf":
            data = data[3:]
        if b"\x00" in data:
            raise ArticleError(f"{name}: contains NUL bytes: a binary file, not a text article")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                warnings.append("not valid UTF-8; read as Windows-1252")
            except UnicodeDecodeError:
                bad = data.decode("utf-8", errors="replace").count("\ufffd")
                raise ArticleError(f"{name}: not valid UTF-8 ({bad} undecodable byte sequences); "
                                   "save it as UTF-8 and try again") from None
    if "\x00" in text:
        raise ArticleError(f"{name}: contains NUL characters: a binary file, not a text article")
    controls = len(_CONTROL_RE.findall(text, 0, 20000))
    if controls > max(10, len(text[:20000]) // 100):
        raise ArticleError(f"{name}: looks binary ({controls} control characters), not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


# ---------------------------------------------------------------------------
# Front matter and metadata
# ---------------------------------------------------------------------------

_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
META_KEYS = ("title", "publisher", "published", "url")


_OPENING_RE = re.compile(r"\A---[ \t]*(?:\n|\Z)")
_YAML_REFERENCE_TOKENS = (yaml.TagToken, yaml.AnchorToken, yaml.AliasToken)


def read_front_matter(text: str, name: str) -> tuple[dict[str, str], str, list[str]]:
    """(metadata, body, warnings) of a text that may open with YAML front matter.

    Only plain ``key: value`` front matter is read. A block that is not, because it is never
    closed, is not valid YAML, uses YAML tags (``!!python/object``), anchors or aliases (the
    "billion laughs" of YAML), is not a mapping, or gives title, publisher, published or url as
    a list or mapping, is not half-read: none of it becomes metadata, the whole file is the
    article's text, and a warning says why. Metadata values are strings; unknown keys are ignored.
    """
    m = _FRONT_RE.match(text)
    if not m:
        if _OPENING_RE.match(text):
            return {}, text, ["the file opens with a '---' line but the front matter is never closed by another "
                              "'---' line; no title, publisher, date or url was read from it, and it is kept as "
                              "part of the article text"]
        return {}, text, []
    simple = _simple_front_matter(m.group(1))
    if simple is not None:
        return simple, text[m.end():], []
    problem = _yaml_front_matter_problem(m.group(1))
    if isinstance(problem, dict):
        return problem, text[m.end():], []
    return {}, text, [f"the front matter between the '---' lines {problem}; no title, publisher, date or url was "
                      "read from it, and it is kept as part of the article text"]


def _yaml_front_matter_problem(block: str) -> dict[str, str] | str:
    """The metadata of a front matter block, or why it is not plain ``key: value`` YAML."""
    try:
        for token in yaml.scan(block, Loader=yaml.BaseLoader):
            if isinstance(token, _YAML_REFERENCE_TOKENS):
                kind = {yaml.TagToken: "tags", yaml.AnchorToken: "anchors", yaml.AliasToken: "aliases"}[type(token)]
                return f"uses YAML {kind} (line {token.start_mark.line + 2}), which are not read"
        # BaseLoader: every scalar is a string; no tags, no object construction.
        meta = yaml.load(block, Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader is safe
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        return "is not valid YAML" + (f" (line {line + 2})" if line is not None else "")
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        return "is not 'key: value' lines"
    odd = [k for k in META_KEYS if k in meta and not isinstance(meta[k], str)]
    if odd:
        return f"gives {', '.join(odd)} as a list or mapping, not a single value"
    return {k: str(meta[k]).strip() for k in META_KEYS if k in meta}


def split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """(metadata, body): :func:`read_front_matter` without its warnings."""
    meta, body, _ = read_front_matter(text, name)
    return meta, body


_SIMPLE_LINE_RE = re.compile(r"([A-Za-z_]+):[ \t]*(.*?)[ \t]*")


def _simple_front_matter(block: str) -> dict[str, str] | None:
    """Fast path for the common case: plain ``key: value`` lines (unquoted, or quoted without escapes).

    Returns None whenever a line needs a real YAML parser (escapes, block scalars, lists...), so
    the result is always what yaml's BaseLoader would give.
    """
    out: dict[str, str] = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _SIMPLE_LINE_RE.fullmatch(line)
        if not m:
            return None
        key, value = m.groups()
        if value[:1] == '"' and value.endswith('"') and len(value) > 1 and "\\" not in value and '"' not in value[1:-1]:
            value = value[1:-1]
        elif value[:1] == "'" and value.endswith("'") and len(value) > 1 and "'" not in value[1:-1]:
            value = value[1:-1]
        elif value[:1] in "\"'[{&*!|>%@`" or ": " in value or " #" in value or value.endswith(":"):
            return None
        if key in out:
            return None
        out[key] = value
    return {k: out[k].strip() for k in META_KEYS if k in out}


def parse_date(value: str | None, partial: bool = False) -> date | None:
    """An ISO date (or its first 10 characters); None when empty or malformed. The one date parser.

    ``partial`` also reads "2018-03" and "2018" as the first day of that month or year (labelled sets date
    some passages only so far; good enough for year arithmetic, not for showing as a date).

    >>> parse_date("2025-11-03"), parse_date("2018-03"), parse_date("2018-03", partial=True), parse_date("x")
    (datetime.date(2025, 11, 3), None, datetime.date(2018, 3, 1), None)
    """
    value = (value or "").strip()[:10]
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    if partial and re.fullmatch(r"\d{4}(?:-\d{1,2})?", value):
        year, _, month = value.partition("-")
        try:
            return date(int(year), int(month or 1), 1)
        except ValueError:
            return None
    return None


# ---------------------------------------------------------------------------
# Source addresses
# ---------------------------------------------------------------------------

_URL_BAD_CHARS_RE = re.compile(r"[\s\x00-\x1f\x7f\\]|[\u0080-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_HOST_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?)*\.?")
MAX_URL_CHARS = 2000


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an article's source address, or None when it can.

    A source is an absolute http or https address with a well-formed host (a name, an IPv4
    address or a bracketed IPv6 address), a valid port, no user name or password (which would
    make ``https://trusted.example@evil.example/`` read as the trusted site), no spaces,
    backslashes, control or invisible characters, and at most 2,000 characters.

    >>> url_problem("https://example.test/a?b=1#c") is None
    True
    >>> url_problem("https://user:pw@example.test/")
    'has a user name or password in it'
    """
    from urllib.parse import urlsplit

    url = str(url)
    if len(url) > MAX_URL_CHARS:
        return f"is longer than {MAX_URL_CHARS:,} characters"
    if _URL_BAD_CHARS_RE.search(url):
        return "has spaces, backslashes, control or invisible characters in it"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "is not a well-formed address"
    if parts.scheme.lower() not in ("http", "https"):
        return "is not an http(s) address"
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "has a user name or password in it"
    host = parts.hostname or ""
    if not host:
        return "has no host name"
    if port == 0:
        return "is not a well-formed address (port 0)"
    if parts.netloc.startswith("["):
        import ipaddress

        try:
            ipaddress.IPv6Address(host.split("%")[0])
        except ValueError:
            return "is not a well-formed address (bad IPv6 address)"
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return "is not a well-formed address (bad host name)"
    if not _HOST_RE.fullmatch(ascii_host) or len(ascii_host) > 253:
        return "is not a well-formed address (bad host name)"
    return None


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def safe_article_id(stem: str) -> str:
    """A file-system and URL safe id from a file stem (letters, digits, dot, dash, underscore)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:120]
    return slug or "article"


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
        problem = url_problem(meta["url"])
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
