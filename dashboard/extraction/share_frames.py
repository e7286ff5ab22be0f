"""A share of GDP whose 'of GDP' came earlier in the sentence, as the frame of what follows.

"the next highest spenders in relation to their GDP, with Estonia spending 3.43 percent";
"spending declined as a percentage of GDP from the Obama administration ... until 2020 when it
climbed back up to 3.65%". The frame names the base once; the first percent after it, with no
other percent between, no base of its own and no change word, is the share.
"""

from __future__ import annotations

import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import GDP_WORD, GDP_WORD_RE, HEDGE, I

_FRAME_RE = re.compile(
    r"\b(?:(?:as\s+an?|in)\s+(?:percentage|share|proportion|per\s*cent(?:age)?|ratio)\s+(?:of|to)\s+"
    r"|in\s+relation\s+to\s+|relative\s+to\s+|according\s+to\s+|compared\s+(?:with|to)\s+)"
    r"(?:(?:its|their|the|national|the\s+country's|the\s+nation's)\s+)?" + GDP_WORD
    # "the percentage of GDP allocated to this sector has been increasing since 2017, from 1.25% ..."
    + r"|\b(?:the|its|their)\s+(?:percentage|share|proportion)\s+of\s+" + GDP_WORD
    + r"\s+(?:allocated|devoted|spent|dedicated|earmarked|going)\s+(?:to|on)\b"
    # "spends a higher percentage of its GDP (an estimated 3-4%) on national security": the share in brackets
    + r"|\b(?:percentage|share|proportion)\s+of\s+(?:(?:its|their|the)\s+)?" + GDP_WORD + r"\s*\(", I)
_YEARS_OWN_RE = re.compile(r"\b(?:(?:last|this|next|the\s+previous)\s+year|(?:19|20)\d\d)['\u2019]s\s+" + HEDGE + r"$", I)
_PERCENT_RE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b|pct\b)", I)
# "3.43 percent of its budget", "2 percent growth", "by 3 percent": not the framed share
_AFTER_NEGATIVE_RE = re.compile(r"\s*(?:of\b|in\s+real\s+terms|(?:annual\s+|yearly\s+)?(?:increase|rise|growth|cut|drop|decline|"
                                r"more|less|higher|lower|jump|hike|boost)\b)", I)
_BEFORE_NEGATIVE_RE = re.compile(r"\b(?:by|of|than|threshold|target|goal|benchmark|above|below|over|under|exceed\w*)\s+"
                                 r"(?:(?:about|around|some|nearly|almost|roughly|just|more\s+than|less\s+than)\s+)?$", I)
_MAX_GAP = 160
# After a share just read, the next share of a series: "2.8% of GDP in 2008 to 2.2% in 2012", "3.4 percent of
# GDP, surpassing the U.S. level of 3.3 percent", "... in 1988, while the war was raging, to its current figure
# of 0.4 percent", "a budget of 1,5% [of GDP], after 1,8%, after 2%"
# a value's year in brackets, as a factbook row gives it: "3.5% (FY02)", "0.4% of GDP (2021 est.)"
_BRACKETED_YEAR = r"\s*\((?:FY\s*)?['\u2019]?(?:19|20)?\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s+est\.?)?\)"
SHARE_SERIES_GAP_RE = re.compile(
    r"^(?:[^.;%]{0,90}?\b(?:level|figure)\s+of|[^.;%]{0,12}?\b(?:(?:19|20)\d\d|that\s+year|last\s+year)\s*,?\s+(?:and\s+)?to|[^.;%\d]{0,25}?,\s*after"
    # "1.57 per cent of GDP next year, | 1.58 per cent in 2026, and | 1.61 per cent in 2027": a dated list
    r"|[^.;%\d]{0,30}?\b(?:(?:19|20)\d\d|next\s+year|this\s+year|last\s+year)\s*,\s*(?:and\s+)?"
    r"|" + _BRACKETED_YEAR + r"\s*,)\s+" + HEDGE + r"$", I)  # ("3.5% (FY02), 1.2% (FY99/00)")
