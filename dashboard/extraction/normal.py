"""Normalisation: one character in, one character out, so offsets in the normalised text are offsets in
the article. Dashes, quotes, spaces, look-alike letters and invisible characters become plain ones."""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------------------
# Normalisation: one character in, one character out.
# ---------------------------------------------------------------------------


_CHAR_MAP: dict[int, str] = {}

for _cp in (0x00A0, 0x2007, 0x2009, 0x200A, 0x202F, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
            0x2008, 0x205F, 0x3000, 0x000B, 0x000C):
    _CHAR_MAP[_cp] = " "
for _cp in (0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xFF07):
    _CHAR_MAP[_cp] = "'"
for _cp in (0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xFF02):
    _CHAR_MAP[_cp] = '"'
for _cp in (0x2212, 0x2010, 0x2011, 0x2012, 0x2013, 0xFE63, 0xFF0D):
    _CHAR_MAP[_cp] = "-"
for _zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10):  # Arabic-Indic, Persian, Devanagari, Bengali, full-width
    for _d in range(10):
        _CHAR_MAP[_zero + _d] = str(_d)
_CHAR_MAP.update({0xFF0C: ",", 0xFF0E: ".", 0xFF05: "%", 0x066B: ".", 0x066C: ",", 0xFF04: "$", 0x060C: ",", 0x061B: ";", 0x066A: "%", 0x0964: ".", 0x0965: ".",
                  0x0130: "I", 0x212A: "K", 0x00AD: "-", 0x200B: " ", 0x200C: " ", 0x200D: " ",
                  0xFEFF: " ", 0x2060: " ", 0x2024: "."})  # (U+2024, one dot leader: Armenian sites' decimal point, "AMD 301" U+2024 "2 billion")
# Characters that would change length under str.lower() are mapped above (U+0130, U+212A).
# Latin letters with diacritics match as their base letter ("T\u00fcrkiye", "Vi\u1ec7t Nam", "BRAS\u00cdLIA").
for _cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
    _base = unicodedata.normalize("NFD", chr(_cp))[0]
    if _cp not in _CHAR_MAP and _base != chr(_cp) and _base.isascii() and _base.isalpha():
        _CHAR_MAP[_cp] = _base


# Invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen). Between words they read as a
# space (a soft hyphen as a hyphen); *inside a numeral* they become "_", which the scanner refuses like a
# literal "28_500": "28\u200b500" may be 28,500 or the 28 and 500 of a broken table, and no reading is certain.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


_INVISIBLE_ANY_RE = re.compile(f"[{_INVISIBLE}]")


_NUMERAL_SEPS = ",.\u066b\u066c\uff0c\uff0e"


_INVISIBLE_IN_NUMERAL_RE = re.compile(
    rf"(?<=\d)[{_INVISIBLE}]+(?=[{_NUMERAL_SEPS}]?\d)|(?<=\d[{_NUMERAL_SEPS}])[{_INVISIBLE}]+(?=\d)"
)


# A Swiss thousands separator: an apostrophe between a digit and a group of exactly three digits ("143’372")
_SWISS_GROUP_RE = re.compile(r"'(?<=\d')(?=\d{3}(?!\d))")  # (the apostrophe first: found at C speed)


# A citation marker glued to the word or figure it annotates ("28,500[1] troops", "troops.[12]") reads as
# spaces, so it neither hides the figure from the words after it nor glues two sentences together.
_CITATION_RE = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")


# A stray full stop after a year inside a sentence, as translated copy writes "2017 g." ("expenditure on defense in
# 2017. will be ..."): the next word in lower case shows the sentence goes on, so the stop reads as a space.
_STRAY_YEAR_STOP_RE = re.compile(r"\.(?<=(?<![\w.,])[12]\d{3}\.)(?=[ \t]+[a-z])")  # (the stop first: found at C speed)


