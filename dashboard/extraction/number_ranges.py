"""Ranges: two numerals joined by a separator ("20,000-25,000", "1.9 to 2.04 million",
"between 3 and 4 percent") become one mention with low and high, the unit stated once lent to both;
"cut from 36,000 to 24,000" stays two levels. Also compound amounts ("1 trillion 67 billion").

In: the scanner's mentions, in text order, with the scale each was multiplied by. Out: the mentions with
ranges merged.
"""

from __future__ import annotations

import re

from dashboard.extraction import number_marks as mk
from dashboard.extraction.record import Figure, NumberMention

_RANGE_SEP_RE = re.compile(r"\s*(?:-|to|and)\s*", re.IGNORECASE)
_CHANGE_VERB_RE = re.compile(
    r"\b(?:reduc|cut|increas|rais|grow|grew|ris|rose|fall|fell|drop|declin|expand|shrink|shrank|"
    r"boost|slash|lift|jump|climb|swell|swoll|bring|brought|went|go|trim|hike|up|down)\w*\b(?:[^.;]|(?<=\d)\.(?=\d))*$",  # ("by 11.1% from")
    re.IGNORECASE,
)


_GAP_RE = re.compile(mk.SP1 + r"(?:and" + mk.SP1 + r")?")  # ("6 trillion and 376 billion dinars": one amount)


def compound(norm: str, a: NumberMention, fa: float, b: NumberMention, fb: float) -> bool:
    """Whether ``b`` continues ``a`` with a smaller scale word: "1 trillion 67 billion", "3 million 500 thousand";
    or, after millions, with the exact rest of the amount and its currency: "60,810 millones 570,686 pesos"."""
    if (a.has_scale and fa == 1e6 and not b.has_scale and b.kind == "money" and a.kind == "count" and 1 <= b.value < 1e6
            and a.value > 0 and _GAP_RE.fullmatch(norm, a.end, b.start) and "," in norm[b.start:b.end]):
        return True
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
    if _money_named_once(a, b):  # "from 141.2 million to 250.6 million dollars": the currency stated once
        kind, currency = "money", b.currency
    elif a.kind == "count" and not a.has_scale and (b.has_scale or b.kind != "count"):
        kind, currency = b.kind, b.currency
    elif a.kind == "money" and lend_scale and b.kind in ("count", "money") and b.currency in ("", a.currency):
        kind, currency = "money", a.currency
    elif a.kind == b.kind and a.has_scale == b.has_scale:
        if a.kind == "count" and 1 <= a.value < 1000 and a.value == int(a.value) and b.value % 1000 == 0 and a.value * 1000 < b.value <= a.value * 4000:
            a = NumberMention(**{**a.__dict__, "value": a.value * 1000})  # "30-40,000 troops", "150-200,000", "8-12,000": thousands both
        return a, b
    else:
        return None
    value = a.value
    if lend_scale:
        value = mk.scaled(a.value, fb)
        if not (abs(a.value) < 1000 and (value <= b.value or decreasing_ok and value <= 10 * b.value)):
            return None
    a = NumberMention(**{**a.__dict__, "value": value, "kind": kind, "currency": currency, "has_scale": b.has_scale})
    b = NumberMention(**{**b.__dict__, "kind": kind, "currency": currency})
    return a, b


def scaled_like(b: NumberMention, level: float) -> NumberMention:
    """``b`` with the scale word of the amount it follows in a list, when the text left it out: "$3.9 billion in 2022,
    $3.3 billion in 2023 and $3.1 in 2024" (the 3.1 is billions too); else ``b`` unchanged."""
    if b.has_scale or b.kind != "money" or not 0 < b.value < 1000 or level < 1e6:
        return b
    for factor in (1e3, 1e6, 1e9, 1e12):
        if level / 10 <= b.value * factor <= level * 10:
            return NumberMention(**{**b.__dict__, "value": mk.scaled(b.value, factor), "has_scale": True})
    return b


def _money_named_once(a: NumberMention, b: NumberMention) -> bool:
    """A scaled count, then money of the same size: "141.2 million ... to 250.6 million dollars"."""
    return a.kind == "count" and a.has_scale and b.kind == "money" and b.has_scale and 0 < b.value / 10 <= a.value <= b.value * 10


_IN_RE = re.compile(r"\s+in\s+", re.IGNORECASE)
_TO_RE = re.compile(r"\s+to\s+", re.IGNORECASE)


