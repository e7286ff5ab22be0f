"""What an amount belongs to when the words around it say more than its own phrase: the whole budget that changed ("hiked
the defence budget by 27 per cent", so a line named before it is not the amount's), the total a part comes out of, the
government's own spending plan, an increase ("Additional EUR 5 billion"), and years of a share named after the amount."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.extraction import budget_cues as bc
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import DEFENSE_CTX_RE, GDP_WORD, GDP_WORD_RE, HEDGE, I
from dashboard.extraction.year_budget import year_budget as year_budget  # (kept here for its callers)
from dashboard.extraction.years import sentence_years

if TYPE_CHECKING:
    from dashboard.extraction.context import Context

# "Expressing determination to speed up modernisation of the armed forces, the government hiked the defence budget by
# 27 per cent to Rs 77,000 crore": the whole budget is what changed; a line named before it is not the amount's
_WHOLE_BUDGET_CHANGED_RE = re.compile(r"\b(?:hik|rais|increas|boost|lift|cut|slash|reduc)\w*\s+(?:the\s+|its\s+|their\s+)?"
                                      r"(?:country's\s+|nation's\s+)?(?:overall\s+|total\s+|annual\s+)?(?:defen[cs]e|military)\s+"
                                      r"(?:budget|spending|outlay|allocation)\b", I)


def after_whole_budget_changed(text: str) -> str:
    """What follows the last "hiked the defence budget" of ``text`` (the text before it may name lines of the budget
    that are not the amount's), or ``text``."""
    ends = [m.end() for m in _WHOLE_BUDGET_CHANGED_RE.finditer(text)]
    return text[ends[-1]:] if ends else text


# An amount of money, to its scale word: "$120 million", "Rs 4,000", "95 billion euros" (never "14 lakh-strong")
_AMOUNT_TO_END_RE = re.compile(r"(?:[$\u20ac\u00a3\u00a5\u20b9]|\b(?:Rs|Rp|Tk|RM|SAR|USD|EUR|GBP)\.?)\s?\d[\d.,]*(?:\s*(?:billion|trillion|million|bn|tn|m)\b)?"
                               r"|\d[\d.,]*\s*(?:billion|trillion|million|bn|tn)\s+(?:dollars|euros|pounds|rupees|yen|won|yuan)\b", I)


def after_last_amount(text: str) -> str:
    """What follows the last amount of ``text`` when a defence word labels the next item: "Health was allocated $120
    million, Education $95 million and Defence" - the words before an earlier amount name that amount, not the one
    ``text`` leads to (but "the Home Ministry will get RM19.5 billion, an increase of" keeps its ministry)."""
    ends = [m.end() for m in _AMOUNT_TO_END_RE.finditer(text)]
    return text[ends[-1]:] if ends and DEFENSE_CTX_RE.search(text, ends[-1]) else text


# "about two billion dollars out of a total of 17 billion dollars", "will spend E1.9 billion on the three security forces
# from a budget of about E12.6 billion": the whole budget the part comes out of; "4% of the
# government's ambitious 6.35 trillion peso spending plan": a national plan (no defence word before 'spending plan')
_OUT_OF_TOTAL_RE = re.compile(r"\bout\s+of\s+(?:a|the)\s+total\s+(?:budget\s+)?of\s+" + HEDGE + r"$"  # + "the largest single item in planned spending of"
                              r"|\b(?:largest|biggest)\s+(?:single\s+)?(?:item|line|component)\s+in\s+(?:the\s+|its\s+)?(?:planned\s+|total\s+|state\s+)?(?:expenditure|spending|budget)\s+of\s+" + HEDGE + r"$", I)
# "President Rouhani submitted to the Majlis his proposed budget of 3,681 trillion rials": the state's budget bill
_SUBMITTED_BUDGET_RE = re.compile(r"\b(?:submitted|presented|tabled|unveiled)\b[^.;]{0,40}\b(?:his|her|its|the\s+government['\u2019]s)\s+"
                                  r"(?:proposed\s+|draft\s+|annual\s+)?budget\s+(?:bill\s+)?(?:of|worth|totall?ing)\s+" + HEDGE + r"$", I)
_FROM_A_BUDGET_RE = re.compile(r"\b(?:spend|spent|spending|allocate\w*)\b(?:[^.;]|\.\d){0,80}\bfrom\s+(?:a|the|its)\s+(?:total\s+|overall\s+|national\s+)?"
                               r"budget\s+of\s+" + HEDGE + r"$", I)
_NATIONAL_PLAN_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+)?(?:spending|expenditure)\s+plan\b", I)
_EXTRA_FUNDING_BEFORE_RE = re.compile(r"\b(?:additional|extra|supplementary)\s+(?:funding|funds|money)\b[^.;\d]{0,60}?\b(?:totall?ing|amounting\s+to)\s+" + HEDGE + r"$", I)  # (asked for)
_GOVERNMENTS_BEFORE_RE = re.compile(r"\b(?:government|state|country|nation)['\u2019]s\s+(?:[\w-]+\s+)?" + HEDGE + r"$", I)


