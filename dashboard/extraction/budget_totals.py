"""Whose total an amount is: the defence ministry's own request or budget total (whatever scope words follow it),
or the whole state budget's change. In: the text before an amount (and after it, for a component word). Out: yes/no
answers and matches for ``budgets.money`` and ``budget_percents.percent``."""

from __future__ import annotations

import re

from dashboard.extraction.budget_patterns import AMOUNT_RE
from dashboard.extraction.context import Context
from dashboard.extraction.vocab import COMPONENT_RE, DEFENSE_CTX_RE, DEFENSE_WORD, FOR_DEFENSE_AFTER_RE, HEDGE, I

# "The Defense Ministry had requested a budget of 200.9 billion baht for national defense and security matters":
# the ministry's own budget, whatever scope words follow it
_MINISTRY_ASKS_RE = re.compile(r"\b(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e)\b[^.;]{0,60}?\b(?:requested|"
                               r"asked\s+for|sought|received|was\s+allocated|gets?|got)\b", I)
_AND_SECURITY_RE = re.compile(r"defen[cs]e\s+and\s+(?:internal\s+|public\s+|national\s+)?security", I)


def component_named(norm: str, start: int, end: int, lead: str) -> re.Match | None:
    """A component word after an amount (``COMPONENT_RE`` in ``norm[start:end]``), except "defence and security"
    describing what the defence ministry's own request or allocation is for; or, in the ``lead`` before it, funding
    for a named unit ("Funding for Combat and Maneuver Forces alone has risen from MVR 769 million")."""
    found = COMPONENT_RE.search(norm, start, end)
    if found and _AND_SECURITY_RE.fullmatch(found.group(0)) and _MINISTRY_ASKS_RE.search(lead):
        found = None
    if found:
        return found
    if "this" in lead or "these" in lead:
        part = _OF_THIS_SUM_RE.search(lead)
        if part and not _AND_SECURITY_RE.search(norm, max(0, start - 300), start):
            return part  # "From this sum, AMD 300.5 billion will be spent on ...": a part of the sum just named (but
            # defence's part of a "defense and security" sum named just before is the defence budget)
    low = lead.lower()  # (most leads name no funding, allocation or spending: skip the search)
    return _UNIT_FUNDING_RE.search(lead) if ("fund" in low or "alloc" in low or "spend" in low) else None


_OF_THIS_SUM_RE = re.compile(r"\b(?:from|of|out\s+of)\s+(?:this|these)\s+(?:sum|amount|total|allocation|funds|budget)s?\s*,?\s+" + HEDGE + r"$", I)


_UNIT_FUNDING_RE = re.compile(r"\b(?:funding|allocations?)\s+for\s+(?!(?:the\s+)?(?:[\w-]+\s+)?(?:defen[cs]e|military|armed\s+forces|ministry|"
                              r"national\s+defen[cs]e|financial|fiscal|year|fy)\b)(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]+){1,3}\b"
                              r"(?![^.;]*\b(?:defen[cs]e|military)\s+(?:budget|spending)\b)"
                              # "Spending for the other two areas is expected to be steady at $6.7 billion": not defence's
                              r"|\b(?:spending|funding|allocations?)\s+(?:for|on|of)\s+the\s+other\s+(?:\w+\s+)?(?:areas|ministries|sectors|"
                              r"departments|portfolios)\b", I)


# "despite government expenditure increasing from OMR10.88 billion to OMR12.13 billion": the whole budget's change
_WHOLE_TOTAL_CHANGED_RE = re.compile(r"\b(?:government|state|national|federal|public|total|overall|general)\s+(?:(?:19|20)\d\d\s+)?(?:expenditures?|spending|"
                                     r"budget(?:\s+expenses|\s+expenditures?)?|outlays?)\s+(?:\w+\s+){0,4}?(?:increas\w*|ris\w*|rose|gr[eo]w\w*|jump\w*|climb\w*|"
                                     r"fell|fall\w*|decreas\w*|went|(?<=was\s)up|(?<=was\s)down|(?<=is\s)up|(?<=is\s)down)\b(?![^;]*\b(?:defen[cs]e|military)\b)[^;]*$", I)


def whole_total_changed(before: str) -> bool:
    """True when the level a change reaches is the whole state budget's ("government expenditure increasing from
    X to Y"), with no defence word between that subject and the amount."""
    return bool(_WHOLE_TOTAL_CHANGED_RE.search(before[-130:]))


