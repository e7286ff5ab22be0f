"""The patterns the budget rules read beside the shared vocab (money: aid, other bodies and sectors,
rankings, asides; percents: thresholds, benchmarks, plans, parts of a year), each behind its first-character
gate (the one predicate both rules ask, ``world_or_region_total``, is in region_totals).

In: nothing at import but the vocab; at run time, the sentence context. Out: compiled patterns for
``budgets`` (money) and ``budget_percents`` (percentages).
"""

from __future__ import annotations

import re

from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import HEDGE, I

# "the allocation for capital expenditures has gotten a boost, with 39 billion pesos": a line named before the amount
# (after it, "with a major increase in capital expenditure" describes the whole budget's growth)
CAPEX_RE = re.compile(r"capital\s+(?:expenditures?|budgets?|allocations?|outlays?|spending)\b", I)  # (no \b before: "focapital expenditure", a typo of real copy)
CAPEX_AFTER_RE = re.compile(r"\b(?:to|for|on)\s+capital\s+expenditures?\b", I)  # "N157.71 billion was allocated to capital expenditure"
# "the alliance's total defense budget estimated at $1.4 trillion": NATO's, whichever member the sentence names
ALLIANCE_BUDGET_BEFORE_RE = re.compile(r"\b(?:the\s+alliance's|NATO's|the\s+alliance\u2019s|NATO\u2019s)\s+(?:total\s+|combined\s+|overall\s+)?"
                                       r"(?:defen[cs]e\s+|military\s+)?(?:budget|spending|expenditures?)\b[^.;]{0,40}$", I)
# "reaching KRW40 trillion for first time": a threshold crossed, not the budget's level
FIRST_TIME_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?for\s+(?:the\s+)?first\s+time\b", I)

AMOUNT_RE = re.compile(r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6\u20a9\u20b1\u20bd\u20ba\u20aa\u20b4\u0e3f\u20ab]|"
                       r"\b(?:SAR|USD|EUR|GBP|Rs|Rp|Tk|RM|NT\$|S\$)\.?)\s?\d"
                       r"|\d[\d.,]*\s*(?:billion|trillion|million|bn|tn|trn|crore|lakh)\b", I)


MONEY_RE1 = re.compile((r"^\s*(?:\([^)]{0,60}\)\s*)?(?:\s*[,-]?\s*or\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s*(?:%|percent|per\s*cent)\s*[,-]?\s+|(?P<cpct>\s*,\s*[\d.]+\s*(?:%|percent|per\s*cent)\s+))?"  # ("or six percent", "- or about 5% -", "NT$18.3 billion, 5.6 percent increase")
                            r"(?:(?:(?:defen[cs]e|military)\s+)?(?:budget|spending)\s+(?=(?:increase|rise|hike|boost|cut|reduction|decrease)\b))?"  # ("a EUR225 million budget cut")
                            r"(?:increase|rise|raise|hike|boost|cut|reduction|decrease|drop|fall|decline|jump|extra|more|"
                            r"(?:in\s+)?(?:additional|extra|new)\s+(?:funding|spending|money))\b"), I)


SKIP_PAIR_RE1 = re.compile(r"^\s*(?:to\s+(?:the\s+|a\s+)?|in\s+(?:19|20)\d\d\s*,?\s+and\s+(?:no\s+less\s+than\s+|at\s+least\s+)?)"  # ("2.75 percent in 2026 and
                           + HEDGE + r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:%|percent|per\s+cent)", I)  # 3 percent of GDP in 2027")


DIRECTION_SIGN_RE1 = re.compile(r"^\s*(?:,\s*or\s+[^,]{1,25},\s*)?(?:\([^)]*\)\s*)?(?:(?:year-on-year|year-over-year|annual|yearly|real|nominal|defen[cs]e|military|budget|spending)\s+){0,2}(\w+)")  # ("a 10% year-on-year cut")


# "... by an average of 7% per year from 2018 to 2021, and by 3.4% in 2022": a change dated on its own
AND_BY_DATED_RE = re.compile(r".*?\band\s+by\s+[^\s]*\d[^\s]*\s*(?:%|per\s*cent|percent)\s+in\s+(?:19|20)\d\d\b", I)
SPANS_YEARS_RE1 = re.compile(r"\b(?:in|for)\s+(?:fiscal\s+|FY\s*)?(?:19|20)\d\d\b", I)