# A decimal point or comma with a stray space after it, as scraped copy breaks a figure ("Rs 545. 3 billion", "10, 5 milliards de
# dollars", "$ 2, 56 billion"): after a currency sign or code, or before a scale word and "de", the digits close up (one character
# moved left, the space after them), so the figure reads whole; a year ("in 2012, 5 billion") has four digits and never matches
_SPLIT_DECIMAL_RE = re.compile(r"(?:(?<=[$\u20ac\u00a3\u00a5\u20b9] )|(?<=[$\u20ac\u00a3\u00a5\u20b9])|(?<=\bRs )|(?<=\bRs\. )|(?<=\bUSD )|(?<=\bEUR ))"
                               r"(?<![\d.,])\d{1,3}[.,] \d{1,2}(?= (?:billion|million|trillion|bn|crore)\b)"
                               r"|(?<![\d.,])\d{1,3}, \d{1,2}(?= (?:milliards?|millions?|billion|million) d)")

# What every match of _SPLIT_DECIMAL_RE contains, found in one pass that skips to digits: that pattern opens with
# lookbehinds, so re tries all of them at every character of the text (~4% of extraction on the synthetic corpus)
_SPLIT_DECIMAL_GATE_RE = re.compile(r"\d[.,] \d{1,2} [bcmt]")


def _close_decimal(m: re.Match[str]) -> str:
    head, tail = m.group(0).split(" ", 1)
    return head + tail + " "


# A footnote's digit glued to the acronym of gross domestic (or national) product ("of its GDP2 on defence")
_NOTE_GATE_RE = re.compile(r"[PB]\d")
_GLUED_NOTE_RE = re.compile(r"\b(GDP|PIB|BIP|BNP|PKB|HDP|GNP|BBP|BDP)\d(?=[\s,;:)]|\.(?!\d))")  # (not "Percent of GDP2.3%")


def unglue_notes(text: str) -> str:
    """``text`` with a footnote's digit glued to GDP's acronym read as a space ("0,8 % de son PIB2 aux dépenses")."""
    return _GLUED_NOTE_RE.sub(r"\1 ", text) if _NOTE_GATE_RE.search(text) else text  # (a plain scan for the letter and digit first)


# Broadcast scripts spell abbreviations letter by letter with hyphens ("U-S troops", "the U-N force"): read as "US", "UN"
_BROADCAST_ABBREVIATION_RE = re.compile(r"(?<![\w-])U-(?=[SN](?![\w]))")


# The characters _CHAR_MAP changes, as one class: a text is scanned for them in C and only they are looked up.
_MAPPED_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_CHAR_MAP)) + "]+")


def _mapped(m: re.Match[str]) -> str:
    return m.group(0).translate(_CHAR_MAP)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _underscore(m: re.Match[str]) -> str:
    return "_" * len(m.group(0))


def normalize(text: str) -> str:
    """Return ``text`` with spaces, quotes, dashes and digits in plain ASCII form.

    The result has the same length as the input, so offsets carry over unchanged.

    >>> normalize("28\u202f500 \u201ctroops\u201d \u2212 \uff11\uff12")
    '28 500 "troops" - 12'
    >>> normalize("28\u200b500 troops[1] and 3\u00ad000")
    '28_500 troops    and 3_000'
    """
    if _INVISIBLE_ANY_RE.search(text):
        text = _INVISIBLE_IN_NUMERAL_RE.sub(_underscore, text)
    norm = _MAPPED_RE.sub(_mapped, text) if _MAPPED_RE.search(text) else text  # (str.translate reads a dict per character)
    if "[" in norm:
        norm = _CITATION_RE.sub(_blank, norm)
    if "'" in norm:
        norm = _SWISS_GROUP_RE.sub(",", norm)  # "143'372" (Swiss grouping) is 143,372
    if _SPLIT_DECIMAL_GATE_RE.search(norm):
        norm = _SPLIT_DECIMAL_RE.sub(_close_decimal, norm)
    norm = unglue_notes(norm)
    if "U-" in norm:
        norm = _BROADCAST_ABBREVIATION_RE.sub(" U", norm)  # "the U-S military", "a U-N force" (broadcast scripts): US, UN
    return _STRAY_YEAR_STOP_RE.sub(" ", norm)
