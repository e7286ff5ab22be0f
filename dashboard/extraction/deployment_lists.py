"""Deployments listed place by place under a heading, as fact sheets and explainers print them:

    Largest contingents of U.S. troops around the world include:
    Afghanistan — 66,000
    Japan — 50,937

    Military deployments: approximately 1,000 Cyprus; 110 Kosovo (NATO); 150 Lebanon (UNIFIL)

Each row is the owner's deployment in the row's place. The heading must name troops (or military
deployments, contingents, forces) abroad; the owner is the country the heading names, else the
article's own country (unless that country is itself one of the places listed: then whose list it is
cannot be told); a row whose place is no country or known host, or is the owner itself, is skipped. At least two rows must follow the heading, one per line or separated by semicolons.

A contributor's profile lists its missions with no heading at all, one short mission name a line ("MINUSTAH 54
troops", "MONUSCO: 866" with its breakdown under it): two or more such rows are the article's country's deployments
to each mission's host (``mission_row_figures``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.base_rows import base_row_figures
from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import ascii_lower
from dashboard.extraction.record import Figure
from dashboard.extraction.text import find_years
from dashboard.extraction.vocab import I

METHOD = "personnel:deployment-list"
# the heading: what is listed (troops abroad), ending the line or followed by a colon
HEADING_RE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?P<head>[^\n:]{0,160}?\b(?:(?:military|troop|force)\s+deployments|deployments\s+abroad|"
    r"troop\s+contributing\s+countries|troop\s+contributions|contributors|breakdown\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:troops|personnel|forces)|"
    r"(?:contingents|troops|soldiers|forces|personnel|service\s*members|military)\b[^\n:]{0,40}?\b(?:around\s+the\s+world|abroad|overseas|"
    r"stationed|deployed|based|present)\b)[^\n:]{0,160}?)(?P<colon>:)?[ \t]*(?=\n|[^\n]*\d)", I)
CONTRIBUTORS_RE = re.compile(r"\b(?:troop|military|police)?[\s-]*contribut\w*\s+countries|\bcontributors\b|\btroop\s+contributions\b", I)
# "Japan — 50,937" or "Japan: 50,937" (one per line)
# ("\u2022 UNIFIL \u2013 357 personnel", "\u2022 EUTM Mali \u2013 eight personnel": a bullet, a number word and a noun too;
# "a. Lesotho \u2013 465": a parliamentary answer's lettered rows)
PLACE_FIRST_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|(?-i:[a-z])[.)][ \t]+|[\u2022*][ \t]*)?(?P<place>[A-Z][^\n\d:;\u2014\u2013]{1,40}?)[ \t]*"
                            r"(?:\u2014|\u2013|--?|:)[ \t]*(?P<hedge>about|around|approximately|some|roughly|~)?[ \t]*"
                            r"(?P<value>\d{1,3}(?: \d{3})+(?!\d)|\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?:[ \t]+to[ \t]+\d[\d,]*)?"
                            r"(?:[ \t]+(?:(?:military|combat)[ \t]+)?(?:personnel|troops|soldiers|members|advis[eo]rs|observers|peacekeepers))?[ \t]*"
                            # (a note may follow the number on its line: "Kuwait: 13 000 The U.S. has ..."; or its breakdown and a
                            # full stop: "Angola: 35,000 (30,000 combat troops; 5,000 advisers).", "Mozambique: 800 advisers.")
                            r"(?:\([^()\n]{0,120}\)[ \t]*)?\.?[ \t]*(?=\n|$|[ \t]*[A-Z][a-z])")
# a table's row: the mission, its place and the number last ("UN Interim Force in Lebanon UNIFIL Lebanon 64")
PLACE_LAST_RE = re.compile(r"[ \t]*(?P<place>[A-Z][^\n\d:]{1,120}?)[ \t]+(?P<hedge>)(?P<value>\d{1,3}(?:,\d{3})*)[ \t]*(?=\n|$)")
# the table's column heads before its rows ("Mission | Abbreviation | Country | Number of soldiers"): no number
COLUMN_HEADS_RE = re.compile(r"[ \t]*[A-Z][^\n\d]{0,160}(?=\n)")
# a contributors' table printed in columns, one or two "Country N" pairs a line ("Albania 13 Luxembourg 23"); a number
# whose country the copy lost ("Denmark 35 252") is skipped
PAIR_RE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Za-z.'\u2019-]*(?:[ \t][A-Z][A-Za-z.'\u2019-]*){0,3})[ \t]+(?P<hedge>)"
                     r"(?P<value>\d{1,3}(?:,\d{3})*)(?:[ \t]+\d[\d,]*)?(?=[ \t]+[A-Z]|[ \t]*(?:\n|$))")
# a numbered row with no number ("5. Israel: Radar installations"): skipped, the list goes on
NO_VALUE_ROW_RE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*[A-Z][^\n\d:]{1,40}:[^\n\d]*(?=\n|$)")
# "approximately 1,000 Cyprus; 110 Kosovo (NATO)" (on one line, separated by semicolons)
# ("up to 3,000 Mozambique (deployed mid-2021 ...; includes ...)", "2,600 (plus about 400 police) South Sudan (UNMISS)")
VALUE_FIRST_RE = re.compile(r"[ \t]*(?P<hedge>about|around|approximately|some|roughly|up\s+to|over|nearly|(?:an\s+)?estimated|~)?[ \t]*(?P<value>\d[\d,]*)[ \t]+"
                            r"(?:\([^()\n]{0,60}\)[ \t]+)?(?P<place>[A-Z][^\n\d;()]{1,40}?)[ \t]*(?:\([^()\n]{0,300}\)[ \t]*)*(?=;|\n|$)")


def deployment_list_figures(ctx: Context, numbers: list[NumberMention], main_country: str, figures: list[Figure]) -> list[Figure]:
    """Figures of every deployment list in the article (see the module docstring) whose numbers ``figures`` has not
    taken, except that a mission row (mission_row_figures) replaces a deployment read from its number with another host
    (the sentence of a copied table runs over many rows: its host may be the next row's)."""
    taken = {f.start: f for f in figures}
    norm = ctx.norm
    by_start = {n.start: n for n in numbers}
    out: list[Figure] = []
    from_contributors: set[int] = set()  # (the starts of rows under a contributors' heading)
    for heading in _headings(norm):
        contributors = CONTRIBUTORS_RE.search(heading.group("head")) is not None
        rows = _rows(norm, heading.end(), pairs=contributors)
        if len(rows) < 2:
            continue
        places = [_place(ctx, row.start("place"), row.end("place")) for row in rows]
        if contributors:
            # "UNMISS Military Troop Contributing Countries / India - 2239 / Nepal - 1547": each row is its country's
            # contribution to the mission the heading names
            mission = (host_table().find(norm, heading.start("head"), heading.end("head"))
                       or _mission_before(norm, heading.start("head")))
            pairs = [(place, mission[0].host if mission else "") for place in places]
        else:
            named = [c for c in ctx.country_mentions(heading.start("head"), heading.end("head")) if c.kind != "alliance"]
            owner = named[0].iso3 if named else main_country
            if not owner or not named and owner in places:
                continue  # the article's country is one of the places listed: whose list it is cannot be told
            pairs = [(owner, place) for place in places]
        for row, (owner, host) in zip(rows, pairs, strict=True):
            number = by_start.get(row.start("value"))
            if number is not None and row.re is PAIR_RE and number.end != row.end("value"):
                # "Denmark 35 252": the scanner joined the next column's lost row into "35 252"; the row's is 35
                number = replace(number, end=row.end("value"), value=float(row.group("value").replace(",", "")))
            if not owner or owner == host or (not host and not contributors) \
                    or number is None or number.value is None or number.value < 1:  # a listed row may be small
                continue
            fig = make(ctx, ctx.sentence_index(number.start), number, "troops_deployed", owner, "article", METHOD, host=host)
            # a list is one long "sentence" whose other values can look like years ("Rwanda - 1812"): the list's year
            # is the heading's, else the article's
            heading_years = find_years(norm, heading.start("head"), heading.end("head")) or _list_date(norm, rows[-1])
            fig.year = (heading_years[-1].year if heading_years and heading_years[-1].year
                        else ctx.info.published.year if ctx.info.published else None)
            fig.passage = " ".join((ctx.text[heading.start("head"):heading.end()] + " \u2026 "
                                    + ctx.text[row.start("place") if row.start("place") < row.start("value") else row.start():row.end()]).split())
            out.append(fig)
            if contributors:
                from_contributors.add(fig.start)
    # (a contributors' row names its owner: "Uganda: 4,500 troops" replaces a deployment its sentence gave another owner)
    out = [f for f in out if f.start not in taken or f.host_iso3 and f.start in from_contributors
           and _other_deployment(taken[f.start], f, "country_iso3")]
    used = {f.start for f in out}
    rows = [f for f in mission_row_figures(ctx, numbers, main_country) if f.start not in used and (
        f.start not in taken or _other_deployment(taken[f.start], f, "host_iso3"))]
    replaced = {f.start for f in out + rows if f.start in taken}
    figures[:] = [f for f in figures if f.start not in replaced]
    return out + rows + base_row_figures(ctx, numbers, main_country, figures)


def _other_deployment(taken: Figure, listed: Figure, field: str) -> bool:
    """Whether a figure read from a list's number is a deployment whose owner (or host) the list's row contradicts."""
    return taken.metric == "troops_deployed" and getattr(taken, field) != getattr(listed, field)


# a contributor's profile lists its missions one a line, with no heading over them: "MINUSTAH 54 troops",
# "MONUSCO: 866", "UNOCI 4 observers"; the place is a mission's short name
MISSION_ROW_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<place>(?-i:[A-Z]{4,9}))[ \t]*:?[ \t]*(?P<value>\d{1,3}(?:,\d{3})*|\d+)(?![\d.,%])"
                            r"(?P<tail>[^\n]{0,80})(?=\n|$)")
