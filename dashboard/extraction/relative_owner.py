"""The owner named by a relative clause the number stands in.

"the Algerian Army, whose active military personnel are estimated to be 130,000"; "Israel, which, including
US foreign military assistance, spent $18.2bn in 2013"; "tensions with India, which is the largest military
spender in the region with a defence budget of $40bn": the country the clause hangs from owns the number,
whatever country the clause itself names in passing. And the country a comparison passes is not the
subject: "Saudi Arabia has overtaken the UK to have the fourth largest defence budget, with $59.6bn".
"""

from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.vocab import HEDGE

_WHICH_RE = re.compile(r"[,(]\s*(?:which|that)\b"  # (", which" and "(which": "surpassed Syria (which spent 3.9 percent")
                       r"|\s+which\s+(?=(?:spends|spent|has|had|allocates|allocated|devotes|devoted|(?:is|was)\s+spending)\b)")  # ("than China which spends")
_CLAUSE_BREAK_RE = re.compile(r";|\s[\u2013\u2014-]\s|,\s*(?:while|whereas|but|and)\s")
_REACH = 160
_WHICH_ACTS_RE = re.compile(r"\s+(?:(?:only|just|also)\s+)?(?:is|was|has|had|spends|spent|maintains|keeps|fields|devotes|devoted|allocates|allocated)\b")
# a leading "With ..." clause, up to its comma: "With 1,751 troops and 40 military observers, "
_WITH_LEAD_RE = re.compile(r"\W*with\s+(?:[^,;.]|[,.]\d){1,130}?,(?!\d)\s*", re.I)
# "a 20% increase in Nigeria's spending": the country whose spending the change is in
CHANGE_IN_RE = re.compile(r"\s*(?:year-on-year\s+|annual\s+|real\s+|nominal\s+)?(?:increase|rise|jump|growth|hike|cut|drop|decline|fall|reduction|uplift|decrease)"
                           r"\s+in\s+(?:the\s+)?", re.I)
# the agent of a figure's announcement, right after it: "$5 billion in defense expenditures announced by Azerbaijan"
_AGENT_AFTER_RE = re.compile(r"[^.;,\d]{0,60}?\b(?:announced|approved|unveiled|adopted|allocated|earmarked|proposed|requested|"
                             r"budgeted|set\s+aside|planned)\s+by\s+(?:the\s+(?:government\s+of\s+)?)?", re.I)
_ENDS_PHRASE_RE = re.compile(r"\s*[,.;)]")
_POSSESSIVE_SPENDING_RE = re.compile(r"(?:'s|\u2019s)?\s+(?:(?:total|overall|annual)\s+)?(?:(?:military|defen[cs]e)\s+)?"
                                     r"(?:spending|budget|expenditures?|outlays?)\b", re.I)
_COMPARED_RE = re.compile(r"\b(?:as\s+(?:[\w-]+\s+){1,2}as|(?:[\w-]+er|more|less|fewer)\s+(?:[\w-]+\s+){0,2}?than|compared\s+(?:with|to))\s+"
                          r"(?:that\s+of\s+|those\s+of\s+|the\s+)?$", re.I)
_OWNS_NEXT_RE = re.compile(r"['\u2019]s?\s+(?:[a-z-]+\s+){0,2}?\d")
_OVERTAKE_HINT_RE = re.compile(r"overt|surpass|outspen|outpac|outstrip|overhaul|behind|ahead|trail|after")
_OVERTAKE_RE = re.compile(r"\b(?:overtak\w+|overtook|surpass\w*|outspen\w+|outpac\w+|outstrip\w*|overhaul\w+|"
                          r"behind|ahead\s+of|trailing|trails|(?:largest|biggest|greatest|highest)\s+(?:[\w,-]+\s+){0,8}?after)\s+(?:the\s+)?"
                          r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?,?\s+(?:and\s+)?(?:the\s+)?)?$", re.I)  # ("2nd largest of the Middle East, behind Israel")  # a relative clause longer than this has lost its antecedent


