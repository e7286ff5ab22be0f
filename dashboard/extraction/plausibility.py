"""A last check of figures against the World Bank's series: a head count or a share of GDP no country's could be.

The repository ships the World Bank's armed forces personnel and military expenditure (share of GDP) series
(``data/reference/``; IISS and SIPRI data, CC BY 4.0). A figure read as a country's whole active strength but under
8% of that country's armed forces in the series for a year within six of the figure's ("400 Australian soldiers",
"1,000 troops" of Nepal's) is a unit, a contingent, a component or another country's; a reserve under 1% of it is a
unit of reservists; a deployment abroad over three quarters of the whole armed forces is a mission's total or the
host's own force. A budget or change in US dollars (or euros, pounds, Swiss francs) over two trillion is a misread figure. A share of GDP over 40%, or over three times the series' share plus two points, or under a sixth
of it, is a share of something else (the state budget, a sector) or a change in points. A budget far below or above
the country's military spending in the series' dollars is a component, a multi-year total, another country's or money
in the wrong currency (``budget_reference``, whose bounds are wide). Any figure dated before 1900 is history the charts do not cover. Such figures are dropped,
and the trace says why. Only the shipped snapshot is read (never a refreshed copy), so the extractor's version
covers it.
"""

from __future__ import annotations

from dashboard.extraction.budget_reference import budget_why
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.reference_series import series
from dashboard.extraction.vocab import DEFENSE_CTX_RE

WORLD_WHY = "more than any country has spent"

SERIES = "armed_forces_personnel"
SHARE_SERIES = "milex_share_gdp_pct"
MAX_YEAR_GAP = 6
FIRST_YEAR = 1900  # (figures dated earlier are history: no chart, reference series or label covers them)
MAX_SHARE = 40.0  # (Ukraine in 2023, at war: 36.5% in the series)
MAX_NATO_SHARE = 10.0
MAX_USD_BUDGET = 2e12  # (the United States' largest budget is under a trillion dollars)
WHY_HEAD = "implausible against the World Bank series"  # (data/reference; the reason follows it: see why_implausible)
_BOUNDS = {"active_personnel": (0.08, None), "reserve_personnel": (0.01, None), "troops_deployed": (None, 0.75)}


def nearest(iso3: str, year: int | None, name: str = SERIES) -> float | None:
    """The series' value for ``iso3`` in the year nearest ``year`` (the latest when no year), or None when the
    country has no value within MAX_YEAR_GAP years."""
    points = series(name).get(iso3)
    if not points:
        return None
    if year is None:
        return max(points)[1]
    gap, value = min((abs(y - year), v) for y, v in points)
    return value if gap <= MAX_YEAR_GAP else None


def armed_forces(iso3: str, year: int | None) -> float | None:
    """The series' armed forces personnel of ``iso3`` in the year nearest ``year`` (see :func:`nearest`)."""
    return nearest(iso3, year)


def _share_why(fig: Figure, year: int | None) -> str:
    if fig.value > MAX_SHARE:
        return f"a share of GDP over {MAX_SHARE:g}%"
    share = nearest(fig.country_iso3, year, SHARE_SERIES)
    if share is not None and fig.value > 3 * share + 2:
        return f"over three times the country's share plus two points (the series: {share:.2g}%)"
    if share is not None and share >= 0.5 and fig.value < share / 6:
        return f"under a sixth of the country's share (the series: {share:.2g}%)"
    return ""


