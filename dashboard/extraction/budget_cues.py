"""Small cues of budget sentences read right around one amount: defense's own share of a larger total ("with defence
taking sh350b"), and where a clause stops describing the amount before it (after "than", the comparison's other side)."""

from __future__ import annotations

import re

from dashboard.extraction.vocab import HEDGE, MONEY_PURPOSE_AFTER_RE, SERVICE_RE, I

# "... to defence and security, with defence taking sh350b": after defense and a receiving verb, defense's own part
DEFENSE_TAKES_BEFORE_RE = re.compile(
    r"\b(?:with\s+)?(?:the\s+)?(?:defen[cs]e|military)(?:\s+(?:ministry|sector|forces))?\s+"
    r"(?:taking|getting|receiving|being\s+(?:allocated|given))\s+(?:some\s+|about\s+|around\s+)?$|\b(?:national\s+)?defen[cs]e\s+(?:(?:ranked|ranks|came|comes)\s+(?:first|second|third|fourth|fifth)\s+)?with\s+(?:some\s+|about\s+|around\s+)?$|\b(?:is|was)\s+ranked\s+(?:to\s+|in\s+)?\w+\s+place\s+with\s+(?:some\s+|about\s+|around\s+)?$"  # ("ranked third with", "followed by Defence with", "The UAE is ranked to fifteenth place with")
    # "The Defence Ministry received this year about USD 279 million": the ministry's money for the year
    r"|\b(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|(?:national\s+)?defen[cs]e\s+(?:ministry|sector))"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?\s+(?:has\s+|had\s+)?"
    r"(?:received|receives|got|gets|(?:to\s+|will\s+|would\s+)?receive(?:\s+the\s+(?:full|entire|whole))?|(?:will|would)\s+(?:get|be\s+allocated)|was\s+allocated|is\s+allocated|was\s+given|(?:is|was|will\s+be)\s+provided\s+with|"
    r"(?:has\s+|had\s+)?(?:requested|requests|sought|seeks|asked\s+for|is\s+seeking|proposed)(?:\s+an?\s+(?:amount|sum|budget|"
    r"allocation)\s+of)?)\s+(?:(?:this|last)\s+year\s+|in\s+(?:19|20)\d\d\s+)?$"
    # "the government has allocated its Ministry of Defense (MoD) 442 billion rupees": the ministry as the one given it
    r"|\ballocated\s+(?:the|its|their)\s+(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry)(?:\s*\((?-i:[A-Z][A-Za-z]{1,4})\))?\s+"
    r"(?:some\s+|about\s+|around\s+)?$"
    # "Defence took the lion's share, with Shs3.8 trillion allocated to them": the sector's own allocation
    r"|\b(?:defen[cs]e|military)(?:\s+(?:ministry|sector|forces))?\s+(?:took|takes|got|gets|received|receives)\s+the\s+"
    r"(?:lion['\u2019]s\s+share|largest\s+share|biggest\s+share|largest\s+allocation|biggest\s+allocation)\s*,?\s+with\s+"
    r"(?:some\s+|about\s+|around\s+)?$", I)

# the other side of a comparison: words after these no longer describe the amount before them
_COMPARISON_RE = re.compile(r"\b(?:than|above|below|compared\s+(?:with|to)|whereas|while)\b", I)
_THAN_RE = re.compile(r"\bthan\b", I)


def after_comparison(text: str) -> str:
    """What follows the last comparison word of ``text`` ("The 2.6tn classified expenditure, bigger than the total
    Defense budget of": the lines named before "than" are the other side, not the amount's)."""
    if "than" not in text.lower():  # (no letter re's case folding reads as t, h, a or n but those: an exact gate)
        return text
    ends = [m.end() for m in _THAN_RE.finditer(text)]  # ("compared to" compares a line with itself a year before: no cut)
    return text[ends[-1]:] if ends else text


def comparison_cut(text: str, start: int, end: int) -> int:
    """``end``, or the start of a comparison between ``start`` and ``end`` ("higher than ...")."""
    hit = _COMPARISON_RE.search(text, start, end)
    return hit.start() if hit else end


# "Next up is the Navy, with a 72% increase to its budget": a with-clause whose subject is the service named
# right before it
SERVICE_WITH_BEFORE_RE = re.compile(r"(?:" + SERVICE_RE.pattern + r")\s*,\s*with\s+(?:a|an|its)\s+$", I)