# a row's total that counts police too, with its troops in the breakdown after it
_TROOPS_IN_MIXED_RE = re.compile(r"\s*\((?=[^()]*\bpolice\b)[^()]*?\b(?P<value>\d[\d,]*)\s+troops?\b", I)
_ROW_GAP_RE = re.compile(r"(?:\s*\([^()\n]*\))*\s*")
_POLICE_TAIL_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:formed\s+)?(?:police|FPU|civilian)", I)


def mission_row_figures(ctx: Context, numbers: list[NumberMention], main_country: str) -> list[Figure]:
    """Figures of the runs of two or more mission rows (MISSION_ROW_RE) with only blank lines between them: each is
    the article's country's deployment to the mission's host (police rows are skipped but keep the run going)."""
    if not main_country:
        return []
    by_start = {n.start: n for n in numbers}
    runs: list[list[tuple[re.Match, str]]] = []
    last_end = -1
    for row in MISSION_ROW_RE.finditer(ctx.norm):
        missions = [h for h in host_table().find(ctx.norm, row.start("place"), row.end("place"))
                    if h.kind == "command" and h.start == row.start("place") and h.end == row.end("place")]
        if not missions:
            continue
        if last_end < 0 or not _ROW_GAP_RE.fullmatch(ctx.norm, last_end, row.start()):  # (a row's breakdown may stand under it)
            runs.append([])
        runs[-1].append((row, missions[0].host))
        last_end = row.end()
    out: list[Figure] = []
    for run in runs:
        for row, host in run if len(run) >= 2 else ():
            number = by_start.get(row.start("value"))
            troops = _TROOPS_IN_MIXED_RE.match(row.group("tail"))  # "MINUSTAH 175 (16 police, 159 troops)": the troops
            if troops:
                number = by_start.get(row.start("tail") + troops.start("value"))
            if number is None or not number.value or host == main_country or not troops and _POLICE_TAIL_RE.match(row.group("tail")):
                continue
            fig = make(ctx, ctx.sentence_index(number.start), number, "troops_deployed", main_country, "article", METHOD, host=host)
            fig.year = ctx.info.published.year if ctx.info.published else None
            fig.passage = " ".join(row.group(0).split())
            out.append(fig)
    return out


