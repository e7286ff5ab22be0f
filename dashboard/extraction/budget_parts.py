"""Parts of a defence budget given after it: "The Federal Government has proposed a ₦3.154 trillion allocation for the
Ministry of Defence ... the Nigerian Defence Academy received ₦40.4 billion". Once an article has given a country's
budget for a year, a later amount of the same country, year and currency read as its budget but under a fifth of it
is a line of that budget (an academy's, a headquarters', a command's allocation), not a budget of its own. A budget
the article states before any larger one stays (a country's budget can rise fivefold only over decades, and those
are other years)."""

from __future__ import annotations

from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.trace import take_out

WHY = ("a line of a budget the article gave before: the same country, year and currency, under a fifth of that budget "
       "(an institution's or a command's allocation)")
PART_RATIO = 0.2


def drop_budget_parts(numbers: list[NumberMention], figures: list[Figure]) -> list[NumberMention]:
    """Remove from ``figures`` every defence budget under PART_RATIO of an earlier one of the same owner, year and
    currency; return the numbers dropped, for the trace."""
    budgets = [f for f in figures if f.metric == "defense_budget" and f.value and "conversion" not in f.method]  # (a conversion
    # goes with the amount it converts, which is judged in its own currency)
    if len(budgets) < 2:
        return []
    parts: list[Figure] = []
    largest: dict[tuple, float] = {}
    for fig in sorted(budgets, key=lambda f: f.start):
        key = (fig.country_iso3, fig.year, fig.currency or fig.unit)
        whole = largest.get(key)
        if whole is not None and fig.value < PART_RATIO * whole:
            parts.append(fig)
        elif not fig.method.endswith("(article)"):  # (a whole whose owner is only the article's country may be another's:
            largest[key] = max(whole or 0.0, float(fig.value))  # "the cabinet in Washington set aside $835bn" in a story on Australia)
    return take_out(figures, parts, numbers)