# "the defence ministry's budget for 2025, which provides for total expenditure of €588.4 million": the budget's own total
_DEFENSE_BODY = (r"(?:[A-Z][\w-]*['\u2019]s\s+)?(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry|"
                 r"department\s+of\s+defen[cs]e|armed\s+forces)")
_OWN_TOTAL_RE = re.compile(r"\b(?:defen[cs]e|military)(?:\s+ministry['\u2019]s|\s+ministry)?\s+budget\b[^.;]{0,40}?,?\s+(?:which|that)\s+"
                           r"(?:provides\s+for|foresees|envisages|includes|sets\s+out|amounts\s+to)\s+(?:a\s+)?total\s+"
                           r"(?:expenditure|spending|outlays?)\s+of\s+" + HEDGE + r"$"
                           # "The Ministry of Defence has a total budget of N465.488bn", "the allocations for the Ministry of Defense
                           # from the state budget will amount to 1,047.2 billion lei"
                           r"|\b(?:" + _DEFENSE_BODY + r")\s+(?:has|had|will\s+have|gets|got|receives|received)\s+(?:a\s+)?total\s+"
                           r"(?:budget|allocation|expenditure|spending)\s+of\s+" + HEDGE + r"$"
                           r"|\ballocations?\s+(?:for|to)\s+(?:the\s+)?(?:" + _DEFENSE_BODY + r")\s+from\s+the\s+(?:state|national|federal)\s+budget\s+"
                           r"(?:will\s+)?(?:amounts?|amounted|amount)\s+to\s+" + HEDGE + r"$"
                           # "RFMF's allocation in the 2022-2023 National Budget is $94.1 million": the force's share of it
                           r"|" + DEFENSE_WORD + r"['\u2019]s\s+(?:allocation|budget|appropriation)\s+(?:in|under|from)\s+the\s+(?:[\d/-]+\s+)?"
                           r"(?:national|state|federal|government|annual)\s+budget\s+(?:is|was|will\s+be|stands\s+at|amounts\s+to)\s+" + HEDGE + r"$", I)


def own_total(before: str, right: str = "") -> bool:
    """True when the 'total expenditure' before an amount is the defence budget's own ("the defence ministry's budget
    for 2025, which provides for total expenditure of ..."), not the state's; or the state budget's allotment named
    for defence ("The annual state budget included an allotment of MVR 17.9 million for the Defense Ministry")."""
    return bool(_OWN_TOTAL_RE.search(before[-130:]) or _ALLOTMENT_OF_END_RE.search(before[-40:]) and FOR_DEFENSE_AFTER_RE.match(right))


_ALLOTMENT_OF_END_RE = re.compile(r"\b(?:an?\s+)?(?:allotment|allocation|appropriation|provision)\s+of\s+" + HEDGE + r"$", I)


# "the government's total spend of Rs2.54 trillion, which is slightly lower than the Rs2.56 trillion allocated for the
# current year": the level compared with is the whole budget's too
_WHOLE_COMPARED_RE = re.compile(r"\b(?:total|overall|whole|entire|general)\s+(?:spend|spending|expenditures?|budget|outlays?)\s+of\s+"
                                r"(?:[^.;]|\.\d){0,40}?,\s*(?:which|that)\s+(?:is|was)\s+[^.;]{0,30}?\b(?:than|from)\s+(?:the\s+)?$"
                                # "The total proposed budget for 2023 is AD13,789 billion (US$98 billion) which is a 63% increase on the"
                                r"|\b(?:total|overall|whole|entire|general)\s+(?:proposed\s+|draft\s+|planned\s+)?(?:spend|spending|expenditures?|budget|outlays?)\b"
                                r"(?:[^.;]|\.\d){0,90}?\b(?:increase|rise|hike|jump|decrease|drop|cut|up|down)\s+(?:on|from|over|compared\s+(?:to|with))\s+(?:the\s+)?$", I)


def whole_compared(before: str) -> bool:
    """True when the amount is what the whole budget, named just before, is compared with."""
    return _WHOLE_COMPARED_RE.search(before[-160:]) is not None


