"""A budget written as a row of a table: an infobox's "Amount" row above its "Percent GDP" row, the old World
Factbook's "Dollar figure" row, and a budget row under a military infobox's strength rows.

In: the normalised text and the amount's place. Out: whether the amount is such a row (the caller still asks for
defence words, or for the strength rows that stand in for them).
"""

from __future__ import annotations

import re

from dashboard.extraction.vocab import MONEY_ROW_RE, I

# the old World Factbook's section, its heading and row on lines of their own: "Military expenditures\n- Dollar figure:\n$207.3 million"
# (or a two-column table's cells: "Military expenditures | |\nDollar figure | $155 million (FY02) |")
_DOLLAR_FIGURE_ROW_RE = re.compile(r"\b(?:defen[cs]e|military)\s+expenditures?[ \t|]*\n[ \t]*-?[ \t]*dollar\s+figure[ \t]*[:|]?\s*$", I)


def dollar_figure_row(norm: str, left_edge: int) -> bool:
    """True for the amount opening the "Dollar figure" row under a "Military expenditures" heading (the row's own
    sentence starts at its line, so the heading stands in the sentence before)."""
    return bool(_DOLLAR_FIGURE_ROW_RE.search(norm, max(0, left_edge - 70), left_edge))


# An infobox's expenditure rows: "Amount: | €6.2 billion |" right above "Percent Gdp: | 2.3%" (the amount row names no
# budget; the share-of-GDP row below it says what it is)
_AMOUNT_ROW_RE = re.compile(r"(?:^|\n)[ \t|]*(?:[-\u2022*][ \t]*)?Amount(?:\s*[|:](?:[ \t]*\|)?)?\s*$")  # ("Amount | $2.67 billion", "- Amount: $210 million")
_GDP_ROW_NEXT_RE = re.compile(r"[^\n]{0,40}\n[ \t|]*(?:[-\u2022*][ \t]*)?Percent(?:age)?\s+(?:of\s+)?GDP\b", I)


def amount_row(before: str, right: str) -> bool:
    """True for the "Amount" row of an infobox's expenditures, with its "Percent GDP" row right below it."""
    return before.endswith(("| ", ": ", "|", ":", "Amount ")) and bool(_AMOUNT_ROW_RE.search(before[-40:])) and bool(_GDP_ROW_NEXT_RE.match(right))


# a military infobox's strength rows above its budget row ("Active personnel6,500 ... / Expenditure / Budget$112 million")
_STRENGTH_ROW_BEFORE_RE = re.compile(r"(?:^|\n)[ \t|]*(?:active|reserve)(?:[\s-]+duty)?\s+personnel(?![a-z])(?![^\n]{0,80}(?:police|gendarm))", I)


def in_military_table(norm: str, at: int) -> bool:
    """True when a strength row of a military infobox opens a line in the 400 characters before ``at``."""
    return _STRENGTH_ROW_BEFORE_RE.search(norm, max(0, at - 400), at) is not None and norm.count("\n", max(0, at - 400), at) >= 1


def money_row(norm: str, before: str, left_edge: int, end: int) -> bool:
    """True for an amount [left_edge, end) that is a table's budget row: a "Budget: $1.51 billion" row
    (vocab.MONEY_ROW_RE), an "Amount" row or a "Dollar figure" row. The rows below are read past the amount's own
    sentence ("- Amount: $210 million (2019)\n- Percent Gdp: 1.5%": the row below may be a sentence of its own)."""
    return (MONEY_ROW_RE.search(before[-60:]) is not None or amount_row(before, norm[end:end + 80])
            or dollar_figure_row(norm, left_edge))