IS_CONVERSION_RE1 = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|approximately|approx\.|some|or|nearly)?\s*|\s*/\s*")  # (or "$3 billion/₱140 billion")


MONEY_RE2 = re.compile(r"exchange\s+rate", I)
EXTRA_INSIDE_RE = re.compile(r"\s(?:additional|extra|more|new|further)\s", I)  # ("55 billion additional shekels": an increase)
RATE_AFTER_RE = re.compile(r"\s*(?:[-=:]|equals|buys)\s*(?:[A-Z]{0,3}\$|[A-Z]{3}\s*|[^\W\d]{1,3}\s*)?\d", I)  # "(1 euro - 61.5 denars)"


MONEY_RE3 = re.compile((r"^\s*(?:\([^)]{0,60}\)\s*)?(?:that|which)?\s*(?:the\s+)?(?:government|ministry|cabinet|administration|"
            r"parliament|congress|lawmakers)\s+(?:had\s+|has\s+)?(?:proposed|requested|sought|approved|planned)"), I)


PERCENT_RE1 = re.compile(r"\b(?:above|below|beyond|exceeding|(?:should|must|may|can|could|shall)\s*(?:not|n't)\s+exceed|significantly|considerably|substantially|far|much|well)\s+$", I)  # ("should not exceed 4 percent", "spend significantly more than one percent": a threshold)
# a cap set by a verb ("limited defense spending to 0.34 percent of GDP") or named after the share ("this 0.34 percent limit")
CAP_VERB_BEFORE_RE = re.compile(r"\b(?:limit(?:s|ed|ing)?|capp?(?:s|ed|ing)?|restrict(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:to|at)\s+(?:about\s+|around\s+)?$", I)
LIMIT_AFTER_RE = re.compile(r"\s+(?:limit|cap|ceiling)\b", I)


OF_MINISTRYS_RE = re.compile(r"\bof\s+the\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e)['\u2019]s\s+$", I)  # ("the navy is
# allocated 20.5 billion baht of the Defence Ministry's 104.7-billion-baht budget": the whole the part is taken from)
MONEY_RE4 = re.compile(r"\b(?:defen[cs]e|military)\s+(?:budget|spending)|" + OF_MINISTRYS_RE.pattern, I)


MONEY_RE5 = re.compile(r"\b(?:extra|additional|another|add(?:s|ed|ing)?)\s+$", I)


MONEY_RE6 = re.compile(r"\b(?:record|record-high|previous|total)\s+(?:of\s+)?" + HEDGE + r"$", I)


PERCENT_RE2 = re.compile(r"\bby\s+" + HEDGE + r"$", I)


SPANS_YEARS_RE2 = re.compile(r"\b((?:19|20)\d\d)\b")


SPANS_YEARS_RE3 = re.compile(r"\bfrom\b", I)


MONEY_RE7 = re.compile(r"^\s*(?:in\s+)?(?:new|extra|additional|fresh)\s+(?:(?:defen[cs]e|military)\s+)?"
                        r"(?:funding|spending|money|appropriations)", I)


# "there are an additional 465,000 reserve personnel": more of a standing force, not troops added
# Another body's money: "The Secretariat of Security ... decreasing from 105,838 million"
OTHER_BODY_RE = re.compile(r"\b(?:secretariat|ministry|department|agency|sector|office|programme|program)\b", I)


# "of its economy" names GDP; it is not an economic topic that makes a share another budget's
ECONOMY_AS_GDP_RE = re.compile(r"\bof\s+(?:its|the|their|our|the\s+country's|the\s+nation's|[A-Z][\w.\-]*'s)\s+(?:(?:entire|whole|"
                                r"overall|national|(?-i:[A-Z][\w.\-]*))\s+)?economy\b", I)
# another percent's own base in the same clause: "23.0 percent of on-budget spending, and 4.8 percent of the economy"
OTHER_PCT_OF_BUDGET_RE = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+of\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                                     r"(?:budget|spending)\b", I)


