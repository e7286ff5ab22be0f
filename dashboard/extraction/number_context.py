"""The numbers of an article read with their neighbours before any is classified: a scaled number right after an
amount carries its currency, a bare number a change goes to carries the amount's unit, and an infobox share written
without its sign is a percent."""

from __future__ import annotations

import re

from dashboard.extraction.number_marks import CURRENCY_PREFIXES
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.numerals import SCALES
from dashboard.extraction.vocab import SHARE_ROW_RE

_PERSON_AFTER_RE = re.compile(r"\s*(?:[\w.'-]+\s+){0,3}?(?:troops|soldiers|personnel|people|members|men|reservists|"
                              r"recruits|conscripts|residents|citizens|users|barrels|tons|tonnes|doses)\b|-?\s*strong\b", re.IGNORECASE)


def carry_currency(norm: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """"412 billion hryvnia to 2.63 trillion ($62 billion), and by another 325 billion": a scaled
    number right after money, in the same paragraph, is money of the same currency.

    Only numbers with a scale word of a million or more, within 35 words of the money before
    them (150 when spending on defence is named right at it) and with no blank line between, and never one
    that counts people or things.
    """
    out: list[NumberMention] = []
    last: NumberMention | None = None
    for n in numbers:
        defence_money = (_CARRY_CURRENCY_RE1.match(norm, n.end)  # ("sets aside 6.7 billion for military spending")
                         or n.kind == "count" and n.has_scale and _SPENT_BEFORE_RE.search(norm, max(0, n.start - 70), n.start))
        if (n.kind == "count" and n.has_scale and n.value >= 1e6 and last is not None
                and len(norm[last.end:n.start].split()) <= (150 if defence_money else 35) and ("\n\n" not in norm[last.end:n.start] or defence_money)
                and (not _CARRY_CURRENCY_RE2.search(norm[last.end:n.start]) or defence_money)  # same sentence, or named
                and not _PERSON_AFTER_RE.match(norm, n.end)):
            n = NumberMention(**{**n.__dict__, "kind": "money", "currency": last.currency})
        elif n.kind == "count" and not n.has_scale and out and (src := out[-2] if out[-1].kind == "year" and len(out) > 1 else out[-1]) \
                and src.kind == "money" and src.has_scale:
            n = _level_in_same_unit(norm, src, n) or n  # (past the year of the first: "from 602 million dollars in 2009 to 480")
        if n.kind == "count" and not n.has_scale and out:
            n = _compared_in_same_unit(norm, out, n) or n
        if n.kind == "count" and n.value >= 1000 and (label := _CURRENCY_LABEL_RE.search(norm, max(0, n.start - 60), n.start)):
            n = NumberMention(**{**n.__dict__, "kind": "money", "currency": _CODE_OF_PREFIX[label.group(1)]})
        if n.kind == "money" and (n.currency and n.currency != "USD" or last is None or n.currency == last.currency):
            last = n
        out.append(n)
    return _carried_back(norm, out)


def _carried_back(norm: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """"the budget should only amount to 5.6 billion instead of the previously planned 5.9 billion francs": a scaled
    number set against the amount right after it, in the same clause, is in that amount's currency (of the same
    order of size: within ten times)."""
    out = list(numbers)
    for k in range(len(out) - 1):
        n, nxt = out[k], out[k + 1]
        if (n.kind == "count" and n.has_scale and n.value >= 1e6 and nxt.kind == "money" and nxt.has_scale and nxt.currency
                and nxt.value / 10 <= n.value <= nxt.value * 10 and not _PERSON_AFTER_RE.match(norm, n.end)
                and _SET_AGAINST_GAP_RE.fullmatch(norm, n.end, nxt.hedge_start if nxt.hedge_start is not None else nxt.start)):
            out[k] = NumberMention(**{**n.__dict__, "kind": "money", "currency": nxt.currency})
    return out


# between the two: "instead of the previously planned", "rather than", "compared with", "against", "up from", "and"
_SET_AGAINST_GAP_RE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s+(?:instead\s+of|rather\s+than|compared\s+(?:to|with)|as\s+against|against|versus|"
                                 r"vs\.?|(?:up|down)\s+from|from|to|and|or)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?", re.IGNORECASE)


def _level_in_same_unit(norm: str, before: NumberMention, n: NumberMention) -> NumberMention | None:
    """"from about 16,900 million euros to more than 33,000 in 2025": the bare number a change goes to is in the
    unit of the amount it comes from (33,000 million euros), when nothing but "to" stands between them."""
    if not (_FROM_BEFORE_RE.search(norm, max(0, before.start - 20), before.hedge_start or before.start)
            and _TO_GAP_RE.fullmatch(norm, before.end, n.hedge_start if n.hedge_start is not None else n.start)):
        return None
    scale = max((f for w, f in SCALES.items() if w in norm[before.start:before.end].lower()), default=0.0)
    if scale < 1e6 or n.value < 10:
        return None
    return NumberMention(**{**n.__dict__, "kind": "money", "currency": before.currency, "value": n.value * scale,
                            "has_scale": True, "low": None, "high": None})


def _compared_in_same_unit(norm: str, out: list[NumberMention], n: NumberMention) -> NumberMention | None:
    """"a budget of 160.9 billion Dinars (1 Euro - 117 Dinars) compared to 139.3 in this year's": the bare number an
    amount is compared with is in the amount's unit (139.3 billion Dinars), past a bracketed aside after the amount."""
    left = n.hedge_start if n.hedge_start is not None else n.start
    src = next((o for o in out[-1:-4:-1] if left - 140 < o.end <= left  # (the last three, close by: linear on any text)
                and not _INSIDE_BRACKET_RE.match(norm, o.end, left)), None)
    if src is None or src.kind != "money" or not src.has_scale or not _COMPARED_GAP_RE.fullmatch(norm, src.end, left):
        return None
    scale = max((f for w, f in SCALES.items() if w in norm[src.start:src.end].lower()), default=0.0)
    if scale < 1e6 or not src.value / 10 <= n.value * scale <= src.value * 10:
        return None
    return NumberMention(**{**n.__dict__, "kind": "money", "currency": src.currency, "value": n.value * scale,
                            "has_scale": True, "low": None, "high": None})


_INSIDE_BRACKET_RE = re.compile(r"[^()]*\)")  # (a mention inside the aside: what is left to the number closes a bracket)
_COMPARED_GAP_RE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|up\s+from|"
                              r"down\s+from)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_TO_GAP_RE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|almost\s+)?", re.IGNORECASE)


def row_percents(norm: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """"Percent of GDP 1.9 (2014)[5]": a copied infobox writes the share's number without its sign, so a plain
    number under 30 right after a share-of-GDP row label is a percent; and "3, 4 or even 5% of GDP", "3 or 4 percent":
    the numbers of a list whose last item carries the sign are percents too."""
    return [NumberMention(**{**n.__dict__, "kind": "percent"})
            if n.kind == "count" and not n.has_scale and 0 < n.value < 30 and (
                SHARE_ROW_RE.search(norm, max(0, n.start - 40), n.start) or _PERCENT_LIST_AFTER_RE.match(norm, n.end))
            else n for n in numbers]


# the rest of a list of percents said once at its end: ", 4 or even 5%", " or 4 percent"
_PERCENT_LIST_AFTER_RE = re.compile(r"(?:\s*,\s*\d{1,2}(?:\.\d+)?)*\s*,?\s+(?:or|and)\s+(?:even\s+|perhaps\s+|maybe\s+|possibly\s+)?"
                                    r"\d{1,2}(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_CARRY_CURRENCY_RE1 = re.compile(r"\s*(?:crowns|kroner|kronor|kronur)\b|\s+(?:for|on)\s+(?:the\s+)?(?:military|defen[cs]e|army|armed\s+forces)\b",
                                 re.IGNORECASE)
# "Russia spent the most on the army - about 126 billion", "with a military budget of 5 billion": spent, in its sentence
_SPENT_BEFORE_RE = re.compile(r"\b(?:spent|spends|spending)\b[^.;!?\n]{0,50}$|\b(?:military|defen[cs]e)\s+budget\s+of\s+$"
                              # "Le budget passe de 315 a 338 milliards FCFA. Cette progression represente une hausse
                              # d'environ 23 milliards": a sentence restating the change just given, in its money
                              r"|\b(?:this|that)\s+(?:increase|rise|progression|hike|growth|cut|reduction|decrease)\b[^.;!?\n]{0,60}$",
                              re.IGNORECASE)
_CARRY_CURRENCY_RE2 = re.compile(r"[.!?]\s+[A-Z]")
# a table row whose label gives the currency: "Defence Budget (US$) 252,646,424", "Military expenditure (EUR): 1,234,000"
_CODE_OF_PREFIX = dict(CURRENCY_PREFIXES)  # (the label's sign or code read as the figures' own prefixes are)
_CURRENCY_LABEL_RE = re.compile(r"\b(?:budget|expenditures?|spending)\s*\((US\$|USD|\u20ac|EUR)\)\s*[:|]?\s*$", re.IGNORECASE)
