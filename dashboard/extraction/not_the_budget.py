"""Money that reads like the defence budget but is not: the state budget a sentence opens on before the money it
allots to defence, and the levels and changes of a cut (or of a service's share) rather than of the budget."""

from __future__ import annotations

import re

from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import COMPONENT_RE, HEDGE, I

# "With a budget of RM232.2 billion for 2012, the Government has allocated RM13.714 billion for defence": the amount
# the sentence opens on is the whole state budget when a later one of the sentence is the money for defence
_WITH_BUDGET_OPENS_RE = re.compile(r"\W*(?-i:[A-Z][A-Z .'-]{2,40}(?::|\s[\u2013\u2014-]))?\s*with\s+(?:a|an|its|the)\s+(?:total\s+|national\s+|state\s+|overall\s+)?budget\s+of\s+" + HEDGE + r"$", I)
_LATER_FOR_DEFENSE_RE = re.compile(r"[^.;]{0,120}?\ballocated\s+" + HEDGE + r"[^\s\d]{0,4}\s?[\d.,]*\d\s*(?:trillion|billion|million|bn|m)?\s+for\s+"
                                   r"(?:the\s+)?(?:defen[cs]e|military|armed\s+forces)\b", I)


def whole_budget_opening(norm: str, sent_start: int, left_edge: int, end: int) -> bool:
    """True for the state budget a sentence opens on before the money it allots to defence (see above)."""
    return bool(_WITH_BUDGET_OPENS_RE.fullmatch(norm, sent_start, left_edge) and _LATER_FOR_DEFENSE_RE.match(norm, end))


# "while the budget for state radio and television will rise by 42 percent": the budget of a body that is not defence's
_OTHER_BODY_BUDGET_CHANGED_RE = re.compile(r"\bbudgets?\s+(?:of|for)\s+(?P<what>[^.;,\d]{1,60}?)\s+(?:will\s+|would\s+|is\s+(?:set|expected)\s+to\s+)?"
                                           r"(?:rise|increase|grow|climb|jump|fall|drop|decrease|go\s+up|go\s+down)\s+by\s+" + HEDGE + r"$", I)
_DEFENCE_BODY_WORD_RE = re.compile(r"\b(?:defen[cs]e|military|armed|army|navy|air\s+force|forces|troops|soldiers|security|war|pentagon|"
                                   r"ministry|department|years?|fiscal|period|term|next|coming|current|this|(?-i:[A-Z]\w*))\b", I)  # (a name may be a country's or a force's; "for next year")


# "defense expenditures as a percentage of gross national product (GNP) decreased by slightly less than 1 percent": points
_SHARE_CHANGED_RE = re.compile(r"\bas\s+an?\s+(?:percentage|share|proportion|ratio)\s+of\s+(?:the\s+)?(?:gdp|gnp|gross\s+(?:domestic|national)\s+product)"
                               r"(?:\s*\([^()]{0,10}\))?\s+(?:has\s+|have\s+|had\s+)?(?:decreas|increas|declin|ris|rose|fell|fall|grew|grow|drop)\w*\s+by\s+[^.;\d]{0,30}$", I)


# "while the gross foreign borrowing is expected to rise 17.7 percent", "with the economy expected to shrink in 2020 by around"
_OTHER_THING_MOVES_RE = re.compile(r"\b(?:borrowing|debt|deficit|revenues?|exports?|imports?|inflation|economy|gdp|prices?|wages|pensions)\s+"
                                   r"(?:(?:is|are|was|were|currently|now)\s+)*(?:(?:expected|forecast|projected|set)\s+to\s+)?"
                                   r"(?:rise|increase|grow|climb|jump|fall|drop|decrease|shrink|contract)\w*\s+(?:in\s+(?:19|20)\d\d\s+)?(?:by\s+)?" + HEDGE + r"$", I)


_OTHER_THING_REACHES_RE = re.compile(_OTHER_THING_MOVES_RE.pattern[:-1] + r"[\d.,]+\s*(?:%|percent|per\s*cent)\s+to\s+" + HEDGE + r"$", I)


def other_thing_reached(before: str) -> bool:
    """True when the amount right after ``before`` is the level something other than defence reached ("while the
    gross foreign borrowing is expected to rise 17.7 percent to 222.5 billion rupees")."""
    return _OTHER_THING_REACHES_RE.search(before[-120:]) is not None