# "The Ministry of Defence budget for Civil Aid": a line of the budget named after "budget for"
# "... fifth in Sub-Saharan Africa behind Sudan on $4.3 billion": the country the ranked one comes after, and its money
RANKED_BEHIND_RE = re.compile(r"\b(?:behind|after|below|trailing)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+"
                               r"(?:on|with|at)\s+" + HEDGE + r"$")
RANKING_RE = re.compile(r"\b(?:places?|placed|placing|ranks?|ranked|ranking|puts?|putting|sits?|comes?|came)\s+"
                         r"(?:[\w.'-]+\s+){0,3}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", I)
# "seek a record $6.7 billion in additional defense spending": money on top of the budget
# an amount added to a budget: "allocated an additional R3.6 billion", "approved an additional budget of 90 billion birr"
ADDITIONAL_BEFORE_RE = re.compile(r"\b(?:approv\w*|allocat\w*|grant\w*|given|gave|receiv\w*|requir\w*|needs?|needed|pledg\w*|promis\w*|committ?\w*|involv\w*|entail\w*|means|meant|impl(?:y|ies|ied))\s+(?:\w+\s+){0,2}?"
                                  r"an?\s+(?:additional|extra)\s+(?:(?:defen[cs]e\s+|military\s+)?(?:budget|allocation|funding|appropriation)\s+of\s+)?"
                                  + HEDGE + r"$", I)
# "go to the Army, which will have a budget of 1 billion soles, ..., a 301 percent increase": one service's budget
SERVICE_WHICH_HAS_RE = re.compile(r"\b(?:the\s+)?(?-i:Army|Navy|Air\s+Force|Marines?)\s*,\s*which\s+(?:will\s+have|has|had|gets?|got|receives?|received)\b"
                                  r"(?:[^.;]|\.\d){0,120}$", I)
PROGRAM_RE = re.compile(r"\bprogram(?:me)?s?\b", I)  # "The Internal Order program ... will receive an additional 64 million soles"
MAYBE_BEFORE_RE = re.compile(r"\b(?:could|might|may|potentially|would)\b", I)  # "could potentially receive an additional R11.7 billion"
ADDITIONAL_SPENDING_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:(?:in|of)\s+(?:additional|extra|supplementary|supplemental)\s+(?:(?:defen[cs]e|military)\s+(?:spending|funding|budget|outlays?)|funding|funds)\b"
                                           r"|off[\s-]budget\b|outside\s+the\s+budget\b|(?:supplementary|supplemental)\s+(?:schedule|budget|estimates?|appropriations?|request)\b)", I)  # ("another 4.89 billion baht off budget"; "the total Shs662.3b supplementary schedule")
TWO_WORD_VERBS = frozenset({"go", "goes", "gone", "went", "going", "edge", "edges", "edged", "edging",
                             "inch", "inches", "inched", "inching"})
ASIDE_END_RE = re.compile(r"\s[-\u2013\u2014]\s|;|,\s*(?:while|whereas)\s")  # ("0.3 percent of the GDP, while its expenditure on agriculture ...")
AS_ITS_DEFENSE_BUDGET_RE = re.compile(r"\s+as\s+(?:its|the|their|the\s+country's|the\s+nation's)\s+(?:annual\s+|total\s+|new\s+)?"
                                       r"(?:defen[cs]e|military)\s+(?:budget|spending|allocation)\b", I)
BUDGET_FOR_OTHER_RE = re.compile(
    r"\bbudget\s+for\s+(?!(?i:(?:the\s+|its\s+|their\s+|our\s+)?(?:country's\s+|nation's\s+)?(?:defen[cs]e|military|armed|army|national\s+security|"
    r"ministry\s+of\s+(?:national\s+)?defen[cs]e|department\s+of\s+defen[cs]e|pentagon|security|fiscal|financial|next|this|the\s+coming|"
    r"the\s+current|the\s+new|the\s+year|(?:19|20)\d\d|fy|\d)))(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:is|was|will|would|stands|of|at|to|"
    r"has|had|rose|fell|expected|set|decreas\w*|increas\w*)\b", 0)