# "The minister for Defence and National Service ... Speaking when tabling his ministry's budget proposal, which amounts
# to Sh1.84 trillion": the ministry is the defence minister's, named in this sentence or the one before
_MINISTRY_BUDGET_BEFORE_RE = re.compile(r"\b(?:his|her|the|its)\s+ministry['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:budget|allocation|estimates)"
                                        r"(?:\s+(?:proposal|request|estimates))?(?:\s+for\s+(?:fiscal\s+|FY\s*)?(?:19|20)\d\d(?:[/-]\d{2,4})?)?(?:\s*,?\s+(?:which|that)\s+(?:amounts?\s+to|totals?|"
                                        r"stands?\s+at|is|was|comes\s+to)|\s+of|\s+(?:amounts?\s+to|totals?|stands?\s+at|is|was))\s+" + HEDGE + r"$"
                                        # "The Ministry was allocated a total amount of $358.1 million"
                                        r"|\bthe\s+ministry\s+(?:was|has\s+been|is|will\s+be)\s+allocated\s+(?:a\s+total\s+(?:amount\s+)?of\s+)?" + HEDGE + r"$"
                                        # "the budget of the aforementioned institution constituted GEL 54 million in 2003"
                                        r"|\b(?:budget|funding|allocation)\s+(?:of|for)\s+the\s+(?:aforementioned\s+|said\s+|same\s+)?"
                                        r"(?:institution|ministry)\b[^.;]{0,40}?\s(?:constituted|amounted\s+to|was|stood\s+at|totall?ed|"
                                        r"reached)\s+" + HEDGE + r"$", I)
_DEFENSE_MINISTER_RE = re.compile(r"\b(?:minist(?:er|ry)\s+(?:for|of)\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+minist(?:er|ry))\b", I)


def _defense_minister_near(ctx, si: int, back: int) -> bool:
    """True when this sentence or one of the ``back`` before it (or the headline and first sentence) names the defence
    minister or ministry ("Bulgaria Defense Ministry 'to Lay Off 4600'" ... "the ministry's budget for 2015 is")."""
    return any(ctx.says(i, _DEFENSE_MINISTER_RE) for i in range(max(0, si - back), si + 1)) or ctx.in_lede(_DEFENSE_MINISTER_RE)


_MINISTRY_ALLOCATION_RE = re.compile(r"\b(?:allocation|budget)\s+(?:for|of)\s+the\s+ministry\b", I)
_THAN_CURRENT_BUDGET_RE = re.compile(r"\b(?:than|from|against)\s+(?:the\s+)?(?:current|previous|outgoing|last\s+year['\u2019]s)\s+"
                                     r"(?:budget|allocation)\s+of\s+" + HEDGE + r"$", I)
_DEFENDED_BY_MINISTER_AFTER_RE = re.compile(r"[^.;]{0,40}?\b(?:defended|presented|tabled|submitted|unveiled|proposed|requested)\b[^.;]{0,60}?"
                                            r"\bby\s+the\s+(?:[\w-]+\s+){0,4}?(?:defen[cs]e\s+minister|minister\s+(?:of|for|in\s+charge\s+of)\s+"
                                            r"(?:the\s+)?(?:national\s+)?defen[cs]e)\b", I)
_WHEN_IT_WAS_RE = re.compile(r"\b(?:allocation|budget|spending)\s+(?:for|in|of)\s+(?:19|20)\d\d\s*,\s*when\s+it\s+(?:was|stood\s+at|amounted\s+to)\s+$", I)
# the words before an amount, whatever spaces or line breaks stand between them (a re-wrapped text reads the same)
_BUDGET_OF_END_RE = re.compile(r"\bbudget\s+of\s+(?:about\s+|some\s+)?$", I)


def ministry_budget(ctx, si: int, before: str, right: str = "") -> bool:
    """True for "his ministry's budget proposal, which amounts to" (or "the allocation for the ministry's 2019/20
    financial year is slightly less than the current budget of") when the ministry is the defence ministry; and for
    "the budget of 324.3 billion FCFA defended last Saturday ... by the Minister in charge of Defence"."""
    if _BUDGET_OF_END_RE.search(before[-30:]) and _DEFENDED_BY_MINISTER_AFTER_RE.match(right):
        return True
    if "when" in before[-60:] and _WHEN_IT_WAS_RE.search(before[-80:]) and _defense_minister_near(ctx, si, 1):
        return True  # "the allocation for the Defense Ministry for 2017 is ..., lower than the allocation for 2016, when it was"
    lead = before[-160:]
    low = lead.lower()
    return ("ministry" in low or "institution" in low) and (_MINISTRY_BUDGET_BEFORE_RE.search(lead) is not None or (
        _MINISTRY_ALLOCATION_RE.search(lead) is not None and _THAN_CURRENT_BUDGET_RE.search(lead) is not None)) and (
        _defense_minister_near(ctx, si, 2))