def _rows(norm: str, at: int, pairs: bool = False) -> list[re.Match]:
    """The rows right after a heading: place-first lines, or value-first items separated by semicolons (and, under a
    contributors' heading, "Country N" pairs, one or two a line)."""
    rows: list[re.Match] = []
    line_end = norm.find("\n", at)
    pos = line_end if line_end > 0 and norm[at:line_end].rstrip().endswith(":") else at  # ("... deployed in 2023:" ends the line)
    while pos < len(norm) and norm[pos] in "\n \t":
        pos += 1
    at_line = pos
    while pos < len(norm) and len(rows) < 60:
        while pos < len(norm) and norm[pos] in "\n \t":
            pos += 1
        row = (PLACE_FIRST_RE.match(norm, pos) or VALUE_FIRST_RE.match(norm, pos) or PLACE_LAST_RE.match(norm, pos)
               or pairs and PAIR_RE.match(norm, pos) or None)
        if row is None and not rows and pos == at_line and COLUMN_HEADS_RE.match(norm, pos):
            pos = COLUMN_HEADS_RE.match(norm, pos).end()  # (once: the line under the heading that names the columns)
            at_line = -1
            continue
        if row is None and rows and NO_VALUE_ROW_RE.match(norm, pos):
            pos = NO_VALUE_ROW_RE.match(norm, pos).end()
            continue
        if row is None:
            break
        rows.append(row)
        pos = row.end()
        if row.re is PLACE_FIRST_RE and pos < len(norm) and norm[pos] != "\n":
            newline = norm.find("\n", pos)  # the row's note runs to the end of its line
            pos = len(norm) if newline < 0 else newline
        if pos < len(norm) and norm[pos] == ";":
            pos += 1
    return rows


