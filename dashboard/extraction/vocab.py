"""The vocabulary the rules read: hedges, budget, GDP, NATO and change words, table rows, as patterns. All patterns
apply to normalised text (see numbers.normalize), case-insensitively. The personnel words (nouns, their modifiers,
level, change and host cues) are in ``vocab_personnel``, built on ``HEDGE`` and the row pieces here."""

from __future__ import annotations

import re

from dashboard.extraction.lexicon import fillers, hedge_phrases
from dashboard.extraction.patterns import gate_all

I = re.IGNORECASE  # noqa: E741 (the flag everyone writes as re.I)


def _hedge_pattern() -> str:
    """Hedges (vocab/hedges.csv) and fillers (vocab/fillers.csv) that may stand before a figure, longest first."""
    phrases = sorted(sorted({*hedge_phrases(), *fillers()}), key=len, reverse=True)  # (the same order in every process)
    # a word needs a space before the figure ("over 5"), a sign does not ("~5.9", "approx.5")
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") + (r"\s+" if p[-1].isalnum() else r"\s*") for p in phrases)
    return r"(?:" + body + r")?"


HEDGE = _hedge_pattern()
# the words before a recipient of troops ("has offered NATO a battalion"): the country or bloc named next owns none of them
RECIPIENT_BEFORE = r"\b(?:offered|offers|pledged|pledges|promised|promises|lent|lends)\s+(?:to\s+)?(?:the\s+)?$"

DEFENSE_WORD = (r"(?:defen[cs]e|military|kemenhan|mindef|sedena|(?-i:(?:MoD|MoND|DoD|DND|MND|TNI|PLA)\b)|(?-i:[A-Z]{1,4}DF\b|(?:RFMF|RSLAF|FARDC|FADM|FANB|FAMa|SPLA|F-FDTL|KSF|FDNB|RBDF)\b)|armed\s+forces|armed\s+services|pentagon|national\s+security|appropriations\s+for|"
                 r"army|navy|air\s+force|ndaa|war\s+budget|security\s+forces|arms(?=\s+(?:budgets?|spending)\b)|armament(?!s|\s+(?:programm?e|industr|contract|deal|purchase)))")  # "its arms budget": translated copy
BUDGET_WORD = (r"(?:budget|spend|spends|spending|expenditure|outlays?|funding|allocation|allocat\w+|allot(?:s|ted|ting|ments?)?|earmark\w*|designat\w+|proposal|"
                r"appropriat\w+|authoriz\w+|request\w*)")
DEFENSE_CTX_RE = re.compile(r"\b" + DEFENSE_WORD, I)
BUDGET_CTX_RE = re.compile(r"\b" + BUDGET_WORD + r"|(?<=military\s)(?:costs|expenses)\b|(?<=defen[cs]e\s)(?:costs|expenses)\b|\bfunds\s+for\s+(?:the\s+)?(?=(?:[\w-]+\s+){0,2}(?:defen[cs]e|military|armed)\b)", I)  # ("military costs surge 26pc", "Funds for the Defense Ministry")
BUDGET_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]{0,60}\)\s*|,\s*or\s+[$\u20ac\u00a3]?[\d.,]+\s*(?:billion|million|bn|m)?\s*(?:dollars|euros)?\s*,\s*)?(?:(?!with\b)[\w'\-]+\s+){0,3}?(?:(?:19|20)\d\d\s+)?(?:in\s+)?(?:annual\s+|total\s+|overall\s+|draft\s+|proposed\s+)?"
    + DEFENSE_WORD + r"\s+(?:budget|spending|expenditure|outlays?|allocation|appropriation|funding|request\b|bill\b)"  # ("the \u20ac10 billion, or $13 billion, defense budget"; "his $264 billion defense request")
    r"|^\s*(?:\([^)]{0,60}\)\s*)?(?:[\w'\-]+\s+){0,2}?budget\s+(?:executed|managed|spent|allocated|approved|received)\s+(?:by|to|for)\s+"
    r"(?:the\s+)?(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|(?:national\s+)?defen[cs]e\s+ministry|armed\s+forces|military|pentagon)"
    r"|^\s*(?:\([^)]{0,60}\)\s*)?(?:annual\s+|total\s+|overall\s+|draft\s+|proposed\s+)?budget\s+for\s+(?:the\s+)?(?:national\s+)?"
    r"(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|department\s+of\s+(?:national\s+)?defen[cs]e|(?:national\s+)?defen[cs]e\s+ministry|"
    r"defen[cs]e|military|armed\s+forces|pentagon)|^\s*,\s+(?:the\s+|its\s+|(?-i:[A-Z])[\w-]*(?:'s|\u2019s)\s+)(?:(?:19|20)\d\d(?:[/-]\d{2,4})?\s+)?"
    r"(?:annual\s+)?" + DEFENSE_WORD + r"\s+(?:budget|spending)\s+(?:is|was|will\s+be|would\s+be|stands)\b", I)  # ("at $900m, the 2007 defence budget is")
BUDGET_BEFORE_RE = re.compile(
    DEFENSE_WORD + r"(?:\s+[\w'\-]+){0,3}?\s+(?:budgets?|spending|expenditure|expenses|outlays?|allocation|funding|appropriations?|effort|top-?line)"
    r"(?:[\s,]+[\w'.%\-()]+){0,14}?[\s,]+(?:of|at|to|totall?ing|will\s+be|would\s+be|is|was|reach\w*(?:\s+the)?|stands\s+at|"
    r"(?:for\s+\S+\s+)?(?:is|was)|"
    r"stood\s+at|amount\w*\s+to|equal(?:s|led|ed)?|hit|touched|be|worth|total(?:l?ed|s)|exceeding|surpassing|topping|recorded|registered|(?:would|will)\s+run(?:\s+(?:to|at))?|accounting\s+for)(?:\s+(?:now|currently))?\s+" + HEDGE + r"$"
    r"|" + DEFENSE_WORD + r"(?:\s+[\w'\-]+){0,5}?\s+(?:budget|allocation|funding|spending|expenditure)(?:\s+in\s+(?:the\s+)?(?:last|past)\s+\w+\s+(?:years|decades))?"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'-]+\s+){0,3}(?-i:[A-Z])[\w'-]+|[^.;:!?\d]{1,80}?(?:(?:19|20)\d\d)?(?=\s*:))?\s*(?:[\u2013\u2014:(]|\s--?)\s*" + HEDGE + r"$"  # ("The defence budget of Moldova – about 88 million euros"; glossed: "Defence budget Moldova –"; "a defense budget to be passed ... for 2022: NIS 58 billion")
    # "The army budget is currently 0.6 percent of GDP or 2.7 billion euros": the share, then the same money
    r"|" + DEFENSE_WORD + r"\s+budget\s+(?:is|was|stands\s+at|stood\s+at)\s+(?:currently\s+|now\s+|about\s+|around\s+)?[\d.,]+\s*"
    r"(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:GDP|gross\s+domestic\s+product)(?:\s+\(GDP\))?\s*,?\s+or\s+" + HEDGE + r"$"
    # "the total defence costs of R23.5 billion": costs right after the defense word (not "military operation costs")
    r"|\bdefen[cs]e\s+costs\s+(?:of|were|was|totall?ing|came\s+to|amounted\s+to)\s+" + HEDGE + r"$|\b(?:armed\s+forces|military)\s+(?:cost|costs|costing)\s+(?:(?:this|the)\s+country|the\s+(?:[\w-]+\s+)?tax\s*payers?|taxpayers)\s+" + HEDGE + r"$|\b(?:defen[cs]e\s+forces?|armed\s+forces)\s+(?:which|that)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:allotted|allocated|granted|budgeted)\s+" + HEDGE + r"$|\b(?:(?:department|ministry)\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+(?:ministry|department))\s+(?:was|is|has\s+been|will\s+be)\s+(?:allotted|allocated|granted|budgeted)\s+" + HEDGE + r"$"
    # "appropriations for military defence amount to SEK 138 billion": the money named before the defence word
    # ("The Initial budget (PIA) of the Defence sector, approved by Congress on 30 November, amounts to about": a clause between)
    r"|\bbudget(?:\s+\([^()]{1,20}\))?\s+(?:for|of)\s+(?:the\s+)?(?:Ministry\s+of\s+)?(?:national\s+)?defen[cs]e(?:\s+sector)?(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+)?\s*,[^.;]{0,120}?,\s*(?:amount\w*\s+to|is|was|totall?ing|stands\s+at)\s+" + HEDGE + r"$"
    r"|\b(?:appropriations?|allocations?|funding|(?:the\s+)?amount\s+(?:destined|earmarked|allocated|assigned))\s+(?:for|to|of)\s+(?:the\s+)?(?:Ministry\s+of\s+)?(?:military\s+|national\s+)?defen[cs]e\s+"
    r"(?:sector\s+)?(?:(?:in|of)\s+(?-i:[A-Z])[\w-]+\s+)?(?:for\s+(?:19|20)\d\d\s+)?(?:amount\w*\s+to|(?:is|was|are|were)|of|totall?ing)\s+" + HEDGE + r"$|\b(?:defen[cs]e|military)\s+(?:sector|ministry)['\u2019]s\s+(?:share|allocation|portion)\s+of\s+" + HEDGE + r"$|\b(?:defen[cs]e|military)\b[^.;]{0,40}?\b(?:representing|accounting\s+for|making\s+up|taking)\s+(?:just\s+(?:under|over)\s+|about\s+|around\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?(?:state\s+|total\s+|government\s+|public\s+)?(?:expenses|expenditures?|spending|budget)\s*\(\s*" + HEDGE + r"$|" + DEFENSE_WORD + r"[^.;]{0,40}?\b(?:receives?|gets?|takes?|has|will\s+(?:get|receive|take))\s+the\s+(?:highest|largest|biggest|lion['\u2019]s)\s+(?:allocation|share)\s*(?:,\s*with|at|of|with)\s+" + HEDGE + r"$", I)  # ("The defense sector's share of AD1,048bn")
