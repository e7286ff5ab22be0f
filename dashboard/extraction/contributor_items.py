"""The contributors of a multinational force, listed after its total.

    "By late December, more than 4,000 troops were already deployed, with 850 Burundians, 800 Cameroonians,
    850 from Congo Republic, 500 from Gabon and 850 Chadians."

Each item, a number and then a people ("850 Burundians") or "from" a country ("500 from Gabon"), is that
country's deployment; the host is the place the force serves in, named before the list (in this sentence or up
to six before it; a region only as a place: "in Europe", not "keep Europe safe"), never one of the contributors.
The total the list follows is many countries' troops: it is no figure of anyone's. At least three items, joined
by commas or "and", nothing else between them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.places import placed_hosts
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

METHOD = "personnel:contributor-list"
ONE_METHOD = "personnel:one-contributor"
_MULTINATIONAL_BEFORE_RE = re.compile(r"\b(?:multinational|multi-national|NATO|allied|international|coalition)\b", I)
_PEOPLE_WITHOUT_S = frozenset({"French", "Dutch", "British", "Irish", "Swiss", "Welsh"})
MIN_ITEMS = 3
MAX_GAP = 120  # characters from a total to its first item
_WITH_RE = re.compile(r"\s*,?\s*(?:with|including|among\s+them|(?:will\s+|would\s+)?(?:include|includes|included|comprise|comprises|comprised)|"
                      r"(?P<part>of\s+(?:which|whom|them|these)))\s+$", I)  # ("The 2,100 strong contingent will include 700 soldiers from Germany")  # between the
# total's noun and the first item ("3,800 military personnel in the Kosovo Force, of which 350 are from Turkey": one
# contributor's part of a force whose others are not named)
_TOTAL_NOUN_RE = re.compile(r"(?:\s+|-)(?:[\w-]+\s+){0,1}?(?:troops|soldiers|personnel|peace-?keepers|contingent|battle\s*group)\b[^.;]{0,60}?$", I)
_PART_GAP_RE = re.compile(r"\s*,?\s*of\s+(?:which|whom)\s+", I)
_NOUN_BEFORE_RE = re.compile(r"\b(?:troops|soldiers|personnel|peace-?keepers)\b[^.;]{0,50}$", I)
_SOLDIERS_AFTER_RE = re.compile(r"\s+(?:soldiers|troops|personnel|peace-?keepers|servicemen)\b", I)  # ("860 Chadian soldiers")
_JOIN_RE = re.compile(r"(?:\s+(?-i:[A-Z])[\w'-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", I)  # ("from Congo Republic, 850")
_EACH_AND_RE = re.compile(r"\s+each\b|\s+and\s+(?:the\s+)?(?=[A-Z])")
_FROM_RE = re.compile(r"(?:\s+(?:soldiers|troops|personnel|service\s+members))?(?:\s+each)?\s+(?:(?:are|were|come|came)\s+)?from\s+(?:the\s+)?", I)  # ("700 soldiers from Germany")
_BY_RE = re.compile(r"\s+(?:(?:are|were|is|was)\s+)?(?:provided|contributed|supplied|sent|fielded)\s+by\s+(?:the\s+)?", I)  # ("1,030 provided by Cameroon")


def contributor_items(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Read the contributor lists of sentence ``si`` into ``figures``: after a total (module docstring) or with each
    count in brackets (``bracketed_contributors``)."""
    _after_total(ctx, si, numbers, figures)
    bracketed_contributors(ctx, si, numbers, figures)
    _people_serving(ctx, si, numbers, figures)
    _with_contributors(ctx, si, numbers, figures)


# "ATMIS has five members contributing to the cause. These include Uganda with 6,000 troops, Burundi with 5,400, Kenya
# with 3,600": a force's contributors, each with its count after "with", the contributing named in this sentence or
# the one before; the host is the place the force serves in (``_host``)
_CONTRIBUTE_WORD_RE = re.compile(r"\bcontribut\w*|\b(?:most\s+(?:heavily\s+)?involved|participating)\s+(?:[\w-]+\s+)?(?:countries|nations|states)\b", I)  # ("The most heavily involved European countries include Italy with ...")
_WITH_BEFORE_RE = re.compile(r"\s+with\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|a\s+good\s+)?$", I)