SPENT_ON_DEFENSE_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:(?:is|are|was|were|will\s+be|to\s+be|(?:is|are|was|were)\s+(?:expected|set|due|"
                                        r"planned|projected)\s+to\s+be)\s+)?(?:spent|allocated|earmarked|"
                                        r"set\s+aside|used)\s+(?:for|on|to)\s+(?:the\s+)?(?:national\s+)?(?:defen[cs]e|military|armed)"
                                        r"|\s*on\s+(?:defen[cs]e|military)\s+spending\b"  # ("foresees USD 263 million on defense spending")
                                        r"|\s*(?:\([^)]{0,60}\)\s*)?for\s+(?:the\s+)?(?:national\s+)?defen[cs]e\b(?!\s+(?:and|industr))", I)


WHOLE_BUDGET_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:[\w-]+\s+)?budget\b", I)
# "The Defense Department called for a $961.6 billion budget", "DND's P265.10B proposed 2025 budget"
OWN_BUDGET_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:for\s+(?:its|their)\s+)?(?:(?:proposed|approved|draft|annual|revised|record|"
                                  r"(?:19|20)\d\d|fy\s*\d{2,4}|\d{4}/\d{2,4})\s+){0,2}budget\b", I)


HYPOTHETICAL_BEFORE_RE = re.compile(r"\bwould\s+(?:mean|require|cost|need|take)\b[^.;]{0,40}$|\b(?:should|ought\s+to|must)\s+have\s+an?\s+(?:[\w-]+\s+){0,2}?budget\s+of\s+" + HEDGE + r"$|\bwould\s+have\s+(?:requested|sought|asked\s+for|spent)\s+"
                                    r"(?:[\w-]+\s+){0,2}?" + HEDGE + r"$|\bpotential(?:ly)?\s+" + HEDGE + r"$|\b(?:(?:capability|capacity|means|money|funds)\s+to|cannot|can't|unable\s+to)\s+(?:allocate|afford|spend)\b[^.;]{0,40}$", I)  # ("does not have the capability to allocate a defense budget of")


# "defence is projected to have $96.5 billion to spend"
TO_SPEND_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:a\s+year\s+|annually\s+)?to\s+spend\b(?!\s+on\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,4}(?-i:Command|Program|Programme|Initiative|Fund|Project)\b)", I)  # (not "to spend on the Indo-Pacific Command": a part)


# "compared to the previous year's budget, which was around 16 billion dollars"
PREVIOUS_BUDGET_WAS_RE = re.compile(r"\b(?:previous|last|prior)\s+year's\s+(?:budget|allocation|spending),?\s+(?:which|that)\s+"
                                     r"(?:was|stood\s+at|totall?ed|amounted\s+to)\s+" + HEDGE + r"$", I)


# "totaled 50.15 trillion won, up from this year's 46.7 trillion": the level, compared with an earlier one
UP_FROM_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:up|down)\s+from\b", I)  # ("166.44 billion rupees (1.48 billion dollars), up from")


# "Compared to six years ago, the allocation is an increase of around 47 percent": a change over years
YEARS_AGO_RE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\s+(?:ago|earlier|before)\b|(?:%|\bper\s*cent|\bpercent)\s+(?:during|over|in)\s+(?:the|that|this)\s+(?:period|decade)\b", I)  # ("by 100 per cent during the period")


# "which includes expenditures for veteran affairs and the coast guard": what a total includes is not a part named
INCLUDES_CLAUSE_RE = re.compile(r"\b(?:which\s+|that\s+)?includ\w*\s+[^.;]{0,100}?(?=,|$)", I)
# an aside closed by its comma, decimals allowed ("including a capital outlay of Rs 1.62 trillion, with ... 13% higher")
INCLUDING_ASIDE_RE = re.compile(r"\b(?:which\s+|that\s+)?includ\w*\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?(?=,)", I)


ALLIANCE_AVERAGE_RE = re.compile(r"\b(?:nato|alliance|allies)\b[^.;]{0,40}?\baverag\w*\s+(?:stands\s+at\s+|is\s+|was\s+|of\s+|at\s+)?"
                                  + HEDGE + r"$", I)