_MEMBERS_TO_RAISE_RE = re.compile(r"\b(?:call\w*\s+on|urg\w+|ask\w*|press\w*|want\w*|push\w*)\s+(?:the\s+|all\s+|other\s+|fellow\s+)?(?:NATO|alliance)\s+"
                                  r"(?:members?|allies|member\s+(?:states|countries|nations))\s+to\s+(?:[\w-]+\s+){0,2}?their\b[^.;]{0,70}$", re.I)


_WHICH_RANKED_AFTER_RE = re.compile(r"[^.;]{0,40}?,\s*(?:which|that)\s+(?:ranked|ranks|placed|places|puts|put|made|makes|left|leaves)\s+(?:the\s+)?", re.I)


def relative_owner(ctx: Context, si: int, m: NumberMention, host: str) -> tuple[str, str] | None:
    """(iso3, "whose" | "which") when ``m`` stands in a relative clause hung from a country, or is a change
    'in Nigeria's spending'; else None."""
    sent = ctx.sentences[si]
    norm = ctx.norm
    lead = _WITH_LEAD_RE.match(norm, sent.start, sent.end)
    if lead and m.end <= lead.end():  # "With 1,751 troops and 40 military observers, Uruguay is the largest contributor"
        subject = [c for c in ctx.country_mentions(lead.end(), lead.end() + 40) if c.kind != "alliance" and not ctx.is_place(c)]
        if subject and subject[0].iso3 != host and norm[lead.end():subject[0].start].strip(" \t").lower() in ("", "the"):
            return subject[0].iso3, "which"
    if m.kind == "percent" and _MEMBERS_TO_RAISE_RE.search(norm, max(sent.start, m.start - 160), m.start):
        return "NATO", "which"  # "will call on NATO members to increase their defense spending to at least 2.5 percent": the alliance's
    aside = _subject_past_aside(ctx, sent.start, m.start)
    if aside and aside != host:  # "Singapore, with a population less than 2 percent of Indonesia's, has more than 72,000"
        return aside, "which"
    agent = _AGENT_AFTER_RE.match(norm, m.end, min(sent.end, m.end + 90))
    if agent:  # "the $5 billion in defense expenditures announced by Azerbaijan": the country that announced it
        named = [c for c in ctx.country_mentions(agent.end(), agent.end() + 40) if c.start == agent.end() and c.kind != "alliance"]
        if named and named[0].iso3 != host:
            return named[0].iso3, "which"
    ranked = _WHICH_RANKED_AFTER_RE.match(norm, m.end, min(sent.end, m.end + 80))
    if ranked:  # "a military spending of $24.6 billion in 2022, which ranked Iran 14th globally": the country it ranked
        named = [c for c in ctx.country_mentions(ranked.end(), ranked.end() + 40) if c.start == ranked.end() and c.kind != "alliance"]
        if named and named[0].iso3 != host:
            return named[0].iso3, "which"
    change_in = CHANGE_IN_RE.match(norm, m.end, min(sent.end, m.end + 40))
    if change_in:
        named = [c for c in ctx.country_mentions(change_in.end(), change_in.end() + 40) if c.start == change_in.end()]
        if named and named[0].iso3 != host and (_POSSESSIVE_SPENDING_RE.match(norm, named[0].end, min(sent.end, named[0].end + 50))
                                                or _ENDS_PHRASE_RE.match(norm, named[0].end)):  # "a 3.9% decrease in Brazil, ..."
            return named[0].iso3, "which"
    lo = max(sent.start, m.start - 300)
    whose = norm.rfind(" whose ", lo, m.start)
    if whose >= 0:
        named = [c for c in ctx.country_mentions(max(sent.start, whose - 40), whose)
                 if c.iso3 != host and c.kind != "alliance" and not ctx.is_place(c)]
        if named:
            return named[-1].iso3, "whose"
    which = None
    for found in _WHICH_RE.finditer(norm, max(sent.start, m.start - _REACH), m.start):
        which = found
    if which is None or _CLAUSE_BREAK_RE.search(norm, which.end(), m.start):
        return None
    for c in ctx.country_mentions(which.end(), m.start):  # another country in the clause: only inside an aside
        if "," not in norm[which.start():c.start] or "," not in norm[c.end:m.start]:  # (the aside opens at ", which")
            return None  # "Brazil, which increased spending 16% is followed by Colombia with an 11% jump"
        if norm.endswith(" and ", max(0, c.start - 5), c.start) and c.iso3 != host and not ctx.is_place(c):
            return c.iso3, "which"  # "Estonia, which ..., spent 2.1% ... and Greece, locked in ..., spent 2%": a new subject
    named = [c for c in ctx.country_mentions(max(sent.start, which.start() - 40), which.start() + 1)
             if not norm[c.end:which.start()].strip()]
    if named and named[-1].iso3 != host and named[-1].kind != "alliance" and (
            not ctx.is_place(named[-1]) or _WHICH_ACTS_RE.match(norm, which.end())):  # ("tensions with India, which is")
        return named[-1].iso3, "which"
    return None


