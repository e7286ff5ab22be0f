"""Tables with a country column, as pages copied from the web keep them: cells between pipes.

    Rank | Country | Reserve personnel | Global rank |
    ---|---|---|---|
    1 | Egypt | 480,000 | 15th |
    2 | Morocco | 150,000 | 32nd |

Flattened copy often breaks each cell onto its own line; the cells still come in order, so they are
read as one stream split at the pipes and grouped by the header's width. The header must name a
country column and one column of a known series (active or reserve personnel, the defense budget,
its share of GDP); every row must name a country in its country cell and hold one number in the
series' cell, or the table ends there. A row's figure is that country's; nothing else is guessed.

The same holds for a series named on a line of its own with "Country: value" lines under it
("Active Personnel", then "Nigeria: 135,000", "Mali: 18,000"): series_list_figures; and for ranked rows with dashes
("1º - EUA - US$ 648,6 bilhões", "2. China – $292 billion", at least three) under a text on military spending, each
a country's budget, dated by the year the text over the list names.
"""

from __future__ import annotations

import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.service_tables import service_table_figures
from dashboard.extraction.space_tables import space_table_figures
from dashboard.extraction.table_rows import lone_number, series_rows, year_over
from dashboard.extraction.unit_lists import unit_list_figures
from dashboard.extraction.vocab import DEFENSE_CTX_RE, GDP_WORD_RE, I
from dashboard.extraction.word_scan import line_matches

# a header line: at least three cells, one of them the country column
HEADER_RE = re.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*$", re.M)
COUNTRY_CELL_RE = re.compile(r"^(?:country|nation|state|country\s+name)$", I)
SERIES_CELLS = (
    ("active_personnel", "count", re.compile(r"^(?:active\s+(?:military\s+)?(?:personnel|troops|forces|duty(?:\s+personnel)?|"
                                            r"military|soldiers|manpower)|(?:active\s+)?armed\s+forces\s+personnel)$", I)),
    ("reserve_personnel", "count", re.compile(r"^(?:reserve\s+(?:military\s+)?(?:personnel|forces|troops|manpower)|reserves|"
                                             r"reservists)$", I)),
    ("defense_budget", "money", re.compile(r"^(?:(?:annual\s+)?(?:defen[cs]e|military)\s+(?:budget|spending|expenditure))"
                                          r"(?:\s*\((?:[^()]{0,20})\))?$", I)),
    # "Spending ($)" in an article about military spending: the column's currency in its header
    ("defense_budget", "dollars", re.compile(r"^(?:annual\s+)?(?:budget|spending|expenditure)\s*\(\s*(?:\$|US\$|USD)\s*\)$", I)),
    ("defense_share_gdp_pct", "percent", re.compile(r"^(?:(?:defen[cs]e\s+|military\s+)?(?:spending\s+|budget\s+)?(?:as\s+)?"
                                                   r"(?:%|percent(?:age)?|share)\s+of\s+gdp(?:\s*\(%\))?)$", I)),
)
_ONE_NAME_RE = re.compile(r"[A-Z][a-z]{3,}")  # (not "The region": a row of another kind ends the table)
_RULE_CELL_RE = re.compile(r"^:?-{2,}:?$")  # the "---" cells under a markdown header
_MAX_CELL = 60  # a longer "cell" is prose: the table has ended
METHOD = "table:country-column"


def pipe_table_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """Figures of every country-column table in the article (see the module docstring)."""
    norm = ctx.norm
    if norm.count("|") < 6:
        return space_table_figures(ctx, numbers) + unit_list_figures(ctx, numbers)
    out: list[Figure] = []
    starts = [n.start for n in numbers]
    for header in HEADER_RE.finditer(norm):
        cells = [c.strip() for c in header.group(0).split("|")]
        if cells and not cells[-1]:
            cells.pop()
        if cells and not cells[0]:
            cells.pop(0)
        country_col = next((i for i, c in enumerate(cells) if COUNTRY_CELL_RE.match(c)), None)
        series = [(i, metric, kind) for i, c in enumerate(cells) for metric, kind, rx in SERIES_CELLS if rx.match(c)]
        if country_col is None or not series or len(cells) < 2:
            continue
        if any(kind == "dollars" for _, _, kind in series) and not ctx.in_lede(DEFENSE_CTX_RE):
            continue  # a plain "Spending ($)" column counts only in an article about military spending
        for row in _rows(norm, header.end(), len(cells)):
            country = [c for c in ctx.country_mentions(*row[country_col]) if c.kind != "alliance"]
            if len(country) != 1:
                if _ONE_NAME_RE.fullmatch(norm, *row[country_col]) and lone_number(
                        numbers, starts, *row[series[0][0]], "count" if series[0][2] == "dollars" else series[0][2]):
                    continue  # one capitalised word the gazetteer does not know ("Lybia"): a misspelt row, skipped
                break
            for col, metric, kind in series:
                bare = kind == "dollars" or kind == "percent" and "%" in cells[col]  # ("% of GDP": the unit in the header, cells bare)
                number = (lone_number(numbers, starts, *row[col], kind) if kind != "dollars" else None) or (lone_number(numbers, starts, *row[col], "count") if bare else None)
                if number is not None and number.kind == "count":
                    number = NumberMention(**{**number.__dict__, **({"kind": "money", "currency": "USD"} if kind == "dollars" else {"kind": "percent"})})
                if number is not None:
                    out.append(make(ctx, ctx.sentence_index(number.start), number, metric, country[0].iso3, "table", METHOD))
    return out + year_column_figures(ctx, numbers) + service_table_figures(ctx, numbers) + space_table_figures(ctx, numbers) + unit_list_figures(ctx, numbers)