def _lend_currency_past_years(norm: str, mentions: list[NumberMention]) -> None:
    """ "from 141.2 million in 2018 to 250.6 million dollars in 2023": the first amount takes the second's currency."""
    for i in range(len(mentions) - 2):
        a, year, b = mentions[i], mentions[i + 1], mentions[i + 2]
        a_left = a.start if a.hedge_start is None else a.hedge_start
        if (year.kind == "year" and _money_named_once(a, b) and _IN_RE.fullmatch(norm, a.end, year.start)
                and _TO_RE.fullmatch(norm, year.end, b.start if b.hedge_start is None else b.hedge_start)
                and _MERGE_RANGES_RE2.search(norm, max(0, a_left - 40), a_left)):
            mentions[i] = NumberMention(**{**a.__dict__, "kind": "money", "currency": b.currency})


_LIST_GAP_RE = re.compile(r"(?:[\s,.]|\b(?:and|in|to|from|is|it|es|was|will|be|rises?|rose|the|budget|for|then)\b){0,12}", re.IGNORECASE)


def _lend_currency_down_a_list(norm: str, mentions: list[NumberMention]) -> None:
    """ "rises to 3.7 billion in 2024, 4.2 billion in 2025 and 4.7 billion euros in 2026": a currency named once, after
    the last amount of a list, is every amount's (scaled amounts of a like size, with only years and joining words
    between them)."""
    for j, b in enumerate(mentions):
        if b.kind != "money" or not b.has_scale:
            continue
        nxt, k = b, j - 1
        while k >= 0:
            a = mentions[k]
            gap = norm[a.end:nxt.start if nxt.hedge_start is None else nxt.hedge_start]
            if len(gap) > 50 or not _LIST_GAP_RE.fullmatch(gap):
                break
            if a.kind == "count" and a.has_scale and 0 < b.value / 10 <= a.value <= b.value * 10:
                mentions[k] = NumberMention(**{**a.__dict__, "kind": "money", "currency": b.currency})
            elif a.kind != "year":
                break
            nxt, k = a, k - 1


_SENTENCE_BREAK_RE = re.compile(r"[.;!?](?:\s|$)|\n")
_NOT_MONEY_AFTER_RE = re.compile(r"\s*(?:people|persons|inhabitants|users|citizens|viewers|barrels|tons|tonnes|cubic|doses|liters|litres)\b", re.IGNORECASE)


def _lend_currency_forward(norm: str, mentions: list[NumberMention]) -> None:
    """ "peaked in fiscal 2002 at 4.96 trillion yen ..., and the number dropped thereafter, to ... 4.71 trillion": a bare
    amount in billions or trillions takes the currency of the amount of a like size stated before it in the sentence,
    or in the paragraphs before when no other currency was named in between ("87.9 billion kronor in 2023. ... The
    defence budget is to grow to 89 billion in 2025")."""
    last = None
    for k, a in enumerate(mentions):
        if a.kind == "money" and a.has_scale and a.currency:
            last = a
        elif (a.kind == "count" and a.has_scale and a.value >= 1e9 and last is not None and 0 < last.value / 10 <= a.value <= last.value * 10
              and (a.start - last.end <= 200 and not _SENTENCE_BREAK_RE.search(norm, last.end, a.start) or a.start - last.end <= 1500)
              and not _NOT_MONEY_AFTER_RE.match(norm, a.end)):
            mentions[k] = NumberMention(**{**a.__dict__, "kind": "money", "currency": last.currency})


_AMOUNT_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _lend_scale_down_a_list(norm: str, mentions: list[NumberMention], factors: list[float]) -> None:
    """ "rise in successive years to $54.4, $56.8 and $59.8 billion": a scale word said once, after the last amount of
    a list of bare amounts in the same currency, is every amount's (each of a like size, commas and "and" between)."""
    for j, b in enumerate(mentions):
        if b.kind != "money" or not b.has_scale or factors[j] <= 1:
            continue
        base, k = b.value / factors[j], j - 1
        while k >= 0:
            a, nxt = mentions[k], mentions[k + 1]
            gap = norm[a.end:nxt.start if nxt.hedge_start is None else nxt.hedge_start]
            if not (_AMOUNT_LIST_GAP_RE.fullmatch(gap) and a.kind == "money" and not a.has_scale
                    and a.currency == b.currency and base / 10 <= a.value <= base * 10):
                break
            mentions[k] = NumberMention(**{**a.__dict__, "value": mk.scaled(a.value, factors[j]), "has_scale": True})
            factors[k], k = factors[j], k - 1