def _with_contributors(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    sent = ctx.sentences[si]
    if not (ctx.finds(_CONTRIBUTE_WORD_RE, sent.start, sent.end) or si and ctx.finds(_CONTRIBUTE_WORD_RE, ctx.sentences[si - 1].start, ctx.sentences[si - 1].end)):
        return
    items = [(b, iso3) for b in numbers if b.kind == "count" and b.value and b.value >= 20
             and (iso3 := _country_right_before(ctx, sent.start, b.start, _WITH_BEFORE_RE, 30, 70))]
    _at_host(ctx, si, items, figures, lambda f: True)  # (a sentence rule's reading of an item, "Uganda with 6,000 troops"
    # as its strength, gives way)


# "1,266 Brazilians were part of the UN Stabilizing Mission in Haiti": a people counted where it serves
_SERVING_AFTER_RE = re.compile(r"\s+(?:were|are|was|is|remain|remained|serve|served|serving|have\s+been|had\s+been)\s+(?:currently\s+|still\s+)?"
                               r"(?:part\s+of|serving\s+(?:with|in)|deployed\s+(?:with|in|to)|stationed\s+in|with)\b"
                               r"|\s+(?:(?:are|were|is|was)\s+)?(?:currently\s+)?(?:taking\s+part|participating)\s+in\b", I)  # ("178 Filipinos taking part in ... in Iraq")


_MISSIONS_ABROAD_RE = re.compile(r"\s+(?:\d+|several|various|many)\s+(?:[\w-]+\s+){0,2}?(?:missions|operations)\s+(?:abroad|overseas)\b", I)


def _people_serving(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add "N <people> were part of <a mission in a place>" (the mission's host, or the place the clause names)."""
    taken = {f.start for f in figures}
    sent = ctx.sentences[si]
    for b in numbers:
        if b.kind != "count" or b.start in taken or not b.value or b.value < 20 or not ctx.norm[b.end + 1:b.end + 2].isupper():
            continue  # (a people's name opens with a capital: a cheap test before the country lookup)
        owner, end = _owner_after(ctx, b)
        serving = _SERVING_AFTER_RE.match(ctx.norm, end) if owner and end else None
        if not serving:
            continue
        stop = min(sent.end, serving.end() + 90)
        hosts = [h.host for h in host_table().find(ctx.norm, serving.end(), stop)]
        hosts += [c.iso3 for c in ctx.country_mentions(serving.end(), stop) if ctx.is_place(c) and c.kind != "alliance"]
        hosts = [h for h in hosts if h and h != owner]
        if hosts or _MISSIONS_ABROAD_RE.match(ctx.norm, serving.end(), stop):  # ("313 Croatians are taking part in 11
            # missions abroad": a deployment with no single host)
            made = make(ctx, si, b, "troops_deployed", owner, "pair", "personnel:people-serving", host=hosts[0] if hosts else "")
            bisect.insort(figures, made, key=lambda f: f.start)


def _after_total(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """The items of a list after a total, added; the total's figures removed."""
    counts = [n for n in numbers if n.kind == "count" and n.value and n.value >= 20]
    for k, total in enumerate(counts):
        items = _items(ctx, counts, k)
        if not items:
            continue  # (most counts: no list follows, and the search before them is not needed)
        first = items[0][0]
        part = _WITH_RE.search(ctx.norm, total.end, first.start if first.hedge_start is None else first.hedge_start).group("part")
        multinational = part or _MULTINATIONAL_BEFORE_RE.search(ctx.norm, max(ctx.sentences[si].start, total.start - 60), total.start)
        if len(items) < (1 if multinational else MIN_ITEMS):  # ("a multinational battalion of a thousand soldiers,
            continue  # including more than 700 French": one contributor named is enough when the total is many nations')
        owners = {iso3 for _, iso3 in items}
        host = force_host(ctx, si, items[0][0].start if part else total.start, owners)
        if not host:
            return
        figures[:] = [f for f in figures if (f.start != total.start or part and f.country_iso3 == "NATO")
                      and f.start not in {b.start for b, _ in items}]  # (NATO's own total of its force is NATO's)
        ctx.dropped.setdefault(total.start, "the total of a force of many countries, its contributors named after it")
        for b, iso3 in items:  # (one contributor after a multinational total: a rule of its own for the confidence)
            made = make(ctx, si, b, "troops_deployed", iso3, "pair", METHOD if len(items) >= MIN_ITEMS else ONE_METHOD, host=host)
            bisect.insort(figures, made, key=lambda f: f.start)
        return


def _items(ctx: Context, counts: list[NumberMention], k: int) -> list[tuple[NumberMention, str]]:
    """The items after the total ``counts[k]`` as (number, owner), or [] when no list follows it."""
    norm = ctx.norm
    if k + 1 >= len(counts):
        return []
    total, first = counts[k], counts[k + 1]
    first_left = first.hedge_start if first.hedge_start is not None else first.start
    if first_left - total.end > MAX_GAP:
        return []  # (a bounded gap keeps the searches below linear on hostile text: a run of spaces)
    gap = norm[total.end:first_left]
    if not (_TOTAL_NOUN_RE.match(gap) or _PART_GAP_RE.fullmatch(gap) and _NOUN_BEFORE_RE.search(norm, max(0, total.start - 60), total.start)) \
            or not _WITH_RE.search(gap):
        return []  # ("the number of peacekeepers deployed is estimated at 13,211, of which 1,295 Senegalese soldiers")
    items: list[tuple[NumberMention, str]] = []
    prev_end = None
    for b in itertools.islice(counts, k + 1, None):
        left = b.hedge_start if b.hedge_start is not None else b.start
        if prev_end is not None and (left - prev_end > MAX_GAP or not _JOIN_RE.fullmatch(norm, prev_end, left)):
            break
        owner, end = _owner_after(ctx, b)
        if not owner:
            break
        items.append((b, owner))
        prev_end = end
        other = _EACH_AND_RE.match(norm, b.end) and _EACH_AND_RE.match(norm, end)  # "100 each from Poland and Slovenia"
        second = [c for c in ctx.country_mentions(other.end(), other.end() + 40) if c.start == other.end()] if other else []
        if second and second[0].kind in ("name", "short"):
            items.append((b, second[0].iso3))
            prev_end = second[0].end
    return items


def _owner_after(ctx: Context, b: NumberMention) -> tuple[str, int]:
    """("BDI", end) for "850 Burundians", "850 from Burundi" or "850 provided by Burundi", else ("", 0)."""
    at = b.end + 1 if ctx.norm[b.end:b.end + 1] == " " else -1
    frm = _FROM_RE.match(ctx.norm, b.end) or _BY_RE.match(ctx.norm, b.end)
    for start, kinds in ((at, ("demonym",)), (frm.end() if frm else -1, ("name", "short", "demonym"))):
        if start < 0:
            continue
        hit = [c for c in ctx.country_mentions(start, start + 60) if c.start == start and c.kind in kinds]
        if hit and (kinds != ("demonym",) or ctx.norm[hit[0].end - 1:hit[0].end] == "s"  # "Burundians", a people
                    or ctx.norm[hit[0].end - 3:hit[0].end] == "ese"  # ("750 Senegalese", "700 French")
                    or hit[0].text in _PEOPLE_WITHOUT_S or _SOLDIERS_AFTER_RE.match(ctx.norm, hit[0].end)):
            return hit[0].iso3, hit[0].end
    return "", 0


def force_host(ctx: Context, si: int, before: int, owners: set[str]) -> str:
    """The place the force serves in: the last place named before ``before`` in this sentence or up to six before."""
    for back in range(0, 7):
        if si - back < 0:
            break
        sent = ctx.sentences[si - back]
        end = before if back == 0 else sent.end
        places = [(h.start, h.host) for h in placed_hosts(ctx.norm, sent.start, end)]
        places += [(c.start, c.iso3) for c in ctx.country_mentions(sent.start, end) if ctx.is_place(c) and c.kind != "alliance"]
        places = [(s, h) for s, h in sorted(places) if h not in owners]
        if places:
            return places[-1][1]
    return ""


# "Other countries contributing with personnel in the peacekeeping force on the island are Serbia (48), Australia (15),
# Paraguay (14) and India (7)": the contributors of a force, each count in brackets after its country (small staff
# contingents included: a contributor list names them all)
_CONTRIBUTING_RE = re.compile(r"\b(?:contribut\w*|troop-contributing)\b[^.;]{0,120}?\b(?:peace-?keeping|force|mission|contingent)\b"
                              r"|\b(?:are|were)\s+(?:the\s+)?(?:other\s+)?participants\b"
                              r"|\b(?:countries|nations)\s+that\s+have\s+sent\s+the\s+most\s+(?:soldiers|troops|peace-?keepers)\b"
                              # "6,700 peacekeepers ... provided by 30 countries, among which Brazil (1,200), Nepal (750)"
                              r"|\b(?:provided|contributed|supplied|offered)\s+by\s+(?:\d+|some|several|many)\s+(?:countries|nations|states)\b", I)  # ("Germany (560), Belgium (200) ... are participants")
_BRACKET_ITEM_RE = re.compile(r"\s*\(\s*$")
_BRACKET_CLOSE_RE = re.compile(r"\s*(?:(?:military\s+)?(?:personnel|troops|soldiers)\s*)?\)", I)


def bracketed_contributors(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the bracketed counts of a sentence listing a force's contributors (see above) as their deployments."""
    sent = ctx.sentences[si]
    norm = ctx.norm
    if not ctx.finds(_CONTRIBUTING_RE, sent.start, sent.end):
        return
    items = [(b, iso3) for b in numbers if b.kind == "count" and b.value and _BRACKET_CLOSE_RE.match(norm, b.end)
             and (iso3 := _country_right_before(ctx, sent.start, b.start, _BRACKET_ITEM_RE, 4, 60))]
    _at_host(ctx, si, items, figures, lambda f: f.method.startswith("personnel:bracketed-host"))  # (a contributor's
    # bracket read as a host before is its own count)


def _country_right_before(ctx: Context, sent_start: int, at: int, marker: re.Pattern, marker_reach: int, reach: int) -> str:
    """The country (not an alliance) named right before ``marker`` ("Uganda with ", "Nepal (") that ends at ``at``, or ""."""
    found = marker.search(ctx.norm, max(sent_start, at - marker_reach), at)
    named = [c for c in ctx.country_mentions(max(sent_start, at - reach), at)
             if found is not None and c.end == found.start() and c.kind != "alliance"]
    return named[-1].iso3 if named else ""


def _at_host(ctx: Context, si: int, items: list[tuple[NumberMention, str]], figures: list[Figure],
             gives_way: Callable[[Figure], bool]) -> None:
    """Add each (count, contributor) item as the contributor's deployment where the force serves (``_host``), when
    the list has at least ``MIN_ITEMS`` and a host is found; a figure already read from an item's count stays unless
    ``gives_way`` says it yields to the list's reading."""
    if len(items) < MIN_ITEMS:
        return
    host = force_host(ctx, si, items[0][0].start, {iso3 for _, iso3 in items})
    if not host:
        return
    starts = {b.start for b, _ in items}
    figures[:] = [f for f in figures if not (f.start in starts and gives_way(f))]
    taken = {f.start for f in figures}
    for b, iso3 in items:
        if b.start not in taken and iso3 != host:
            bisect.insort(figures, make(ctx, si, b, "troops_deployed", iso3, "pair", METHOD, host=host), key=lambda f: f.start)