# a row of values, each with its year in brackets: "$207.3 million (FY02), | $61 million (FY99/00)"
# "€1,626,034,457 (2026), | " or "€1,626,034,457 for 2026, | €2,129,021,818 for 2027": one row of a dated list
ROW_YEAR_GAP_RE = re.compile(r"(?:" + _BRACKETED_YEAR + r"|\s+(?:for|in)\s+(?:(?:the\s+)?FY\s*)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)\s*,\s+(?:and\s+)?"
                             # an infobox cell with two dated values: "$529,20 million (2021 CIA est) $36 million (2006 IISS est.)"
                             r"|\s*\((?:19|20)\d\d(?:\s+(?-i:[A-Z]{2,5}))?(?:\s+est\.?)?\)\s+", I)


# "... constitute 2 per cent of the Malaysian GDP with the Defence allocation at one per cent": a share of GDP said
# first (of a wider sector's), then the defence part's own share, with GDP said once
_GDP_SHARE_THEN_RE = re.compile(r"\d\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,2}?" + GDP_WORD
                                + r"\b[^.;%\d]{0,30}?\b(?:with|and|while)\s+(?:the\s+|its\s+)?(?:defen[cs]e|military)\s+(?:spending|"
                                r"expenditures?|budget|outlays?|allocations?)\s+(?:at|of|is|was|being)\s+" + HEDGE + r"$", I)


def defence_after_a_gdp_share(before: str) -> bool:
    """True when the text before a percent is a share of GDP and then the defence budget's own (see above)."""
    return _GDP_SHARE_THEN_RE.search(before[-160:]) is not None


def framed_share(ctx: Context, si: int, m: NumberMention, left_edge: int) -> bool:
    """Whether the percent ``m`` is the share of GDP a frame earlier in its sentence announced."""
    sent = ctx.sentences[si]
    norm = ctx.norm
    lo = max(sent.start, left_edge - _MAX_GAP)
    frame = None
    for found in _FRAME_RE.finditer(norm, lo, left_edge):
        frame = found  # the last frame before the percent
    if frame is None or _PERCENT_RE.search(norm, frame.end(), left_edge) and not _YEARS_OWN_RE.search(
            norm, max(frame.end(), left_edge - 30), left_edge):  # ("As a proportion of GDP, ... almost reaches 2 percent,
        return False  # slightly higher than last year's 1.86 percent and this year's 1.84 percent": each year's own)
    if ";" in norm[frame.end():left_edge]:
        return False
    if _AFTER_NEGATIVE_RE.match(norm, m.end, min(sent.end, m.end + 30)):
        return False
    return not _BEFORE_NEGATIVE_RE.search(norm, max(sent.start, left_edge - 40), left_edge)


# "In 2022, Norway used 1.57 per cent, falling below the target", "Belgium will still achieve 1.24 percent": a country
# reaching a bare percent, a share of GDP when GDP was named in the paragraph around it
_COUNTRY_REACHES_RE = re.compile(r"(?:\b(?:will|would|is\s+set\s+to|is\s+expected\s+to)\s+(?:still\s+|only\s+|now\s+)?(?:achieve|reach|use)"
                                 r"|\b(?:used|achieved|achieves|reached)(?:\s+only|\s+just)?)\s+" + HEDGE + r"$", I)
_WITH_PERCENTAGE_RE = re.compile(r"\bwith\s+a\s+(?:percentage|share)\s+of\s+$", I)
_CLAUSE_ENDS_RE = re.compile(r"\s*(?:[,.;)]|$|\s+(?:in|by|this|next|last)\s+(?:(?:19|20)\d\d|year)\b)", I)
_REACH_REACH = 4  # sentences back (and one after) in which GDP must be named


# "In terms of GDP share, the government has failed to spend 3 percent on defence. The percentage fell from 2.95 percent
# in 2009 to 2.8 percent in 2010": the share the sentence before spoke of, moving
_PERCENTAGE_MOVED_RE = re.compile(r"[\s\"'\u201c]*(?:the|this|that|its|their)\s+(?:percentage|share|proportion|ratio)\s+(?:has\s+|had\s+)?"
                                  r"(?:fell|fallen|rose|risen|dropped|declined|decreased|increased|grew|grown|climbed|went\s+(?:up|down))"
                                  r"\s+(?:steadily\s+|sharply\s+|slightly\s+)?from\s+" + HEDGE, I)