# "The Defense Department on Thursday called for a $961.6 billion budget": a defense body's own budget
OTHERS_BUDGET_BEFORE_RE = re.compile(r"\b(?:government|state|(?<!of\s)national(?!\s+defen[cs]e)|federal|total|overall|country's|nation's|general)\b", I)  # (not "Ministry of National Defense")


BENCHMARK_BEFORE_RE = re.compile(r"\b(?:international|global|world|regional|recommended)\s+(?:(?:best\s+)?practice\s+)?(?:norm|benchmark|standard|average|threshold)s?\s+(?:of\s+)?"
                                  + HEDGE + r"$", I)


# "that growth, which amounts to $113.3 billion": the size of the change, not the level reached
CHANGE_AMOUNTS_TO_RE = re.compile(r"\b(?:increase|rise|growth|hike|boost|cut|reduction|decrease|jump)s?\b(?:(?![^.;\d]{0,40}?\bbudget\s+"
                                   r"(?:that|which)\s+amount)(?:[^.;\d]|\b(?:19|20)\d\d\b){0,40}?\b(?:amount(?:s|ed|ing)?\s+to|(?:could|would|will|may)\s+represent|represent(?:s|ed))|[^.;]{0,60}?\bequivalent\s+to)\s+" + HEDGE + r"$", I)  # ("by 20 per cent, equivalent to")
# "the base defense budget for 2025 without this additional loan boost amounts to 2,4 billion euros": the level
WITHOUT_CHANGE_RE = re.compile(r"\b(?:without|excluding|before)\s+(?:the\s+|this\s+|that\s+|any\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:increase|rise|boost|hike|top-up|addition)\b", I)


# "The $2.9 billion funding proposed ... was lowered to $2.2 billion": a level, the one it changed from
LEVEL_CHANGED_LATER_RE = re.compile(
    r"^[^.;$\d]{0,90}?\b(?:was|were|has\s+been|had\s+been|is|will\s+be|would\s+be)\s+(?:later\s+|then\s+|since\s+)?"
    r"(?:lowered|raised|cut|reduced|increased|trimmed|slashed|revised\s+(?:up|down)(?:wards?)?|brought\s+down|pared\s+back)"
    r"\s+to\s+" + HEDGE + r"(?:[$\u20ac\u00a3]|[A-Z]{1,3}\$?\s?)?\d", I)
# The rest of an amount after AMOUNT_RE's match: digits, its scale word and currency word ("50 trillion won")
# "Tk 1,216cr more for defence" (a headline): an increase of the defence budget with no budget word
MORE_FOR_DEFENSE_RE = re.compile(r"\s+(?:more|extra)\s+(?:in\s+\w+\s+)?for\s+(?:the\s+)?(?:defen[cs]e|military|armed\s+forces)\b|\s+in\s+defen[cs]e\b(?=\s*[.,;!?\"\u201c\u201d]|\s+(?:is|was|and|by|over|this|next|in)\b)", I)  # ("investing an additional billion euros in defence")
AMOUNT_TAIL_RE = re.compile(r"[\d.,]*\s*(?:billion|trillion|million|bn|tn|crore|lakh)?\s*(?:[a-z]+\s+)?"
                             r"(?:won|yen|dollars|euros|pesos|rupees|riyals|rials)?", I)
# "the 10-billion-peso budget cut": an amount naming a change of the budget, not the budget
BUDGET_CHANGE_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+)?budget\s+(?:cut|cuts|increase|hike|boost|reduction|rise)\b", I)
DEFENSE_ASIDE_RE = re.compile(r"\b(?:with|while|whereas|including|of\s+which)\s+(?:the\s+)?(?:country's\s+|nation's\s+)?"
                               r"(?:defen[cs]e|military|armed\s+forces)", I)
# "15 percent lower than budgeted", "drop by 15.4 percent compared to the projected spend": execution against the plan
AGAINST_PLAN_AFTER_RE = re.compile(r"\s*(?:(?:lower|higher|less|more|short)\s+than\s+(?:what\s+was\s+|originally\s+|the\s+)?"
                                    r"(?:budgeted|planned|projected|forecast|allocated|(?:initial\s+|original\s+)?(?:allocation|appropriation)|original\s+(?:proposal|plan|draft|request|estimate)|(?:minimum|necessary|required)\b)\b"  # ("EUR 20 million more than minimum requirement")
                                    # (a cut "compared to the planned expenditure" is a revised budget: kept as a change)
                                    r"|(?:compared\s+(?:to|with)|against|relative\s+to)\s+(?:the\s+)?(?:projected|forecast|budgeted)\s+"
                                    r"(?:spend\w*|amount|level|figure)\b)", I)
