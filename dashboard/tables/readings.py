"""How a figure was read, in words a reviewer can check against the sentence: the rule that took the number,
and where its owner came from, with how often owners found that way were right on text no rule had seen.

A quarter of the figures wrong at first contact had the right number and the wrong owner (docs/real_text_findings.md,
eleventh sitting), and the owner is the part a reader cannot see from the highlighted quote: "named in an earlier
sentence" tells them where to look. The rates come from the 2,809 first-contact figures that ship in
``dashboard/extraction/vocab/confidence_first_contact.csv``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from dashboard.extraction.confidence import first_contact_rows
from dashboard.tables.overlay import REVIEWED

# The owner evidence a rule records in brackets after its name ("personnel:number-noun (previous)").
OWNER_FROM = {
    "sentence": "named in this sentence",
    "bound": "named right beside the number",
    "pair": "named with the host or the amount ('U.S. troops in Japan', 'Japan's budget')",
    "previous": "named in an earlier sentence (this one names no owner)",
    "sentence-after": "named later in this sentence, after the number",  # (an audit read "the next sentence" as wrong)
    "article": "the article's main country (the sentence names none)",
    "dateline": "the article's dateline",
    "heading": "the heading above the table or list",
    "table": "the row of the table",
    "currency": "the currency's country (only one country uses it)",
    "pronoun": "a pronoun or 'the country' resolved to the last one named",
    "which": "the clause the number belongs to ('..., which is ...')",
    "whose": "'whose' resolved to the country before it",
    "same-sentence-figure": "the owner of another figure in this sentence",
    "sentence-place": "the place the sentence is about",
    "nato-target": "NATO: the alliance's guideline or its members' average, not one country's figure",
    "conversion": "the amount it converts (a figure in brackets)",
    "same-host": "the owner of another deployment to the same host",
}
# What each family of rules reads a number as (the part of a rule's name before its colon): a new user could not
# tell what "personnel:number-noun+host-in-sentence+host" meant
READ_AS = {"personnel": "a head count", "budget": "a budget or its change", "share": "a share of GDP",
           "table": "a row of a table", "trend": "a claim that spending rose or fell", "year-list": "a list by year"}
_HOW_RE = re.compile(r"\s\(([a-z-]+)\)$")
# What each rule looks for, in words, with an example (the rule's name stays beside it, for `explain` and bug
# reports): "personnel:number-noun" said nothing to a journalist. Rules without a row are said by their name's words.
RULE_WORDS_FILE = Path(__file__).with_name("rule_words.csv")
MIN_FIGURES = 20  # fewer first-contact figures than this: no rate quoted (too few to say)


@lru_cache(maxsize=1)
def rule_words() -> dict[str, str]:
    """rule name (or "+part" of a composed name) -> what it looks for, in words."""
    with open(RULE_WORDS_FILE, encoding="utf-8", newline="") as fh:
        return {row["rule"]: row["words"] for row in csv.DictReader(fh)}


def rule_in_words(rule: str) -> str:
    """What a rule looked for: its own words, else its name's ("budget:amount-then-outlay" -> "the pattern 'amount then
    outlay'"); each "+part" of a composed name is added.

    >>> rule_in_words("personnel:number-noun+host")
    "a number followed by a word for soldiers or personnel ('28,500 troops'), with where the troops are ('in Japan')"
    >>> rule_in_words("budget:amount-then-outlay")
    "the pattern 'amount then outlay'"
    """
    words = rule_words()
    base, *parts = rule.split("+")
    said = words.get(base) or "the pattern '" + base.split(":", 1)[-1].replace("-", " ") + "'"
    for part in parts:
        said += ", " + words.get("+" + part, part.replace("-", " "))
    return said


def owner_from(method: str) -> str:
    """The owner evidence of a row's ``method`` ('' for none: a review, or a rule that records none).

    >>> owner_from("personnel:number-noun (previous)"), owner_from("review")
    ('previous', '')
    """
    m = _HOW_RE.search(method or "")
    return m.group(1) if m else ""


@lru_cache(maxsize=1)
def first_contact_rates() -> dict[str, tuple[int, int]]:
    """owner evidence -> (right, shown) among the first-contact figures."""
    rates: dict[str, list[int]] = {}
    for _, _, right, how in first_contact_rows():
        tally = rates.setdefault(how, [0, 0])
        tally[0] += right
        tally[1] += 1
    return {k: (right, shown) for k, (right, shown) in rates.items()}


def reading(method: str) -> str:
    """One line for a figure's card: the rule, and where the owner came from with its fresh-text record.

    >>> reading("personnel:number-noun (previous)").split(";")[0]
    "Read as a head count: a number followed by a word for soldiers or personnel ('28,500 troops') (rule personnel:number-noun)"
    """
    if not method or method in ("review", "review:added"):
        return "Entered by a reviewer."
    if method.endswith(REVIEWED):  # a correction keeps the rule that first read the number
        return reading(method.removesuffix(REVIEWED)).removesuffix(".") + "; a reviewer has corrected it since."
    rule = _HOW_RE.sub("", method)
    how = owner_from(method)
    kind = READ_AS.get(rule.split(":", 1)[0])
    text = (f"Read as {kind}: " if kind else "Read from ") + f"{rule_in_words(rule)} (rule {rule})"
    if not how:
        return text + "."
    text += f"; owner: {OWNER_FROM.get(how, how)}"
    right, shown = first_contact_rates().get(how, (0, 0))
    if shown >= MIN_FIGURES:
        text += f". On real text no rule had seen, {right / shown:.0%} of {shown:,} figures with owners found this way were right"
    return text + "."