_DEFENSE_WORD_RE = re.compile(r"\b(?:defen[cs]e|military)\b", I)


def reached_share(ctx: Context, si: int, m: NumberMention, left_edge: int) -> bool:
    """Whether the bare percent ``m`` is a share of GDP a country is said to reach or use (_COUNTRY_REACHES_RE) with the
    country named just before the verb, the clause ending after the percent, and GDP named in the paragraph."""
    if m.kind != "percent" or not 0 < m.value <= 10:
        return False
    sent = ctx.sentences[si]
    if _PERCENTAGE_MOVED_RE.fullmatch(ctx.norm, sent.start, left_edge):
        return si > 0 and ctx.says(si - 1, GDP_WORD_RE) and ctx.says(si - 1, _DEFENSE_WORD_RE)
    if _WITH_PERCENTAGE_RE.search(ctx.norm, max(sent.start, left_edge - 30), left_edge):  # "the United States, which leads the list
        return any(ctx.says(i, GDP_WORD_RE) for i in range(max(0, si - _REACH_REACH), si + 1))  # with a percentage of 3.42%"
    verb = _COUNTRY_REACHES_RE.search(ctx.norm, max(sent.start, left_edge - 60), left_edge)
    if verb is None or not _CLAUSE_ENDS_RE.match(ctx.norm, m.end, min(sent.end + 1, m.end + 20)):
        return False
    subject = [c for c in ctx.country_mentions(max(sent.start, verb.start() - 25), verb.start()) if c.kind != "alliance"]
    if not subject or ctx.norm[subject[-1].end:verb.start()].strip(" ,") not in ("", "still", "now", "only"):
        return False
    return any(ctx.says(i, GDP_WORD_RE) for i in range(max(0, si - _REACH_REACH), min(len(ctx.sentences), si + 2)))


# "as a percentage of total government expenditure it had declined from 11 percent in 2017 to nine percent": a share of
# the budget, not of GDP, whatever the paragraph says of GDP
PCT_FRAME_OF_BUDGET_RE = re.compile(r"\b(?:percentage|share|proportion)\s+of\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w.-]+(?:'s|\u2019s)\s+)?(?:total\s+|overall\s+|general\s+)?(?:government\s+|state\s+|public\s+|national\s+)?"
                                    r"(?:expenditures?|spending|budget|outlays?)\b(?![^.;]{0,60}\b(?:GDP|gross\s+domestic))", I)


def bare_share(b: NumberMention) -> NumberMention | None:
    """A decimal written bare in a list of shares ("ahead of Estonia with 3.43, the United States with 3.38"), as
    the percent it is, or None: a count under 15 with a decimal part (no head count or amount looks so)."""
    if b.kind != "count" or not 0 < b.value < 15 or b.value == int(b.value):
        return None
    return NumberMention(**{**b.__dict__, "kind": "percent"})


# "2 percent of Norway's gross domestic product": the country whose GDP it is owns the share
_OF_WHOSE_GDP_RE = re.compile(r"^\s+of\s+(?:the\s+)?$")
_FOR_COUNTRY_RE = re.compile(r"^\s+(?:for|in)\s+(?:the\s+)?$")  # ("compared to 3.5 percent for the United States.", "5.62 percent in Israel,")
_PHRASE_END_RE = re.compile(r"[ \t]*(?:[.,;:)\n]|$|and\b)")
_WHOSE_GDP_AFTER_RE = re.compile(r"['\u2019]s?\s+(?:" + GDP_WORD + r"|national\s+(?:income|output)|economy)", I)


def owner_after(ctx: Context, m: NumberMention, metric: str) -> list:
    """gdp_owner_after for a share; for a change, the country it is in, named right after it ("spending increases were
    43 percent in Paraguay and 42 percent in Venezuela"), as a bound list, or []."""
    if metric == "defense_share_gdp_pct":
        return gdp_owner_after(ctx, m)
    named = ctx.country_mentions(m.end, min(len(ctx.norm), m.end + 50))[:1] if metric == "budget_change_pct" else []
    if not named or named[0].kind == "alliance":
        return []
    return named if _IN_BEFORE_COUNTRY_RE.fullmatch(ctx.norm, m.end, named[0].start) and _PHRASE_END_RE.match(ctx.norm, named[0].end) else []