# "decreased by 6.3 percent in the first half of this year": part of a year
PART_YEAR_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?in\s+the\s+(?:first|second|third|last|past)\s+(?:half|quarter|three\s+months|"
                                 r"six\s+months|nine\s+months)\b", I)
# "an overall deficit of SAR118 billion ..., up from SAR80.9 billion": the sentence is about the fiscal balance
FISCAL_BALANCE_RE = re.compile(r"\b(?:deficit|surplus|debt|borrowing|revenues?)\b", I)
# "while the Pakistan Air Force and Pakistan Navy received Rs. 368.5 billion": the services' own shares
SERVICE_RECEIVED_RE = re.compile(r"\b(?:army|navy|air\s+force|marines?|marine\s+corps|coast\s+guard|(?-i:[A-Z])\w*\s+(?:division|regiment|battalion|brigade|"
                                  r"(?:peace-?keeping\s+)?mission|command|corps)|\d\w*\s*(?-i:[A-Z]{2,5}))\s+(?:(?:and|&)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:army|navy|air\s+force|marines?)\s+)?(?:received|receives?|gets?|got|was\s+allocated|were\s+allocated|"
                                  r"was\s+given|were\s+given)\s+" + HEDGE + r"$", I)
# "social security spending of around 38.3 trillion yen": another sector, even in a budget that includes defense
OTHER_SECTOR_SPENDING_RE = re.compile(r"\b(?:social\s+security|social|welfare|health(?:\s*care)?|education|pensions?|infrastructure)\s+"
                                       r"(?:spending|expenditures?|budget|outlays?)\s+(?:of|at|was|is|will\s+be|totall?ing|reached)\s+"
                                       + HEDGE + r"$"
                                       # "reduce expenses for the Ministry of Internal Affairs by 2.2%, to $267 million"
                                       r"|\b(?:expenses|spending|expenditures?|funding|budget)\s+(?:for|of)\s+the\s+(?:Ministry\s+of\s+(?:Internal\s+Affairs|"
                                       r"the\s+Interior|Interior|Health|Education|Finance|Justice|Agriculture)|(?:science|education|health)\s+sector)\b"
                                       r"(?:[^.;]|\.\d){0,40}?\bto\s+" + HEDGE + r"$", I)
EXTRA_SHARE_BEFORE_RE = re.compile(r"\b(?:extra|additional|further|another|(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:increase|rise|boost|hike|jump)\s+of)\s+"
                                   + HEDGE + r"$", I)
# "announced a .2% of GDP increase": the share names the size of a rise, in points
EXTRA_SHARE_AFTER_RE = re.compile(r"\s*(?:increase|rise|boost|hike|jump|uplift)\b", I)
# "Defense spending of two percent of GDP is an imperfect but widely used benchmark": a yardstick, not a level
BENCHMARK_AFTER_RE = re.compile(r"[^.;]{0,30}?\b(?:is|are|was|remains|has\s+become)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
                                r"(?:benchmark|yardstick|rule\s+of\s+thumb|guideline|standard)\b", I)
# "the government set the limit at 0.33 percent of GDP": a cap, not what is spent
CAP_BEFORE_RE = re.compile(r"\b(?:limit|cap|ceiling)\s+(?:at|of)\s+" + HEDGE + r"$", I)
TOPPING_BY_RE = re.compile(r"\b(?:topp\w+|exceed\w*|surpass\w*|outstrip\w*|over)\b(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?\bby\s+" + HEDGE + r"$", I)
PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:it|this|that)\s+(?:is|was|marks|represents)\s+an?\s+(?:increase|rise|hike|jump|cut|decrease|reduction)\b", I)
# "marks an increase of 7.7 percent": a change, whatever GDP the sentence names later
CHANGE_OF_BEFORE_RE = re.compile(r"\b(?:increase|rise|growth|hike|jump|decrease|cut|drop|reduction)\s+of\s+" + HEDGE + r"$", I)


