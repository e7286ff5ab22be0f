"""Find and parse the numbers an article states: digits, scale words, currencies, percents.

Everything here is a pure function of text. The scanner works on *normalised* text (see
:func:`normalize`), which has exactly the same length as the original, so every offset it
reports is also an offset into the text the user sees.

Linear time by construction: numeric runs are matched by a pattern with no nested ambiguity
and parsed in Python, so a 1 MB line of ``1,1,1,...`` is one pass, not a backtracking storm.

The currencies, scales, hedges and exclusions around a numeral are read by ``number_marks``; ranges
are merged by ``number_ranges``; the mention record is ``record.NumberMention``.

>>> [m.value for m in find_numbers("a budget of 66.3 trillion won, up 8.2%")]
[66300000000000.0, 8.2]
"""

from __future__ import annotations

import re
from decimal import Decimal

from dashboard.extraction import number_marks as mk
from dashboard.extraction import number_ranges as rg
from dashboard.extraction.fraction_words import fraction_percents
from dashboard.extraction.normal import normalize
from dashboard.extraction.numerals import SCALES, TENS, UNITS, parse_number_words, parse_numeral
from dashboard.extraction.patterns import ascii_lower, gated, trie_alternation
from dashboard.extraction.record import NumberMention
from dashboard.extraction.text import TROOP_LEVEL_BEFORE_RE

# (NumberMention, normalize and the numeral parsers are imported from here by the stages and the tests)
__all__ = ["NumberMention", "apply_hedge", "find_numbers", "normalize", "parse_number_words", "parse_numeral"]

_WORD_TOKENS = sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True)


# A numeric run: digits with , . or narrow-space separators, then optional decimal part.
# Each repetition must start with a separator, so the pattern cannot backtrack ambiguously.
_RUN = r"\d+(?:[,.\u00a0\u2009\u202f]\d+)*+"
_INDIAN_CRORES_RE = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$")  # "5,93,537.64": lakhs of crores already
_SCALE_WORD = "(?:" + trie_alternation(list(SCALES)) + ")"
_SCALE_ABBR = "(?:" + trie_alternation(list(mk.SCALE_ABBREVIATIONS)) + ")"
_WORDNUM = r"(?:" + "|".join(_WORD_TOKENS) + r")"

# Broadcast style decimals: "50-point-15 trillion won", "seven-point-four percent".
_POINT = (r"(?:\d+|" + _WORDNUM + r"(?:-" + _WORDNUM + r")?)-point-(?:\d+(?![\d,.]\d)|" + _WORDNUM
          + r"(?:-" + _WORDNUM + r")*+)(?![\w])")
_WORDS = (r"(?<![\w-])" + _WORDNUM + r"(?:(?:-|,?" + mk.SP1 + r")(?:and(?:-|" + mk.SP1 + r"))?(?:" + _WORDNUM
          + r"|\d+(?![\d,.]\d)))*+(?![\w])")

# (but "On May 2, 180 Spanish soldiers left": a day of the month, then the count)
_NOT_AFTER_MONTH = "".join(f"(?<!{month} )" for month in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))

_NUMBER_RE = re.compile(
    r"(?P<num>" + _POINT + r"|\d{1,3} million \d{1,3} thousand \d{1,3}(?![\d,.]\d)|\d{1,3}-(?:thousand|hundred)-\d{1,3}(?!\d)|\d{1,3} thousand \d{3}(?![\d,.]\d)|(?<![\d,.])\d{1,3}(?: \d{3})++(?![\d,.]\d)|"
    # "P5, 747,892,350": a stray space after the first comma, the groups after it intact (never a list of two)
    r"(?<![\d,.])\d{1,3}, \d{3}(?:,\d{3})++(?![\d.]\d)|"
    # "10, 000 American soldiers": a stray space before a group that opens with a zero (no list item does)
    r"(?<![\d,.])\d{1,3}, 0\d\d(?![\d,.]\d)|"
    # "as many as 1, 671 Pakistani armed forces personnel": one digit, a stray space, one group, then the people counted
    r"(?<![\d,.] )(?<![\d,.])" + _NOT_AFTER_MONTH + r"[1-9], \d{3}(?![\d,.]\d)(?=(?: (?-i:[A-Z])[\w-]*){0,3}(?: [a-z-]+){0,2} (?:troops|soldiers|"
    r"personnel|servicemen|service\s*members|peace-?keepers|reservists|marines|sailors|airmen)\b)|"
    + _RUN + "|" + _WORDS + ")"
    r"(?P<scale>(?:(?:-|" + mk.SP0 + r")" + _SCALE_WORD + r"(?:" + mk.SP1 + _SCALE_WORD + r")?(?![\w])"
    r"|" + mk.SP0 + _SCALE_ABBR + r"(?![\w]))?)"
    r"(?P<pct>(?:" + mk.SP0 + r"|-)(?:%|percent(?:age)?\b|per" + mk.SP0 + r"cent\b|pct\b|pc\b))?",
    re.IGNORECASE,
)

