"""A budget stated with its year in an article about the defence budget, with no defence word in its own sentence:
"The 2009 budget will still be GEL 950 million" in a story headed "Defence budget decreases", or "This year $745
million will be spent" right after "The new military budget was announced."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.extraction.vocab import DEFENSE_CTX_RE, HEDGE, I

if TYPE_CHECKING:
    from dashboard.extraction.context import Context

# "The 2009 budget will still be", "was also substantial, at", "that of the 2006 budget, GEL 684 million", "at its highest in 2007"
_YEAR_BUDGET_BEFORE_RE = re.compile(r"(?:^|[(,;]\s*)(?:\w+\s+){0,2}?the\s+(?:19|20)\d\d\s+budget\s+(?:(?:is|was|will|would)\s+(?:also\s+|still\s+|now\s+)?"
                                    r"(?:(?:to\s+)?be\s+|(?:[\w-]+,?\s+)?at\s+)?|stands\s+at\s+|stood\s+at\s+)" + HEDGE + r"$"
                                    r"|\bthe\s+(?:19|20)\d\d\s+budget\s*,\s*" + HEDGE + r"$"
                                    # "it means a 2004 budget of NIS 30.6 billion"; "the baseline budget ..., and that sum is"
                                    r"|\ban?\s+(?:19|20)\d\d\s+budget\s+of\s+" + HEDGE + r"$|\bbudget\b[^.;\d]{0,80}?\b(?:that|this)\s+sum\s+(?:is|was)\s+" + HEDGE + r"$"
                                    r"|\b(?:defen[cs]e|military)\s+budget\s+was\s+at\s+its\s+(?:highest|lowest|peak)\s+in\s+(?:19|20)\d\d\s*,?\s*" + HEDGE + r"$", I)


def year_budget(ctx: Context, si: int, before: str, right: str = "") -> bool:
    """True for "the 2018 budget is X" opening a sentence or an aside, in an article whose lede names defence; or for
    "This year $745 million will be spent" right after a sentence on the defence budget ("The new military budget was
    announced.")."""
    return (_YEAR_BUDGET_BEFORE_RE.search(before[-120:]) is not None and ctx.in_lede(DEFENSE_CTX_RE)
            or bool(si and _YEAR_OPENS_RE.search(before[-40:]) and _SPENT_AFTER_RE.match(right) and ctx.says(si - 1, _DEFENSE_BUDGET_RE))
            or bool(si and _IT_WILL_BE_RE.search(before[-60:]) and ctx.says(si - 1, _DEFENSE_BUDGET_RE))
            or bool(si and _IT_AMOUNTS_TO_RE.search(before[-60:]) and ctx.says(si - 1, _DEFENSE_MONEY_RE)))


# "The defence budget is to grow every year. Next year it should be 90.7 billion korunas": the budget the sentence before named
_IT_WILL_BE_RE = re.compile(r"(?:^|[.;]\s*)(?:(?:this|next|last)\s+year|in\s+(?:19|20)\d\d)\s*,?\s+it\s+(?:should|will|would|is\s+(?:expected|set|due)\s+to|"
                            r"is\s+to)\s+be\s+$", I)


# "NATO's figures estimate the budget the members will spend on defence in 2018. According to the organisation, for Belgium
# it will amount to 4.2 billion euros": the amount of the budget the sentence before spoke of
_IT_AMOUNTS_TO_RE = re.compile(r"\b(?:that|this)\s+(?:amount|figure|sum|share)\s+(?:translated|translates|equated|equates|corresponded|corresponds)\s+to\s+" + HEDGE + r"$|\bit\s+(?:will|would|should|is\s+(?:expected|set|due)\s+to)\s+(?:for\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+)?(?:amount\s+to|total|come\s+to|reach)\s+$", I)
_DEFENSE_MONEY_RE = re.compile(r"\b(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)|\bspend\w*\s+on\s+(?:defen[cs]e|the\s+military)|"
                               r"\bbudget\b[^.;]{0,80}\bdefen[cs]e\b", I)
_YEAR_OPENS_RE = re.compile(r"(?:^|[.;]\s*)(?:this|next|last)\s+year\s*,?\s+$|(?:^|[.;]\s*)in\s+(?:19|20)\d\d\s*,?\s+$", I)
_SPENT_AFTER_RE = re.compile(r"\s+(?:will|would|is\s+to|are\s+to|(?:is|are)\s+(?:going|set)\s+to)\s+be\s+spent\b(?!\s+on\b)|\s+(?:was|were)\s+spent\b(?!\s+on\b)", I)
_DEFENSE_BUDGET_RE = re.compile(r"\b(?:defen[cs]e|military)\s+budget\b", I)
