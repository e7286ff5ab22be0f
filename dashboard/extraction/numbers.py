"""Find and parse the numbers an article states: digits, scale words, currencies, percents.

Everything here is a pure function of text. The scanner works on *normalised* text (see
:func:`normalize`), which has exactly the same length as the original, so every offset it
reports is also an offset into the text the user sees.

Linear time by construction: numeric runs are matched by a pattern with no nested ambiguity
and parsed in Python, so a 1 MB line of ``1,1,1,...`` is one pass, not a backtracking storm.

>>> [m.value for m in find_numbers("a budget of 66.3 trillion won, up 8.2%")]
[66300000000000.0, 8.2]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from dashboard.extraction.lexicon import currency_codes_after, currency_prefixes, currency_words, hedges, number_words
from dashboard.extraction.normal import normalize
from dashboard.extraction.numerals import SCALES, TENS, UNITS, parse_number_words, parse_numeral
from dashboard.extraction.patterns import trie_alternation

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

# Abbreviations are only trusted next to a currency ("$5bn"); "10m" alone may be metres.
SCALE_ABBREVIATIONS: dict[str, float] = {w.word: float(w.value) for w in number_words() if w.kind == "abbreviation"}

# Prefix currency markers (vocab/currency_prefixes.csv), case-sensitive, longer first where one begins another.
CURRENCY_PREFIXES: list[tuple[str, str]] = [(p.prefix, p.code) for p in currency_prefixes()]
# A prefix that is also a common label counts as money only before a figure that reads as money:
# a scale word ("P430.87 billion", "R51.1 billion") or grouped digits ("P1,250"); a single letter
# must also be glued to the digits. Anything else stays what it was (a model name: no number at all).
_GUARDED_PREFIXES = {p.prefix for p in currency_prefixes() if p.guarded}
_PREFIX_RE = re.compile(
    r"(?:" + "|".join(re.escape(p) for p, _ in CURRENCY_PREFIXES) + r")(?:[ \t\r]*\n?[ \t\r]*)$"
)
_PREFIX_LOOKUP = {p: c for p, c in CURRENCY_PREFIXES}
# the last characters of the prefixes: a cheap necessary condition of _PREFIX_RE ("" never is one)
_PREFIX_LAST = frozenset(p[-1] for p, _ in CURRENCY_PREFIXES if not p[-1].isspace())
assert len(_PREFIX_LAST) == len({p[-1] for p, _ in CURRENCY_PREFIXES}), "a prefix ending in a space needs another gate"

# Currency words that follow the number ("66.3 trillion won"), vocab/currency_words.csv: case-insensitive,
# longer first where one begins another.
CURRENCY_WORDS: list[tuple[str, str]] = list(currency_words())
# The gap between a figure and the words after it: spaces, or one line break (scraped text breaks lines
# anywhere), never a blank line, which is a paragraph break. Possessive, so a long run of spaces is one pass.
_SP1 = r"(?:[ \t\r]++(?:\n[ \t\r]*+)?|\n[ \t\r]*+)"
_SP0 = _SP1 + "?"
_CURRENCY_WORD_RE = re.compile(
    r"(?:-|" + _SP0 + r")(?P<word>" + "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+")
                                               for w, _ in CURRENCY_WORDS) + r")\b", re.IGNORECASE
)
_CURRENCY_WORD_LOOKUP = {w: c for w, c in CURRENCY_WORDS}
# ISO codes after the figure ("913.9 billion TL", "PLN 187bn" is a prefix): upper case only, so the
# English words "try", "sar" or "ron" never read as currencies.
# (vocab/currency_codes_after.csv: the code as written, and the currency it names: "TL" is TRY).
_SUFFIX_CODES: dict[str, str] = dict(currency_codes_after())
_SUFFIX_CODE_RE = re.compile(r"(?:-|" + _SP0 + r")(?P<word>[A-Z]{2,3})\b")

_WORD_TOKENS = sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True)

# Hedges before a number, mapped to how they bound the value (vocab/hedges.csv; lexicon.hedge_phrases()).
HEDGES: list[tuple[str, str]] = list(hedges())
_HEDGE_RE = re.compile(
    r"(?:^|(?<=[\s(\"']))(" + "|".join(re.escape(h).replace(r"\ ", " ").replace(" ", r"\s+") for h, _ in HEDGES)
    + r")\s*$", re.IGNORECASE
)
_HEDGE_LOOKUP = {h: q for h, q in HEDGES}

# ---------------------------------------------------------------------------
# Parsing plain numerals
# ---------------------------------------------------------------------------







# ---------------------------------------------------------------------------
# Mentions in running text
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMention:
    """One number as stated in text, with what is attached to it.

    ``start``/``end`` cover the smallest span that states the figure: currency, numeral,
    scale word and percent sign (hedge words excluded; they go to ``qualifier``).
    """

    start: int
    end: int
    value: float
    kind: str  # "count", "money", "percent", "year"
    currency: str = ""
    qualifier: str = ""  # "", "approx", "lower_bound", "upper_bound", "range"
    low: float | None = None
    high: float | None = None
    hedge_start: int | None = None  # where a hedge word begins, if any
    has_scale: bool = False


# A numeric run: digits with , . or narrow-space separators, then optional decimal part.
# Each repetition must start with a separator, so the pattern cannot backtrack ambiguously.
_RUN = r"\d+(?:[,.\u00a0\u2009\u202f]\d+)*+"
_SCALE_WORD = "(?:" + trie_alternation(list(SCALES)) + ")"
_SCALE_ABBR = "(?:" + trie_alternation(list(SCALE_ABBREVIATIONS)) + ")"
_WORDNUM = r"(?:" + "|".join(_WORD_TOKENS) + r")"

# Broadcast style decimals: "50-point-15 trillion won", "seven-point-four percent".
_POINT = (r"(?:\d+|" + _WORDNUM + r"(?:-" + _WORDNUM + r")?)-point-(?:\d+(?![\d,.]\d)|" + _WORDNUM
          + r"(?:-" + _WORDNUM + r")*+)(?![\w])")
_WORDS = (r"(?<![\w-])" + _WORDNUM + r"(?:(?:-|,?" + _SP1 + r")(?:and(?:-|" + _SP1 + r"))?(?:" + _WORDNUM
          + r"|\d+(?![\d,.]\d)))*+(?![\w])")

_NUMBER_RE = re.compile(
    r"(?P<num>" + _POINT + r"|\d{1,3}-(?:thousand|hundred)-\d{1,3}(?!\d)|(?<![\d,.])\d{1,3}(?: \d{3})++(?![\d,.]\d)|"
    + _RUN + "|" + _WORDS + ")"
    r"(?P<scale>(?:(?:-|" + _SP0 + r")" + _SCALE_WORD + r"(?:" + _SP1 + _SCALE_WORD + r")?(?![\w])"
    r"|" + _SP0 + _SCALE_ABBR + r"(?![\w]))?)"
    r"(?P<pct>(?:" + _SP0 + r"|-)(?:%|percent(?:age)?\b|per" + _SP0 + r"cent\b|pct\b|pc\b))?",
    re.IGNORECASE,
)

# A decimal comma, read only before a percent sign or a scale word (where "1,3" cannot be a list or a thousand)
_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
_YEAR_PREP_RE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|before|after|during|of|for|to|fiscal|fy|year|the|and|through|between|early|late|mid)\s*|[-/(])$",
    re.IGNORECASE,
)
_RANGE_SEP_RE = re.compile(r"\s*(?:-|to|and)\s*", re.IGNORECASE)
_CHANGE_VERB_RE = re.compile(
    r"\b(?:reduc|cut|increas|rais|grow|grew|ris|rose|fall|fell|drop|declin|expand|shrink|shrank|"
    r"boost|slash|lift|jump|climb|swell|swoll|bring|brought|went|go|trim|hike|up|down)\w*\b[^.;]*$",
    re.IGNORECASE,
)


# The last word of every hedge: a cheap test that no hedge can end where a number starts ("budget of", "has").
_HEDGE_TAILS = tuple({h.split()[-1].lower() for h, _ in HEDGES})
_HEDGE_TAIL_LEN = max(len(t) for t in _HEDGE_TAILS)


def _hedge_before(norm: str, start: int) -> tuple[str, int | None]:
    window = norm[max(0, start - 25):start]
    tail = window.rstrip()[-_HEDGE_TAIL_LEN:]
    if tail.isascii() and not tail.lower().endswith(_HEDGE_TAILS):
        return "", None  # (ASCII only: re's case folding also matches "\u017f" to "s", "\u212a" to "k"...)
    m = _HEDGE_RE.search(window)
    if not m:
        return "", None
    return _HEDGE_LOOKUP[" ".join(m.group(1).lower().split())], start - len(window) + m.start(1)


def _prefix_currency(norm: str, start: int, money_shaped: bool = True) -> tuple[str, int]:
    """The currency marker glued or spaced before ``start``, and where it begins.

    ``money_shaped`` says whether the figure reads as money by itself (a scale word or grouped
    digits); the guarded prefixes ("P", "R", "PHP") count only then.
    """
    window = norm[max(0, start - 12):start]
    if window.rstrip(" \t\r\n")[-1:] not in _PREFIX_LAST:
        return "", start  # no prefix ends where the figure begins (spaces and one line break aside)
    m = _PREFIX_RE.search(window)
    if not m:
        return "", start
    token = m.group(0).rstrip()
    # "Rs" and three-letter codes must not be the tail of a longer word ("Mrs 5", "OURS 3")
    begin = start - len(window) + m.start()
    if token[0].isalpha() and begin > 0 and (norm[begin - 1].isalpha() or norm[begin - 1] in "-_"):
        return "", start
    if token in _GUARDED_PREFIXES and (not money_shaped or (len(token) == 1 and token != m.group(0))):
        return "", start
    return _PREFIX_LOOKUP[token], begin


def _suffix_currency(norm: str, end: int, has_scale: bool, value: float) -> tuple[str, int]:
    m = _CURRENCY_WORD_RE.match(norm, end)
    if m:
        word = " ".join(m.group("word").lower().split())
        if word == "won" and not (has_scale or value >= 1000):
            return "", end  # "won" is also the past tense of "win"
        return _CURRENCY_WORD_LOOKUP[word], m.end()
    m = _SUFFIX_CODE_RE.match(norm, end)
    if m and m.group("word") in _SUFFIX_CODES:
        return _SUFFIX_CODES[m.group("word")], m.end()
    return "", end


_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b")
_MODEL_BEFORE_RE = re.compile(r"[A-Za-z]-$")
_TIME_AFTER_RE = re.compile(r":\d")
_DURATION_AFTER_RE = re.compile(r"-?\s*(?:year|month|week|day|hour|minute)s?(?:-old)?\b")
_FISCAL_TAIL_BEFORE_RE = re.compile(r"(?:1[89]|20)\d\d-$")
_SLASH_AFTER_RE = re.compile(r"/\d")
_ORDINAL_FIRST = frozenset("snrt")  # the characters the patterns above can begin with (\s aside: str.isspace)
_DURATION_FIRST = frozenset("ymwdh")


def _is_excluded(norm: str, start: int, end: int) -> bool:
    """Numbers that are never figures: model names, ordinals, citations, times, ages."""
    # (each pattern is tried only when the character it must begin with is there: the same answers, fewer calls)
    before = norm[max(0, start - 2):start]
    after = norm[end:end + 12].lower()
    first = after[:1]
    if before[-1:].isalpha() or before.endswith("-") and _MODEL_BEFORE_RE.search(before) or before.endswith(("#", "\u2116")):
        return True  # F-35, T-72, Su57, #3
    if first in _ORDINAL_FIRST and _ORDINAL_AFTER_RE.match(after):
        return True  # 101st, 5th
    if before.endswith("[") and first == "]":
        return True  # citation marker [1]
    if before.endswith(":") or first == ":" and _TIME_AFTER_RE.match(after):
        return True  # 10:30
    if (first == "-" or first.isspace() or first in _DURATION_FIRST) and _DURATION_AFTER_RE.match(after):
        return True  # five-year plan, 18-year-old, 3-day drill
    if end - start <= 2 and _FISCAL_TAIL_BEFORE_RE.search(norm[max(0, start - 5):start]):
        return True  # the "25" of a fiscal label "2024-25"
    if first == "/" and _SLASH_AFTER_RE.match(after):
        return True  # dates and fiscal labels written 2024/25 or 3/1
    return False


def _scaled(value: float, scale: float) -> float:
    """value * scale without binary noise: 64.6 bn is 64600000000, not 64599999999.99999."""
    return float(Decimal(repr(value)) * Decimal(int(scale)))


# Where a number can start: a digit, or a number word. Scanning for these first (simple patterns the
# regex engine skips through quickly) and trying the full pattern only there is several times faster
# than running the full pattern at every position of the text.
_DIGITS_RE = re.compile(r"\d+")
_NUMBER_WORD_RE = re.compile(r"(?<![\w-])(?:" + trie_alternation(_WORD_TOKENS, fold=True) + r")(?![a-z])", re.IGNORECASE)


def _candidates(norm: str):
    """Matches of the full number pattern, tried only where a digit or number word begins."""
    starts = [m.start() for m in _DIGITS_RE.finditer(norm)]
    starts += [m.start() for m in _NUMBER_WORD_RE.finditer(norm)]
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
    r"(?:\b(?P<frac>half|a\s+quarter\s+of|three[\s-]+quarters\s+of)\s+)?\ban?\s+$"
    r"|\b(?P<whole>" + _WORDNUM + r"|\d{1,3})\s+and\s+a\s+half\s+$",
    re.IGNORECASE,
)
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
    if not m:
        return 1.0, 0.0, start
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
        is_words = not raw[0].isdigit() or "-" in raw
        value = parse_number_words(raw) if is_words else parse_numeral(raw)
        if value is None and (m.group("pct") or m.group("scale")) and _DECIMAL_COMMA_RE.fullmatch(raw):
            value = float(raw.replace(",", "."))  # "1,3% of our GDP", "BRL 87,4 billion": a decimal comma
        if value is None:
            continue
        start, end = m.start(), m.end()
        if (m.group("pct") and raw.isdigit() and start and norm[start - 1] == "."
                and (start < 2 or not (norm[start - 2].isalnum() or norm[start - 2] == "."))):
            value, start = float("0." + raw), start - 1  # "about .7% of GDP": the leading zero left out
        scale_txt = " ".join((m.group("scale") or "").strip(" -").lower().split())
        pct = bool(m.group("pct"))
        has_scale = bool(scale_txt)
        factor = 1.0
        grouped = "," in raw or " " in raw
        currency, cur_start = _prefix_currency(norm, start, money_shaped=has_scale or grouped)
        if scale_txt:
            parts = scale_txt.split()
            if all(p in SCALES for p in parts):
                for p in parts:
                    value = _scaled(value, SCALES[p])
                    factor *= SCALES[p]
            elif scale_txt in SCALE_ABBREVIATIONS and (currency or (_CURRENCY_WORD_RE.match(norm, m.end("scale"))
                                                                    or m.group("scale") == "K") and not pct):
                # "Active military: 438.5K": a capital K glued to the figure is a thousand on its own
                value = _scaled(value, SCALE_ABBREVIATIONS[scale_txt])
                factor = SCALE_ABBREVIATIONS[scale_txt]
            else:
                end = m.start("scale")  # an abbreviation without a currency: not a scale
                has_scale = False
                pct = False
                if currency and not grouped:
                    currency, cur_start = _prefix_currency(norm, start, money_shaped=False)
        if is_words and value < 2 and not has_scale and not pct:
            continue  # "one" is almost never a figure ("one percent" is)
        if _is_excluded(norm, cur_start if currency else start, m.end("num") if not has_scale else end):
            continue
        if is_words and raw.split()[0].lower() in SCALES and not currency:
            # "a million", "almost half a million": the article belongs to the figure, and so does the hedge
            multiplier, addend, start = _article_before(norm, start, mentions)
            del factors[len(mentions):]
            if addend:
                value = _scaled(addend, value)
            elif multiplier != 1.0:
                value = float(Decimal(repr(value)) * Decimal(repr(multiplier)))
        if not currency and not pct:
            currency, end = _suffix_currency(norm, end, has_scale, value)
        kind = "percent" if pct else ("money" if currency else "count")
        if (kind == "count" and not has_scale and not is_words and _SCAN_RE1.fullmatch(raw)):
            prev = norm[max(0, start - 12):start]
            if _YEAR_PREP_RE.search(prev) or not _SCAN_RE2.match(norm[end:end + 14]):
                kind = "year"
        left = cur_start if currency else start
        if (kind in _MINUS_KINDS and left > 0 and norm[left - 1] == "-" and (left == 1 or norm[left - 2] in " \t([")
                and not (mentions and not norm[mentions[-1].end:left - 1].strip())):
            value, left = -value, left - 1
        qualifier, hedge_start = _hedge_before(norm, left)
        mention = NumberMention(
            start=left, end=end, value=value, kind=kind,
            currency=currency, qualifier=qualifier, hedge_start=hedge_start, has_scale=has_scale,
        )
        if mentions and _compound(norm, mentions[-1], factors[-1], mention, factor):
            # "1 trillion 67 billion yuan": one figure stated with two scale words
            a = mentions.pop()
            factor = factors.pop()
            mention = NumberMention(**{**a.__dict__, "end": end, "value": a.value + value,
                                       "kind": "money" if "money" in (a.kind, kind) else a.kind,
                                       "currency": a.currency or currency})
        mentions.append(mention)
        factors.append(factor)
    return _merge_ranges(norm, mentions, factors)


_GAP_RE = re.compile(_SP1)


def _compound(norm: str, a: NumberMention, fa: float, b: NumberMention, fb: float) -> bool:
    """Whether ``b`` continues ``a`` with a smaller scale word: "1 trillion 67 billion", "3 million 500 thousand"."""
    return (a.has_scale and b.has_scale and 1 < fb < fa and 0 < b.value < fa and a.value > 0
            and a.kind in ("count", "money") and b.kind in ("count", "money")
            and (not a.currency or not b.currency or a.currency == b.currency)
            and bool(_GAP_RE.fullmatch(norm, a.end, b.start)))


def _share_unit(a: NumberMention, b: NumberMention, fb: float, decreasing_ok: bool
                ) -> tuple[NumberMention, NumberMention] | None:
    """``a`` and ``b`` of "a to b" with the unit stated once given to both, or None when they are not a pair.

    "1.5 to 1.75 million", "between 3 and 4 percent", "$3-4 billion", "between $20 and $25 billion".
    The scale word of ``b`` is lent to ``a`` only when the result is a plausible pair: a numeral under
    1,000, and no larger than ``b`` (unless the words say the figure went down: "cut from 2 to 1.5 million").
    """
    lend_scale = not a.has_scale and b.has_scale
    if a.kind == "count" and not a.has_scale and (b.has_scale or b.kind != "count"):
        kind, currency = b.kind, b.currency
    elif a.kind == "money" and lend_scale and b.kind in ("count", "money") and b.currency in ("", a.currency):
        kind, currency = "money", a.currency
    elif a.kind == b.kind and a.has_scale == b.has_scale:
        return a, b
    else:
        return None
    value = a.value
    if lend_scale:
        value = _scaled(a.value, fb)
        if not (abs(a.value) < 1000 and (value <= b.value or decreasing_ok and value <= 10 * b.value)):
            return None
    a = NumberMention(**{**a.__dict__, "value": value, "kind": kind, "currency": currency, "has_scale": b.has_scale})
    b = NumberMention(**{**b.__dict__, "kind": kind, "currency": currency})
    return a, b


def _merge_ranges(norm: str, mentions: list[NumberMention], factors: list[float]) -> list[NumberMention]:
    """Join "20,000-25,000", "1.9 to 2.04 million", "between 3 and 4 percent" into one mention.

    Only when nothing but a range separator stands between the two numbers. "from X to Y"
    after a verb of change ("cut from 36,000 to 24,000") is two levels, not a range: the
    caller decides that, since it depends on the words before.
    """
    out: list[NumberMention] = []
    mentions = list(mentions)
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions):
            b = mentions[i + 1]
            gap = norm[a.end:b.start]
            if _RANGE_SEP_RE.fullmatch(gap) and a.kind != "year" and b.kind != "year":
                sep = gap.strip().lower()
                before = norm[max(0, a.start - 60):a.start]
                if a.hedge_start is not None:
                    before = norm[max(0, a.hedge_start - 60):a.hedge_start]
                between_ok = sep != "and" or _MERGE_RANGES_RE1.search(before)
                from_to = sep == "to" and _MERGE_RANGES_RE2.search(before)
                changed = bool(from_to and _CHANGE_VERB_RE.search(before[: -len("from ")])
                               or sep == "to" and _MERGE_RANGES_RE3.search(before))
                pair = _share_unit(a, b, factors[i + 1], decreasing_ok=changed)
                if pair is not None:
                    a, b = pair
                    # the bounds of a range are close: "325 billion to 2.95 trillion" is a change and a level
                    changed = changed or sep == "to" and a.value > 0 and b.value > 4 * a.value
                    if changed:
                        out.append(a)
                        mentions[i + 1] = b
                        i += 1
                        continue
                    if between_ok and a.value <= b.value:
                        out.append(NumberMention(
                            start=a.start, end=b.end, value=(a.value + b.value) / 2, kind=b.kind,
                            currency=b.currency or a.currency, qualifier="range", low=a.value,
                            high=b.value, hedge_start=a.hedge_start, has_scale=b.has_scale,
                        ))
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


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
    return [apply_hedge(m) for m in _scan(norm)]


_SCAN_RE1 = re.compile(r"1[89]\d\d|20\d\d")
_ARTICLE_BEFORE_RE1 = re.compile(r"[\s-]+")
_SCAN_RE2 = re.compile(r"\s+(?:active|troops|soldiers|personnel|service|servicemen|reservists|marines)", re.IGNORECASE)
_MERGE_RANGES_RE1 = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_MERGE_RANGES_RE2 = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_MERGE_RANGES_RE3 = re.compile((r"\bby\s+(?:(?:another|a\s+further|an\s+additional|an?\s+extra|some|about|around|"
                                   r"nearly|almost|roughly|over|more\s+than)\s+)?$|\bby\s*$"), re.IGNORECASE)