# A share promised, aimed at or proposed, not spent: "its commitment to spend 2% of its GDP", "meet the 2% goal",
# "spending should be increased to 1% of GDP"
PROMISED_SHARE_BEFORE_RE = re.compile(
    r"\b(?:commitment|pledge|promise|obligation|goal|target|aim|failure)(?:\s+(?:(?:to|towards)\s+(?:the\s+)?(?:NATO|alliance|allies)|for\s+(?:all\s+)?(?:(?:NATO\s+)?members|"
    r"member\s+(?:states|countries|nations)|allies))(?:\s*,\s*(?:which|that)\s+(?:is|was)|\s+(?:is|was)))?\s+(?:to\s+(?:spend|reach|allocate|invest|budget|devote)|of\s+(?:spending|reaching))\s+"
    r"(?:(?:at\s+least|no\s+less\s+than|not\s+less\s+than)\s+)?(?:the\s+)?" + HEDGE + r"$"
    r"|\bshould\s+(?:be\s+)?(?:increased|raised|lifted|rise|grow|reach|go\s+up)\s+to\s+" + HEDGE + r"$|\bshould\s+range\s+(?:within|between|from)\s+" + HEDGE + r"$"
    # ("commitment to NATO, which is to devote 2%", "... for member states is to allocate 2%"; not a country's own goal)
    # a share others are urged or forced to, or an idea questioned: "urged members of NATO to raise defense spending to
    # 5 percent", "being forced to spend five percent", "the idea of allocating five percent"
    r"|\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|demand(?:s|ed|ing)?)\s+(?:[\w().'-]+\s+){0,10}?to\s+"
    r"(?:raise|increase|lift|boost|spend|reach|allocate|hit)\s+(?:(?:[\w-]+\s+){0,3}?to\s+)?" + HEDGE + r"$"
    r"|\b(?:forced|pressured|pushed|obliged)\s+to\s+(?:spend|allocate)\s+" + HEDGE + r"$|\bidea\s+of\s+(?:allocating|spending)\s+" + HEDGE + r"$"
    r"|\bidea\s+of\s+(?:raising|increasing|lifting)\s+(?:[\w-]+\s+){0,3}?to\s+" + HEDGE + r"$|\bblock\s+the\s+(?:rise|increase)\s+to\s+" + HEDGE + r"$"
    r"|\bconsider\w*\s+(?:spending|defending|allocating|devoting)\s+" + HEDGE + r"$", I)  # ("Consider defending 1.5% of GDP in defense")
PROMISED_SHARE_AFTER_RE = re.compile(r"(?:\s+of\s+(?:its\s+|the\s+)?(?:GDP|gross\s+domestic\s+product))?\s+(?:goal|target|threshold|commitment|pledge|guideline)\b|\s+of\s+(?:its\s+|the\s+)?(?:GDP|gross\s+domestic\s+product)\s+(?:was|were|had\s+been|has\s+been)\s+(?:promised|pledged)\b|(?:\s+or\s+(?:more|higher|above))?\s+(?:is|was|would\s+be)\s+(?:not\s+(?:realistic|achievable|feasible|possible)|unrealistic|unachievable)\b", I)  # ("a defence budget of 2% or more is not realistic")

# "0.44% of GDP will fund the ministry's budget, while an additional 0.24% will go to the defence order, bringing the
# total to 0.68%": the shares before "bringing the total to" are its parts
PARTS_OF_LATER_TOTAL_RE = re.compile(r"(?:[^.;]|\.\d){0,200}?\b(?:bringing|brings|making|takes|taking)\s+(?:the\s+)?(?:total|overall)\s+"
                                     r"to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)", I)

# "a significant increase in the defense budget - nearly 100 billion tenge - is expected": the amount set off after a
# change of the budget is the change's size
CHANGE_OF_BUDGET_APPOSITION_RE = re.compile(
    r"\b(?:increase|rise|hike|boost|growth|cut|reduction)\s+(?:in|of|to)\s+(?:the\s+|its\s+)?(?:defen[cs]e|military)\s+"
    r"(?:budget|spending|expenditures?)\s*(?:\u2014|\u2013|--|-|,|\()\s*" + HEDGE + r"$", I)

# Money given to defense with the verb before it: "South Korea is pouring money into defense - more than 60 trillion
# won", "the Government will provide Defence with $34.6 billion in 2017-18"
MONEY_INTO_DEFENSE_BEFORE_RE = re.compile(  # ("Russia spent the most on the army \u2014 about 126 billion")
    r"\b(?:pour\w*|spend\w*|spent|invest\w*|put\w*|sink\w*)\s+(?:money\s+|funds\s+|cash\s+|the\s+(?:most|least)\s+)?(?:into|on)\s+(?:its\s+|the\s+)?"
    r"(?:defen[cs]e|military|armed\s+forces|army)\s*(?:\u2014|\u2013|--|-|:)\s*" + HEDGE + r"$"
    r"|\b(?:provide|provides|provided|providing|give|gives|gave|giving)\s+(?:the\s+)?(?:defen[cs]e(?:\s+(?:ministry|department|"
    r"forces))?|military|armed\s+forces|ministry\s+of\s+defen[cs]e|department\s+of\s+defen[cs]e)\s+with\s+" + HEDGE + r"$", I)

