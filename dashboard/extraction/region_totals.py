"""World, regional and alliance totals: the spending of many countries, which no one country owns.

"global defence spending rose to USD2.46 trillion", "European defence spending jumped by 11.7%", "The defense
expenditures of NATO members were 18% higher". In: the sentence context and a number; out: whether the figure is
such a total (``world_or_region_total``) or the alliance members' together (``nato_members_spending``).
"""

from __future__ import annotations

import re

from dashboard.extraction.budget_cues import EXCLUDING_BEFORE_RE, REGION_SPENDING_RE, REGION_WORDS
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.relative_owner import CHANGE_IN_RE
from dashboard.extraction.vocab import I


def world_or_region_total(ctx: Context, si: int, m: NumberMention, left_edge: int) -> bool:
    """"global defence spending rose to USD2.46 trillion", "European defence spending jumped by 11.7%": the spending
    of the world or of a region, with no country named between it and the number."""
    sent = ctx.sentences[si]
    after = CHANGE_IN_RE.match(ctx.norm, m.end)  # "a minor 0.4% drop in military spending in Central America and the Caribbean"
    if after is not None and REGION_SPENDING_RE.match(ctx.norm, after.end()) or _GDP_IN_REGION_AFTER_RE.match(ctx.norm, m.end):
        return True  # (and "3.9 per cent of GDP in Middle Eastern countries, followed by 2.5 per cent of GDP in Europe")
    if region_framed(ctx, sent.start, left_edge, m.end, 0):
        return True
    eu = _EU_TOTAL_RE.search(ctx.norm, max(sent.start, left_edge - 160), left_edge)  # "collective annual EU defence budgets had
    if eu is not None and not [c for c in ctx.country_mentions(eu.end(), left_edge) if c.kind != "alliance"]:  # already increased to"
        return True
    start = max(sent.start, left_edge - 160)
    group = _GROUP_SPENDING_RE.search(ctx.norm, start, left_edge)  # "the defense expenditures of European NATO members and Canada"
    if group:
        return not _NATO_IN_GROUP_RE.search(group.group(0))  # NATO's members: the alliance's figure (see nato_members_spending)
    window = ctx.norm[start:left_edge].lower()  # (each phrase holds one of these words: most windows hold none)
    phrases = list(REGION_SPENDING_RE.finditer(ctx.norm, start, left_edge)) if any(w in window for w in REGION_WORDS) else []
    if not phrases:
        return _bare_after_region(ctx, sent.start, start, left_edge)
    change_in = CHANGE_IN_RE.match(ctx.norm, m.end)  # "despite a 3.9% decrease in Brazil": Brazil's
    if change_in and any(c.start == change_in.end() for c in ctx.country_mentions(change_in.end(), change_in.end() + 60)):
        return False
    return not [c for c in ctx.country_mentions(phrases[-1].end(), left_edge) if c.kind != "alliance"
                and not EXCLUDING_BEFORE_RE.search(ctx.norm, max(0, c.start - 20), c.start)  # ("excluding the US")
                and not _in_closed_bracket(ctx.norm, phrases[-1].end(), c.start, left_edge)]  # ("in Southeast Asia (SIPRI groups East Timor with ...) increased")


_GDP_IN_REGION_AFTER_RE = re.compile(r"\s*of\s+(?:GDP|gross\s+domestic\s+product)\s+in\s+(?:the\s+)?(?:Middle\s+East(?:ern\s+countries)?|MENA|(?:Western\s+|Eastern\s+|Central\s+)?"
                                     r"Europe|European\s+countries|Africa|African\s+countries|Asia(?:\s+and\s+Oceania)?|Oceania|Americas|(?:Latin|Central|South|North)\s+America|world)\b", I)
_EU_TOTAL_RE = re.compile(r"\b(?:(?:collective|combined|total|overall)\s+(?:annual\s+)?EU\s+(?:defen[cs]e|military)\s+(?:budgets?|spending|expenditures?)|"
                          r"(?:EU\s+)?(?-i:Member\s+States)\s+(?:reached|spent|allocated)\s+a\s+combined)\b", I)