# A table with a year in each column under a caption that says who is stationed where:
#     Table 1. Number of UK Regular Armed Forces Service Personnel stationed at BATUK 2016 – 2025.
#     Year | Apr-16 | Apr-17 | ... |
#     Regulars | 170 | 210 | ... |
# Each cell of the one data row (or of its "Total" row) is the deployment of that column's year.
_CAPTION_RE = re.compile(r"[^\n]{0,80}?\b(?:personnel|troops|soldiers|service\s*members|military)\b[^\n]{0,60}?"
                         r"\b(?:stationed|deployed|based|serving)\d?\s+(?:at|in|on)\b[^\n]{0,80}$", I)  # (footnote marks: "stationed2")
_YEAR_CELL_RE = re.compile(r"(?:(?:[A-Z][a-z]{2}|Q[1-4]|FY)[\s-]?)?(?P<y>(?:19|20)\d\d|\d\d)(?:[/-]\d\d)?")
_TOTAL_LABEL_RE = re.compile(r"total|all|regulars?|personnel|troops|strength", I)
YEAR_METHOD = "table:year-columns"


def year_column_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """Deployments of a table whose header row is a year per column, under a caption naming the people and the host
    (a base, command or country) they are stationed at; the owner is the country the caption names besides the host."""
    norm = ctx.norm
    out: list[Figure] = []
    starts = [n.start for n in numbers]
    for header in HEADER_RE.finditer(norm):
        cells = [c.strip() for c in header.group(0).split("|")]
        cells = cells[:-1] if cells and not cells[-1] else cells
        years = [_YEAR_CELL_RE.fullmatch(c) for c in cells[1:]]
        if len(years) < 2 or not all(years) or not re.fullmatch(r"(?:years?|date|as\s+(?:at|of))?", cells[0], I):
            continue
        line_start = norm.rfind("\n", 0, max(0, header.start() - 1)) + 1
        caption = _CAPTION_RE.match(norm, line_start, max(line_start, header.start() - 1))
        if caption is None:
            continue
        hosts = {h.host for h in host_table().find(re.sub(r"(?<=[A-Za-z])\d\b", "", caption.group(0)))}  # ("BATUK3")
        hosts |= {c.iso3 for c in ctx.country_mentions(caption.start(), caption.end()) if ctx.is_place(c) and c.kind != "alliance"}
        owners = {c.iso3 for c in ctx.country_mentions(caption.start(), caption.end()) if not ctx.is_place(c) and c.kind != "alliance"} - hosts
        if len(hosts) != 1 or len(owners) != 1:
            continue
        rows = _rows(norm, header.end(), len(cells))
        rows = [r for r in rows if _TOTAL_LABEL_RE.search(norm, *r[0])] if len(rows) > 1 else rows
        for row in rows[:1]:
            for cell, year in zip(row[1:], years, strict=False):
                number = lone_number(numbers, starts, *cell, "count")
                if number is None:
                    continue
                fig = make(ctx, ctx.sentence_index(number.start), number, "troops_deployed", next(iter(owners)), "table",
                           YEAR_METHOD, host=next(iter(hosts)))
                y = int(year.group("y"))
                fig.year = y if y > 100 else 2000 + y if y < 50 else 1900 + y
                out.append(fig)
    return out


# a series named on a line of its own ("Active Personnel"), then "Country: value" lines
_SERIES_LINE_RE = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z %()$.-]{2,50}?)[ \t]*:?[ \t]*$", re.M)
LIST_METHOD = "table:series-list"


