"""Turkish numerals the word-by-word gloss needs help with, each rewritten to the same length (the gloss maps
characters one for one): the percent word stands before its number ("yüzde 2,13": 2.13 percent), and thousands,
millions and billions are said in words between digits ("455 bin 900": 455,900; "2 milyon 485 bin": 2,485 thousand;
"1 trilyon 608 milyar": 1,608 billion). The text comes folded (fold: ü -> u, ş -> s; the dotless ı stays).

>>> turkish_numerals("yuzde 2,13 olan")
'     2,13% olan'
>>> turkish_numerals("455 bin 900 olan asker")
'455,900     olan asker'
>>> turkish_numerals("2 milyon 485 bin yedek")
'2,485        bin yedek'
"""

from __future__ import annotations

import re

# "yüzde 2", "yüzde 1,36'dan", "%2" is already the other way round
_PERCENT_BEFORE_RE = re.compile(r"\byuzde\s+(?P<n>\d+(?:[.,]\d+)?)(?![\d])", re.I)
# a larger unit, then the rest in the next unit down: "455 bin 900", "2 milyon 485 bin", "1 trilyon 608 milyar"
_COMPOUND_RE = re.compile(r"(?<![\d.,])(?P<a>\d{1,3})\s+(?:(?P<unit>milyon|milyar|trilyon)\s+(?P<b>\d{1,3})(?=\s+(?P<tail>bin|milyon|milyar)\b)"
                          r"|bin\s+(?P<c>\d{1,3})(?![\d.,]))")
_NEXT_UNIT = {"trilyon": "milyar", "milyar": "milyon", "milyon": "bin"}


def _compound(m: re.Match) -> str:
    """"455 bin 900": 455,900; "2 milyon 485" before " bin": 2,485 (thousand); "2 milyon 485 milyar" is not one number."""
    if m.group("c") is None and _NEXT_UNIT[m.group("unit")] != m.group("tail"):
        return m.group(0)
    return f"{m.group('a')},{int(m.group('c') or m.group('b')):03d}".ljust(len(m.group(0)))


def turkish_numerals(folded: str) -> str:
    """``folded`` with its percents and compound numerals written the English way, at the same length."""
    folded = _PERCENT_BEFORE_RE.sub(lambda m: f"{m.group('n')}%".rjust(len(m.group(0))), folded)  # (the digits one place
    # to the left, where the space was, and the sign on the number's last place: its span stays on the number)
    return _COMPOUND_RE.sub(_compound, folded)
