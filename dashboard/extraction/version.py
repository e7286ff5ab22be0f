"""The extractor's version: a label plus a hash of everything the rules are made of.

The figure store (``dashboard.tables.store``) keeps each article's figures under this version, so
any edit to a rule module, a vocab file or a country table gives a new version and the store
re-extracts: no number to bump by hand, none to forget. ``RULES_LABEL`` is for changes the
hash cannot see (a new dependency's behaviour, say); bumping it is rarely needed.

    >>> len(extractor_version()) > len(RULES_LABEL)
    True
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from dashboard.extraction import countries, reference_series

RULES_LABEL = "rules-1"
PACKAGE_DIR = Path(__file__).resolve().parent
# Data the rules read from outside this package (the country tables and the reference series in the data folder).
# (country_points.csv is left out: it places map lines and changes no figure.)
# The figure store keeps whole rows, so the code that turns figures into rows (provenance, dollar values, citations)
# counts too: a change there (the day an undated article's money is converted on) must reach stored rows.
ROW_FILES = (*(PACKAGE_DIR.parent / "tables" / name for name in ("rows.py", "citations.py")), PACKAGE_DIR.parent / "rates.py")
EXTERNAL_FILES = (countries.COUNTRIES_FILE, countries.ALIASES_FILE, countries.NOT_COUNTRIES_FILE, reference_series.REFERENCE_FILE,
                  *ROW_FILES)


def rule_files() -> list[Path]:
    """Every file the extractor's behaviour depends on: this package's modules and vocab, and the
    country tables, in a fixed order."""
    own = [p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts
           and p.suffix not in (".pyc", ".pyo")]
    return sorted(own) + [Path(p) for p in EXTERNAL_FILES]


def files_digest(files: list[Path], root: Path) -> str:
    """sha256 over each file's path (relative to ``root`` when inside it) and bytes; a missing file counts."""
    h = hashlib.sha256()
    for path in files:
        try:
            name = path.relative_to(root).as_posix()
        except ValueError:
            name = path.name
        h.update(name.encode("utf-8") + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<missing>")
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """``rules-1+<16 hex digits>``: the label and a digest of :func:`rule_files` (read once per process)."""
    return f"{RULES_LABEL}+{files_digest(rule_files(), PACKAGE_DIR.parent.parent)[:16]}"