# A change called for, not made: "has called for the BDF budget to be trimmed by at least 10 percent"
PROPOSED_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|demand(?:s|ed|ing)?|want(?:s|ed)?|should)\b"
    r"[^.;]{0,80}?\b(?:be\s+)?(?:trimmed|cut|reduced|raised|increased|lifted|slashed|boosted)\s+by\s+" + HEDGE + r"$|\b(?<!has\s)(?<!is\s)(?<!again\s)(?<!Yuan\s)(?<!government\s)(?<!cabinet\s)(?:propos|recommend)(?:e|es|ed|ing|s)?\s+an?\s+$|\bif\s+(?:re-?)?elected\b[^.;]{0,140}$", I)  # ("proposing a 100% cut", "recommended a 5% cut"; not a government's own proposed budget)

# A body named with a sector in it, "the Zambia Civic Education Association": its name says nothing of the money
_ORG_NAME_RE = re.compile(r"(?-i:(?:[A-Z][\w'-]*\s+){1,5}(?:Association|Council|Committee|Institute|Foundation|Centre|Center|"
                          r"Society|Union|Network|Coalition|Forum|Trust|Organi[sz]ations?))\b")


def without_org_names(text: str) -> str:
    """``text`` with the names of associations, councils and the like blanked (same length)."""
    return _ORG_NAME_RE.sub(lambda m: " " * len(m.group(0)), text)

# "With a budget of P5,747,892,350, the Botswana Defence Force (BDF) accounts for ...": the force the clause after
# the amount names owns the budget
# ("a budget planned of": a Portuguese or Spanish "previsto", "previsto" glossed word by word; "for 2024" may come
# between the amount and the comma; "the Defence" alone is the ministry, as Portuguese copy names it)
WITH_BUDGET_OF_BEFORE_RE = re.compile(r"\bwith\s+(?:a|an|its)\s+(?:\w+\s+)?budget\s+(?:(?:planned|forecast|estimated|approved)\s+)?of\s+"
                                      + HEDGE + r"$|^\W*with\s+" + HEDGE + r"$", I)  # (and "With about 51 billion rand for 2024/25, the SANDF")
DEFENSE_BODY_AFTER_RE = re.compile(r"(?:\s+(?:for|in)\s+(?:fiscal\s+)?(?:year\s+)?\d{4}(?:[-/]\d{2,4})?)?\s*,\s*(?:the\s+defen[cs]e\b"
                                   r"|(?:the\s+)?(?:[\w'()-]+\s+){0,4}?(?:defen[cs]e\s+forces?|armed\s+forces|military|army|(?-i:[A-Z]{1,5}DF)|"
                                   r"ministry\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry)\b)", I)

# "the defense will receive NOK 11 billion more by 2026": the amount defence gets on top is an increase
DEFENSE_RECEIVES_BEFORE_RE = re.compile(r"\b(?:the\s+)?(?:defen[cs]e|military|armed\s+forces)\s+(?:will\s+|would\s+|is\s+to\s+)?"
                                        r"(?:receive|get|be\s+given|be\s+allocated)\s+(?:an?\s+)?" + HEDGE + r"$", I)