# a region named as where the spending is: "Military spending rose 31% in Central America", "In South America, spending
# reached $53.6 billion", "Across the American continent as a whole, defence investment rose 5.8%"
_REGION = (r"(?:(?:North|East|West|Central|Southern|Northern|Eastern|Western|Sub-Saharan)\s+Africa|(?<!South\s)Africa|(?:North|South|Central|Latin)\s+America|"
           r"Americas|American\s+continent|(?:South|East|Central|Southeast|South-East|Western|West)\s+Asia|Asia(?:\s+and\s+Oceania|-Pacific(?:\s+region)?)?|"
           r"Oceania|(?:Western|Eastern|Central|Southern|Northern)\s+Europe|Europe|Middle\s+East|Gulf\s+region|Caribbean|Scandinavia|Nordics|Baltics|Balkans|Sahel)")
_REGION_AFTER_RE = re.compile(r"\s+in\s+(?:the\s+)?(?:whole\s+of\s+(?:the\s+)?|all\s+of\s+(?:the\s+)?)?" + _REGION + r"\b(?!['\u2019])", I)
# the region as the sentence's subject: "However, sub-Saharan Africa saw a 3.2% decline", "Europe recorded ... rising by 12.6%"
_REGION_SUBJECT_RE = re.compile(r"\s*(?:(?-i:[A-Z])[^,.;:\d]{0,30},\s*){0,2}(?:the\s+)?" + _REGION + r"\b(?:['\u2019]s)?\s+(?!(?:countries|nations|states|members)\b)", I)
_REGION_LEAD_RE = re.compile(r"\s*(?-i:In|Across|Throughout)\s+(?:the\s+)?(?:whole\s+of\s+(?:the\s+)?|all\s+of\s+(?:the\s+)?)?" + _REGION + r"\b(?:\s+as\s+a\s+whole)?(?!['\u2019])", I)


def region_framed(ctx: Context, sent_start: int, start: int, end: int, reach: int) -> bool:
    """Whether a sentence that names no country before [start, end) (a number, or the words of a claim) says the
    spending is in a region: as its opening ("In South America, spending reached") or right after them, within
    ``reach`` characters ("rose 31% in Central America"; "military spending rose by 31 % in Central America")."""
    lead = _REGION_LEAD_RE.match(ctx.norm, sent_start) or _REGION_SUBJECT_RE.match(ctx.norm, sent_start)
    if not (lead or any(_REGION_AFTER_RE.match(ctx.norm, at) for at in range(end, end + reach + 1) if ctx.norm[at - 1:at] in (" ", "%") or at == end)):
        return False
    return not [c for c in ctx.country_mentions(lead.end() if lead else sent_start, start) if c.kind != "alliance"]


def _in_closed_bracket(norm: str, start: int, at: int, end: int) -> bool:
    """True when ``at`` is inside a bracket opened after ``start`` and closed before ``end``."""
    opened = norm.rfind("(", start, at)
    return opened > norm.rfind(")", start, at) and norm.find(")", at, end) >= 0


# "Military expenditure in Africa increased by 10.2% ..., the highest increase since 2004, when military expenditure rose by
# 11%": a bare 'military expenditure' later in the sentence of a regional total is the region's again
_BARE_SPENDING_RE = re.compile(r"\b(?:military|defen[cs]e)\s+(?:spending|expenditures?)\s+(?:\w+\s+){0,3}?$", I)


def _bare_after_region(ctx: Context, sent_start: int, start: int, left_edge: int) -> bool:
    """A bare 'military expenditure rose by' right before the number, after a regional total earlier in the same
    sentence (at most 400 characters back), with no country named since."""
    if start <= sent_start or not _BARE_SPENDING_RE.search(ctx.norm, max(start, left_edge - 60), left_edge):
        return False
    back = max(sent_start, start - 400)
    window = ctx.norm[back:start].lower()
    phrases = list(REGION_SPENDING_RE.finditer(ctx.norm, back, start)) if any(w in window for w in REGION_WORDS) else []
    return bool(phrases) and not [c for c in ctx.country_mentions(phrases[-1].end(), left_edge) if c.kind != "alliance"]