# a comparison or description between the subject and its verb: ", with a population less than 2 percent of Indonesia's, has"
_ASIDE_THEN_VERB_RE = re.compile(r"\s*,\s*(?:with|like|unlike|despite|home\s+to)\b(?:[^,;.]|\.\d){3,140},\s+(?:(?:only|also|still|now|already)\s+)?"
                                 r"(?:has|had|have|fields|fielded|maintains|maintained|keeps|kept|spends|spent|is|was|deploys|deployed)\b", re.I)


def _subject_past_aside(ctx: Context, sent_start: int, number_start: int) -> str:
    """The country opening the sentence when a comma aside naming another country stands between it and its verb."""
    named = ctx.country_mentions(sent_start, number_start)
    if len(named) < 2 or ctx.norm[sent_start:named[0].start].strip().lower() not in ("", "the") or named[0].kind == "alliance":
        return ""
    aside = _ASIDE_THEN_VERB_RE.match(ctx.norm, named[0].end, number_start)
    if aside is None or not any(named[0].end < c.start < aside.end() for c in named[1:]):
        return ""
    return named[0].iso3


def overtaken(ctx: Context, sent_start: int, c) -> bool:
    """True when country mention ``c`` is what a comparison passes or is measured against ("has overtaken the UK",
    "a budget twice as large as Athens", "larger than Greece's") and a country was named before it in the sentence
    (the one compared); or that made an estimate of another country's figure ("The United States government agency
    estimated the defense budget at ...", in an article about Sudan)."""
    if c.kind != "alliance" and ctx.main_country not in ("", c.iso3) and _ESTIMATOR_AFTER_RE.match(ctx.norm, c.end):
        return True  # "The United States government agency estimated the defense budget at": whoever made the estimate
    return (compared(ctx, sent_start, c) and any(not ctx.is_place(o) for o in ctx.country_mentions(sent_start, c.start))
            or in_apposition(ctx, sent_start, c))


# "Denmark, a U.S. ally in the war in Iraq, will send ...": a country named inside an apposition to the country before it
_APPOSITION_OPEN_RE = re.compile(r",\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}(?:(?:nation|country|state|republic)\s+(?:which|that)\s+is\s+"
                                 r"(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2})?$", re.I)  # (", a tiny Caucasus nation which is a close U.S. ally")
_APPOSITION_CLOSE_RE = re.compile(r"[^,;.\d()]{0,90},\s+(?!and\b|or\b)", re.I)