# "if Japan's total budget for fiscal 2022 exceeds $1.01 trillion": the state's whole budget (no defence word between,
# nor right after the amount: "the state budget allocates EUR 2.6 billion to defence")
_TOTAL_BUDGET_BEFORE_RE = re.compile(r"\b(?<![Dd]efen[cs]e['\u2019]s\s)(?<![Mm]inistry['\u2019]s\s)(?<!allocated\sa\s)(?<!received\sa\s)(?<!given\sa\s)(?:total|overall|entire|whole|national|state|federal|general|government)\s+"
                                     r"budget(?:\s+(?:expenditures?|outlays))?(?:\s+of\s+the\s+(?:country|nation|state))?(?:\s+(?:for|of|in)\s+(?:the\s+year\s+|fiscal\s+|FY\s*)?\d{4}(?:[-/]\d{2,4})?"
                                     r"|\s+for\s+(?:the\s+)?(?:next|coming|current)\s+(?:fiscal\s+)?year)?\s+(?:\w+\s+){0,2}?"  # ("overall state budget expenditures
                                     r"(?:exceeds?|exceeded|is|was|will\s+be|would\s+be|(?:projected|expected|forecast|set)\s+to\s+be|totals?|totall?ed|reach(?:es|ed)?|stands\s+at|amounts\s+to|of|at)\s+"  # for the next year are projected to be")
                                     + HEDGE + r"$"  # ("federal budget spending for 2019 is set to increase by 17.3 percent, to 60.3 billion")
                                     r"|\b(?:total|overall|national|state|federal|government)\s+budget\s+spending\b(?:[^.;]|\.\d){0,140}?\b(?:to|from)\s+" + HEDGE + r"$", I)


def national_total(before: str, right: str) -> bool:
    """True when the amount is the whole budget a part is taken out of, the state's whole budget, or the government's
    own spending plan."""
    return bool(_OUT_OF_TOTAL_RE.search(before[-60:]) or _FROM_A_BUDGET_RE.search(before[-140:]) or _SUBMITTED_BUDGET_RE.search(before[-110:])
                or _TAKEN_FROM_A_BODYS_BUDGET_RE.match(right)
                or _OF_THE_TOTAL_RE.search(before[-40:]) and not _FOR_DEFENCE_ITSELF_RE.match(right)
                or _GOVERNMENTS_BEFORE_RE.search(before[-60:]) and _NATIONAL_PLAN_AFTER_RE.match(right) or _EXTRA_FUNDING_BEFORE_RE.search(before[-120:])
                or _TOTAL_BUDGET_BEFORE_RE.search(before[-90:]) and not DEFENSE_CTX_RE.search(right, 0, 120))


# "Of the total, 54.5 million euros is earmarked for the KSF": a part of the total before it (but "Of this amount, 913.9
# billion liras will be earmarked for defense expenditures" is the defence part of a defence-and-security total)
_FOR_DEFENCE_ITSELF_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:is|are|was|were|will\s+be|would\s+be)?\s*(?:earmarked|allocated|set\s+aside|spent|used|going|go|goes)\s+"
                                    r"(?:to|for|on|toward|towards)\s+(?:the\s+)?(?:national\s+)?defen[cs]e\b", I)
_OF_THE_TOTAL_RE = re.compile(r"(?:^|[.;]\s*)\W*of\s+(?:the|this|that)\s+(?:total|amount|sum)\s*,\s*" + HEDGE + r"$", I)
# "will get 120 billion pesos (about $6.857 billion) from Sedena's budget": a part taken out of a body's budget (not money
# taken "from the budget" or the state budget, nor a change against last year's budget)
_TAKEN_FROM_A_BODYS_BUDGET_RE = re.compile(
    r"\s*(?:\([^)]{0,60}\)\s*)?(?:from|out\s+of)\s+(?:the\s+)?(?!(?:state|national|federal|government|general|annual|country's|nation's|previous|last|this|current|next|original|initial|(?:19|20)\d\d)\b)(?:[\w.-]+['\u2019]s\s+|(?-i:[A-Z])[\w.-]*\s+(?:[\w-]+\s+)?|(?:defen[cs]e|military|army)\s+)budget\b(?!\s+(?:to|for)\b)", I)