_GROUP_SPENDING_RE = re.compile(r"\b(?:[Dd]efen[cs]e|[Mm]ilitary)\s+(?:spending|expenditures?|budgets?|outlays?)\s+(?:of\s+(?:the\s+|all\s+)?"
                                r"(?:[A-Z][\w-]*\s+){0,2}(?:members|allies|member[\s-]+states|countries|nations)|by\s+(?:the\s+)?(?:EU|European\s+Union)\s+member[\s-]+states)\b|\b(?:[A-Z][\w-]*\s+){1,2}(?:states|countries|nations|members)\s+(?:collectively|together|jointly|combined)\b"
                                r"|\b[Aa]mong\s+the\s+\d+\s+(?:countries|nations|states)\b")  # ("Among the 14 countries for which there are data, expenditure was down 4.4%")  # ("Central Asian states collectively")
_NATO_IN_GROUP_RE = re.compile(r"\b(?:NATO|alliance)\b", I)
_EUROPE_AND_CANADA_RE = re.compile(r"\b(?:European\s+(?:NATO\s+)?(?:[Aa]llies|members|member\s+states|countries)|Europe)\s+and\s+Canada\b")


def nato_members_spending(ctx: Context, si: int, m: NumberMention) -> bool:
    """"The defense expenditures of NATO members were 18% higher": the alliance's members together own the change.
    So do a change or share whose clause has the members as its subject, with no country named between them and it:
    "NATO member states increase defense spending to 5% of GDP", "European allies and Canada alone would achieve an
    increase of 17.9%", "all countries except Iceland will amount to 2% of their GDP" (in a passage about NATO)."""
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    sent_start = ctx.sentences[si].start
    group = _GROUP_SPENDING_RE.search(ctx.norm, max(sent_start, left_edge - 90), left_edge)
    if group and _NATO_IN_GROUP_RE.search(group.group(0)):
        return True
    if (group := _EUROPE_AND_CANADA_RE.search(ctx.norm, max(sent_start, left_edge - 140), min(ctx.sentences[si].end, m.end + 80))) is not None:
        span = (sent_start, m.end) if group.start() > m.end else (group.end(), left_edge)  # (after the number: none named before it)
        if not [c for c in ctx.country_mentions(*span) if c.kind != "alliance" and c.iso3 != "CAN"]:
            return True  # "an unprecedented 11% increase in defense spending across European Allies and Canada": NATO but the US
    members = [g for g in _MEMBERS_SUBJECT_RE.finditer(ctx.norm, max(sent_start, left_edge - 140), left_edge)]
    if not members or ";" in ctx.norm[members[-1].end():left_edge]:
        return False
    if not (_NATO_IN_GROUP_RE.search(members[-1].group(0)) or any(ctx.says(k, _NATO_IN_GROUP_RE) for k in range(max(0, si - 2), si + 1))):
        return False
    return not [c for c in ctx.country_mentions(sent_start, left_edge) if c.kind != "alliance" and c.start >= members[-1].start()
                and not EXCLUDING_BEFORE_RE.search(ctx.norm, max(0, c.start - 20), c.start) and c.iso3 != "CAN"]


# the alliance's members as a clause's subject: "NATO member states", "the European allies and Canada", "alliance
# countries", "all NATO countries except Iceland"
_MEMBERS_SUBJECT_RE = re.compile(
    r"\b(?:(?:NATO|[Aa]lliance|European|all)\s+(?:NATO\s+)?(?:member\s+)?(?:states|countries|nations|allies|members|governments)"
    r"|(?-i:[Aa]llies)(?=\s+(?:are|were|will|would|must|should|have|had|spend|spent|agreed|committed|pledged))"
    r"|members\s+of\s+(?:the\s+)?(?:NATO|alliance))\b")




# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
