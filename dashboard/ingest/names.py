"""Names of article files: what a user typed becomes display text, a file type, a stem and a safe id.

In: a file name or any user-supplied name (possibly with a path, odd dots, invisible characters).
Out: strings: the name as safe display text, its suffix (``.txt``), its stem, an id safe for the
file system and URLs. One rule for every way in (``extract``, ``add``, the upload page, the loader).
"""

from __future__ import annotations

import re
import unicodedata


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


def safe_article_id(stem: str) -> str:
    """A file-system and URL safe id from a file stem (letters, digits, dot, dash, underscore)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:120]
    return slug or "article"