MORE_AFTER_RE = re.compile(r"\s+(?:more|extra|additional)\b(?!\s+than)", I)
# "The project allocates to the Defense area 2,287,655,974,000,000 pesos"
ALLOCATES_TO_DEFENSE_BEFORE_RE = re.compile(r"\ballocat\w*\s+(?:to|for)\s+(?:the\s+)?(?:defen[cs]e|military|armed\s+forces)"
                                            r"(?:\s+(?:area|sector|ministry|function))?\s+" + HEDGE + r"$"
                                            r"|\b(?:spends|spent|allocates|allocated)\s+on\s+(?:national\s+)?defen[cs]e\s+" + HEDGE + r"$|(?:^|[.;]\s*|\b(?:budget|plan)\s+(?:(?:19|20)\d\d(?:-\d\d)?\s+)?)(?i:for)\s+(?:the\s+)?(?:national\s+)?defen[cs]e(?:\s+(?-i:D)ivision)?\s*,\s*" + HEDGE + r"$"  # ("while Finland spends on defence 6.6 billion euros": Russian order; "For defence, 1.8 trillion rupees were allocated")
                                            # "the indicative ceiling given to the Ministry of Defense in 2024 is IDR 123 trillion"
                                            r"|\b(?:indicative|budget|spending)\s+ceiling\s+(?:(?:given|allocated|set)\s+)?(?:to|for)\s+(?:the\s+)?"
                                            r"(?:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+Ministry|military|armed\s+forces)\b"
                                            r"[^.;]{0,40}?\s+(?:is|was|of|at|stands\s+at|stood\s+at|amounts\s+to)\s+" + HEDGE + r"$"
                                            # "budget de défense de l'année précédente, qui s'élevait à" (glossed French word order)
                                            r"|\bbudget\s+(?:of|for)\s+(?:the\s+)?(?:national\s+)?defen[cs]e\b(?!\s+(?:procurement|equipment|industry|research))"
                                            r"[^.;\d]{0,40}?,?\s+(?:which\s+)?(?:amounts\s+to|amounted\s+to|is|was|stood\s+at|totall?ed)\s+" + HEDGE + r"$"
                                            # "..., Home Affairs US$104 million and Defence US$98 million": one item of a list
                                            r"|\d\s*(?:million|billion|trillion|bn|m|crore)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?-i:Defen[cs]e)"
                                            r"(?:\s+(?-i:Ministry))?\s*[:\u2013-]?\s*" + HEDGE + r"$"  # "The Ministry of National Defense (Sedena) has 247 billion pesos this year"
                                            r"|\b(?:Ministry\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+Ministry|Minister\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+Minister)(?:\s+\([A-Za-z]{2,8}\))?,?\s+"
                                            r"(?:has|(?:will|would)\s+(?:then\s+)?have|gets|will\s+get|receives|will\s+receive)\s+" + HEDGE + r"$", I)

# the verb of a mark passed: "to exceed 50 trillion won for the first time" says the budget is above the mark
PASSES_MARK_BEFORE_RE = re.compile(r"\b(?:exceed\w*|surpass\w*|cross\w*|top|tops|topped|(?:go|goes|went|gone)\s+past|pass\w*)\s+"
                                   + HEDGE + r"$", I)

# "The ministry habitually receives one of the biggest portions ... it received about N.dollars 6 billion, while for
# 2019/20, it was allocated N.dollars 5.8 billion": the ministry the article is about received it
MINISTRY_RECEIVED_BEFORE_RE = re.compile(r"\b(?:it|the\s+ministry|the\s+department)\s+(?:received|receives|was\s+allocated|"
                                         r"is\s+allocated|got|gets|was\s+given|wants|is\s+seeking|seeks|requested|requests|asked\s+for|is\s+asking\s+for)\s+" + HEDGE + r"$", I)
MINISTRY_RE = re.compile(r"\bministry\b", I)
# "Rp 127 trillion, up 16 percent from Rp 109 trillion": the level a change is stated after
LEVEL_UP_FROM_AFTER_RE = re.compile(r"\s*,?\s*(?:up|down)\s+(?:by\s+)?(?:(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:%|percent|per\s*cent)\s+)?from\b", I)
# the defence body as the subject of "spent": "the Defence Ministry spent, in 2009, R$ 47.13 billion", "the Pentagon spent"
DEFENSE_BODY_SPENT_BEFORE_RE = re.compile(r"\b(?:(?:defen[cs]e|war)\s+(?:ministry|department)|ministry\s+of\s+(?:national\s+)?defen[cs]e|"
                                          r"department\s+of\s+defen[cs]e|pentagon|armed\s+forces|sedena)\s+(?:of\s+[A-Z][\w'-]+\s+)?(?:has\s+|had\s+)?(?:spent|disbursed|will\s+have"
                                          r"(?:\s+this\s+year|\s+next\s+year|\s+in\s+(?:19|20)\d\d)?)"
                                          r"\s*(?:,\s*(?:in\s+)?(?:fiscal\s+)?(?:19|20)\d\d\s*,\s*)?(?:a\s+total\s+of\s+|some\s+)?" + HEDGE + r"$", I)

# "The number of individuals serving in the Greek military decreased by about 21 percent": a head count's change
HEADCOUNT_CHANGED_BEFORE_RE = re.compile(
    r"\b(?:number\s+of\s+(?:individuals|people|persons|troops|soldiers|personnel|servicemen|conscripts|recruits)|troop\s+numbers|"
    r"(?:troop|force|personnel)\s+(?:levels?|strength))\b[^.;\d]{0,80}?\b(?:decreas|increas|declin|fell|rose|grew|drop|shr[iu]nk|cut)\w*"
    r"\s+by\s+" + HEDGE + r"$", I)