def in_apposition(ctx: Context, sent_start: int, c) -> bool:
    """True when country mention ``c`` stands in an apposition ("a U.S. ally in the war in Iraq") right after a country
    named as the sentence's actor: the apposition describes that country, it does not act."""
    opened = _APPOSITION_OPEN_RE.search(ctx.norm, max(sent_start, c.start - 80), c.start)
    return bool(opened and _APPOSITION_CLOSE_RE.match(ctx.norm, c.end) and any(
        o.end == opened.start() and o.kind != "alliance" for o in ctx.country_mentions(sent_start, opened.start())))


_ESTIMATOR_AFTER_RE = re.compile(r"(?:['\u2019]s)?(?:\s+(?:government|intelligence|state|department|agency|agencies|officials?|analysts?|"
                                 r"(?:unification|defen[cs]e|foreign)\s+ministry|ministry|spy))*\s+"  # ("South Korea's unification ministry
                                 r"(?:estimated|estimates|put|puts|assessed|assesses|calculated|speculated|speculates|believes|believed|suspects|"
                                 r"suspected|guessed)\s+(?:the|that|its)\b", re.I)  # speculated that last year's military budget totaled")


def compared(ctx: Context, sent_start: int, c) -> bool:
    """True when country mention ``c`` is what a comparison passes or is measured against (``overtaken``), whether
    or not the sentence names the country compared ("This is ... lower than the United States, where ...")."""
    lo = max(sent_start, c.start - 30)
    window = ctx.norm[lo:c.start].lower()  # (a look for the words first: most mentions follow none of them)
    return bool(("than" in window or "compared" in window or "as " in window)
                and _COMPARED_RE.search(ctx.norm, lo, c.start)
                and not _OWNS_NEXT_RE.match(ctx.norm, c.end)  # ("compared to North Korea's 1.2 million": its own)
                or _OVERTAKE_HINT_RE.search(window) and _OVERTAKE_RE.search(ctx.norm, max(sent_start, c.start - 90), c.start)
                or _LEVELS_AFTER_RE.match(ctx.norm, c.end) is not None)  # ("will rise almost to Estonian levels, ... 2.25 percent")


_LEVELS_AFTER_RE = re.compile(r"(?:['\u2019]s?)?\s+(?:levels?|standards?|average)\b", re.I)


# a country that is to meet the alliance's level: "Norway is aiming to reach NATO's target of spending 2%",
# "working to increase its military spending from the current 1.4% of GDP to 2% to achieve goals set by NATO"
_MEETS_TARGET_RE = re.compile(r"\b(?:reach|meet|hit|achieve|attain|fulfil\w*)\s+(?:NATO's|NATO\u2019s|the\s+(?:NATO|alliance's)|"
                              r"the|its|an?\s+(?:NATO|alliance))\s+(?:[\w-]+\s+){0,2}?(?:target|goal|guideline|benchmark|commitment|"
                              r"requirement|threshold|norm)\b[^.;]{0,40}$"  # ("reach a NATO requirement on spending 2%")
                              # "to Hit NATO 2% Target", "moving Canada to the NATO 2 percent-of-GDP benchmark"
                              r"|\b(?:reach|meet|hit|achieve|attain|fulfil\w*|to)\s+(?:the\s+)?(?:NATO|alliance)(?:'s|\u2019s)?\s+$", re.I)
_OWN_SPENDING_RE = re.compile(r"\b(?:its|their)\s+(?:military|defen[cs]e)\s+(?:spending|budget|expenditures?)\b(?:[^.;]|\.\d){0,50}$", re.I)