def series_list_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """"Active Personnel" on a line of its own, then "Nigeria: 135,000", "Mali: 18,000" one per line: each row is
    that country's figure of the series (at least two rows; the list ends at the first line that is no such row)."""
    norm = ctx.norm
    out: list[Figure] = []
    starts = [n.start for n in numbers]
    for line in _series_lines(norm):
        series = [(metric, kind) for metric, kind, rx in SERIES_CELLS if rx.match(line.group("label").strip())]
        if not series:
            continue
        rows = series_rows(ctx, numbers, starts, line.end(), series[0][1])
        for iso3, number in rows if len(rows) >= 2 else []:
            out.append(make(ctx, ctx.sentence_index(number.start), number, series[0][0], iso3, "table", LIST_METHOD))
    for intro in line_matches(_ACTIVE_LIST_INTRO_RE, norm, ctx.low, ("active",), 240):  # "Nations with militaries exceeding 500,000 active members include:"
        rows = series_rows(ctx, numbers, starts, intro.end(), "count")
        for iso3, number in rows if len(rows) >= 2 else []:
            out.append(make(ctx, ctx.sentence_index(number.start), number, "active_personnel", iso3, "table", LIST_METHOD))
    for intro in _SHARE_LIST_INTRO_RE.finditer(norm):  # "To give some idea of how low 0.8% is, here's a list of the entire OECD:"
        rows = series_rows(ctx, numbers, starts, intro.end(), "percent") if GDP_WORD_RE.search(norm, max(0, intro.start() - 600), intro.end()) else []
        for iso3, number in rows if len(rows) >= 3 and all(0 <= n.value <= 20 for _, n in rows) else []:
            out.append(make(ctx, ctx.sentence_index(number.start), number, "defense_share_gdp_pct", iso3, "table", LIST_METHOD))
    for first in _FIRST_RANKED_MONEY_ROW_RE.finditer(norm):  # "Who spent the most" over "1º - USA - US$ 648.6 billion" rows
        rows = series_rows(ctx, numbers, starts, first.start(), "money")
        if len(rows) >= 3 and _DEFENSE_SPENDING_RE.search(norm, max(0, first.start() - 600), first.start()):
            made = _budgets(ctx, rows)
            year = year_over(ctx, first.start())
            for fig in made if year is not None else []:
                fig.year = year  # the year the text over the list names ("The biggest military spenders in 2022:")
            out.extend(made)
    out.extend(_bullet_budget_rows(ctx, numbers, starts))
    return out


# "- Colombia US$ 9.556 millones (▲ +8,8%)": a bulleted row of a country's money, its change in brackets; or after a
# dash or colon, "• Germany – 93,7 milliards de dollars"
_BULLET_START_RE = re.compile(r"\n[ \t]*[-\u2022*][ \t]*[A-Z]")
_BULLET_MONEY_ROW_RE = re.compile(r"[ \t]*[-\u2022*][ \t]*(?P<place>[A-Z][^\n\d:|()\u2013\u2014]{1,40}?)(?:[ \t]*[:\u2013\u2014][ \t]*|[ \t]+-[ \t]+|[ \t]+)"
                                 r"(?P<value>(?:US\$|R\$|[$\u20ac\u00a3]|USD|EUR)[ \t]?\d[^\n(]{0,30}?|\d[^\n(]{0,40}?)"  # ("• Germany – 93.7 billion dollars")
                                 r"(?:[ \t]*\((?P<change>[^()\n]{0,24})\))?[ \t]*(?=\n|$)")


def _bullet_budget_rows(ctx: Context, numbers: list[NumberMention], starts: list[int]) -> list[Figure]:
    """Three or more bulleted rows of a country and an amount under a text on military spending: each country's budget,
    and the change a row gives in brackets with its arrow or sign ("(▼ -56%)")."""
    norm, out = ctx.norm, []
    for bullet in _BULLET_START_RE.finditer(norm):  # (only the lines that open on a bullet: most texts have none)
        pos, rows = bullet.start() + 1, []
        line_start = norm.rfind("\n", 0, bullet.start()) + 1
        if _BULLET_MONEY_ROW_RE.match(norm, line_start) or not _BULLET_MONEY_ROW_RE.match(norm, pos):
            continue  # (a list's first row, under a line that is no such row)
        while (row := _BULLET_MONEY_ROW_RE.match(norm, pos)) is not None:
            named = [c for c in ctx.country_mentions(row.start("place"), row.end("place")) if c.kind != "alliance"]
            money = lone_number(numbers, starts, row.start("value"), row.end("value"), "money")
            if len(named) != 1 or money is None:
                break
            change = lone_number(numbers, starts, row.start("change"), row.end("change"), "percent") if row.group("change") else None
            rows.append((named[0].iso3, money, change, "\u25bc" in (row.group("change") or "")))
            pos = row.end() + 1
        if len(rows) < 3 or not _DEFENSE_SPENDING_RE.search(norm, max(0, line_start - 600), bullet.start()):
            continue
        out.extend(_budgets(ctx, [(iso3, money) for iso3, money, _, _ in rows]))
        out.extend(make(ctx, ctx.sentence_index(change.start), change, "budget_change_pct", iso3, "table", LIST_METHOD,
                        sign=-1 if down else 1) for iso3, _, change, down in rows if change is not None)
    return out