# The spending of the world or of a region (budget_patterns.world_or_region_total): no one country's
REGION_SPENDING_RE = re.compile(
    r"\b(?:(?<!of\s)(?:global|world|worldwide)\s+(?:spending|expenditures?)\b|(?:total\s+)?(?:global|world|worldwide|world's|international|European|Asian|African|Latin\s+American|Middle\s+East(?:ern)?|MENA|regional)\s+"
    r"(?:military\s+|defen[cs]e\s+)(?:spending|expenditures?|budgets?|outlays)|(?:military\s+|defen[cs]e\s+)?(?:spending|expenditures?)\s+in\s+(?:the\s+)?(?:Middle\s+East|MENA)\b|(?:military|defen[cs]e)\s+(?:spending|expenditures?)\s+(?:worldwide|globally)\b|(?:spending|expenditures?)\s+(?:on|in|across)\s+the\s+(?:continent|region)\b|(?-i:The|the)\s+world\s+(?:had|saw|recorded|registered)\s+(?:[\w-]+\s+){0,6}?(?:in|with|on)\s+(?:military\s+|defen[cs]e\s+)(?:spending|expenditures?)\b|on\s+the\s+(?:African|European|Asian|American)\s+continent,?\s+"
    r"(?:military\s+|defen[cs]e\s+)(?:spending|expenditures?|budgets?)|(?:regional|world|global)\s+average|"  # + "North Africa's ..."
    r"(?:(?:North|East|West|Central|Sub-Saharan)\s+Africa|(?:North|South|Central|Latin)\s+America|(?:South|East|Central|Southeast)\s+Asia|"
    r"the\s+Middle\s+East|(?<!South\s)Africa|Europe|Asia)"  # (South Africa is a country)
    r"(?:'s|\u2019s)\s+(?:(?:(?:estimated|overall)\s+)?(?:military|defen[cs]e)\s+(?:spending|expenditures?)|(?:mean|average|total|combined)\s+(?:(?:military|defen[cs]e)\s+)?(?:spending|expenditures?|budgets?))|"
    r"\bglobally,\s+(?:military|defen[cs]e)\s+(?:spending|expenditures?)|(?:military|defen[cs]e)\s+(?:spending|expenditures?)\s+"
    r"(?:(?:throughout|across|in)\s+(?:(?:Latin|Central|North|South)\s+America|(?:(?:Western|Eastern|Central|Northern|Southern)\s+)?Europe|"
    r"(?:(?:South|East|Central|Southeast|South-East)\s+)?Asia|(?:(?:North|West|East|Central|Southern|Sub-Saharan)\s+)?Africa|Oceania|"
    r"the\s+(?:Americas|Caribbean|Middle\s+East|rest\s+of\s+the\s+world))|"
    r"(?:throughout|across)\s+the\s+(?:region|continent)|(?:throughout|across|around)\s+the\s+(?:world|globe)|"
    r"(?:throughout|across|in)\s+the\s+(?:whole\s+|entire\s+)?(?:EU|European\s+Union|eurozone|euro\s+area)\b)|"
    r"\b(?:Middle\s+East(?:ern)?|European|African|Asian|Latin\s+American|Gulf|Arab|Nordic|Baltic)\s+(?:countries|states|nations)\s+"
    r"(?:(?:(?:increased|raised|boosted|cut|reduced)\s+)?(?:their\s+)?(?:military|defen[cs]e)\s+(?:spending|expenditures?)|spent|spend)|"
    r"\b(?:arms|military|defen[cs]e)\s+(?:budgets|spending|expenditures?)\s+(?:for|of|in|by)\s+(?:the\s+)?(?:Middle\s+East(?:ern)?|European|African|Asian|Latin\s+American|Gulf|Arab|Nordic|Baltic)\s+(?:countries|states|nations)|"
    r"\b(?:across|throughout|in)\s+the\s+(?:whole\s+|entire\s+)?(?:EU|European\s+Union|eurozone|euro\s+area)\s*,?(?:\s+(?-i:[a-z])\w*){0,2}\s+(?:military|defen[cs]e)\s+(?:spending|expenditures?)|"
    r"\b(?:the\s+)?entire\s+(?:[A-Z][\w-]*\s+){1,2}region\s+(?:spent|spends|spending))\b", I)
