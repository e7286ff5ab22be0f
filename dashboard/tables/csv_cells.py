"""CSV cells without pandas: the formula guard, numbers as plain decimal text, and the writer.

``export`` writes frames with these; the CLI's CSV output writes rows with them directly
(``figures_csv``), so both say every cell the same way.

Spreadsheets execute a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some treat a
leading tab or carriage return the same way). Article text is untrusted, so every *text* cell
that starts with one of those gets a leading apostrophe. Numeric columns stay numbers: a
budget change of -5 is written as -5, not '-5.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TextIO

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Characters that reorder the text around them: in a spreadsheet cell a right-to-left override can make "005,82"
# read as "28,500". The app shows them as visible escapes (passages.visible_controls); so does the CSV.
_BIDI_RE = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def text_cell(v: str) -> str:
    """A text cell as the CSV writes it: a formula-looking start gets an apostrophe, and a bidi control becomes a
    visible escape (a browser audit found a right-to-left override raw in the passage and citation cells).

    >>> text_cell("=1+1"), text_cell("ok"), text_cell("photo\u202egpj.txt")
    ("'=1+1", 'ok', 'photo\\\\u202egpj.txt')
    """
    if not v.isascii() and _BIDI_RE.search(v):
        v = _BIDI_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", v)
    return "'" + v if v.startswith(FORMULA_PREFIXES) else v


def neutralise(cell: object) -> object:
    """Prefix a text cell that a spreadsheet would treat as a formula (and show bidi controls: :func:`text_cell`).

    >>> neutralise("=HYPERLINK(1)"), neutralise("-5"), neutralise(-5), neutralise("ok")
    ("'=HYPERLINK(1)", "'-5", -5, 'ok')
    """
    return text_cell(cell) if isinstance(cell, str) else cell


def number_text(x: float) -> str:
    """A float as plain decimal text: the shortest that reads back exactly, never an exponent.

    Whole numbers have no ``.0``. ``float(x)`` first: numpy 2's repr of its own floats is
    ``np.float64(8.2)``, which is what every non-whole cell used to say.

    >>> [number_text(v) for v in (28500.0, 66.3e12, 8.2, -4.2, 1e20, 1e-7)]
    ['28500', '66300000000000', '8.2', '-4.2', '100000000000000000000', '0.0000001']
    """
    x = float(x)
    if math.isnan(x):
        return ""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    text = repr(x)  # the shortest exact digits
    if "e" in text:
        text = format(Decimal(text), "f")  # written out in full
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The CSV text of a header and rows of cells already written as text (``\\n`` line ends)."""
    buffer = io.StringIO()
    write_csv(buffer, header, rows)
    return buffer.getvalue()


def write_csv(fh: TextIO, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """:func:`csv_text` written to ``fh`` as it is made (a 10,000-article table is ~130 MB of text)."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