def own_share_of_target(ctx: Context, si: int, m: NumberMention, owner: str) -> bool:
    """True when the share NATO's target words surround is a named country's own: the country is the one
    aiming to reach the target, or the share is the level of 'its military spending'."""
    if not owner or owner == "NATO":
        return False
    sent = ctx.sentences[si]
    lo = max(sent.start, m.start - 120)
    if _OF_ITS_GDP_AFTER_RE.match(ctx.norm, m.end) or _IT_SPENT_BEFORE_RE.search(ctx.norm, lo, m.start):
        return True  # "exceed the NATO target, reaching 2.18% of its GDP", "in 2024 it allocated just 0.01% of GDP": the country's
    own = _OWN_SPENDING_RE.search(ctx.norm, lo, m.start)
    if own and not (own.group(0).lower().startswith("their") and _ALL_MEMBERS_RE.search(ctx.norm, lo, own.start())):
        return True  # "its military spending" is the owner's, whoever set the goal (but "X and all other NATO members
        # pledged to increase their defence spending to 2%": every member's, the alliance's target)
    meets = _MEETS_TARGET_RE.search(ctx.norm, lo, m.start)
    if not meets or _NOT_MET_BEFORE_RE.search(ctx.norm, max(lo, meets.start() - 24), meets.start()):
        return False  # ("Romania did not reach the mandatory target of 2 per cent": the target, not what it spent)
    return any(c.iso3 == owner and not ctx.is_place(c) for c in ctx.country_mentions(ctx.sentences[max(0, si - 1)].start, m.start))


_NOT_MET_BEFORE_RE = re.compile(r"\b(?:did\s+not|didn't|does\s+not|doesn't|failed\s+to|fails\s+to|has\s+not|hasn't|have\s+not|haven't|never|yet\s+to|not)\s+(?:yet\s+)?$", re.I)
_OF_ITS_GDP_AFTER_RE = re.compile(r"\s*(?:percent\s+|per\s+cent\s+)?of\s+its\s+(?:own\s+)?(?:GDP|gross\s+(?:domestic|national)\s+product|economic\s+output)", re.I)
_IT_SPENT_BEFORE_RE = re.compile(r"(?:\bit\s+(?:allocated|spent|spends|allocates|devoted|devotes)|,\s*(?:spending|allocating|devoting))\s+"
                                 r"(?:just\s+|only\s+|about\s+|around\s+)?$", re.I)  # ("lags far behind the NATO target, spending just 0.7%")
_ALL_MEMBERS_RE = re.compile(r"\ball\s+(?:other\s+)?(?:NATO\s+|alliance\s+)?members\b|\b(?:all\s+(?:other\s+)?)?(?:NATO\s+|alliance\s+)?(?:allies|member\s+(?:states|countries|nations))\b", re.I)
_COMPARISON_OPENER_RE = re.compile(r"\W*(?:by|in)\s+(?:comparison|contrast)\b", re.I)


def antecedent_country(ctx: Context, si: int, home: str) -> str:
    """The country "the country" refers to when the sentence before names one other country and nothing else:
    "Since 1995, Colombia has spent the most. Last year, the country's spending hit 3.4%" is Colombia's,
    whatever country the article is mostly about (asked only when no publisher or address names a home country:
    a national paper's "the nation" is its own)."""
    if si == 0:
        return ""
    prev = ctx.sentences[si - 1]
    if _COMPARISON_OPENER_RE.match(ctx.norm, prev.start, prev.end):
        return ""  # "By comparison, Britain has 156,940 active ...": the country compared with, not the one talked about
    named = {c.iso3 for c in ctx.country_mentions(prev.start, prev.end) if c.kind != "alliance" and (
        not ctx.is_place(c) or _UNIT_FROM_RE.search(ctx.norm, max(0, c.start - 40), c.start))}  # ("a new contingent from Burundi")
    return next(iter(named)) if len(named) == 1 and home not in named else ""


def opening_country(ctx: Context, si: int) -> str:
    """The country the sentence before opens with as its subject, when it names no other: "El Salvador is increasing
    its commitment. The country is sending 380 soldiers" is El Salvador's, even in an American agency's copy whose
    home country would otherwise be "the country" (asked for "the country"/"the nation", never "the government")."""
    if si == 0:
        return ""
    prev = ctx.sentences[si - 1]
    named = [c for c in ctx.country_mentions(prev.start, prev.end) if c.kind != "alliance"]
    if not named or named[0].kind not in ("name", "short") or len({c.iso3 for c in named}) != 1:
        return ""
    return named[0].iso3 if not ctx.norm[prev.start:named[0].start].strip(" \n\"\u201c") else ""