# "the national security budget has been increased to just over $42 billion": a ministry of national security's budget,
# police and all (defence's is a part of it), unless the phrase names defence too
NATIONAL_SECURITY_BUDGET_RE = re.compile(r"\b(?<!defen[cs]e\sand\s)national\s+security\s+budget\s+(?:has\s+been\s+|had\s+been\s+|was\s+|is\s+)?"
                                         r"(?:(?:increased|raised|cut|reduced|set|fixed)\s+)?(?:to|at|of|is|was)\s+" + HEDGE + r"$", I)
REGION_WORDS = ("spen", "expendit", "budget", "outlay", "average")  # (one of them is in every match: a cheap gate)
EXCLUDING_BEFORE_RE = re.compile(r"\b(?:excluding|except|apart\s+from|other\s+than|outside)\s+(?:the\s+)?$", I)

# "The Colombian government plans to spend 148.3 trillion pesos next year": the whole state's spending (when the
# sentence names no defence before the amount)
GOVERNMENT_SPENDS_BEFORE_RE = re.compile(r"\bgovernment\s+(?:plans|intends|expects|is\s+set|aims|proposes)\s+to\s+spend\s+" + HEDGE + r"$", I)

# "Saudi Arabia is still the biggest spender at $55.6 billion", "Other big spenders include Kuwait at $9 billion":
# a spender's amount in a story about military spending
SPENDER_AT_BEFORE_RE = re.compile(r"\bspenders?\b(?:[^.;\d]{0,40}?\b(?:at|with)\s+(?:an?\s+estimated\s+)?|[^.;\d()]{0,30}?\(\s*)" + HEDGE + r"$"  # (or "spender ($314 billion")
                                  # "top the world's list of military expenditure with $610 billion"
                                  r"|\b(?:list|ranking|table)\s+of\s+(?:military|defen[cs]e)\s+(?:expenditures?|spending|spenders)\s+with\s+" + HEDGE + r"$"
                                  # "Out of the total budget, the share of defense was 22 billion birr"
                                  r"|\bshare\s+of\s+(?:the\s+)?(?:defen[cs]e|military)\s+(?:was|is|amounted\s+to|stood\s+at|came\s+to)\s+" + HEDGE + r"$", I)
# "An outlay of $67 billion last year meant Saudi Arabia was the biggest defence spender": the spender's amount
SPENDING_OF_BEFORE_RE = re.compile(r"\b(?:outlay|spending|expenditure)\s+of\s+" + HEDGE + r"$", I)
SPENDER_LATER_RE = re.compile(r"\b(?:meant|made|making|left|leaves|makes)\s+[^.;\d]{0,40}?\b(?:biggest|largest|top|highest|leading|"
                              r"second|third|fourth|fifth)(?:[\s-]+(?:biggest|largest|highest))?\s+(?:defen[cs]e\s+|military\s+)?spenders?\b", I)
DEFENSE_SHARE_BEFORE_RE = re.compile(r"\b(?:defen[cs]e|military)\s+(?:expenditures?|spending|budget)\s+(?:of|at|was|is|to|reached)\s+" + HEDGE + r"$", I)
# "The 2025 Vote 36 (Defence) allocation includes an overall pay allocation of €568 million": an allocation a budget
# includes is a part of it (but "the national budget includes a defence allocation of ...": defence's own)
INCLUDED_ALLOCATION_BEFORE_RE = re.compile(r"\binclud(?:es|ed|ing)\s+(?:an?\s+|the\s+)?(?!(?:[\w-]+\s+){0,3}?(?:defen[cs]e|military)\b)"
                                           r"(?:[\w-]+\s+){0,3}?(?:allocation|provision|envelope|appropriation|assistance|aid|grants?)\s+of\s+" + HEDGE + r"$"
                                           # "The total budget consists of a 'Vote Defence Force' allocation of NZD5.04 billion and a ...": its parts
                                           r"|\b(?:consists?\s+of|consisting\s+of|comprises?|comprising|is\s+made\s+up\s+of)\s+(?:(?:[^.;]|\.\d){0,100}?(?:,|\band)\s+)?(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,4}?(?:allocation|provision|envelope|appropriation|vote|line)\s+of\s+" + HEDGE + r"$"
                                           # "Included in this are 4.9 billion for the army": a part of the amount before
                                           r"|\bincluded\s+in\s+(?:this|that|it|these|the\s+(?:total|sum|amount|budget))\s+(?:is|are|was|were)\s+(?:[^.;]|\.\d){0,30}$"
                                           # "The total allocation for the Ministry of Defence includes Rs3.65 lakh crore for defence services"
                                           r"|\b(?:(?:allocation|budget|outlay)\s+(?:for|of)\s+(?:the\s+)?(?:ministry\s+of\s+defen[cs]e|defen[cs]e(?:\s+ministry)?|military)|(?:the|this)\s+(?:allocation|appropriation|envelope))\s+"
                                           r"includ(?:es|ed)\s+" + HEDGE + r"$", I)  # (or "The allocation includes 2.5 billion euros for military operations": the one just named)