BUDGET_VERB_BEFORE_RE = re.compile(
    r"\b(?:budget|allocat\w+|earmark\w*|seek\w*|sought|request\w*|propos\w*|approv\w*|totall?ing|"
    r"authoriz\w+|appropriat\w+|sets?\s+aside|setting\s+aside|plan\w*\s+to\s+spend|spend\w*|spent|budgeted|worth|"
    r"ask\w*\s+for|allots?|allotted|allotting|tabled|tables|tabling|put\s+(?:an?\s+)?(?:extra|additional)?|receive[sd]?|receiving|get|gets|got|getting|taken|takes|took|"
    r"budget\s+(?:for\s+(?:fiscal\s+(?:year\s+)?)?\S+\s+)?(?:(?:is|was)(?:\s+(?:now|currently))?|of|at|totals?|stands\s+at))"
    r"(?:\s+(?:of|at|a\s+record|a\s+record-high|record|an?|the))*\s+" + HEDGE + r"$", I)
BUDGET_PASSIVE_AFTER_RE = re.compile(  # (a bracket may close first: "... cedis (GH¢180,325,161.00) was allocated to"; "is allocated annually to the Umbutfo Swaziland Defence Force")
    r"^\)?\s*(?:\((?:about\s+|around\s+|some\s+)?(?:US|A|C|NT|S|HK)?\$\s?[\d.,]+\s*(?:trillion|billion|million|bn|m)?\)\s*)?"  # ("NT$312.3 billion (US$10.41 billion) is to be set aside for defense")
    r"(?:[\u2014\u2013]|--?)?\s*(?:had\s+been|has\s+been|have\s+been|was|were|is|will\s+be|would\s+be|(?:is|are|was|were)\s+to\s+be)?\s*(?:[a-z]+ly\s+)?(?:earmarked|allocated|"
    r"set\s+aside|budgeted|approved|requested|proposed|appropriated|provided|granted|accorded(?=\s+the\b))\s+(?:(?:annually|yearly|each\s+year|every\s+year)\s+)?(?:(?:for|to)\s+)?(?:the\s+)?(?:country's\s+|nation's\s+|"
    r"(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?['\u2019]s\s+|(?-i:[A-Z])\w+\s+(?:(?-i:[A-Z])\w+\s+)?(?=(?-i:Defen[cs]e\s+Force))|(?-i:[A-Z])[a-z]{3,}\s+(?=defen[cs]e\b))?"  # ("allocated for Pakistan's defence", "to Malaysian defense")
    r"(?!(?:ministry|department)\s+of\s+national\s+security\b)(?:(?:ministry|department)\s+of\s+(?:national\s+)?|national\s+)?" + DEFENSE_WORD + r"(?!-|\s+(?:aid|assistance)\b)", I)
# "$895.2 billion defense spending package", "a $1.2 billion defence spending bill": the budget itself
_SPENDING_BILL = (r"\s*(?:\([^)]{0,60}\)\s*)?(?:[\w'\-]+\s+)?(?:defen[cs]e|military|pentagon)\s+"
                  r"(?:spending|appropriations?|budget)\s+(?:package|bill|plan)\b")
SPENDING_PLAN_AFTER_RE = re.compile(r"^\s*(?:\([^)]{0,60}\)\s*)?(?:[\w-]+\s+){0,2}?(?:spending|budget)\s+"
                                    r"(?:plan|package|bill|request|proposal|blueprint)\b"
                                    r"|^\s*(?:defen[cs]e|military|pentagon)\s+plan\s+for\s+(?:fiscal(?:\s+year)?\s+|FY\s*)(?:19|20)?\d\d\b", I)  # ("defense plan for fiscal 1997")
MONEY_NEGATIVE_AFTER_RE = re.compile(
    r"^\s*(?:a|per)\s+(?:head|capita|person|citizen|inhabitant|resident|soldier)\b|^(?!" + _SPENDING_BILL + r")\s*(?:\([^)]{0,60}\)\s*)?(?:in\s+)?(?:military\s+|financial\s+|security\s+)?(?:support|aid|assistance)\b"
    r"|^(?!" + _SPENDING_BILL + r")(?!\s*(?:and|while|whereas|but)\s+(?-i:[A-Z]))\s*(?:\([^)]{0,60}\)\s*)?(?:(?!(?:으로|로|이며|이고|で|であり)\s)[\w'\-]+\s+){0,2}?(?:(?:national|state|government)\s+budget(?!\s+(?:to|for)\s+(?:the\s+)?(?:defen[cs]e|military|armed\s+forces))|"
    r"total\s+budget|overall\s+budget|general\s+budget|budget\s+bill|economy|gdp|gross\s+domestic|aid|package|"
    r"(?:budget|funding|financing|spending)\s+(?:gap|shortfall|hole)|shortfall|"
    r"contracts?|deals?|loans?|investment|sales?|stimulus|revenue|debt|deficit|grants?|assistance|salar\w+|"
    r"pay\b|pensions?|bonus\w*|exports?|imports?|trade|market|fine|settlement|per\s+(?:month|soldier|unit)|"
    r"reimburse\w*|refunds?|proceeds|a\s+(?:month|piece|unit))\b|^[^.;]{0,60}?\b(?:due\s+to|driven\s+by|because\s+of)\s+[^.;]{0,30}?\b(?:rise|increase|growth|jump)\s+in\s+(?:military|defen[cs]e)\b", I)