# a change stated of "this": the budget of the sentence before ("this is an increase of 1.8 per cent")
THIS_IS_A_CHANGE_RE = re.compile(r"(?:\b(?:(?:this|that|it|which)(?:\s+(?:figure|amount|sum|total))?|the\s+(?:figure|amount|sum|total|allocation))\s+(?:is|was|represents|represented|marks|marked|means|meant|corresponds\s+to|amounts\s+to|implies|(?:would\s+)?accounts?\s+for)\s+(?:an?\s+)?"
                                 r"(?:[\w.%-]+\s+){0,2}?|\bthis\s+\S+\s*(?:%|per\s*cent|percent)\s+)"
                                 r"(?:increase|rise|jump|growth|hike|cut|drop|decrease|reduction)\b"
                                 r"|\b(?:the|this)\s+(?:increase|rise|jump|hike|cut|reduction|decrease)\s+of\s+\S+\s*(?:%|per\s*cent|percent)|\b(?:the|this)\s+\S+\s*(?:%|per\s*cent|percent)\s+(?:increase|rise|jump|hike|cut|reduction|decrease|boost)\b", I)

# the Pentagon's base budget (without war or reconciliation money): "a proposed base budget of $848.3 billion",
# "the base budget would stay flat, hovering around $850 billion", "an $876.8 billion base budget in FY26"
BASE_BUDGET_BEFORE_RE = re.compile(r"\bbase\s+(?:defen[cs]e\s+)?budget\s+(?:of|at|is|was|(?:would|will)\s+be|"
                                   r"[^.;\d]{0,40}?\b(?:hovering|staying|remaining|standing)(?:\s+(?:at|around|near))?)\s+" + HEDGE + r"$", I)
BASE_BUDGET_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?base\s+(?:defen[cs]e\s+)?budget\b", I)
# a fiscal year's figure named by what it is: "the Biden administration's FY26 projection of $924.2 billion"
FISCAL_YEAR_FIGURE_BEFORE_RE = re.compile(r"\b(?:fy\s*'?\d{2,4}|fiscal\s+(?:year\s+)?(?:19|20)\d\d)\s+(?:budget\s+)?(?:projection|request|"
                                          r"topline|proposal|estimate)\s+(?:of|at|was|is)\s+" + HEDGE + r"$", I)
# the next allocation of a list, body by body: "N21.7 billion has been allocated to the Ministry of Defence, the
# sum of N68 billion has been allocated to the Army, ..."
NEXT_ALLOCATION_RE = re.compile(r"[,;]\s*(?:while\s+|and\s+)?(?:the\s+sum\s+of\s+)?[^\s,;]*\d[^.;]{0,40}?\b(?:has|have|was|were|is)\s+"
                                r"(?:been\s+)?(?:allocated|earmarked|set\s+aside)\s+(?:to|for)\b", I)
# "The biggest amount is allocated to the defence ministry, with Rs 290 billion", "The Ministry of Defense will have a
# substantial budget next year under the 2025 draft budget, with HUF 1,939.4 billion": the ministry's amount after "with"
ALLOCATED_TO_DEFENSE_WITH_RE = re.compile(r"(?:\b(?:allocated|earmarked|goes|go|went)\s+to\s+(?:the\s+)?(?:ministry\s+of\s+(?:national\s+)?)?"
                                          r"(?:defen[cs]e|military|armed\s+forces)(?:\s+ministry)?\s*,?|\b(?:ministry\s+of\s+(?:national\s+)?defen[cs]e|"
                                          r"defen[cs]e\s+ministry)\s+(?:will\s+have|has|gets?|receives?|will\s+(?:get|receive))\s+[^.;]{0,120}?,)"
                                          r"\s+with\s+" + HEDGE + r"$|\b(?:allocated|earmarked|set\s+aside)\s+(?:for|to)\s+(?:the\s+)?(?:national\s+)?defen[cs]e\s*,\s*(?:amounting\s+to|totall?ing)\s+" + HEDGE + r"$", I)  # ("allocated for national defence, amounting to")