# "the Government proposes additional funding worth SEK 13 billion to Sweden's military defence": the increase
ADDITIONAL_FUNDING_BEFORE_RE = re.compile(r"\b(?:additional|extra)\s+(?:funding|funds|money|resources|appropriations?)\s+"
                                          r"(?:worth|of|totall?ing|amounting\s+to)\s+" + HEDGE + r"$", I)


# "reported as €45.3 billion more than €15 billion higher than previously stated": "more than" hedges the next
# amount, which the comparison belongs to; the amount before it is compared with nothing
HEDGE_OF_NEXT_AMOUNT_RE = re.compile(r"\s*,?\s*(?:more|less)\s+than\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|Rs\.?\s?)?\d[\d.,]*\s*"
                                     r"(?:[a-z]+\s+){0,2}?(?:higher|lower|more|less|above|below)\b"
                                     # "spending was set at $383 million, more than a 17 percent increase": the percent's hedge
                                     r"|\s*,?\s*(?:more|less)\s+than\s+(?:a|an)\s+\d[\d.,]*[\s-]*(?:%|percent|per\s*cent)")
# "€15 billion higher than previously stated": a revision of an earlier figure, not a change of the budget
REVISION_AFTER_RE = re.compile(r"\s*(?:higher|lower|more|less|above|below)\s+than\s+(?:was\s+|had\s+been\s+)?(?:previously|"
                               r"originally|first|initially|earlier)\s+(?:stated|reported|announced|estimated|thought|"
                               r"disclosed|published)\b"
                               # "a P1.35B increase from the DBM's 2012 National Expenditure Program": Congress's change to the request
                               r"|\s*(?:increase|cut|reduction)\s+from\s+the\s+(?:[\w'\u2019().]+\s+){0,9}?(?:expenditure\s+program\w*|proposal|request|draft)\b", re.I)
# "the ministry's budget was set at 118 billion, with total defence spending projected at 158 billion": the first
# amount is a part of the total the same sentence goes on to give
PART_OF_TOTAL_AFTER_RE = re.compile(r"(?:[^.;\d]{0,60}?,?\s*with|\s+of)\s+(?:the\s+)?(?:overall\s+|total\s+|combined\s+){1,2}"  # (or "R30 billion of the
                                    r"(?:defen[cs]e\s+|military\s+)?(?:spending|expenditures?|outlays?|budget)\b", re.I)  # total defence expenditure")
_ACRONYM_PAREN_RE = re.compile(r"\(\s*[A-Z][A-Za-z0-9&.-]{1,10}\s*\)")
_BREAK_RE = re.compile(r"[,;:()\u2014\u2013]")


def past_acronyms(norm: str, clause_end: int, limit: int) -> int:
    """The clause's end, past any acronym in brackets that ended it: "for the Armed Forces of the Philippines (AFP)
    Revised Modernization Program" is one clause, its "(AFP)" no break."""
    while clause_end < limit and (acronym := _ACRONYM_PAREN_RE.match(norm, clause_end)):
        nxt = _BREAK_RE.search(norm, acronym.end(), limit)
        clause_end = nxt.start() if nxt else limit
    return min(clause_end, limit)


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)")
# "rose by 6.8% to 715.7 billion tenge in January-August", "in the first half", "year to date": part of a year
_PART_OF_YEAR_RE = re.compile(r"\b(?:in|during|for|over|between|from)\s+(?:the\s+)?" + _MONTH + r"\s*(?:-|\u2013|to|and|through|till|until)\s*"
                              + _MONTH + r"\b(?!\s+(?:19|20)\d\d\s*(?:-|\u2013|to)\s*(?:19|20)?\d\d)"
                              r"|\b(?:in|during|for|over)\s+the\s+first\s+(?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
                              r"\s+months)\b|\byear[- ]to[- ]date\b|\bso\s+far\s+this\s+year\b|\bby\s+(?:" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH + r"\b)", re.I)
_WHOLE_YEAR_RE = re.compile(r"jan[a-z]*\W+(?:to|through|till|until|and|-|\u2013)\W*dec", re.I)  # ("for January to December": the whole year)
_CLAUSE_END_RE = re.compile(r"[.;]\s|\n")
_PART_HINT_RE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|first|so far|to.date")