# A count in thousands with a footnote's number glued after a full stop, at the end of its sentence ("the military
# declined by 1,000 personnel to 29,000.2 Military Reform"): the count, then a reference mark (no head count has tenths)
_FOOTNOTE_RE = re.compile(r"(\d{1,3}(?:,\d{3})+)\.\d{1,2}")
_AFTER_FOOTNOTE_RE = re.compile(r"[ \t]*(?:\n|$)|[ \t]+(?=(?-i:[A-Z]))")

# A decimal comma, read only before a percent sign or a scale word (where "1,3" cannot be a list or a thousand)
_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
_YEAR_PREP_RE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|before|after|during|of|for|to|fiscal|fy|year|the|and|through|between|early|late|mid)\s*|[-/(])$",
    re.IGNORECASE,
)


# Where a number can start: a digit, or a number word. Scanning for these first (simple patterns the
# regex engine skips through quickly) and trying the full pattern only there is several times faster
# than running the full pattern at every position of the text.
_DIGITS_RE = re.compile(r"\d+")
_NUMBER_WORD_RE = gated(re.compile(r"(?<![\w-])(?:" + trie_alternation(_WORD_TOKENS, fold=True) + r")(?![a-z])",
                                   re.IGNORECASE))  # (the gate: the letters a number word begins with, ~10% faster)


# The same number words on lower-cased text, case-sensitively (patterns.ascii_lower: the same starts, faster)
_NUMBER_WORD_LOW_RE = gated(re.compile(r"(?<![\w-])(?:" + trie_alternation(_WORD_TOKENS, fold=True) + r")(?![a-z])"))


def _candidates(norm: str):
    """Matches of the full number pattern, tried only where a digit or number word begins."""
    starts = [m.start() for m in _DIGITS_RE.finditer(norm)]
    low = ascii_lower(norm)
    words = _NUMBER_WORD_RE.finditer(norm) if low is None else _NUMBER_WORD_LOW_RE.finditer(low)
    starts += [m.start() for m in words]
    starts.sort()
    last_end = -1
    for pos in starts:
        if pos < last_end:
            continue
        m = _NUMBER_RE.match(norm, pos)
        if m:
            last_end = m.end()
            yield m


# A numeral glued to "_" (a literal underscore, or an invisible character normalised to one) or written in
# scientific notation ("1e999") cannot be read with certainty: no number rather than a wrong one.
_GLUE_AFTER_RE = re.compile(r"[,.]?_|[eE][+-]?\d")
_GLUE_BEFORE_RE = re.compile(r"(?:_[,.]?|\d[eE][+-]?)$")
_GLUE_CHARS = frozenset("_eE,.+-")
# "a million", "half a million", "a quarter of a million", "two and a half million"
_ARTICLE_BEFORE_RE = re.compile(
    r"(?:\b(?P<frac>half|a\s+quarter\s+of|three[\s-]+quarters\s+of)\s+)?\ban?\s+(?P<hedge>(?:nearly|almost|roughly)\s+)?$"
    r"|\b(?P<whole>" + _WORDNUM + r"|\d{1,3})\s+and\s+a\s+half\s+$",
    re.IGNORECASE,
)
_EXTRA_ARTICLE_RE = re.compile(r"\ban\s+(?:additional|extra)\s+$", re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}
# A minus sign counts when it is glued to the figure and stands after a space, "(" or the start of the text:
# "-4.2%", "(\u22124.2%)"; never "2024-25", "F-35" or the hyphen of a range "900-1,000".
_MINUS_KINDS = ("percent", "money")


def _glued(norm: str, start: int, end: int) -> bool:
    if norm[end:end + 1] in _GLUE_CHARS and _GLUE_AFTER_RE.match(norm, end):
        return True
    return start > 0 and norm[start - 1] in _GLUE_CHARS and bool(_GLUE_BEFORE_RE.search(norm, max(0, start - 3), start))


def _article_before(norm: str, start: int, mentions: list[NumberMention]) -> tuple[float, float, int]:
    """(multiplier, addend, new start) for a bare scale word preceded by "a", "half a", "two and a half"."""
    m = _ARTICLE_BEFORE_RE.search(norm, max(0, start - 40), start)
    if not m or (m.group("hedge") and not norm.startswith("million-strong", start)):
        return 1.0, 0.0, start  # ("a nearly million-strong army": the hedge stands inside the figure only there)
    if m.group("whole"):
        whole = m.group("whole")
        value = parse_numeral(whole) if whole[0].isdigit() else parse_number_words(whole)
        if value is None:
            return 1.0, 0.0, start
        while mentions and mentions[-1].start >= m.start():
            mentions.pop()  # "two" of "two and a half million" is part of this figure
        return 1.0, value + 0.5, m.start()
    frac = m.group("frac")
    return (_FRACTIONS[_ARTICLE_BEFORE_RE1.sub(" ", frac.lower())] if frac else 1.0), 0.0, m.start()