def another_thing_changed(before: str) -> bool:
    """True when the percent right after ``before`` changes something other than the defence budget: the budget of a
    body with no defence word, a share of GDP (a change in points), or another item of a bracketed list (see above)."""
    found = _OTHER_BODY_BUDGET_CHANGED_RE.search(before[-120:])
    item = _BRACKET_ITEM_CHANGE_RE.search(before[-90:])
    return (bool(found) and not _DEFENCE_BODY_WORD_RE.search(found.group("what")) or bool(_SHARE_CHANGED_RE.search(before[-140:]))
            or bool(_OTHER_THING_MOVES_RE.search(before[-90:]))
            or bool(item) and not _DEFENCE_ITEM_RE.fullmatch(item.group("item")))


# "education (368.7 billion THB, down 0.1 percent year-on-year), interior (353 billion THB, up 7.7 percent)": each item's own
_BRACKET_ITEM_CHANGE_RE = re.compile(r"\b(?P<item>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s*\([^()]{0,60}?,\s*(?:up|down|(?:an?\s+)?(?:increase|rise|decrease|drop|fall|cut)\s+of)\s+(?:by\s+)?$", I)
_DEFENCE_ITEM_RE = re.compile(r"(?:.*\s)?(?:defen[cs]e|military|army|armed|spenders?)(?:\s.*)?", I)  # ("military spender globally ($88.5 billion, up 28%)")


# "The UK has pledged an additional $13 million" after a sentence on pledges and a credit facility for Lebanon's military: aid
_PLEDGED_BEFORE_RE = re.compile(r"\b(?:pledg\w*|promis\w*|donat\w*)\b[^.;\d]{0,40}$", I)
_AID_RE = re.compile(r"\b(?:aid|assistance|donors?|donat\w*|credit\s+facility|pledg\w*|help)\b", I)


def pledged_aid(ctx, si: int, before: str) -> bool:
    """True for an amount pledged or promised in a sentence, or after one, about aid (see above)."""
    return bool(_PLEDGED_BEFORE_RE.search(before[-60:])) and (ctx.says(si - 1, _AID_RE) or ctx.says(si, _AID_RE) and "aid" in before.lower())


def component_subject(ctx, sent_start: int, left_edge: int) -> bool:
    """True when a line of the budget opens the sentence ("The secret expenditure increased by Shs 264.9bn ... 77 percent
    increase") and no budget is named after it (not "... has now pushed the sector's budget to", nor "the 17.1 percent
    increment to the defense budget" after a Civic Education Association)."""
    found = COMPONENT_RE.search(ctx.norm, sent_start, min(left_edge, sent_start + 40))
    return found is not None and not _BUDGET_WORD_RE.search(ctx.norm, found.end(), left_edge + 120)  # ("the 17.1 percent increment to the defense budget")


_BUDGET_WORD_RE = re.compile(r"\bbudgets?\b", I)


# "decided to reduce proposed defense cuts from NIS 4 billion to NIS 3b", "moderates the proposed cut to the defense
# budget by NIS 1b": the levels and the change of a cut (or of a rise) are not the budget's
_CHANGE_OF_A_CUT_RE = re.compile(r"\b(?:reduc\w*|lower\w*|moderat\w*|scal\w+\s+back|trim\w*|halv\w*|rais\w*|increas\w*)\s+(?:the\s+|its\s+|their\s+)?"
                                 r"(?:proposed\s+|planned\s+|originally\s+planned\s+)?(?:[\w-]+\s+){0,2}?(?:cuts?|reductions?)\b"
                                 r"(?:\s+(?:to|in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?budget)?\s+(?:from\s+[^.;]{1,40}?\s+to|by)\s+" + HEDGE + r"$"
                                 # "The 1.3-million-strong army ... received the largest slice, with Sinha increasing its share by $543
                                 # million to $6.7 billion": a part's share of the budget, not the budget
                                 r"|\b(?:its|their)\s+share\s+(?:of\s+the\s+(?:[\w-]+\s+)?budget\s+)?(?:by\s+[^.;]{1,30}?\s+to|by|to)\s+" + HEDGE + r"$", I)


def change_of_a_cut(before: str) -> bool:
    """True when the amount is a level or a change of a cut, not of the budget (see above)."""
    return _CHANGE_OF_A_CUT_RE.search(before[-160:]) is not None


_BREAKDOWN_RE = re.compile(r"\bbreak-?down\b", re.I)
_PART_LINK_RE = re.compile(r"\b(?:is|are|was|were|for|to|goes|went|as\s+follows)\b|:|\d", re.I)