def gdp_owner_after(ctx: Context, m: NumberMention) -> list:
    """The country named as the owner of the GDP right after a share ("of Norway's GDP"), or as the one the share is for
    at the end of a phrase ("3.5 percent for the United States."), as a bound list, or []."""
    named = ctx.country_mentions(m.end, min(len(ctx.norm), m.end + 50))[:1]
    if not named or named[0].kind == "alliance":
        return []
    gap = ctx.norm[m.end:named[0].start]
    if (_OF_WHOSE_GDP_RE.search(gap) and _WHOSE_GDP_AFTER_RE.match(ctx.norm, named[0].end)
            or _FOR_COUNTRY_RE.search(gap) and _PHRASE_END_RE.match(ctx.norm, named[0].end)):
        return named
    return []


_IN_BEFORE_COUNTRY_RE = re.compile(r"\s+in\s+(?:the\s+)?")
# "2,01 percent of GDP (...), while already for the next year it is planned to be 2,03 percent", "to reach 2% of its GDP by
# 2030, a significant increase from the current 1.35%", "under 1% of GDP ..., with a low of 0.72% in 2015": the same share,
# another year
_LATER_SHARE_GAP_RE = re.compile(r"(?:\([^()]{0,60}\)|[^.;\d%()]|(?:19|20)\d\d){0,120}?\b(?:(?:is|was|will\s+be|would\s+be)\s+(?:planned|expected|projected|forecast|set|due)\s+(?:to\s+be|at)|"
                                 r"(?:increase|rise)\s+from\s+the\s+(?:current|present)|up\s+from\s+the\s+(?:current|present)|"
                                 r"with\s+an?\s+(?:record\s+|all-time\s+)?(?:low|high|peak)\s+of)\s+(?:about\s+|around\s+)?", I)
# "from the current 800", "up from its present": the level a change starts from is today's
CURRENT_LEVEL_RE = re.compile(r"\bfrom\s+(?:the\s+|its\s+)?(?:current|present)\s*$", I)
_NEXT_YEAR_RE = re.compile(r"\b(?:the\s+)?next\s+year\b", I)


def later_share(ctx: Context, si: int, b: NumberMention, share: Figure, b_left: int) -> Figure | None:
    """The same owner's share for another year, said after ``share`` in the same sentence: today's from 'the current', the
    year after from 'next year', else the year the sentence gives."""
    norm = ctx.norm
    if not _LATER_SHARE_GAP_RE.fullmatch(norm, share.end, b_left):
        return None
    made = make(ctx, si, b, share.metric, share.country_iso3, "pair", "share:later-share")
    if CURRENT_LEVEL_RE.search(norm, share.end, b_left) and ctx.info is not None and ctx.info.published is not None:
        made.stage, made.year = "", ctx.info.published.year  # ("a significant increase from the current 1.35%")
    elif _NEXT_YEAR_RE.search(norm, share.end, b_left) and share.year is not None:
        made.year = share.year + 1  # ("this year ... 2,01 percent, while for the next year it is planned to be 2,03")
    return made


# "1,5 Prozent des Bruttoinlandsproduktes wären um die sechs Milliarden Euro" (glossed: "1.5 Percent of GDP would be
# around six billion euros"): a share opening its sentence as the subject of "would be" is a sum worked out, not spent
_WOULD_BE_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:would|could|was|were)\s+(?:be|mean|amount\s+to|equal|cost|translate\s+(?:in)?to)\b", re.I)
_OPENS_RE = re.compile(r"[\s\"'\u201c\u2018(]*(?:(?:just|only|about|around|some)\s+)?$", re.I)


def worked_out_share(norm: str, sent_start: int, left_edge: int, share_end: int) -> bool:
    """True for a share of GDP that opens its sentence as the subject of "would be" (see above)."""
    return bool(_OPENS_RE.fullmatch(norm, sent_start, left_edge) and _WOULD_BE_AFTER_RE.match(norm, share_end))


gate_all(globals())