# "Alongside the standard defense budget, an allocation of 50 billion kroner has been earmarked": money beside the budget
_BESIDE_BUDGET_RE = re.compile(r"\b(?:alongside|in\s+addition\s+to|on\s+top\s+of|besides|over\s+and\s+above|outside(?:\s+of)?)\s+"
                               r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:defen[cs]e|military)\s+budget\b[^.;\d]{0,80}$", I)


# "approved an urgent allocation of 864 million baht for the armed forces" from an emergency fund: money beside the budget
_URGENT_ALLOCATION_RE = re.compile(r"\b(?:urgent|emergency)\s+(?:allocation|funding|appropriation|budget)\s+of\s+" + HEDGE + r"$", I)


def beside_the_budget(before: str) -> bool:
    """True when the amount is named as money beside the defence budget ("Alongside the standard defense budget, an
    allocation of ...", "on top of the regular military budget, a fund of ..."), with no other amount between."""
    return "budget" in (tail := before[-160:]).lower() and bool(_BESIDE_BUDGET_RE.search(tail)) or bool(_URGENT_ALLOCATION_RE.search(tail[-60:]))


# "Additional EUR 5 billion in defence spending", "will spend an extra $2 billion on defence": the amount is an increase
EXTRA_BEFORE_RE = re.compile(r"(?:^|\b(?:an?|the)\s+|\n\s*)(?:additional|extra)\s+" + HEDGE + r"$", I)
_PERCENT_OF_GDP_RE = re.compile(r"(?:%|\bper\s*cent\b|\bpercent\b)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:gdp|gross\s+domestic)", I)


def years_belong_to_a_later_share(ctx: Context, si: int, multi_year: re.Pattern, end: int) -> bool:
    """True when the sentence's first multi-year phrase comes after a share of GDP that itself comes after the amount
    ending at ``end``: "lift spending to NZ$9 billion in the next financial year, with a goal of reaching 2 per cent of
    GDP within four years" - the four years are the share's, not the amount's. Worked out once per sentence."""
    key = ("years-after-share", si)
    known = ctx.span_cache.get(key)
    if known is None:
        sent = ctx.sentences[si]
        found = multi_year.search(ctx.norm, sent.start, sent.end)
        last_share = -1
        for share in _PERCENT_OF_GDP_RE.finditer(ctx.norm, sent.start, found.start()) if found is not None else ():
            last_share = share.start()
        known = ctx.span_cache[key] = last_share
    return known > end


# "(the 2018 budget is €34.2 billion, having already benefited from a €1.8-billion increase)" in an article whose lede is
# about defence: the year's defence budget, though the sentence names no defence word


# "135 million Gourdes was finally added to the budget of the Ministry of Defense": an increase
_ADDED_TO_BUDGET_AFTER_RE = re.compile(r"\s+(?:was|were|will\s+be|would\s+be|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?"
                                       r"added\s+to\s+(?:the\s+|its\s+)?(?:[\w'’]+\s+){0,3}?budget\b", I)


def gets_more(before: str, right: str, defense_near: bool) -> bool:
    """True for an amount the defense budget gains: "the defense will receive NOK 11 billion more", "135 million
    Gourdes was added to the budget of the Ministry of Defense" (a defense word in this sentence or the one before)."""
    return bool(bc.DEFENSE_RECEIVES_BEFORE_RE.search(before[-70:]) and bc.MORE_AFTER_RE.match(right)
                or defense_near and _ADDED_TO_BUDGET_AFTER_RE.match(right))


# "Had the campaign promise been fulfilled, the defense budget would be NT$535 billion": a counterfactual amount
COUNTERFACTUAL_RE = re.compile(r"\W*(?:had\s|if\s[^.;]{3,120}?\bhad\s|(?:[^.;]|\.\d){0,80}?\bif\s[^.;]{3,120}?,)[^.;]{3,160}?\bwould\s+(?:have\s+)?(?:be|been|reach\w*|total\w*|stand|"
                               r"amount\w*\s+to)\s+(?:of\s+)?" + HEDGE + r"$", I)  # ("if we only base it on inflation, the budget would be")