def _scan(norm: str) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    factors: list[float] = []  # the scale each mention's numeral was multiplied by (1 when none)
    for m in _candidates(norm):
        raw = m.group("num")
        if raw[0].isdigit() and _glued(norm, m.start("num"), m.end("num")):
            continue
        is_words = not raw[0].isdigit() or "-" in raw or "thousand" in raw  # ("24 thousand 500", glossed "24 mil 500")
        value = parse_number_words(raw) if is_words else parse_numeral(raw)
        if value is None and (m.group("pct") or m.group("scale")) and _DECIMAL_COMMA_RE.fullmatch(raw):
            value = float(raw.replace(",", "."))  # "1,3% of our GDP", "BRL 87,4 billion": a decimal comma
        if value is None and "." in raw and _DOT_GROUPS_RE.fullmatch(raw):  # "158.859.212.000 dinars", "2.105,6 billion":
            value = parse_numeral(raw.replace(".", "").replace(",", "."))  # full stops group thousands (no decimal has two)
        if value is None:
            continue
        start, end = m.start(), m.end()
        if (not m.group("pct") and not m.group("scale") and (note := _FOOTNOTE_RE.fullmatch(raw)) and _AFTER_FOOTNOTE_RE.match(norm, end)
                and not mk.prefix_currency(norm, start)[0] and not mk.suffix_currency(norm, end, False, value)[0]):
            value, end = parse_numeral(note.group(1)), end - len(raw) + len(note.group(1))  # "declined to 29,000.2 Military"
        if (m.group("pct") and raw.isdigit() and start and norm[start - 1] == "."
                and (start < 2 or not (norm[start - 2].isalnum() or norm[start - 2] == "."))):
            value, start = float("0." + raw), start - 1  # "about .7% of GDP": the leading zero left out
        scale_txt = " ".join((m.group("scale") or "").strip(" -").lower().split())
        pct = bool(m.group("pct"))
        has_scale = bool(scale_txt)
        factor = 1.0
        grouped = "," in raw or " " in raw or raw.count(".") > 1  # ("Bs 808.302.030": full stops grouping)
        currency, cur_start = mk.prefix_currency(norm, start, money_shaped=has_scale or grouped)
        if scale_txt:
            parts = scale_txt.split()
            if [SCALES.get(p) for p in parts] == [1e5, 1e7] and _INDIAN_CRORES_RE.match(raw):
                parts = parts[1:]  # "Rs 5,93,537.64 lakh crore": a count of crores (grouped in lakhs) with a stray "lakh"
            if all(p in SCALES for p in parts):
                for p in parts:
                    value = mk.scaled(value, SCALES[p])
                    factor *= SCALES[p]
            elif scale_txt in mk.SCALE_ABBREVIATIONS and (currency or (mk.currency_after(norm, m.end("scale"))
                                                                    or m.group("scale") == "K" or m.group("scale").strip() in ("M", "m")
                                                                    and _PEOPLE_AFTER_RE.match(norm, m.end("scale"))) and not pct):
                # "Active military: 438.5K": a capital K glued to the figure is a thousand on its own; "1.2M reserve
                # force", "With 2.2m soldiers": an M before the people counted is a million
                value = mk.scaled(value, mk.SCALE_ABBREVIATIONS[scale_txt])
                factor = mk.SCALE_ABBREVIATIONS[scale_txt]
            else:
                end = m.start("scale")  # an abbreviation without a currency: not a scale
                has_scale = False
                pct = False
                if currency and not grouped:
                    currency, cur_start = mk.prefix_currency(norm, start, money_shaped=False)
        if is_words and value < 2 and not has_scale and not pct:
            continue  # "one" is almost never a figure ("one percent" is)
        if mk.is_excluded(norm, cur_start if currency else start, m.end("num") if not has_scale else end):
            continue
        if is_words and raw.split()[0].lower() in SCALES and currency and _article_before(norm, cur_start, [])[2] == cur_start:
            continue  # "GDP (\u20ac billion)", "in $ billion": the unit of a table's column, no amount
        if is_words and raw.split()[0].lower() in SCALES and not currency:
            # "a million", "almost half a million": the article belongs to the figure, and so does the hedge
            bare_start = start
            multiplier, addend, start = _article_before(norm, start, mentions)
            if start == bare_start and not _EXTRA_ARTICLE_RE.search(norm, max(0, start - 20), start):
                continue  # "several million", "millions of": a scale word with no number or article counts nothing
                # (but "investing an additional billion euros": one, its "additional" left before it for the rules)
            del factors[len(mentions):]
            if addend:
                value = mk.scaled(addend, value)
            elif multiplier != 1.0:
                value = float(Decimal(repr(value)) * Decimal(repr(multiplier)))
        if (not currency or currency in ("USD", "GBP")) and not pct:  # ("£10,240,750,031 SSP": a code after a bare sign names it)
            suffixed, suffix_end = mk.suffix_currency(norm, end, has_scale, value)
            if suffixed and (not currency or suffixed not in ("USD", "GBP")):
                currency, end = suffixed, suffix_end
                if suffixed == "IRR" and norm[end - 6:end].lower().lstrip().startswith("toman"):
                    value *= 10  # ("470 trillion tomans": a toman is ten rials, the currency's unit)
        kind = "percent" if pct else ("money" if currency else "count")
        if kind == "count" and not has_scale and _DOT_THOUSANDS_RE.fullmatch(raw):
            value *= 1000  # "142.000 soldiers", "2.200 tanks": full stops as thousands separators (no count has a
            #                thousandth part; money and percents keep the decimal reading: "$1.250 billion", "3.125%")
        if (kind == "count" and not has_scale and not is_words and _SCAN_RE1.fullmatch(raw)):
            prev = norm[max(0, start - 12):start]
            if (_YEAR_PREP_RE.search(prev) or not _SCAN_RE2.match(norm[end:end + 14])) and not (
                    prev.rstrip().endswith((" to", " at")) and TROOP_LEVEL_BEFORE_RE.search(norm, max(0, start - 40), start)):
                kind = "year"  # (but "Revises Troop Numbers to 2000 in Syria" counts troops)
        left = cur_start if currency else start
        if (kind in _MINUS_KINDS and left > 0 and norm[left - 1] == "-" and (left == 1 or norm[left - 2] in " \t([")
                and not (mentions and not norm[mentions[-1].end:left - 1].strip())):
            value, left = -value, left - 1
        qualifier, hedge_start = mk.hedge_before(norm, left)
        if kind == "count" and norm.startswith("+", end) and not norm[end + 1:end + 2].isdigit():
            end += 1  # "an elite 1,600+ force", "3,000+ troops": a plus after a count is 'more than'
            qualifier = qualifier or "lower_bound"
        mention = NumberMention(
            start=left, end=end, value=value, kind=kind,
            currency=currency, qualifier=qualifier, hedge_start=hedge_start, has_scale=has_scale,
        )
        if mentions and rg.compound(norm, mentions[-1], factors[-1], mention, factor):
            # "1 trillion 67 billion yuan": one figure stated with two scale words
            a = mentions.pop()
            factor = factors.pop()
            mention = NumberMention(**{**a.__dict__, "end": end, "value": a.value + value,
                                       "kind": "money" if "money" in (a.kind, kind) else a.kind,
                                       "currency": a.currency or currency})
        mentions.append(mention)
        factors.append(factor)
    return rg.merge_ranges(norm, mentions, factors)