# "57% of the total defence budget of R47.169 billion - just on R27 billion - will go towards compensation": the whole
_WHOLE_BUDGET_OF_RE = re.compile(r"\b(?:total|overall|entire|whole)\s+(?:defen[cs]e|military)\s+budget\s+of\s+" + HEDGE + r"$", I)
_DEFENSE_SUBJECT_RE = re.compile(r"\b(?:defen[cs]e|military)\b", I)
WHOLE_LEAD_END_RE = re.compile(r"\s(?:in|of)\s+(?:the|its)\s+$", I)  # "the largest item in the R48 billion defence budget"
_OF_ITS_END_RE = re.compile(r"\sof\s+its\s+$", I)


def whole_budget(lead: str, right: str, before: str) -> bool:
    """True for the whole budget named beside its parts: "of the total defence budget of R47.169 billion", and "The
    Defence ministry intends to spend more than half of its Shs 1.4 trillion budget ... on the welfare of soldiers"."""
    return bool(_WHOLE_BUDGET_OF_RE.search(before[-60:]) or _OF_ITS_END_RE.search(lead[-12:]) and right.lstrip().startswith("budget")
                and _DEFENSE_SUBJECT_RE.search(before[-160:])
                or _TABLED_A_RE.search(before[-90:]) and _BUDGET_FOR_YEAR_AFTER_RE.match(right))  # ("The Ministry of Defence
    # tabled a $597.67 million budget for the 2022/23 fiscal year to support the modernisation of ...": the whole, its purpose after)


_TABLED_A_RE = re.compile(r"\b" + _DEFENSE_BODY + r"\s+"
                          r"(?:has\s+)?(?:tabled|presented|proposed|submitted|unveiled|requested)\s+an?\s+$", I)
_BUDGET_FOR_YEAR_AFTER_RE = re.compile(r"\s*budget\s+for\s+(?:the\s+)?(?:(?:19|20)\d\d|fiscal|financial|coming|next)\b", I)


def compared_with_a_part(norm: str, sent_start: int, left_edge: int) -> bool:
    """Whether the level a change is measured from follows another sector's amount or a line of the budget, named
    before the sentence's first amount ("the Philippine National Police will receive P206.2 billion, or P7.9 billion
    higher than this year's P198.3 billion": the police's money last year, not defence's), or given a purpose right
    after it ("This includes $85 million for general services, up from the $81.4 million last year")."""
    first = AMOUNT_RE.search(norm, sent_start, left_edge)
    return bool(first) and (COMPONENT_RE.search(norm, max(sent_start, first.start() - 160), first.start()) is not None
                            or _FOR_PURPOSE_THEN_FROM_RE.search(norm, max(sent_start, left_edge - 100), left_edge) is not None)


# "$85 million for general services, up from the": the amount a level is compared with is a purpose's
_FOR_PURPOSE_THEN_FROM_RE = re.compile(r"(?:\d|\b(?:million|billion|trillion|bn|mn|m))\s+for\s+(?!(?:the\s+|its\s+)?(?:defen[cs]e|military|armed|army|ministry|forces?|fiscal|financial|next|this|"
                                       r"the\s+year|(?:19|20)\d\d)\b)[a-z][\w\s-]{2,40}?,?\s+(?:up|down)\s+from\s+(?:the\s+|its\s+)?$")

# "a near doubling of the allocation for the integrated coastal surveillance system to": the money of a line named
# in lower case, with no defence word, force or capitalised name in it
_LINE_FOR_RE = re.compile(r"\b(?:allocations?|budgets?|funding|provisions?)\s+for\s+(?P<what>(?:the\s+|an?\s+)?[a-z][a-z\s-]{2,60}?)\s+(?:to|from|at)\s*"
                         r"(?:[^\s,;][^,;]{0,30},?\s+(?:up|down)\s+from\s+(?:the\s+)?)?$")  # (and the level it rose from)
_FORCE_OR_DEFENSE_RE = re.compile(r"\b(?:" + DEFENSE_WORD + r"|military|army|armed|forces?|troops|soldiers|navy|ministry|security|country|nation|state|year|fiscal|financial|next|current|coming|period|"
                                  r"biennium|quarter|months?)\b", I)