MONEY_PURPOSE_AFTER_RE = re.compile(
    r"^\s*(?:in\s+(?:19|20)\d\d\s*)?(?:\([^)]{0,60}\)\s*|[-\u2013\u2014]\s(?:[^.;()]|\.\d){0,60}?\s[-\u2013\u2014]\s*|from\s+its\s+own\s+(?:funds|budget|resources)\s+)?(?:for|to\s+(?:continue\s+to\s+)?(?:buy|purchase|acquire|develop|build|procure|fund|finance|repair|renovate|refurbish|upgrade|construct|maintain|modernise|modernize|provide|send|supply|donate)|on|in\s+(?:running|operating|building|maintaining|securing)|would\s+(?:prioriti[sz]e|be\s+(?:used|spent)\s+(?:for|to|on)|go\s+(?:to|towards?)))\s++"
    r"(?!(?:the\s+|its\s+|their\s+|our\s+|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['\u2019]s\s+)?(?:defen[cs]e|military|armed|army|national\s+security|national\s+defen[cs]e|next|fiscal|financial|pentagon|"
    r"(?:ministry|department)\s+of\s+(?:national\s+)?defen[cs]e|war\s+department|(?:questions|issues|matters|area|sector|field)\s+of\s+(?:national\s+)?defen[cs]e|"
    r"this\s+(?:year|fiscal|financial|budget|sector|ministry|department|army|military|force)|the\s+coming|the\s+first\s+time|the\s+(?:current|next|new|upcoming|following|outgoing|previous|last|past|ongoing)\s+"
    r"(?:fiscal|financial|budget|year\b)|the\s+year|(?:19|20)\d\d|fy|"
    r"(?:its|their)\s+(?:(?:annual|yearly)\s+)?(?:budget|expenditure|spending|operations|regular\s+funds?)\b))", I)