def apply_hedge(m: NumberMention) -> NumberMention:
    """Fill ``low``/``high`` from the hedge: "more than 115" has low 115; "up to 20" high 20."""
    if m.qualifier == "lower_bound":
        return NumberMention(**{**m.__dict__, "low": m.value})
    if m.qualifier == "upper_bound":
        return NumberMention(**{**m.__dict__, "high": m.value})
    return m


def find_numbers(text: str, *, normalized: bool = False) -> list[NumberMention]:
    """Every number mention in ``text`` (years included, marked ``kind="year"``).

    >>> [(m.value, m.kind, m.currency) for m in find_numbers("Rs 3.37 lakh crore and $47.1 billion")]
    [(3370000000000.0, 'money', 'INR'), (47100000000.0, 'money', 'USD')]
    """
    norm = text if normalized else normalize(text)
    found = [apply_hedge(m) for m in _scan(norm)]
    words = fraction_percents(norm)  # ("cut by about a third")
    return sorted(found + words, key=lambda m: m.start) if words else found


_PEOPLE_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:reserv\w*|troops|soldiers|personnel|servicemen|members|force|forces|army|"
                              r"military|strong)\b", re.IGNORECASE)
_SCAN_RE1 = re.compile(r"1[89]\d\d|20\d\d")
_DOT_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_DOT_GROUPS_RE = re.compile(r"[1-9]\d{0,2}(?:(?:\.\d{3}){2,}(?:,\d{1,3})?|(?:\.\d{3})+,\d{1,3})")
_ARTICLE_BEFORE_RE1 = re.compile(r"[\s-]+")
_SCAN_RE2 = re.compile(r"\s+(?:active|troops|soldiers|personnel|service|servicemen|reservists|marines|conscripts|officers|peace-?keepers)", re.IGNORECASE)