# "the social protection budget is proposed to be reduced by 821.3 million lei": another budget's change
_OTHER_BUDGET_CHANGED_RE = re.compile(r"\b(?:[a-z]+\s+){1,2}(?<!defence\s)(?<!defense\s)(?<!military\s)(?<!security\s)(?<!army\s)(?<!state\s)budget\s+(?:is|was|will\s+be|would\s+be|"
                                      r"has\s+been)\s+(?:[a-z]+\s+){0,4}?(?:reduced|cut|increased|raised|lowered|decreased)\s+by\s+" + HEDGE + r"$")


def other_budget_changed(before: str) -> bool:
    """True when the clause before an amount changes a budget named for another sector ("the social protection budget
    is proposed to be reduced by"), or the state's whole spending ("plans to reduce overall spending by")."""
    return ("budget" in before and _OTHER_BUDGET_CHANGED_RE.search(before) is not None
            or "spending" in before and _WHOLE_SPENDING_CHANGED_RE.search(before) is not None
            or "sector" in before and _OTHER_SECTOR_CUT_RE.search(before) is not None  # ("the science sector was also cut: ... $71 million")
            or NON_DEFENSE_CHANGED_RE.search(before) is not None)  # ("cutting domestic discretionary spending by $280 billion")


_OTHER_SECTOR_CUT_RE = re.compile(r"\b(?!defen[cs]e\b|military\b|security\b|armament\b|arms\b)[a-z]+\s+sector\s+(?:was|is|will\s+be|has\s+been)\s+(?:also\s+)?"
                                  r"(?:cut|reduced|increased|raised|trimmed|slashed)\b[^.;]{0,80}$", re.I)


NON_DEFENSE_CHANGED_RE = re.compile(r"\b(?:domestic|non-?defen[cs]e|non-?military|civilian)\s+(?:discretionary\s+)?(?:spending|expenditures?|outlays?|programs?|budgets?)\s+"
                                     r"(?:(?:will\s+be\s+|was\s+|is\s+)?(?:cut|reduced|raised|increased)\s+)?(?:by|to|of)\s+" + HEDGE + r"$", I)
_WHOLE_SPENDING_CHANGED_RE = re.compile(r"\b(?:reduc\w*|cut\w*|rais\w*|increas\w*|lower\w*|slash\w*|trim\w*)\s+(?:the\s+|its\s+)?"
                                        r"(?:overall|total|public|government|state|federal)\s+spending\s+by\s+" + HEDGE + r"$", re.I)


# "As of 30 June 2007, its expenditure stood at $601,2 billion": spending to a date inside the year, not the budget
_TO_DATE_BEFORE_RE = re.compile(r"\b(?:as\s+(?:of|at)|by|up\s+to|until)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:jan\w*|feb\w*|mar\w*|apr\w*|may|"
                                r"jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*)(?:\s+\d{1,2})?,?\s+(?:19|20)\d\d\s*,\s*[^.;]{0,60}?\b"
                                r"(?:expenditures?|spending|spent|outlays?)\b[^.;]{0,20}?\s+" + HEDGE + r"$", I)


def spent_to_date_before(before: str) -> bool:
    """True when the words before an amount date spending to a day inside the year ("As of 30 June 2007, its
    expenditure stood at")."""
    return _TO_DATE_BEFORE_RE.search(before) is not None


# "the significant allocation of $6.1 billion to the Ministry of National Security": that ministry's money (police,
# fire and immigration with the defence force), not a defence budget
_TO_SECURITY_MINISTRY_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:to|for)\s+(?:the\s+)?ministry\s+of\s+(?:national\s+|public\s+|internal\s+)?security\b", I)


# "Rs. 13.55 billion has been allocated for the President and Rs. 1.62 billion for the Prime Minister": another body's
_ALLOCATED_TO_BODY_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:has|have|had)\s+been\s+(?:allocated|allotted|earmarked|set\s+aside|given)\s+"
                                   r"(?:for|to)\s+the\s+(?!(?:(?:Ministry|Department)\s+of\s+)?(?:Defen[cs]e|National\s+Defen[cs]e|Armed|Army|Navy|Air\s+Force|Military|MoD)\b)(?-i:[A-Z])", I)


def to_security_ministry(right: str) -> bool:
    """True when the amount goes "to the Ministry of National Security", or "has been allocated for the President"
    (another body named with capitals; see above)."""
    return _TO_SECURITY_MINISTRY_RE.match(right) is not None or _ALLOCATED_TO_BODY_RE.match(right) is not None