def line_changed(change_text: str) -> bool:
    """Whether the change before a level ("doubling of the allocation for the X system to") is a lower-case line's,
    or the amount is a line's own ("an allocation for construction works worth RD$1,453.3 million")."""
    found = _LINE_FOR_RE.search(change_text) or _LINE_WORTH_RE.search(change_text)
    return bool(found) and not _FORCE_OR_DEFENSE_RE.search(found.group("what")) or _PROJECT_WORTH_RE.search(change_text) is not None \
        or _INCREASE_FROM_RE.search(change_text) is not None


# "an appropriation increase for defence from EUR 80 million granted in 2017 to EUR 110 million in 2018": the increase itself grows
_INCREASE_FROM_RE = re.compile(r"\b(?:appropriation\s+(?:increase|addition)|top-up|supplement)\s+(?:for\s+(?:the\s+)?(?:defen[cs]e|military)\s+)?from\s+(?:[^.;]|\.\d){0,60}$", re.I)


# "the «Proyecto Construccion Verja Perimetral Inteligente» worth US$239,980,000": a named project's value
_PROJECT_WORTH_RE = re.compile(r"\b(?:projects?|proyecto|projet|programmes?|programs?|contracts?|deals?|orders?|purchases?)\b[^.;$\u20ac\u00a3]{0,100}?[\u00bb\u201d\"]?\s*(?:worth|,?\s*for\s+a\s+total\s+of|valued\s+at|costing)\s+"
                               r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", I)


_LINE_WORTH_RE = re.compile(r"\b(?:allocations?|budgets?|funding|provisions?|appropriations?)\s+for\s+(?P<what>(?:the\s+|an?\s+)?[a-z][a-z\s-]{2,60}?)\s+"
                            r"(?:worth|by\s+value\s+of|valued\s+at|amounting\s+to|totall?ing)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")


# "the KDF will spend Sh81 billion on its operations, Sh15 billion on the modernisation programme and ...": each
# amount of a list by purpose is a line of the budget, the first one too
_PURPOSE_LIST_AFTER_RE = re.compile(r"\s+on\s+(?:its|the|their)\s+[^,;.\d]{2,60},\s*(?:and\s+)?(?:[A-Z][A-Za-z$.]{0,4}\s?)?(?:"
                                    + AMOUNT_RE.pattern + r")\s+on\b", I)


def purpose_list_after(norm: str, end: int, limit: int) -> bool:
    """True when the amount ending at ``end`` opens a list of amounts by purpose ("N on its operations, M on ...")."""
    return norm.startswith(" on ", end) and _PURPOSE_LIST_AFTER_RE.match(norm, end, min(limit, end + 200)) is not None


# "..., while that of the NIS has grown from Sh13 billion": the budget of another body, named by its acronym
_THAT_OF_BODY_RE = re.compile(r"\bthat\s+of\s+(?:the\s+)?(?:(?!" + DEFENSE_WORD + r")(?-i:[A-Z]{2,6})\b|(?:ministry|department)\s+of\s+"
                              r"(?!(?:national\s+)?defen[cs]e)[\w ]{3,30}?\b)[^,;]{0,60}$", I)  # ("and that of the Ministry of Security went from")


def that_of_other_body(before: str) -> bool:
    """True when "that of the <acronym>" (not a defence body's) opens the clause the amount ends."""
    return "that of" in before and _THAT_OF_BODY_RE.search(before) is not None


# "of the 200.92 billion baht sought, 96.60 billion baht will be allocated to the Army": a part of the total just named
_OF_THE_TOTAL_BEFORE_RE = re.compile(r"\bof\s+(?:the|this|that)\s+(?:[A-Z][A-Za-z$.]{0,4}\s?)?(?:" + AMOUNT_RE.pattern
                                     + r")[\w.,]*(?:\s+[\w-]+){0,6}?\s*,\s*(?:some\s+|about\s+|around\s+|nearly\s+|only\s+)?$"
                                     # "Of this amount, the Armed Forces received 867.596 billion rubles"
                                     r"|(?:^|[.;]\s*)of\s+(?:this|that|the)\s+(?:amount|sum|total|figure|budget|allocation)\s*,\s+[^.;\d]{2,60}\b(?:received|receives|got|gets|"
                                     r"was\s+allocated|were\s+allocated|went\s+to|goes\s+to)\s+(?:some\s+|about\s+|around\s+|nearly\s+|only\s+)?$", I)


def of_the_total_before(before: str) -> bool:
    """True when the amount is a part of a total named just before it ("of the N sought, M will go to ...")."""
    return "of th" in before.lower() and _OF_THE_TOTAL_BEFORE_RE.search(before) is not None


# "NT$153.9 billion of it, or about 46.96 percent, was allocated to personnel": a part of the budget just named
_OF_IT_AFTER_RE = re.compile(r"\s+of\s+(?:it|this|that|them|these)\b", I)


def part_of_it_after(norm: str, end: int) -> bool:
    """True when the amount ending at ``end`` is "N of it": a part of the total the sentence named before it."""
    return _OF_IT_AFTER_RE.match(norm, end) is not None


# "The Prisons Department has been allocated Sh26.9 billion": a sentence whose subject is another named body
_OTHER_BODY_SUBJECT_RE = re.compile(r"\W*(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3})\s+(?-i:Department|Service|Agency|Office|"
                                    r"Commission|Police|Authority|Directorate|Bureau)\b(?:\s+(?:has|have|had|was|were|is|will|gets|got|received))", I)


def other_body_subject(norm: str, start: int, end: int) -> bool:
    """True when the sentence opens on a named body that is not defence's ("The Prisons Department has been allocated"),
    or on companies ("The seven public enterprises, corporatised from Defence Ordnance Factories, have been given")."""
    found = _OTHER_BODY_SUBJECT_RE.match(norm, start, end)
    return (found is not None and not re.search(r"defen[cs]e|military|armed|army|navy|air\s+force|war", found.group("name"), re.I)
            or _COMPANIES_SUBJECT_RE.match(norm, start, end) is not None)


_COMPANIES_SUBJECT_RE = re.compile(r"\W*(?:the\s+)?(?:\w+\s+){0,2}?(?:public\s+|state[\s-]+owned\s+|defen[cs]e\s+)?(?:enterprises|companies|firms|corporations|"
                                   r"undertakings|PSUs|shipyards)\b[^.;]{0,80}?\b(?:have|has|had|were|was|will)\s+(?:been\s+)?(?:given|allocated|received|get|got)\b", re.I)


def other_amount_since_defense(ctx: Context, si: int, pos: int) -> bool:
    """True when another amount stands between the sentence's last defense word and ``pos``.

    "SAR272 billion to the military ..., the largest item in planned spending of SAR1.285 trillion":
    the defense word belongs to the first amount; "spending of" before the second is the state's.
    """
    sent = ctx.sentences[si]
    anchor = sent.start
    for d in DEFENSE_CTX_RE.finditer(ctx.norm, sent.start, pos):
        anchor = d.end()
    for b in _CLAUSE_BREAK_RE.finditer(ctx.norm, anchor, pos):  # ("... $2.44 trillion, SIPRI said; the United States spent
        anchor = b.end()  # $916 billion": an amount in a clause before is that clause's)
    return bool(AMOUNT_RE.search(ctx.norm, anchor, pos))


_CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:and|while|whereas|but)\s+(?=(?:the\s+)?(?-i:[A-Z]))", I)