_UNIT_FROM_RE = re.compile(r"\b(?:contingent|battalion|troops|soldiers|forces|peace-?keepers)\s+from\s+(?:the\s+)?$", re.I)


_VERB_GAP_RE = re.compile(r"(?:\s+[a-z]+){1,5}\s+(?:its|their)\s+" + HEDGE)  # "France scales back its": lower-case words only


def subject_before_its(ctx: Context, si: int, m: NumberMention, host: str) -> str:
    """The country right before "its"/"their" and a verb of at most three words ("as France scales back its
    5,000-strong mission"), or "": "its" means the subject just named, not the first country of the sentence."""
    sent = ctx.sentences[si]
    near = [c for c in ctx.country_mentions(max(sent.start, m.start - 60), m.start) if c.iso3 != host and not ctx.is_place(c)]
    return near[-1].iso3 if near and _VERB_GAP_RE.fullmatch(ctx.norm, near[-1].end, m.start) else ""


def in_closed_aside(norm: str, lo: int, c, end: int) -> bool:
    """True when country mention ``c`` stands inside brackets (nested or not) that close before ``end``: an aside
    ("(... a 59.9 billion-yen budget for U.S. military bases), 1.3% lower"), no actor of the figure after it."""
    depth = norm.count("(", lo, c.start) - norm.count(")", lo, c.start)
    if depth > 0 and norm.count(")", c.end, end) - norm.count("(", c.end, end) >= depth:
        return True
    # ", including United States assistance of US$1.8 billion, amounted to": an aside between commas
    return (comma := norm.rfind(",", lo, c.start)) >= 0 and _INCLUDING_OPENS_RE.match(norm, comma + 1) is not None and "," in norm[c.end:end]


_INCLUDING_OPENS_RE = re.compile(r"\s*(?:including|excluding|not\s+including|of\s+which)\s", re.I)


# "the U.S spent £419 billion": the country right before a verb of spending and the amount (a British paper's pounds)
_SPENT_GAP_RE = re.compile(r"\s+(?:(?:also|alone|still|only|again)\s+)?(?:spent|spends|spend|will\s+spend|allocated|allocates|budgeted)\s+" + HEDGE + r"$", re.I)


def spender_before(ctx: Context, si: int, m: NumberMention, host: str) -> str:
    """The country named as the subject right before "spent" and the amount ``m`` (not a place, not ``host``), or ""."""
    named = _named_right_before(ctx, si, m, host, _SPENT_GAP_RE, lambda c: c.kind != "alliance")
    return named.iso3 if named is not None and not ctx.is_place(named) else ""


def _named_right_before(ctx: Context, si: int, m: NumberMention, host: str, gap: re.Pattern, keep) -> geo.CountryMention | None:
    """The last country (kept by ``keep``, not ``host``) within 40 characters before the amount ``m``, when ``gap``
    spans all that stands between it and the amount; else None."""
    left = m.hedge_start if m.hedge_start is not None else m.start
    near = [c for c in ctx.country_mentions(max(ctx.sentences[si].start, left - 40), left) if keep(c) and c.iso3 != host]
    return near[-1] if near and gap.fullmatch(ctx.norm, near[-1].end, left) else None


# "compared to Algeria's $24.6 billion defence budget": the amount the possessive stands right before is that country's
_POSSESSOR_GAP_RE = re.compile(r"(?:['\u2019]s|['\u2019])\s+(?:(?:estimated|reported|planned|proposed|record|total|annual|mere|modest|own)\s+)?")


def possessor_of_amount(ctx: Context, si: int, m: NumberMention, host: str) -> str:
    """The country whose possessive stands right before the amount ``m`` (not ``host``), or ""."""
    named = _named_right_before(ctx, si, m, host, _POSSESSOR_GAP_RE, lambda c: c.kind in ("name", "short"))
    return named.iso3 if named is not None else ""