# "The money will be spent on the army (USDF), police and correctional services ... The security budget of E2.3bn":
# a security budget the passage says pays the police too is not defence's
SECURITY_BUDGET_RE = re.compile(r"\b(?<!defen[cs]e\sand\s)(?<!national\s)security\s+budget\s+(?:has\s+been\s+|was\s+|is\s+)?(?:of|at|to|is|was)\s+" + HEDGE + r"$", I)
_POLICE_RE = re.compile(r"\b(?:police|policing|correctional|prisons?|gendarmerie)\b", I)


def security_with_police(ctx, si: int, before: str) -> bool:
    """True when a "security budget" of the amount's sentence covers the police, as this or the two sentences before say."""
    return bool(SECURITY_BUDGET_RE.search(before)) and any(ctx.says(i, _POLICE_RE) for i in range(max(0, si - 2), si + 1))


# "noted arms spending increase in other two countries of the South Caucasus: Azerbaijan – 51% and Armenia – 23%": each
# country's change, in a list after a colon that names the change
_LIST_CHANGE_HEAD_RE = re.compile(r"\b(?:spending|budgets?|expenditures?)\s+(?:increases?|rises?|growth|cuts?|decreases?|falls?)\b[^.;:]{0,80}:\s*$", I)
_COUNTRY_DASH_RE = re.compile(r"\s*[\u2013\u2014:-]\s*$")


def colon_list_change(ctx, si: int, left_edge: int) -> bool:
    """True for a percent right after "Country –" in a list that follows a colon after "spending increase ... :"."""
    sent = ctx.sentences[si]
    named = [c for c in ctx.country_mentions(max(sent.start, left_edge - 40), left_edge) if c.kind != "alliance"]
    if not named or not _COUNTRY_DASH_RE.fullmatch(ctx.norm, named[-1].end, left_edge):
        return False
    colon = ctx.norm.rfind(":", sent.start, named[-1].start)
    return colon >= 0 and bool(_LIST_CHANGE_HEAD_RE.search(ctx.norm, max(sent.start, colon - 120), colon + 1))


# "But that growth, which amounts to $113.3 billion, comes entirely from ...": the size of a change named before; "the
# $113.3 billion in new defense spending": an addition
CHANGE_AMOUNTS_TO_RE = re.compile(r"\b(?:growth|increase|rise|hike|boost|jump|cut|reduction|decrease)\s*,?\s+which\s+(?:amounts?\s+to|amounted\s+to|totals|totall?ed|comes\s+to)\s+" + HEDGE + r"$", I)
_HIGHER_THAN_IN_RE = re.compile(r"\s*(?:higher|lower|more|less|above|below)\s+than\s+[^.;\d]{0,60}?\bin\s+((?:19|20)\d\d)\b", I)


def compared_years_apart(ctx, si: int, m) -> bool:
    """True for "the 2017 budget will remain about 14.4% higher than the level of defence spending seen in 2014": a change
    against a year two or more before the one the sentence names, a change over several years."""
    base = _HIGHER_THAN_IN_RE.match(ctx.norm, m.end)
    if base is None:
        return False
    years = [y.year for y in sentence_years(ctx, si) if y.end <= m.start and y.year is not None]
    return bool(years) and years[-1] - int(base.group(1)) >= 2


WHOLE_SPENDING_CHANGE_AFTER_RE = re.compile(r"\s+(?:increase|rise|hike|cut|reduction|decrease)\s+in\s+(?:overall\s+|total\s+)?(?:government|public|state|federal)\s+"
                                            r"(?:spending|expenditures?|budget)\b", I)  # ("a 9% increase in government spending")
NEW_SPENDING_AFTER_RE = re.compile(r"\s+(?:in|of)\s+(?:new|additional|extra|fresh)\s+(?:defen[cs]e|military)\s+(?:spending|funding|money)\b"
                                   r"|\s+(?:(?:defen[cs]e|military)\s+)?budget\s+(?:hike|increase|rise|boost|top-up|increment)\b", I)  # ("a US$124 million budget hike for defence")


gate_all(globals())


# "Georgia's defence budget prior to the war was GEL 1.4 billion. After additional financing the budget is now GEL 1.5
# billion": a bare "the budget" names again the budget the text last named, here the defence one
_BARE_BUDGET_RE = re.compile(r"\bthe\s+(?:budget|allocation)\b(?!\s+(?:of|for)\b)(?![\w\s]{0,12}\b(?:health|education|state|national|general|federal)\b)", I)
_BUDGET_NOUN_RE = re.compile(r"\b(?:budget|spending|allocation)s?\b", I)
_DEFENSE_NAMED_AFTER_RE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e|military|armed\s+forces)\b", I)
_DEFENSE_BUDGET_NAMED_RE = re.compile(r"\b(?:defen[cs]e|military|army|armed\s+forces)(?:\s+ministry|\s+ministry['\u2019]s)?\s+(?:[\w-]+\s+)?$", I)