# the date a fact sheet puts after its last row ("2,100 South Sudan (UNMISS) (Jan 2021)"): the whole list's
LIST_DATE_RE = re.compile(r"\((?:(?:as\s+of\s+)?[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d(?:\s+est\.?)?\)[ \t]*$")


def _list_date(norm: str, last_row: re.Match) -> list:
    """The year in the bracket that closes a list's last row when it holds only a date, else no year."""
    found = LIST_DATE_RE.search(norm, last_row.start(), last_row.end())
    return find_years(norm, found.start(), found.end()) if found else []


def _mission_before(norm: str, at: int) -> list:
    """The mission a contributors' table belongs to when its heading names none: the last mission or command named
    in the 600 characters before it ("Kosovo Force (KFOR) ... Troop contributions")."""
    found = [h for h in host_table().find(norm, max(0, at - 600), at) if h.kind in ("command", "mission")]
    return found[-1:]


def _place(ctx: Context, start: int, end: int) -> str:
    """The country or known host a row's place names, when the place is nothing else."""
    countries = [c for c in ctx.country_mentions(start, end) if c.kind != "alliance"]
    if countries:
        return countries[0].iso3
    hosts = host_table().find(ctx.norm, start, end)
    return hosts[0].host if hosts else ""


_HEADING_HINT_RE = re.compile(r"deployments|contingents|troops|soldiers|forces|personnel|service\s*members|contribut|military", I)
# (the same words on lower-cased text, case-sensitively: patterns.ascii_lower says when that finds the same lines)
_HEADING_HINT_LOW_RE = re.compile(r"deployments|contingents|troops|soldiers|forces|personnel|service\s*members|contribut|military")


def _headings(norm: str):
    """HEADING_RE at the start of each short line that names troops (one split instead of a scan of every character;
    the lines of the lower-cased text searched case-sensitively, about twice as fast)."""
    low = ascii_lower(norm)
    lines, hint = (norm.split("\n"), _HEADING_HINT_RE) if low is None else (low.split("\n"), _HEADING_HINT_LOW_RE)
    pos = 0
    for line in lines:
        if len(line) <= 320 and hint.search(line):
            heading = HEADING_RE.match(norm, pos)
            if heading:
                yield heading
        pos += len(line) + 1