def merge_ranges(norm: str, mentions: list[NumberMention], factors: list[float]) -> list[NumberMention]:
    """Join "20,000-25,000", "1.9 to 2.04 million", "between 3 and 4 percent" into one mention.

    Only when nothing but a range separator stands between the two numbers. "from X to Y"
    after a verb of change ("cut from 36,000 to 24,000") is two levels, not a range: the
    caller decides that, since it depends on the words before.
    """
    out: list[NumberMention] = []
    mentions = list(mentions)
    _lend_currency_past_years(norm, mentions)
    _lend_currency_down_a_list(norm, mentions)
    _lend_scale_down_a_list(norm, mentions, factors)
    _lend_currency_forward(norm, mentions)
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions):
            b = mentions[i + 1]
            gap = norm[a.end:b.start]
            if (_RANGE_SEP_RE.fullmatch(gap) and a.kind != "year" and b.kind != "year"
                    and not (a.currency and b.currency and a.currency != b.currency)  # "(1 Euro - 117 Dinars)": a rate
                    and not _FISCAL_TAIL_RE.search(norm, max(0, a.start - 5), a.start)):  # "from 2024/25 to R55.94 billion": a year's tail
                sep = gap.strip().lower()
                before = norm[max(0, a.start - 120):a.start]  # ("has increased its troops serving with the United Nations
                if a.hedge_start is not None:  # Mission in Lebanon (UNIFIL) from 650 to 850": the verb may stand far back)
                    before = norm[max(0, a.hedge_start - 120):a.hedge_start]
                between_ok = sep != "and" or _MERGE_RANGES_RE1.search(before)
                from_to = _MERGE_RANGES_RE2.search(before) if sep == "to" else None
                changed = bool(from_to and _CHANGE_VERB_RE.search(before[:from_to.start()])
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
                            start=a.start, end=b.end, value=round((a.value + b.value) / 2, 9), kind=b.kind,
                            currency=b.currency or a.currency, qualifier="range", low=a.value,
                            high=b.value, hedge_start=a.hedge_start, has_scale=b.has_scale,
                        ))
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out
_FISCAL_TAIL_RE = re.compile(r"(?:19|20)\d\d/$")
_MERGE_RANGES_RE1 = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_MERGE_RANGES_RE2 = re.compile(r"\bfrom\s+(?:(?:its|their|the|today['’]s|this\s+year['’]s|last\s+year['’]s)\s+)?(?:(?:current|currently|now|present|existing|approved|adopted|planned|"
                               r"budgeted|original|initial|previous|agreed|enacted|allocated)\s+)?(?:level\s+of\s+)?$|\bfrom\s*$",
                               re.IGNORECASE)  # ("increase expenditure from its current level of 2.3 per cent to 2.5"; "grow from today's 183,000 to")
# "by" of a change ("cut by 40 to 50 percent"), not of an agent ("constituted by 40,000 to 70,000 troops": a range)
_NOT_CHANGE_BY = r"(?<!constituted\s)(?<!composed\s)(?<!manned\s)(?<!staffed\s)(?<!formed\s)(?<!made\s)"
_MERGE_RANGES_RE3 = re.compile((_NOT_CHANGE_BY + r"\bby\s+(?:(?:another|a\s+further|an\s+additional|an?\s+extra|some|about|around|"
                                   r"nearly|almost|roughly|over|more\s+than)\s+)?$|" + _NOT_CHANGE_BY + r"\bby\s*$"), re.IGNORECASE)


_LEADING_BRACKET_RE = re.compile(r"\s*\([^()]{0,60}\)")


def gap_past_conversion(norm: str, fa: Figure, figures: list[Figure], end: int) -> str:
    """The words between figure ``fa`` and a follow-up at ``end``, past a bracketed conversion of ``fa`` ("from U.S.
    $20.75 billion (321 trillion rupiah) to $25 billion": " to ")."""
    gap = norm[fa.end:end]
    bracket = _LEADING_BRACKET_RE.match(gap)
    if bracket and any(f.method.startswith("budget:conversion-in-brackets") and fa.end < f.start < fa.end + bracket.end() for f in figures):
        return gap[bracket.end():]
    return gap