def _budgets(ctx: Context, rows: list[tuple[str, NumberMention]]) -> list[Figure]:
    """Each (country, amount) row of a list under a text on military spending as that country's budget; a row whose
    scale word was not read (under a million) is no budget."""
    return [make(ctx, ctx.sentence_index(n.start), n, "defense_budget", iso3, "table", LIST_METHOD) for iso3, n in rows
            if abs(n.value) >= 1e6]


# the first of the ranked rows with dashes (a list of budgets under a text on defence spending)
_FIRST_RANKED_MONEY_ROW_RE = re.compile(r"^[ \t]*1(?:\u00ba|\u00b0|\.|\))?[ \t]*[-\u2013\u2014]?[ \t]*[A-Z][^\n\d:|\u2013\u2014]{1,40}?[ \t]+[-\u2013\u2014][ \t]*\S", re.M)
_DEFENSE_SPENDING_RE = re.compile(r"\b(?:defen[cs]e|military|armed\s+forces)\s+(?:spending|spenders?|budgets?|expenditures?|outlays?)\b"
                                  r"|\b(?:spent|spend|spending|spenders?)\b(?:[^.\n]|\.\d){0,40}\b(?:defen[cs]e|military|armed\s+forces)\b", I)


# a line that ends in a colon after a text on shares of GDP, then "Country 5.3%" lines
_SHARE_LIST_INTRO_RE = re.compile(r"^[^\n]{0,160}:[ \t]*(?=\n\s*(?:[\u2022*][ \t]*)?[A-Z][^\n\d%:|]{1,40}?[ \t]+\d{1,2}(?:[.,]\d{1,2})?[ \t]*%[ \t]*\n)", re.M)  # (bulleted rows too)


def _series_lines(norm: str):
    """_SERIES_LINE_RE.finditer(norm), tried only at the start of lines short enough to hold a label (a match is one
    whole line: at most 51 label characters and a colon that are not spaces or tabs)."""
    pos = 0
    for line in norm.split("\n"):
        if 3 <= len(line) and len(line) - line.count(" ") - line.count("\t") <= 52:
            m = _SERIES_LINE_RE.match(norm, pos)
            if m:
                yield m
        pos += len(line) + 1


# a sentence on a line of its own that introduces a list of active strengths and ends in a colon
_ACTIVE_LIST_INTRO_RE = re.compile(r"^[^\n]{0,240}?\bactive\s+(?:military\s+)?(?:members|troops|personnel|soldiers|duty\s+personnel)\b"
                                   r"(?:[^\n]{0,40}:|[^\n.]{0,40}\.(?=[ \t]*\n[ \t]*\d{1,3}\.?[ \t]*\|)"  # (or a sentence, then ranked rows;
                                   r"|[^\n]{0,400}:(?=[ \t]*\n\s*\d{1,3}\.[ \t]+[A-Z][^\n:\d]{1,40}:[ \t]*\d))[ \t]*$", re.M | I)  # or a paragraph ending
# in a colon before "1. China: 2,233,000")


def _rows(norm: str, start: int, width: int) -> list[list[tuple[int, int]]]:
    """The rows after a header: (start, end) of each cell, ``width`` cells a row, until a cell is not one."""
    cells: list[tuple[int, int]] = []
    pos = start
    while pos < len(norm):
        bar = norm.find("|", pos)
        if bar < 0:
            break
        raw = norm[pos:bar]
        text = raw.strip()
        if len(text) > _MAX_CELL or "\n\n" in raw.strip(" \t"):
            break
        if text and not _RULE_CELL_RE.match(text):
            lead = len(raw) - len(raw.lstrip())
            cells.append((pos + lead, pos + lead + len(text)))
        pos = bar + 1
    return [cells[i:i + width] for i in range(0, len(cells) - width + 1, width)]