MONEY_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:economy|(?<!%\sof\s)(?<!cent\sof\s)(?:gdp|gross\s+domestic\s+product)|(?<!defen[cs]e['\u2019]s\s)(?<!military['\u2019]s\s)(?<!allocated\sa\s)(?<!received\sa\s)(?<!given\sa\s)(?:total|overall|federal|government|national|state|general|fiscal|(?<=['\u2019]s\s)(?:(?:19|20)\d\d\s+)?draft)\s+(?:(?:19|20)\d\d(?:[/-]\d\d)?\s+)?"
    r"(?:government\s+|federal\s+|planned\s+|public\s+|state\s+|proposed\s+|draft\s+|annual\s+)?(?:spending|budget|outlays?|expenditures?|expenses))\s+(?:(?!defen[cs]e\b|military\b|armed\b|ministry\b|army\b|pentagon\b|this\s+sector\b)[\w()'\-]+\s+){0,6}?(?:of|at|to|from|worth|is|was|"
    r"will\s+be|totall?ing|totals|totall?ed|reach\w*)\s+" + HEDGE + r"$|\b(?:deficit|surplus|debt|borrowing|revenues?|income|shortfall|gap)\s+"
    r"(?:\w+\s+){0,4}?(?:of|at|to|is|was|are|were|totall?ing|reach\w*)\s+" + HEDGE + r"$"
    # "fiscal budget, which may hit an all-time high of 97.7 trillion yen"; "federal budget ... with an outlay of Rs9.5 trillion"
    r"|\b(?:fiscal|national|state|general|total|overall)\s+budget,\s+which\s+(?:[\w'\-]+\s+){0,6}?(?:of|at|to|reach\w*)\s+" + HEDGE + r"$"
    r"|\b(?:federal|national|state|general)\s+budget\b[^.;]{0,100}?\bwith\s+an?\s+(?:total\s+)?outlay\s+of\s+" + HEDGE + r"$|\bcountry['\u2019]s\s+(?:(?:19|20)\d\d\s+)?budget\s+to\s+" + HEDGE + r"$"
    r"|\b(?:program|programme|plan|law|fund|package|contracts?|deals?|orders?|purchases?|sales?|complex|system|project|facility)\s+(?:(?!budget\b)\w+\s+){0,3}?"
    r"(?:to\s+spend|of|worth|totall?ing)\s+" + HEDGE + r"$", I)
MULTI_YEAR_AFTER_RE = re.compile(
    r"^[^.;]{0,80}?\b(?:over|across|during|within|(?<!rate\s)(?<!rise\s)(?<!increase\s)(?<!jump\s)(?<!hike\s)(?<!growth\s)(?<!time\s)in)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|many)\s+years(?!\s+(?:after|since|ago|before|later)\b)"
    r"|^[^.;]{0,80}?\b(?:over|across)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:forward\s+estimates|forecast\s+period|(?:next\s+|coming\s+|following\s+)?decades?)\b|^\s+spent\s+(?:during|over|in)\s+the\s+(?:historic|previous|whole|entire|same)\s+period\b"
    r"|^[^.;]{0,80}?\b(?:over|across|during)\s+(?:the\s+|a\s+)?(?:next\s+|coming\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-year\b"
    r"|^[^.;,]{0,60}?\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|^(?:[^.;]|\.\d){0,80}?\b(?:19|20)\d\d\s*(?:-|to|through)\s*(?:19|20)\d\d\b"
    r"|^[^.;]{0,40}?\b(?:projects?|programmes?|programs?)\s+(?:until|through|to|by)\s+(?:19|20)\d\d\b|^[^.;,]{0,40}?\b(?:overall|in\s+total|all\s+told|altogether)\s+(?:by|until|through)\s+(?:19|20)\d\d\b|^[^.;,]{0,40}?\bup\s+to\s+the\s+year\s+(?:19|20)\d\d\b"
    r"|^(?:[^.;]|\.\d){0,100}?\bfrom\s+(?:19|20)\d\d\s+(?:to|through|until|till)\s+(?:19|20)\d\d\b", I)  # ("58 billion manat ($34.1 billion) ... from 2005 through 2025")
FOR_DEFENSE_AFTER_RE = re.compile(
    r"^\s*(?:(?-i:[A-Z])[a-z]+\s+(?=\())?(?:\([^)]{0,60}\)\s*)?(?:,\s*(?:or|representing|accounting\s+for|equivalent\s+to)\s+[^,]{1,60}?(?:,|(?=\s+(?:to|for)\s))\s*)?(?:in\s+\w+,?\s+)?(?:(?:per|a|each|every|last|this|next)\s+year\s+|annually\s+)?"
    r"(?:from\s+the\s+(?:state|national|federal|government)\s+budget\s+|in\s+(?:new\s+)?budget\s+authority\s+)?"  # "1.2 trillion tenge from the state budget to defense"
    r"(?:,?\s*(?:is|was|will\s+be)\s+(?=for\s)|,?\s*(?:to\s+be\s+|is\s+|are\s+|was\s+|were\s+|will\s+be\s+|(?:could|would|may|might|can|should)\s+be\s+|(?:has|have|had)\s+been\s+|(?:is|are)\s+(?:expected|set|due|planned)\s+to\s+be\s+)?(?:spent|used|allocated|earmarked|allocation|requested|budgeted|approved|(?:also\s+)?(?:went|goes|going|will\s+go))\s+(?:(?:last|this|next)\s+year\s+|in\s+(?:19|20)\d\d\s+)?"
    r"(?:from\s+the\s+(?:state\s+|national\s+|federal\s+)?budget(?:-(?:19|20)\d\d)?\s+)?)?(?:for|to|on|into|toward|towards|in(?=\s+defen[cs]e\s+(?:services|sector)\b|\s+defen[cs]e(?:\s*[.,;!?\"\u201c\u201d]|\s+(?:is|was|and|by|over|this|next|in)\b)))\s+(?:(?<=to\s)ensure\s+)?"
    r"(?:the\s+(?:[\w-]+\s+){0,2}(?:wings|branches|services)\s+of\s+)?(?:the\s+)?(?:country's\s+|nation's\s+|national\s+|its\s+|our\s+|their\s+|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['\u2019]s\s+(?=(?i:ministry|defen|military|armed)))?"
    r"(?:(?-i:[A-Z][\w'-]*\s+){1,2}(?=Defen[cs]e\s+Forces?\b|Armed\s+Forces\b))?['\u2018\u201c\"]?(?:military|defen[cs]e|armed\s+forces|armament|"  # ("to the Guyana Defence Force", "for the 'army' of Kosovo")
    r"pentagon|army|armed\s+services|security\s+and\s+defen[cs]e|ministry\s+of\s+(?:national\s+)?defen[cs]e|(?:(?<=\bits\s)|(?<=\bour\s)|(?<=\btheir\s))(?:own\s+)?forces(?=\s*[.;,)]|\s*$)|"  # ("spends $750 million on their own forces.")
    r"department\s+of\s+defen[cs]e)\b(?!\s+(?:industry|industries|support\s+fund|fund|training|logistics|equipment|hardware|procurement|infrastructure|housing|pensions|salaries)\b|\s+and\s+(?:the\s+)?(?:interior|police|home\s+affairs|public\s+order)\b)", I)  # (not "on defence and interior")
RATE_RE = re.compile(r"^\s*(?:to|per|a|against)\s+(?:the\s+|one\s+|1\s+|each\s+)?(?:u\.?s\.?\s+)?(?:dollar|euro|yen|won)", I)
PART_OF_RE = re.compile(r"(?<!sector's\s)(?<!ministry's\s)(?<!ence's\s)\b(?:part|share|portion|fraction)\s+of\s+(?:the\s+|a\s+|its\s+)?" + HEDGE + r"$"  # (not "the defense sector's share of AD1,048bn")
                        r"|(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+|its\s+)?(?:(?!defen[cs]e\b|military\b)[\w-]+\s+){0,3}?budget\s+of\s+" + HEDGE + r"$", I)
CHANGE_NOUN_AFTER_RE = re.compile(
    r"^\)?\s*(?:\(\s*or\s+[^()\n]{1,30}\)\s*)?[,\u2013\u2014-]?\s*(?:(?:or\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s*[,\u2013\u2014-]?\s*)?(?:(?:year[-\s]on[-\s]year|on[-\s]year|annual|yearly|(?:real|nominal)(?:[\s-]+terms?)?)\s+){0,2}(?:planned\s+|proposed\s+|projected\s+)?(?:(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)\s+)?(?P<w>increase|rise|hike|jump|boost|growth|gain|climb|uptick|uplift|"
    r"surge|cut|decrease|reduction|drop|decline|fall|raise|increment|dip|slide|slump)\b", I)
CHANGE_VERB = (r"(?:rise|rises|rose|risen|rising|increas\w+|grow\w*|grew|jump\w*|climb\w*|boost\w*|strengthen\w*|rais\w*|adjust\w*|revised|"
                 r"fall\w*|fell|drop\w*|declin\w*|cut|cuts|cutting|reduc\w*|hike\w*|expand\w*|shrink\w*|shrank|"
                 r"surg\w*|slash\w*|soar\w*|lift\w*|trim\w*|slid|slide\w*|slump\w*|plung\w*|dip|dipped|dips|"
                 r"sank|sink\w*|tumbl\w*|contract\w*|edg\w*\s+(?:up|down)|swell\w*|swoll\w*|doubl\w*|decreas\w*|"
                 r"lower\w*|push\w*|balloon\w*|skyrocket\w*|upped|upping|(?<=to\s)up|(?<=will\s)up|jack\w*\s+up|inch\w*\s+(?:up|upwards|down)|(?:go|goes|gone|went|going)\s+(?:up|down)|(?:going|went|goes|passing|passed)\s+from)")
CHANGE_BEFORE_PCT_RE = re.compile(
    r"(?:\b(?P<w1>increase|rise|raise|hike|jump|growth|gain|climb|cut|decrease|reduction|drop|decline|fall|boost|uplift|increment)[\"\u201d\u2019']?(?:\s+rate)?(?:\s+in\s+(?:real|nominal)\s+terms)?(?:\s+in\s+(?:defen[cs]e|military)\s+(?:spending|budget|expenditure)\s+of|\s+in\s+(?:the\s+|[\w.]+['\u2019]s\s+)?(?:defen[cs]e|military)\s+(?:spending|budget|expenditure)(?:\s+(?:in|for)\s+(?:the\s+)?(?:next|this|last|coming|current)(?:\s+(?:fiscal|financial|budget))?(?:\s+year)?)?\s+(?:will\s+be|would\s+be|is|was)|\s+of|\s+in|\s*,\s*or|\s*,?\s*(?:totall?ing|amounting\s+to)|\s+of\s+[^;%]{1,60}?,\s*(?:equivalent\s+to|representing|or|which\s+is))" r"|\b(?:increase|rise|growth|cut|decrease|reduction|decline)\s+(?:of|in)\s+(?:its\s+|their\s+|the\s+|[\w.]+['\u2019]s\s+)?(?:defen[cs]e|military)\s+(?:spending|budget|expenditure)\b[^.;%\d]{0,40}?\s+(?:has\s+been|had\s+been|stood\s+at|amounted\s+to)"  # ("increase of its military budget under Rouhani has been")
    r"|\b(?<!made\s)(?<!makes\s)(?<!make\s)(?:up|down)(?:\s+by(?:\s+\S{1,4}\s?[\d.,]+\s*(?:million|billion|bn|m)?\s*,?\s+or)?)?|\b(?P<w2>" + CHANGE_VERB + r")(?:(?:\s+(?!(?:borrowing|limit|ceiling|debt|deficit|revenues?|taxes|salar\w*|pensions?|wages?)\b)[\w'/\-]+){0,9}?(?:,\s+(?:this\s+time|again|once\s+again|yet\s+again|in\s+(?:real|nominal)\s+terms|in\s+(?:19|20)\d\d),?)?\s+by(?:\s+an?\s+(?:additional|extra|further))?|(?:\s+[\w'/\-]+){0,4}?\s+(?:spending|budget|expenditure)\s+with|\s+for|\s+(?:its\s+|it['\u2019]s\s+|their\s+|the\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:annual|yearly|overall|total)\s+)?(?:military|defen[cs]e)\s+"
    r"(?:spending|budgets?|expenditures?|outlays?|expenses))?)\s+" + HEDGE + r"(?<!from\s)$", I)  # ("passing from 2%": a level, not a change)
COMPARATIVE_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:or\s+(?:[^,]{1,25},\s*|[\d.,]+\s*(?:%|percent|per\s*cent)\s+))?(?:(?:a|per)\s+year\s+|annually\s+)?(?P<w>more|less|higher|lower|above|below|up|down|bigger|larger|greater|smaller)\b(?:\s+in\s+(?:19|20)\d\d)?(?:\s+than(?!\s+(?:both\s+|that\s+of\s+|those\s+of\s+)?(?-i:[A-Z][a-z]+\b)(?!\s+(?:year|budget)))(?!\s+[\d.,]+\s*(?:%|percent|per\s*cent)\s+of\b)|\s+from|"
    r"\s+on|\s+over|\s+compared|\s+against\s+(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year)\b|\s+to\s+spend|\s+(?:the\s+)?(?:(?:19|20)\d\d|last\s+year's|previous\s+year's|current|prior)(?:\s+\w+)?\s+levels?\b)", I)
PCT_NEGATIVE_RE = re.compile(
    r"\b(?:inflation|economic|economy|gdp\s+growth|growth\s+target|tax\w*|interest|approval(?!\s+of\s+(?:an?|the)\s)|poll\w*|"
    r"unemployment|exchange|pay|salar\w+|wages?|pension|voters?|votes?|respondents|turnout|population|"
    r"troops|personnel|soldiers|recruit\w*|staffing)\b", I)
PCT_NEGATIVE_AFTER_RE = re.compile(r"^\s*(?:(?:pay|salary|wage)\s+(?:raise|rise|increase|hike)|(?:reduction|cut|decrease|increase|rise)\s+in\s+[^.;]{0,40}?\bas\s+a\s+(?:proportion|share|percentage|ratio)\s+of\s+(?:gdp|gross\s+domestic\s+product)|(?:economic\s+|gdp\s+)?growth(?:\s+rate)?\s+(?:in|of|for)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|national\s+)?econom|of\s+(?:the\s+)?(?:vote|votes|respondents|voters|"
                                    r"population|troops|personnel)|of\s+(?:the\s+|its\s+)?(?:total\s+|whole\s+)?budget\s+(?:allocated|approved|available)|of\s+(?:the\s+)?(?:national|state|government|public)\s+(?:budget|spending|expenditures?)\b(?!\s+(?:on|for)\s+defen))", I)  # ("99.47% of the total budget allocated": used)
GDP_WORD = r"(?:gdps?|gnp|gross\s+(?:domestic|national)\s+products?|national\s+output|economic\s+output|national\s+income|national\s+wealth)\b"
GDP_WORD_RE = re.compile(r"\b" + GDP_WORD, I)
# "of GDP", "of the projected GDP", "of our GDP", "of Saudi Arabia's gross domestic product", "of GNP"
GDP_AFTER_RE = re.compile(r"^(?:\s+(?:of\s+)?the\s+size\s+of\s+(?:its|the|their)\s+economy\b|\s+(?-i:GDP|GNP)(?=\s+(?:defen[cs]e|military|share|ratio|in|for|by|since)\b|\s*(?:[.,;()]|$))|\.?\s*\)?\s*(?:\([^()]{0,60}\)\s*)?(?:\[\s*)?of\s+(?:(?:[\w.'\-$\u20ac\u00a3]+\s+){0,3}?" + GDP_WORD
                          + r"|(?:its|the|their|our|the\s+country's|the\s+nation's|[A-Z][\w.\-]*'s)\s+(?:(?:entire|whole|overall|national|"
                          r"(?-i:[A-Z][\w.\-]*))\s+)?economy\b))", I)
# "Singapore's GDP reached X, with defence spending forming 3.6 percent of it"
OF_IT_RE = re.compile(r"^\s*of\s+(?:it|that|this)\b(?!\s+(?:amount|sum|spending|budget|total|money|figure))", I)  # ("of that amount": of the money)
# "The 1.67 trillion yuan ($231.4 billion) outlay": the amount names the defense outlay of the sentence before
OUTLAY_AFTER_RE = re.compile(r"^\s*(?:\([^)]{0,60}\)\s*)?(?:defen[cs]e\s+|military\s+)?(?:outlay|budget|allocation|spending)\b"
                             r"(?!\s+(?:for|of)\s+(?!(?:the\s+)?(?:defen[cs]e|military|armed|pentagon)))"
                             r"(?!\s+(?:cut|cuts|increase|hike|boost|reduction|rise)\b)", I)  # "a 10-billion-peso budget cut"
# "GDP ratio dropping to around 2%", "share of GDP at 2.4%", "as a percentage of GDP, 3.5%"
GDP_BEFORE_RE = re.compile(
    r"(?:\(\s*%\s+of\s+" + GDP_WORD + r"\s*\)|\b" + GDP_WORD + r"\s+(?:ratio|share|percentage)|(?:share|percentage|(?<!\d\s)(?<!\d)percent|proportion|ratio)\s+(?:of|to)\s+(?:its\s+|the\s+)?" + GDP_WORD
    # ("the share of the defence budget in GDP for 2026 will not exceed 4 %": the glossed French of a Moroccan paper)
    + r"|\bshare\s+of\s+(?:the\s+)?(?:defen[cs]e|military)\s+(?:budget|spending)\s+(?:\w+\s+)?(?:in|of)\s+(?:the\s+)?" + GDP_WORD
    + r"|\bmilitary\s+burden)[^.;]{0,60}?(?:\b(?:to|at|of|was|is|reached|hit|stood\s+at|stands\s+at|from|around|about|with|exceed|(?:wander|hover|fluctuat|rang|oscillat)(?:ing|ed|es|s)?)\s+|\s[\u2013\u2014-]\s+)"
    r"(?:a\s+(?:record\s+)?(?:high|low)\s+(?:of\s+)?)?" + HEDGE + r"$", I)
NATO_CTX_RE = re.compile(r"\b(?:nato|alliance|allies)\b", I)
# Any word NATO_TARGET_RE needs: a cheap gate before the costly clause search
NATO_WORD_RE = re.compile(r"\b(?:nato|allian\w*|allie[ds]|members?)\b", I)
# A share of GDP that is not defense spending: debt, deficits, growth, other budgets.
SHARE_NEGATIVE_RE = re.compile(
    r"\b(?:deficit|surplus|debt|borrowing|growth|grow\w*(?!\s+to\b)|expan\w*|inflation|revenue|tax\w*|health\w*|education|pensions?|"
    r"resilience|infrastructure|agricultur\w*|farming|civil\w*|economy|trade|exports?|imports?|aid|non-defen[cs]e|social|welfare|energy|purchasing|capital\s+expense|"
    r"climate|research(?!\s+(?:institute|centre|center|service|firm|group))|r&d|interest|support\s+(?:for|to)|assistance\s+to|moderni[sz]ation|equipment\s+programmes?)\b", I)
# The level NATO asks of its members: "NATO's 2% target", "demanded of NATO members", "the alliance's goal"
NATO_TARGET_RE = re.compile(
    r"\b(?:nato|alliance|allies|allied|member\s+(?:states|countries|nations))\b[^.;]{0,80}?\b(?:target|goal|guideline|"
    r"benchmark|standard|threshold|requirement|recommendation|pledge|commitment|obligation|norm|bar|minimum|floor)\b|\b(?:target|goal|guideline|benchmark|"
    r"standard|threshold|requirement|pledge|norm)\w*\s+(?:set\s+)?(?:by|of|for)\s+(?:the\s+)?(?:nato|alliance|allies)|\b(?:target|goal|guideline|benchmark)\s+(?:set|agreed)\s+at\s+(?:the\s+|a\s+)?(?:nato|alliance)\b"
    r"|\b(?:recommended|set|demanded|required|agreed|floated|proposed)(?:\s+(?:upon|on))?\s+by\s+(?:the\s+)?(?:nato|alliance|allies)|\b(?:nato|alliance|allies|member\s+(?:states|countries|nations))\b[^.;]{0,60}?\b(?:agreed|pledged|committed|promised)\s+to\s+(?:aim\s+for|spend|reach|move\s+towards)"
    # "what will be decided in The Hague between the Allies", "the bar will still be set by the Allies"
    r"|\b(?:decide|agree|settle)\w*\s+(?:[\w,-]+\s+){0,5}?(?:between|among|by)\s+(?:the\s+)?(?:nato\s+)?allies\b"
    r"|\bbar\s+(?:[\w-]+\s+){1,4}?by\s+(?:the\s+)?(?:nato|alliance|allies)\b"
    r"|\b(?:demanded|asked|required|expected|urged)\s+of\s+(?:all\s+)?(?:nato|the\s+alliance|allies|members)|\bcall\s+on\s+(?:the\s+)?(?:member\s+states|allies|members)\b"
    r"|\b(?:nato|alliance)\s+(?:members|allies|countries)\s+(?:to|must|should|agreed|committed|pledged)"
    r"|\ball\s+(?:nato\s+)?(?:members|allies)\b|\b(?:allies|member\s+(?:states|countries|nations)|members(?=\s+(?:will|would|must|should|shall|to)\s+commit))\b[^.;]{0,60}?\btheir\s+(?:defen[cs]e\s+spending|military\s+spending|gdp)\b", I)
DECREASE_RE = re.compile(r"cut|decreas|reduc|drop|declin|fall|fell|down|less|lower|below|shrink|shrank|slash|slid|trim|"
                          r"slump|plung|dip|sank|sink|tumbl|contract", I)
# (the lookahead names the first letters of the words: the engine skips other characters at once; same matches)
TREND_HINT_WORDS = ("budget", "spending", "expenditure")  # (the pattern's words, for context.sentences_with)
TREND_HINT_RE = re.compile(r"(?=[bse])(?:" + "|".join(TREND_HINT_WORDS) + ")", I)
TREND_RES = [
    re.compile(r"\b(?:(?:largest|biggest|record|sharpest|steepest|major|significant|substantial|sizable|"
               r"modest|first|steep|sharp|big)\s+)?(?:annual\s+)?(?:defen[cs]e|military)\s+(?:budget|spending|"
               r"expenditure)s?\s+(?P<dir>increases?|hikes?|boosts?|rises?|growth|cuts?|reductions?|decreases?|"
               r"declines?)\b(?:\s+in\s+(?:years|decades|a\s+decade|history))?", I),
    re.compile(r"\b(?P<dir>increas\w*|boost\w*|rais\w*|hik\w*|cut\w*|slash\w*|reduc\w*|trim\w*|expand\w*|"
               r"ramp\w*\s+up|bolster\w*)\s+(?:its\s+|their\s+|the\s+(?:country's\s+|nation's\s+)?)?"
               r"(?:annual\s+)?(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)s?\b", I),
]

# A level reached after a change: "will increase by 23 per cent in 2025 to 13.5 trillion roubles",
# "risen by about EUR 3 billion annually since 2017, reaching EUR 47.2 billion"
LEVEL_AFTER_CHANGE_RE = re.compile(
    r"\b(?:" + CHANGE_VERB + r"|tak(?:e|es|ing)|took|bring(?:s|ing)?|brought)(?:[^.;]|\.\d){0,80}?(?:(?<!compared\s)(?<!compared\s\s)\bto(?:\s+(?:reach|top|exceed|hit|surpass)|\s+an?\s+(?:[\w-]+\s+){0,3}?level\s*,|\s+an?\s+(?:[\w-]+\s+){0,2}?(?:high|peak|record|total|sum)\s+of|\s+(?:just\s+)?(?:above|below))?|\binto|\breaching|\breached|\bhitting|\bat)\s+" + HEDGE + r"$", I)
# A spending word, then the amount: "our cash spend in 24/25 is", "total defense expenditure is projected to be"
SPEND_THEN_AMOUNT_RE = re.compile(
    r"\b(?:spend|spending|expenditures?|outlays?|budget|allocations?|funding|(?:gross\s+|net\s+)?provision|(?:revised|budget)\s+estimates?)\b(?:\s+(?:[\w'/\-\"\u201c]+|\([A-Z]{2,8}\))|\s+(?:(?-i:[A-Z])[\w'-]*|\([A-Z]{2,8}\)),(?=\s+which\s))"
    r"{0,16}?\s+(?:is|was|are|were|will\s+be|hit|hits|topped|tops|"
    r"exceed|exceeded|exceeds|surpassed|surpasses|(?:go|goes|went|gone)\s+past|cross|crosses|crossed|"
    r"would\s+be|to\s+be|of|at|totall?ing|totals?|totall?ed|reach\w*|stands\s+at|stood\s+at|amounts?\s+to|amounted\s+to|(?:comes?|came)\s+to|recorded|registered|equal(?:s|led|ed)?|"
    r"(?:pegged|set|fixed|put|estimated|projected|capped)\s+at)\s+" + HEDGE + r"$", I)
# The level a budget changed from: "a substantial rise from the Rs 2,122 billion earmarked"
LEVEL_FROM_RE = re.compile(
    r"(?:\b(?:up|down|rise|rising|rose|risen|increas\w*|jump\w*|grow\w*|grew|drop\w*|fall|fell|fallen|decline\w*|"
    r"decreas\w*|hike|climb\w*|halv\w*|doubl\w*|tripl\w*|went|gone|moved|passed|balloon\w*|skyrocket\w*|surg\w*|soar\w*|plung\w*|plummet\w*|shr[aiu]nk\w*|swell\w*|swollen)\s+"
    r"(?:(?:\w+|[\d.,]+\s*(?:%|percent|per\s*cent))\s+){0,3}?from"
    # "15% higher than its P378.89 billion", "a 4.79% increase over the Rs 5.94 lakh crore": named apart, since "than"
    # and "over" after any other word are hedges ("up more than $5bn", "up over 5%"; but "$11.4 billion less than the
    # current year's $254.8 billion" names the year's level)
    r"|\b(?:higher|lower)\s+than|\b(?:less|more)\s+than(?=\s+(?:the\s+)?(?:current|this|last|previous)\s+year's\s)|\b(?:doubles|doubled|doubling|triples|tripled|tripling)|\bas\s+against|\b(?:increase|rise|growth|jump|hike)\s+over|\b(?:increase|decrease|rise|drop|cut|reduction)\s+on|\b(?:increase|decrease|rise|drop|cut|reduction)\s+(?:of\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?[^\s\d]{0,4}\s?[\d.,]*\d\s*(?:trillion|billion|million|bn|m|%|percent|per\s+cent)?(?:\s+(?!compared|relative)[a-z]{3,9})?\s*,?\s+)?(?:compared|relative)\s+(?:to|with)"
    r"|\b(?:surging|rising|climbing|jumping|going|moving)\s+past|\b(?:this|that|which|it)\s+compares\s+(?:with|to)|\b(?:increase|raise|cut|reduce)\w*\s+(?:its|their|the)\s+(?:defen[cs]e|military)\s+(?:expenditures?|spending|budget)\b[^.;:]{0,50}:\s+from)\s+(?:the\s+|a\s+|its\s+|their\s+|(?:last|the\s+previous)\s+year,?\s+when\s+)?"
    r"(?:an\s+(?=estimate\s+of\s)|previous\s+year's\s+|last\s+year's\s+|(?:the\s+)?last\s+fiscal(?:\s+year)?'s\s+|this\s+year's\s+|the\s+current\s+year's\s+|previous\s+|current\s+|"
    r"prior\s+)?(?:initial\s+|original\s+|(?:originally|initially)\s+planned\s+|planned\s+|earlier\s+|estimated\s+|projected\s+)?"
    r"(?:(?:defen[cs]e|military)\s+(?:spending\s+|budget\s+|allocation\s+|expenditure\s+)?of\s+|"
    r"allocation\s+of\s+|budget\s+of\s+|level\s+of\s+|figure\s+of\s+|amount\s+of\s+|sum\s+of\s+|(?:all[\s-]time\s+|record\s+|historic\s+)?(?:high|peak)\s+of\s+|(?<=an\s)estimate\s+of\s+)?" + HEDGE + r"$", I)
# One armed service, or one line of a budget: a component, not the defense budget
SERVICE_RE = re.compile(r"\b(?:army|navy|air\s+force|marine\s+corps|coast\s+guard|space\s+force|national\s+guard|(?:land|sea|air|naval|maritime)\s+(?:element|component)|land\s+forces|"
                        r"ground\s+forces?|naval\s+forces|special\s+(?:operations\s+)?forces|revolutionary\s+guards?(?:\s+corps)?|irgc)\b", I)
COMPONENT_RE = re.compile(
    r"\b(?:(?:expenditure|spending|budget)\s+for\s+(?:staff|personnel|salaries|training)\b|that\s+for\s+(?:staff|personnel|salaries|training)\b|(?:the|this|that)\s+(?:item|line\s+item|budget\s+line|single\s+vote)\b|budget\s+items?\b|(?:excluding|not\s+including|except\s+for)\s+(?:the\s+)?(?:costs?\s+(?:for|of)\s+)?(?:personnel|salaries|wages|pay|pensions)\b|secret\s+(?:expenditure|budget|spending)\b|(?:money|spent|spending|expenditure)\s+on\s+(?:[\w'\u2019-]+\s+){0,3}?(?:military\s+)?(?:personnel|salaries|pensions)\b(?!\s+(?:and|or)\b)|(?<!defen[cs]e\sand\s)(?<!defen[cs]e\sand\swar\s)veterans\b|programme\s+budget\b|multisector\w*\s+programmes?\b|"
    r"that\s+of\s+the\s+(?:interior|police|health|education|justice|navy|army|air\s+force|marines)\b|"  # ("while that of the interior will rise from")
    r"budget\s+for\s+the\s+(?:expenses|costs|upkeep)\s+of\b|budget\s+for\s+(?:the\s+)?(?:up\s+to\s+|about\s+|some\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|personnel|members|peacekeepers)\b|budget\s+for\s+(?:the\s+)?(?:equipment|procurement|salaries|wages|pensions|arms|weapons|armaments)\b(?!\s+and\b)|"
    r"(?:spending|funding|money|allocations?)\s+(?:on|for)\s+(?:the\s+purchase\s+of\s+)?(?:weapons|arms|drones|unmanned|uavs|ammunition)\b|special\s+(?:defen[cs]e\s+)?projects|total\s+estimated\s+cost|cost\s+of\s+(?:the|this)\s+project|office\s+of\s+the\s+minister\s+of\s+defen[cs]e|(?<!prime\s)minister['\u2019]s\s+office|capital\s+outlay|(?:non-)?plan\s+expenditure|classified\s+expenditure|security\s+organs|general\s+headquarters|wages|pensions?|revenue\s+(?:expenditure|budget|head)|procurement|(?<!according\sto\s)(?<!recent\s)(?<!new\s)research(?!\s+(?:institute|centre|center|group|firm|by|from|of)\b)|r&d|salar\w+|"
    r"personnel\s+costs|employee[\s-]+related\s+expenses|(?-i:foreign\s+military\s+(?:assistance|aid))\b|spending\s+for\s+developments?\b|general\s+administration|defen[cs]e\s+production\s+(?:division|department|unit)|(?:expenditure|costs?|spending)\s+(?:on|of|for|regarding|related\s+to)\s+(?:the\s+)?deployment\b|(?:allocated|allotted|earmarked|assigned|devoted|spent)\s+(?:to|for|in|on)\s+(?:the\s+|its\s+|their\s+)?(?:personnel|staff|clothing|uniforms|food|rations|feeding|investments?|military\s+operations)\b|(?:overall\s+)?pay\s+(?:allocation|bill)|non-pay|payroll|operations\s+and\s+maintenance|break-?up|sub-?heads?|coast\s+guard|border\s+roads|strategic\s+defen[cs]e\s+account|"
    r"education|universit\w+|schools?|hospitals?|health\w*|schemes|development\s+programme|welfare|social\s+security|police|"
    r"moderni[sz]ation|investment\s+budget|(?<=in\s)investments|arms\s+(?:purchases|procurement|acquisitions?)|weapons?\s+purchases|"
    r"force[- ]improvement|internal\s+security|public\s+order|public\s+security|investment\s+spending|upkeep|"
    r"operational\s+costs|operating\s+expenses|operational\s+expenditure|operating\s+expenditure|development\s+expenditure|special\s+budget|supplementary\s+budget|supplemental|support\s+fund|industry\s+support|"
    r"defen[cs]e\s+industry|(?:expenditure|budget)\s+items?|line\s+items?|budget\s+lines?|weapons?\s+systems?|"
    r"operational\s+expenses|operating\s+costs|running\s+costs|maintenance|home\s+ministry|interior\s+ministry|intelligence\s+(?:and\s+security\s+)?(?:agency|service)|national\s+security\s+service|recurrent\s+(?:expenditure|spending|budget)|current\s+expenditure\s+allocation|(?:land|naval|air|maritime)\s+operations|"
    r"\b(?:total|combined|overall|breakdown\s+of\s+the(?:\s+(?:19|20)\d\d)?)\s+defen[cs]e\s+and\s+(?:internal\s+|public\s+|national\s+)?security\b|defen[cs]e\s+and\s+security\s+(?:agencies|together|combined)\b|combined\s+(?:defen[cs]e|budget|allocation)|(?:security|armed)\s+(?:forces|services)\s+put\s+together\b|"
    r"development\s+expenditure|operating\s+expenditure|capital\s+projects|armed\s+forces\s+division|civil\s+aid|office\s+of\s+the\s+(?:[A-Z]{2,5}\s+|defen[cs]e\s+)?(?:secretary|minister)\b|"
    r"ministry\s+of\s+(?:home|interior)\s*(?:affairs)?)\b", I)

# Tables written as prose or scraped infoboxes: "Active personnel | 653,800 |", "Budget: US$10.8 billion"
ROW_START = r"(?:^\s*-?|[|\n\u2022]|\n\s*-)\s*"  # a line, a cell or a bullet ("- Active: 387,000" in a copied infobox)
ROW_END = r"\s*[|:](?:[ \t]*\|)?\s*" + HEDGE + r"$"  # "Active: | 24,000": a label cell that keeps its colon
# a copied infobox row with no separator, label and value on a line of their own: "Active personnel 28,150 (2021)[2]",
# "Budget\u20ac3,380,000,000 (2023)", "Percent of GDP1.0%": the label must open its line
LINE_ROW_START = r"(?P<line>\n|^)[ \t]*(?:[-\u2022*][ \t]*)?"
EITHER_ROW_START = r"(?:" + LINE_ROW_START + r"|" + ROW_START + r")"
EITHER_ROW_END = r"(?(line)[ \t]*|\s*[|:](?:[ \t]*\|)?\s*)" + HEDGE + r"$"
MONEY_ROW_RE = re.compile(
    EITHER_ROW_START + r"(?:annual\s+)?(?:(?:defen[cs]e|military)\s+)?(?:budget|expenditures?|spending)(?:\s+\([\w$\u20ac.]+\))?"
    r"(?:\s+-\s+dollar\s+figure|:\s*total(?:\s+(?:19|20)\d\d)?)?" + EITHER_ROW_END, I)  # ("Defense Budget: Total 1997:")  # (the old World Factbook's "Military expenditures - dollar figure:")
SHARE_ROW_RE = re.compile(EITHER_ROW_START + r"(?:(?:military|defen[cs]e)\s+expenditures?\s+-\s+)?(?:(?:percent(?:age)?|%|share)\s+of\s+gdp|percent\s+gdp)(?:\s+(?:in|for|on)\s+[\w()]+)?"
                          r"(?:\s+spent\s+on\s+(?:the\s+)?(?:military|defen[cs]e))?"
                          + EITHER_ROW_END, I)

# Asked for an amount: "asked the Finance Ministry for JPY 8.8 trillion", "is seeking $850 billion"
REQUEST_BEFORE_RE = re.compile(r"\b(?:ask\w*|request\w*|seek\w*|sought|call\w*)\b[^.;]{0,50}?\bfor\s+" + HEDGE + r"$", I)
# Money named as a plan over years: "a five-year, JPY 43 trillion defense spending plan"
PLAN_AFTER_RE = re.compile(r"^(?!" + _SPENDING_BILL + r"|\s*(?:[\w-]+\s+)?(?:spending|budget)\s+plan\b|\s*(?:defen[cs]e|military|pentagon)\s+plan\s+for\s+(?:fiscal(?:\s+year)?\s+|FY\s*)(?:19|20)?\d\d\b|\s*(?:\([^)]{0,60}\)\s*)?(?:above|over|below|under|than)\s+(?:the\s+)?plan\b)"
                           r"\s*(?:\([^)]{0,60}\)\s*)?(?:[\w-]+\s+){0,3}?(?:plan|programme|program|package|initiative|"
                           r"modernization\s+plan|buildup)\b", I)
# A change over many years or on average, not one year's change (class 9 of the real-text issue)
LONG_RUN_RE = re.compile(r"\b(?:long-term\s+trajectory|(?:during|throughout|over)\s+the\s+(?:19|20)\d0s\b|on\s+average|an?\s+average|averag\w+|annually\s+since|a\s+year\s+since|per\s+year\s+since|"
                         r"since\s+[^.;]{0,60}?\b(?:\w+\s+years\s+ago|a\s+decade\s+ago)|(?:compared\s+(?:to|with)\s+)?"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\s+(?:ago|earlier)|(?:a|one|two|three|\d+)\s+decades?\s+(?:ago|earlier)|"
                         r"each\s+year\s+since|compound\w*|cumulative\w*|(?<=\d)\s*(?:%|percent|per\s*cent)\s+(?:a|per)\s+year\b|(?:growth|increase|rise)\s+in\s+(?:defen[cs]e\s+|military\s+)?spending\s+(?:a|per)\s+year|growth\s+(?:to|until|through|till)\s+(?:19|20)\d\d|in\s+(?:only\s+)?(?:\w+|\d+)\s+of\s+the\s+(?:\w+|\d+)\s+(?:defen[cs]e\s+)?budgets|over\s+the\s+(?:past|last)\s+(?:decade|\w+\s+years)|"
                         r"(?:rise|increase|growth|jump|drop|fall|decline)\s+since\s+(?:19|20)\d\d|"
                         # "an annual defense spending growth of 4.5 percent since 1960"
                         r"(?:rise|increase|growth)\s+of\s+[\d.,]+\s*(?:%|percent|per\s*cent)\s+(?:a\s+year\s+)?since\s+(?:19|20)\d\d)\b", I)

# An amount restated as a share of GDP: "GBP 67.7 billion, or 2.30% of GDP", "GBP 61.4 billion for 2024-25 (2.18% of GDP)"
AMOUNT_THEN_SHARE_RE = re.compile(
    r"^\s*(?:for\s+\S+\s+)?(?:\((?!\s*\d)[^()\d]{1,30}\)\s*)?(?:\(|,?\s*or\s+|,\s*(?:and\s+|which\s+is\s+|which\s+represents\s+|that\s+is\s+)?|\s+and\s+|[\u2014\u2013]\s*)(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?"
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent|pct\.?)\s+of\s+(?:[\w.'\-]+\s+){0,3}?" + GDP_WORD, I)

# A share of GDP stated as what spending stands at, with GDP said elsewhere in the sentence or the one
# before: "put defence spending at 0.7% for the same year", "take defence spending close to 2%"
SPENDING_AT_PCT_RE = re.compile(
    r"\b(?:(?:defen[cs]e|military)\s+(?:spending|expenditures?|budget|outlays?|allocations?)|spending|spends|spent)\b"
    r"(?:[^.;%]|\.\d){0,40}?(?:\bat|\bto|\bbe|\bfrom|\breach\w*|\brepresent\w*(?:\s+(?:then|thus|now|therefore))?|\bwas\s+(?:even\s+|much\s+)?(?:higher|lower)\s*:|\bhit\w*|\bclose\s+to|\bnear|\baround|\babout|\bof|\bspending|\bwas)\s+"
    + HEDGE + r"$|\b(?:spending|expenditures?)\b[^.;%]{0,60}?\bwhen\s+it\s+was\s+" + HEDGE + r"$|\b(?:hit\w*|reach\w*|meet\w*|to)\s+(?:the\s+)?" + HEDGE + r"$|\b(?:spending|spends|spent)\s+" + HEDGE + r"$|\b(?:allocates|allocated|devotes|devoted|dedicates|dedicated)\s+(?:only\s+|just\s+|merely\s+)?" + HEDGE + r"$"
    # a ranking of shares: "Poland leads the way with 3.9 per cent", "Only Luxembourg scores lower, at 0.7 per cent"
    r"|\b(?:leads?|led|tops?|topped|heads?|headed)\s+(?:the\s+(?:way|list|ranking|table)\s+)?with\s+" + HEDGE + r"$"
    r"|\b(?:scores?|scored|ranks?|ranked|comes?|came)\s+(?:even\s+)?(?:lower|higher|last|lowest|highest)\s*,?\s+at\s+" + HEDGE + r"$"
    r"|\b(?<!not\s)(?<!never\s)(?<!n't\s)(?:allocat\w+|devot\w+|dedicat\w+)\s+to\s+(?:national\s+)?defen[cs]e\s+" + HEDGE + r"$", I)  # ("it allocates to defense 0.85%")

# A sentence whose subject is the whole state budget or another sector: "Total expenses are expected to rise
# by 19 percent to ...", "Infrastructure development is allocated N4.06 trillion"
OTHER_SUBJECT_RE = re.compile(
    r"\W*(?:the\s+)?(?:ministry|ministries)\s+of\s+(?:the\s+)?(?:interior|health|education|finance|justice|agriculture|transport|foreign\s+affairs)\b|\W*(?:the\s+)?(?:budget|funding|allocation)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:aid|humanitarian|development|health|education|police|pensions?)\b|\W*(?:the\s+)?(?:[\w-]+\s+)?homeland\s+security\b|\W*(?:\w+\s+)?budget\s+(?:\w+\s+){0,2}?(?:of|to|for)\s+the\s+(?:ministry\s+of\s+(?:national\s+|public\s+|internal\s+)?security|national\s+intelligence\s+agency)\b|\W*(?:the\s+)?(?:(?!(?:military|army|defen[cs]e|pentagon|ministry|navy)'s)[\w.\-]+'s\s+)?(?:(?:total|overall|general|state|government|national|public|"
    r"federal)\s+(?:state\s+|government\s+|public\s+)?(?:expenses|expenditures?|spending|budget|outlays|revenues?|income)"
    r"(?!\s+(?:data|figures|documents|papers|statistics|estimates)\b)|(?:\w+\s+)?other\s+(?:sectors|ministries|departments)\b|"  # (a source)
    r"(?:infrastructure|education|(?:foreign\s+|overseas\s+|humanitarian\s+)?aid|health\w*|financ\w*|econom\w*|agricultur\w*|transport\w*|energy|housing|water|police|interior|justice|security|tax\s+collector|revenue\s+authority|"
    r"social\s+\w+|capital\s+projects?|debt\s+service|works|(?:this|that|the)\s+(?:programme|program|line|item|component|system))(?:\s+\w+)?\s+(?:is|was|are|were|has|had|will|gets?|got|receives?|"
    r"received|funding|allocation|spending))\b", I)

OTHER_COUNT_BEFORE_RE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:more\s+|other\s+|additional\s+)?$")  # ("the 380 Austrian troops")

# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
