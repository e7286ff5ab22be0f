"""Bytes to text: the size limit for one article, refusals of what is not text, encoding detection.

In: an article's raw bytes (or only their size) and the name to put in messages.
Out: the text with ``\\n`` line ends and warnings about how it was read, or an :class:`ArticleError`
a user can act on (too big, empty, compressed, binary, an encoding that does not decode).
"""

from __future__ import annotations

import os
import re

from dashboard.ingest.errors import ArticleError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


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