def part_of_year(norm: str, end: int, limit: int) -> bool:
    """True when the words right after an amount or a change (up to 90 characters, not past the sentence's next
    stop) give it a period of part of a year: spending so far, not the year's budget or its change."""
    if not _PART_HINT_RE.search(norm[end:end + 90].lower()):
        return False  # (none of its words near: most amounts)
    stop = _CLAUSE_END_RE.search(norm, end, min(limit, end + 90))
    return any(not _WHOLE_YEAR_RE.search(p.group(0))
               for p in _PART_OF_YEAR_RE.finditer(norm, end, stop.start() if stop else min(limit, end + 90)))


# "only Shs3.880 trillion has been availed": the amount given, in a sentence about the defence budget
GIVEN_AFTER_RE = re.compile(r"\s*(?:has|have|had)\s+(?:so\s+far\s+|now\s+|only\s+)?been\s+(?:availed|allocated|approved|released|granted)\b", re.I)

# "Italy's 2025 defence budget is reported as €45.315 billion" (asked only when the words before end in "as")
REPORTED_AS_RE = re.compile(r"\b(?:spend|spending|expenditures?|outlays?|budget|allocation|funding)\b(?:\s+[\w'/\-]+){0,3}?\s+"
                            r"(?:is|was|are|were|been)\s+(?:officially\s+)?(?:reported|given|listed|stated|recorded)\s+as\s+" + HEDGE + r"$", re.I)

# "This amount exceeds the 2012 military budget by $9 million": the rise over last year's budget
EXCEEDS_BUDGET_BY_RE = re.compile(r"\b(?:exceeds?|exceeded|surpass(?:es|ed)?|(?:is|was)\s+(?:higher|larger|more)\s+than)\s+(?:the\s+|last\s+year's\s+)?"
                                  r"(?:(?:19|20)\d\d\s+|previous\s+|current\s+)?(?:defen[cs]e|military)\s+budget\s+by\s+" + HEDGE + r"$", re.I)

# "The Ministry of Defence will prioritise four areas with the RM21.13 billion allocated under the 2025 Budget"
ALLOCATED_UNDER_BUDGET_RE = re.compile(r"\s+(?:it\s+was\s+|it\s+has\s+been\s+)?allocated\s+(?:to\s+it\s+)?(?:under|in)\s+(?:the\s+)?"
                                       r"(?:(?:19|20)\d\d\s+)?(?:national\s+|state\s+|federal\s+)?budget\b", re.I)
# an amount said per year before its span of years is one year's figure: "2.7 billion kronor annually for the years 2018-2020"
EACH_YEAR_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:annually|per\s+year|a\s+year|each\s+year|every\s+year|per\s+annum)\b", re.I)


# "has consistently exceeded 1.1 trillion tenge": a mark passed year after year, not one year's level
REPEATEDLY_BEFORE_RE = re.compile(r"\b(?:consistently|always|repeatedly|regularly|each\s+year|every\s+year|since\s+then)\s+(?:\w+\s+)?$", re.I)


# "allocated only $76 billion for the 2023 elections": money for a purpose (but "for the 2023/24 fiscal year" dates it)
_FOR_A_YEAR_RE = re.compile(r"\s*for\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[/-]\d{2,4})?\s+)?(?:fiscal\s+|financial\s+|budget\s+)?(?:year|budget)\b", re.I)


def purpose_after(right: str) -> bool:
    """True when the words after an amount say what it pays for ("for the 2023 elections"), not which year it is."""
    return (MONEY_PURPOSE_AFTER_RE.match(right) is not None or _FOR_A_DATED_EVENT_RE.match(right) is not None) and (
        _FOR_A_YEAR_RE.match(right) is None)


_FOR_A_DATED_EVENT_RE = re.compile(r"\s*for\s+(?:the\s+)?(?:19|20)\d\d\s+(?!fiscal|financial|budget|year)[a-z]", re.I)  # ("the 2023 elections")
# "will transfer NIS 15 billion to the Defense Ministry, bringing the defense budget in practice to NIS 158 billion": the
# amount that brings a budget to a level is an increase
BRINGING_BUDGET_TO_AFTER_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?[^.;\d]{0,80}?,\s*(?:bringing|taking|raising|lifting|pushing)\s+(?:the\s+|its\s+|their\s+)?"
                                         r"(?:total\s+|overall\s+)?(?:(?:defen[cs]e|military)\s+)?(?:budget|spending|allocation|funding|total)\b(?:\s+[\w-]+){0,3}?\s+to\s", I)