def why_implausible(fig: Figure, published_year: int | None) -> str:
    """Which check holds ``fig`` implausible, in words ('a deployment over three quarters of the armed forces (the
    series: 9,000)'), or '' when none does: explain names the check that fired (a CLI audit read all five)."""
    if fig.year is not None and fig.year < FIRST_YEAR:
        return f"dated before {FIRST_YEAR}"  # "their strength had grown to 110,000 by December 1848": history
    if fig.country_iso3 == "NATO":  # the alliance's guideline or average: 2%, 3.5%, 5% (over 10% is a share of something else)
        return f"NATO's share over {MAX_NATO_SHARE:g}%" if fig.metric == "defense_share_gdp_pct" and fig.value > MAX_NATO_SHARE else ""
    if not fig.country_iso3:
        return ""
    if fig.currency in ("USD", "EUR", "GBP", "CHF") and fig.metric in ("defense_budget", "budget_change_amount") and abs(fig.value) > MAX_USD_BUDGET:
        return WORLD_WHY  # "US$16,361,844m" (a stray "m" after a full figure); (euros, pounds, francs alike)
    if fig.metric in ("defense_budget", "budget_change_amount"):
        return budget_why(fig, fig.year or published_year)  # (against the series' dollars: budget_reference)
    if fig.metric == "defense_share_gdp_pct":
        return _share_why(fig, fig.year or published_year)
    bounds = _BOUNDS.get(fig.metric)
    if bounds is None:
        return ""
    whole = armed_forces(fig.country_iso3, fig.year or published_year)
    if not whole:
        return ""
    low, high = bounds
    what = {"active_personnel": "an active strength", "reserve_personnel": "a reserve", "troops_deployed": "a deployment"}
    if low is not None and fig.value < low * whole:
        return f"{what[fig.metric]} under {low:.0%} of the armed forces (the series: {whole:,.0f})"
    if high is not None and fig.value > high * whole:
        return f"{what[fig.metric]} over three quarters of the armed forces (the series: {whole:,.0f})"
    return ""


def implausible(fig: Figure, published_year: int | None) -> bool:
    return bool(why_implausible(fig, published_year))


def drop_implausible(figures: list[Figure], numbers: list[NumberMention],
                     published_year: int | None) -> list[tuple[NumberMention, str]]:
    """Remove from ``figures`` those :func:`why_implausible` finds; return the numbers they were read from, each with
    the reason ("implausible against the World Bank series: a deployment over three quarters ...")."""
    dropped = {f.start: why for f in figures if (why := why_implausible(f, published_year))} | _dwarfing(figures)
    dropped |= _changes_of_world_totals(figures, dropped)
    if dropped:
        figures[:] = [f for f in figures if f.start not in dropped]
    return [(n, why if (why := dropped[n.start]).startswith("implausible") else f"{WHY_HEAD}: {why}") for n in numbers if n.start in dropped]


def _changes_of_world_totals(figures: list[Figure], dropped: dict[int, str]) -> dict[int, str]:
    """A change its sentence gives beside an amount more than any country has spent ("Defense expenditure increased by
    3.7% in real terms to reach a record high of $2.24 trillion"), whose owner came only from another sentence or the
    article, is the world's change too."""
    totals = [f for f in figures if f.start in dropped and dropped[f.start] == WORLD_WHY]
    return {g.start: f"the change beside a total {WORLD_WHY}" for g in figures for f in totals
            if g.metric == "budget_change_pct" and g.start not in dropped and abs(g.start - f.start) < 200
            and g.method.endswith(("(previous)", "(article)", "(dateline)")) and f.passage in g.passage}


def _dwarfing(figures: list[Figure]) -> dict[int, str]:
    """Budgets five times or more the same article's defence budget of the same owner, money and year, stated in a
    sentence with no defence word: "The revised 2011 budget will grow ... to a total of 7 570 million lari" after "...
    bringing the total to 704 631 200 lari for defense" is the state's budget."""
    levels = [f for f in figures if f.metric == "defense_budget" and f.value > 0 and f.year is not None]
    out = {}
    for f in levels:
        same = [g.value for g in levels if g is not f and (g.country_iso3, g.currency, g.year) == (f.country_iso3, f.currency, f.year)]
        if same and f.value >= 5 * max(same) and not DEFENSE_CTX_RE.search(f.passage):
            out[f.start] = ("implausible beside the article's own defence budget: five times it for that year, in a sentence "
                            "with no defence word (the state's budget)")
            out |= {g.start: out[f.start] + ", or its change" for g in figures
                    if g.metric == "budget_change_amount" and g.passage == f.passage and g.country_iso3 == f.country_iso3}
    return out
