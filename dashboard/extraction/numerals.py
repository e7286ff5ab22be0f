"""Plain numerals and number words parsed to values: digit grouping (western, Indian, spaced), decimals,
and English number words with their scales (vocab/number_words.csv)."""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.extraction.lexicon import number_words

# ---------------------------------------------------------------------------
# Normalisation: one character in, one character out.
# ---------------------------------------------------------------------------


# Every word list below is data, read once at import from ``vocab/`` (see :mod:`dashboard.extraction.lexicon`).
SCALES: dict[str, float] = {w.word: float(w.value) for w in number_words() if w.kind == "scale"}


UNITS: dict[str, int] = {w.word: w.value for w in number_words() if w.kind == "unit"}


TENS: dict[str, int] = {w.word: w.value for w in number_words() if w.kind == "ten"}


_GROUP_SPACES = str.maketrans({" ": ",", "\u00a0": ",", "\u2009": ",", "\u202f": ","})  # spaces that group digits


MAX_DIGITS = 24  # beyond this a "figure" is noise, and int() would refuse past 4,300 digits


@lru_cache(maxsize=8192)  # (a pure function of the text: articles repeat their numerals, and years above all)
def parse_numeral(s: str) -> float | None:
    """Parse one numeral with optional digit grouping; None when it is not a well-formed number.

    Accepts western grouping (``1,234,567``), Indian grouping (``2,95,511``), thin-space or
    space grouping (``28 500``) and a decimal point. Rejects malformed grouping such as
    ``1,1,1`` and absurdly long digit strings.

    >>> parse_numeral("2,95,511"), parse_numeral("3.37"), parse_numeral("1,1,1")
    (295511.0, 3.37, None)
    """
    if s.isdigit():  # most numerals: one run of digits, nothing to strip, group or split
        return float(s) if len(s) <= MAX_DIGITS else None
    s = s.strip()
    if not s:
        return None
    s = s.replace(", ", ",").translate(_GROUP_SPACES)  # ("5, 747,892,350": a stray space after a comma)
    if s.count(".") > 1:
        return None
    integer, _, decimals = s.partition(".")
    if decimals and not decimals.isdigit():
        return None
    groups = integer.split(",")
    if not all(g.isdigit() for g in groups):
        return None
    if len(groups) > 1:
        first, rest = groups[0], groups[1:]
        western = 1 <= len(first) <= 3 and all(len(g) == 3 for g in rest)
        indian = (1 <= len(first) <= 2 and len(rest) >= 2 and len(rest[-1]) == 3
                  and all(len(g) == 2 for g in rest[:-1]))
        if not (western or indian):
            return None
    digits = "".join(groups)
    if len(digits) > MAX_DIGITS or len(decimals) > MAX_DIGITS:
        return None
    return float(digits + ("." + decimals if decimals else ""))


@lru_cache(maxsize=8192)
def parse_number_words(s: str) -> float | None:
    """Parse English number words, optionally mixed with digits.

    >>> parse_number_words("twenty-eight thousand five hundred"), parse_number_words("28-thousand-500")
    (28500.0, 28500.0)
    >>> parse_number_words("three lakh"), parse_number_words("two million")
    (300000.0, 2000000.0)
    >>> parse_number_words("50-point-15"), parse_number_words("seven-point-four")
    (50.15, 7.4)
    """
    tokens = [t for t in _PARSE_NUMBER_WORDS_RE1.split(s.lower()) if t and t != "and"]
    if not tokens:
        return None
    if "point" in tokens:  # broadcast style: "50-point-15", "seven-point-four", "one-point-two-five"
        at = tokens.index("point")
        whole, frac = tokens[:at], tokens[at + 1:]
        if len(frac) == 1 and frac[0].isdigit():
            decimals = frac[0]
        elif frac and all(UNITS.get(t, 10) < 10 for t in frac):
            decimals = "".join(str(UNITS[t]) for t in frac)
        else:
            return None
        value = parse_number_words(" ".join(whole)) if whole else None
        if value is None or value != int(value) or len(decimals) > MAX_DIGITS:
            return None
        return float(f"{int(value)}.{decimals}")
    total = 0.0
    current = 0.0
    last_scale = 0.0
    seen_any = False
    for tok in tokens:
        if tok in UNITS:
            if current % 10 or 10 <= current % 100 < 20:
                return None  # "one one", "twelve three": a list, not a number
            current += UNITS[tok]
        elif tok in TENS:
            if current % 100:
                return None
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            scale = SCALES[tok]
            if scale == 1e7 and total and not current:  # "lakh crore": multiply what we have
                total *= scale
                continue
            if current == 0 and total:
                total *= scale
            elif last_scale and scale >= last_scale:
                return None  # "three thousand 500 and five thousand": two numbers (a range), not one
            else:
                total += (current or 1) * scale
                last_scale = scale
            current = 0
        else:
            value = parse_numeral(tok)
            if value is None:
                return None
            current += value
        seen_any = True
    return total + current if seen_any else None


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_PARSE_NUMBER_WORDS_RE1 = re.compile(r"[\s\-,]+")