# "an 11 per cent rise in oil revenues": the change of the thing named after "in", which may not be defense spending
CHANGE_IN_THING_RE = re.compile(r"\s*(?:year-on-year\s+|annual\s+)?(?:rise|increase|growth|jump|hike|surge|drop|fall|decline|cut|"
                                 r"reduction)\s+in\s+(?P<what>[^,;.()\u2013\u2014]{1,50})", I)
BUDGET_THING_RE = re.compile(r"\b(?:defen[cs]e|military|army|armed|budget|spending|expenditures?|outlays?|allocations?|funding|"
                              r"appropriations?|pentagon|ministry|security)\b", I)


# yearly changes in a list (followups.py): "grew by 10.1 per cent in 2015, 7.6 per cent in 2016 and 7 per cent last year"
YEARLY_CHANGE_GAP_RE = re.compile(r"\s+in\s+(?:fiscal\s+|fy\s*)?(?:19|20)\d\d(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:by\s+)?", I)
# "has declined every year since 2021 - by 6.55 per cent, 6.51 per cent, and 6.19 per cent": a bare list of yearly changes
LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:by\s+)?", I)
EVERY_YEAR_BEFORE_RE = re.compile(r"\b(?:every|each)\s+year\b|\bannually\b|\bsince\s+(?:19|20)\d\d\b|\bin\s+(?:each\s+of\s+)?the\s+(?:past|last)\s+\w+\s+years\b", I)
AND_BY_PCT_GAP_RE = re.compile(r"[^.;\d%]{0,60}?,?\s+and\s+by\s+(?:about\s+|some\s+|around\s+)?", I)
YEARLY_CHANGE_AFTER_RE = re.compile(r"\s+(?:in\s+(?:fiscal\s+|fy\s*)?(?:19|20)\d\d|(?:last|this|the\s+previous)\s+year)\b", I)

# "last year Portugal spent \u20ac2.72 billion": a country (or "it") that spent an amount, where the passage is about defense
COUNTRY_SPENT_RE = re.compile(r"(?:\b(?-i:[A-Z])[\w'\u2019.-]+|\bit|\bthe\s+country)\s+(?:has\s+|had\s+)?(?:spent|spends)\s+" + HEDGE + r"$", I)
# "the expenditure budget will be increased by 33.2 billion shekels, with approximately 31 billion shekels allocated to
# the defense budget": defense's part of an increase is an increase of defense's budget
PART_OF_INCREASE_BEFORE_RE = re.compile(r"\b(?:increas(?:ed|ing)|rais(?:ed|ing)|boost(?:ed|ing)|expand(?:ed|ing)|topp(?:ed|ing)\s+up)\s+(?:(?:the|its)\s+(?:[\w-]+\s+){0,3}?)?by\s+(?:[^.;]|\.\d){1,80}?(?:,\s*|\s+)(?:with|of\s+which)\s+" + HEDGE + r"$", I)  # ("boosting the overall spending by 350 million lari (...) with 224 million lari earmarked for the military")
# "1.43 per cent of GDP, which is NOK 32 billion away from the NATO target": the gap to a mark, not the spending
SHORT_OF_RE = re.compile(r"\s+(?:away\s+from|short\s+of|below|under|less\s+than)\s+(?:the|a|its|NATO)", re.I)
SPAN_OPENS_RE = re.compile(r"\s*(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+(?:to|until|through))\s+(?:mid-?)?(?:(?:19|20)\d\d|last\s+year|this\s+year)\s*,[^.;]*?\b(?:provided|spent|gave|transferred|invested|paid|contributed|received|allocated|disbursed)\b[^.;\d]{0,40}$", I)  # (a total over the span)
THIS_FIGURE_RE = re.compile(r"\b(?:this|that)\s+(?:figure|amount|sum|total)\b", I)  # (the amount of the sentence before)
SPENT_TO_DO_AFTER_RE = re.compile(r"\s*to\s+(?!(?:the\s+)?(?:defen[cs]e|military|armed|army)\b)[a-z]", I)  # ("Spends $160M to Make Gripen Fly")


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())