def in_breakdown(lead: str) -> bool:
    """Whether the money after ``lead`` is one part of a breakdown the sentence gives ("The breakdown of the budget is
    R31 billion for the ministry, R20 billion for the army"), not the whole it breaks down ("the breakdown of the 2026
    defence budget of 61 billion rand is ..."): something stands between the cue and the money that links a part
    (a verb, "for", a colon) or another amount does."""
    cue = next(reversed(list(_BREAKDOWN_RE.finditer(lead))), None) if "reak" in lead else None
    if cue is None:
        return False
    between = re.sub(r"\b(?:19|20)\d\d\b", "", lead[cue.end():])  # (a year is no amount)
    return bool(_PART_LINK_RE.search(between))


# "The R5 billion we had proposed to allocate to the Department of Defence for its participation in the SADC Mission",
# "a R3 billion allocation ... to cater for the deployment and the withdrawal of the SANDF from the DRC": money a
# sentence gives a mission or a deployment is what the mission costs, not the defence budget (unless the sentence
# names the budget itself as the whole: "the defence budget of R50 billion includes R3 billion for the deployment")
_MISSION_PURPOSE_RE = re.compile(r"\b(?:for|to\s+(?:cater|pay)\s+for|to\s+(?:cover|fund|finance))\s+(?:its\s+|their\s+|the\s+)?"
                                 r"(?:participation\s+in|deployment\s+(?:and|of|in|to)|withdrawal\s+(?:of|from)|"
                                 r"(?:[\w-]+\s+){0,5}?(?:peace-?keeping\s+)?mission\s+(?:in|to)|peace-?keeping\s+operations?)\b"
                                 # "spends about $260 million each year to maintain its military presence in Iceland"
                                 r"|\bto\s+(?:maintain|keep|sustain)\s+(?:its\s+|their\s+|the\s+)?(?:military\s+)?(?:presence|troops|forces|garrison|bases?)\s+(?:in|on|abroad|overseas)\b", I)


# "The UPDF is to spend Shs 672m every day on its operations in Somalia": a rate per day, week or month
PER_DAY_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:per|a|each|every)\s+(?:day|week|month)\b|\s+(?:daily|weekly|monthly)\b", I)
# "approved an additional budget of 122 billion ETB out of which the biggest allocation was made for the Ministry of
# Defense": a whole of which the defence money is a part (unless the whole is the defence budget itself)
OF_WHICH_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:out\s+)?of\s+which\b", I)
# "When you add in Purchasing Power Parity ..., the defense spending comes in at some $80 billion": an estimate in
# PPP dollars, not the budget in money
PPP_RE = re.compile(r"\bpurchasing[\s-]+power[\s-]+parity\b|(?-i:\bPPP)[\s-]+(?:terms|dollars|basis|adjusted)\b|\b(?:in|at|on\s+a)\s+(?-i:PPP)\b", I)  # (not "the PPP government": a party)
PPP_WHY = "an amount in purchasing-power-parity dollars: an estimate, not the budget in money"
# "envisages the expenditure of 666 billion roubles (2.73% of GDP, ...) under the item National Defense": the state
# budget's defence line, which is the defence budget
UNDER_DEFENCE_ITEM_RE = re.compile(r"\s*(?:\([^()]{0,120}\)\s*)?,?\s*(?:(?:is|are|was|were)\s+)?(?:(?:allocated|earmarked|set\s+aside|provided|spent)\s+)?"
                                   r"under\s+the\s+(?:budget\s+)?(?:item|heading|chapter|section|line|title)\s+[\"']?National\s+Defen[cs]e\b", I)
MISSION_WHY = "money for a mission or a deployment ('for its participation in the SADC Mission'): what it costs, not the defence budget"


def mission_money(ctx, si: int) -> bool:
    """True when sentence ``si`` gives its money to a mission or a deployment (see above); once per sentence."""
    return ctx.says(si, _MISSION_PURPOSE_RE)


def after_mission_money(ctx, si: int) -> bool:
    """True for a change in a sentence that names no defence budget of its own right after a sentence that gives its
    money to a mission ("... increase its budget for the African Union Mission in Somalia from Shs 137bn to Shs 245bn.
    This means a Shs 107 billion increase"): the mission's change, not the budget's."""
    return si > 0 and not ctx.says(si, DEFENSE_BUDGET_WORDS_RE) and mission_money(ctx, si - 1)


DEFENSE_BUDGET_WORDS_RE = re.compile(r"\b(?:defen[cs]e|military|armed\s+forces)\s+(?:budget|spending|expenditure|allocation)", I)

# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