# "has allocated an additional R10 billion to its R57.2bn budget": the budget an amount before it is added to
ADDED_TO_ITS_RE = re.compile(r"\bto\s+(?:its|their|(?:the\s+)?(?:[\w.'-]+\s+){0,2}[\w.'-]+'s)\s+$", re.IGNORECASE)


# "the top departments by allocation are: public works, 400.4 billion pesos; national defense, 175.2 billion pesos":
# defence's own item in a list of departments and their money
DEFENSE_ITEM_BEFORE_RE = re.compile(r"(?:^|[;:]\s*|\n\s*)(?:(?:the\s+)?(?:department|ministry)\s+of\s+)?(?:national\s+)?defen[cs]e(?:\s+(?:department|ministry))?"
                                    r"\s*(?:[,:\u2013\u2014]|\s-)\s*" + HEDGE + r"$"
                                    # "... finance (249.7 billion THB, up 2.8 percent), defence (233.3 billion THB, up 2.7 percent)": a list's item
                                    r"|\),\s+(?:and\s+)?defen[cs]e\s*\(\s*" + HEDGE + r"$|\b(?:billion|million|trillion|bn)\s*,?\s+and\s+(?:national\s+)?defen[cs]e\s*,\s*" + HEDGE + r"$", re.IGNORECASE)  # (or "health, P297.6 billion and defense, P256.1 billion")