def the_budget_refers_back(ctx: Context, si: int, left_edge: int) -> bool:
    """True when the sentence names its budget only as "the budget" before the amount and the budget the text last
    named, at most three sentences back (through other bare "the budget"s), was the defence budget."""
    sent = ctx.sentences[si]
    if not _BARE_BUDGET_RE.search(ctx.norm, sent.start, left_edge):
        return False
    for back in range(si - 1, max(-1, si - 4), -1):
        prev = ctx.sentences[back]
        nouns = list(_BUDGET_NOUN_RE.finditer(ctx.norm, prev.start, prev.end))
        if not nouns:
            continue
        last = nouns[-1]
        if _DEFENSE_NAMED_AFTER_RE.match(ctx.norm, last.end(), prev.end):
            return True  # "the budget for the Ministry of Defence has also seen an increase."
        if _BARE_BUDGET_RE.match(ctx.norm, max(prev.start, last.start() - 4), last.end()):
            continue  # "In 2011 the budget was lowered to 150 million.": the chain goes on
        return bool(_DEFENSE_BUDGET_NAMED_RE.search(ctx.norm[max(prev.start, last.start() - 40):last.start()]))
    return False


# "amounted to 4.1% of GDP, increasing 0.8% from the previous year", "will rise to 2.8%, up by 0.2% from 2024": a change
# smaller than the share stated just before it, and said of it, is the share's change in points
_SHARE_THEN_CHANGE_RE = re.compile(r"(?P<share>\d+(?:[.,]\d+)?)\s*(?:%|percent|per\s+cent)(?:\s+of\s+(?:the\s+)?" + GDP_WORD + r")?"
                                   r"(?:\s+in\s+(?:19|20)\d\d)?\s*,\s*(?:increasing|rising|growing|falling|decreasing|up|down)(?:\s+by)?\s+" + HEDGE + r"$", I)


def share_points_before(norm: str, sent_start: int, left_edge: int, value: float) -> bool:
    """True when a percent right after a share of GDP ("4.1% of GDP, increasing 0.8%") is smaller than that share:
    the share's change in points, not the budget's change in percent (a larger one, "up 12%", is the budget's)."""
    found = _SHARE_THEN_CHANGE_RE.search(norm, max(sent_start, left_edge - 80), left_edge)
    return found is not None and GDP_WORD_RE.search(norm, max(sent_start, found.start() - 120), left_edge) is not None \
        and abs(value) < float(found.group("share").replace(",", "."))
CHANGE_IN_SPENDING_IS_RE = re.compile(r"\b(?:increase|rise|growth|hike|jump|decrease|cut|drop|reduction)\s+in\s+(?:[\w-]+\s+){0,2}?(?:expenditures?|spending|budget|outlays?)\b[^.;%]{0,90}?\b(?:amounts?\s+to|is|was|comes\s+to|stands\s+at)\s+" + HEDGE + r"$", I)  # ("the planned increase in expenditure under the item National Defense amounts to just 3.7%")
# "In Brazil, the armed forces' budget has been cut about 15 percent. In Argentina the cut was 65 percent.": the change
# the sentence before named, said by its noun alone
CHANGE_NOUN_WAS_RE = re.compile(r"(?:\bthe\s+(?:cut|increase|rise|reduction|decrease|drop|hike|growth|decline)(?:\s+(?:in|of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:budget|spending|expenditure|allocation|outlay)(?:\s+for\s+(?:defen[cs]e|the\s+military))?)?"
                                r"|\b(?:budget|spending|expenditure|outlays?)\s+(?:growth|increases?|rises?|hikes?|cuts?|reductions?|declines?|drops?))\s+"  # ("defence budget growth was 6.2%", "spending increases were 43 percent in")
                                r"(?:was|were|is|are|has\s+been|had\s+been|will\s+be|would\s+be|can\s+be\s+(?:considered|put\s+at)|amounted\s+to|came\s+to|totall?ed)\s+(?:just\s+|only\s+)?" + HEDGE + r"$", I)  # ("the hike in the Budget for Defence can be considered just about 4.8 per cent")
