"""A head count that continues the one just before it: "In 2014, the Indonesian military had 395,500 active
personnel. By 2024, the number had grown to 404,500." The number names no noun of its own; "the number", "the
figure", "the total" or "the force" that "had grown to" it is the count of the sentence before, so it takes that
count's metric, owner and host, with its own year. Only when the figure just before is a head count.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.ranked_contributors import ranked_contributors
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I
from dashboard.extraction.years import changed_from
from dashboard.schema import PERSONNEL_METRICS

_SAME_COUNT_BEFORE_RE = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:numbers?|figure|total|strength|tally|headcount|force)\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+|(?:will|would|could|should|is\s+to)\s+be\s+|"
    r"(?:will|would|could|may|might|should|is\s+to|are\s+to)\s+(?=(?:grow|rise|increase|climb|fall|drop|decline|decrease|shrink|reach)\b))?"  # ("their number could increase to")
    r"(?:since\s+)?(?:grown|grew|grow|risen|rose|rise|increased|increase|climbed|climb|swelled|fallen|fell|fall|dropped|drop|declined|decline|decreased|decrease|shrunk|shrank|shrink|reach|"
    r"reached|stood\s+at|stands\s+at|(?:set|fixed|capped|put)\s+at)\s+(?:(?:slightly|sharply|further|again|steadily|marginally|"
    r"significantly|gradually)\s+)?(?:to\s+)?" + HEDGE + r"$"
    # "... had 13,000 men on active duty in 1989. Scaled back from a peak of 35,000 in 1967, ...": an earlier level
    r"|\b(?:scaled\s+back|reduced|cut|down|shrunk|fallen|dropped)\s+from\s+(?:a|its|the)\s+(?:peak|high|maximum|height)\s+of\s+" + HEDGE + r"$"
    # "Before the war, the Syrian army numbered 300,000. ... it now numbers 220,000": the same force's count now
    r"|\bit\s+(?:now\s+|currently\s+|today\s+)?(?:numbers|totals|stands\s+at)\s+" + HEDGE + r"$"
    # "... about 14,000 Syrian soldiers were in Lebanon. At their peak in the 1980s, they numbered about 40,000"
    r"|\b(?:they|those\s+(?:troops|forces|soldiers))\s+(?:now\s+|then\s+|still\s+)?(?:numbered|number|totall?ed)\s+" + HEDGE + r"$"
    # "It currently has around 182,000 soldiers. The Defense Ministry's target is 203,000": the count it aims for
    r"|\b(?<!compared\sto\sa\s)(?<!compared\swith\sa\s)(?<!against\sa\s)(?:target|goal)\s+(?:is|was|remains|of)\s+" + HEDGE + r"$"  # (not "22,000 reservists compared to a target of 30,000")
    # "... there were only 900 US troops in Syria, but ... the real number was 2,000": the same count, corrected
    r"|\b(?:real|actual|true|correct)\s+(?:number|figure|total)\s+(?:was|is|stood\s+at)\s+" + HEDGE + r"$"
    # "Georgia is to more than double its contingent of soldiers in Iraq to 2,000 ... it would raise the number from the
    # current 850": the level the change starts from
    r"|\b(?:rais|increas|boost|doubl|tripl|cut|reduc|lower|trim)\w*\s+(?:the|that|this|its|their)\s+(?:number|figure|total|strength|size|contingent)"
    r"\s+from\s+(?:the\s+|its\s+|today['\u2019]s\s+)?(?:current|present|existing)\s+(?:level\s+of\s+)?" + HEDGE + r"$", I)
# "over 300,000 troops (up from the current level of 164,000)": the level a count of the same sentence is measured against
_UP_FROM_BEFORE_RE = re.compile(r"\b(?:up|down|(?:decline|drop|fall|rise|increase|decrease|jump|cut|reduction))\s+from\s+"
                                r"(?:the\s+|its\s+|today's\s+)?(?:current\s+|present\s+|existing\s+)?"
                                r"(?:level\s+of\s+|figure\s+of\s+|strength\s+of\s+)?" + HEDGE + r"$", I)

# "consisted of 530 rangers, and was later boosted to 600": the same force's count after a change
_LATER_CHANGED_TO_RE = re.compile(r"[^.;\d]{0,40}?,?\s+and\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|then\s+|"
                                  r"subsequently\s+|since\s+|eventually\s+)?(?:boosted|increased|raised|reduced|cut|expanded|"
                                  r"scaled\s+(?:back|down|up)|brought\s+(?:up|down)|trimmed|lowered)\s+to\s+" + HEDGE
                                  # "... to 56,000 troops from about 32,000 in late 2008, and expects a rise to some 68,000 by autumn"
                                  + r"|[^.;]{0,60}?,?\s+and\s+(?:expects?|plans?|anticipates?|foresees?)\s+(?:a\s+)?(?:further\s+)?"
                                  r"(?:rise|increase|build-?up|drop|reduction|cut)\s+to\s+" + HEDGE, I)

# "Finland will downsize its 300-member team to 200": the unit resized, then the size it goes to
_RESIZE_BEFORE_RE = re.compile(r"\b(?:downsiz\w*|reduc\w*|cut\w*|trim\w*|shrink\w*|increas\w*|expand\w*|boost\w*|rais\w*)\s+(?:its|their|the)\s+$", I)
_RESIZED_TO_RE = re.compile(r"(?:-(?:member|strong|man))?\s+(?:[\w-]+\s+){0,2}?to\s+(?:about\s+|some\s+|around\s+|nearly\s+)?", I)
# "increased to 300 personnel in 2004 and to 850 in 2005": the next level of the same count, its noun left out
_AND_TO_NEXT_RE = re.compile(r"(?:\s+(?:personnel|troops|soldiers|men|members|peace-?keepers))?\s+(?:(?:in|by)\s+(?:(?:early|mid|late)-?\s*)?"
                             r"(?:19|20)\d\d(?:\[\d+\])*|this\s+year|next\s+year)\s*,?\s+and\s+(?:then\s+)?to\s+" + HEDGE, I)  # (" this year and to")
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:(?:today['’]s|its|their|the)\s+)?(?:(?:current|present)\s+)?(?:about\s+|around\s+|some\s+)?$", I)  # ("from today's 183,000")
_FROM_TO_GAP_RE = re.compile(r"(?:\s+(?:personnel|troops|soldiers|men))?(?:\s+in\s+(?:19|20)\d\d)?,?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?", I)  # (" personnel in 2007 to")


# "The ultimate target is 50,000 Territorial Defense Force members and 250,000 professional soldiers": a part of
# the force named after the number is no continuation of the whole
_COMPONENT_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:territorial|guards?|national\s+guard|reserv\w*|militia\w*|volunteers?|"
                                 r"conscripts?|professional|contract)\b", I)


def level_followups(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure],
                    previous: list[Figure]) -> None:
    """Add the head counts of sentence ``si`` that continue the count of the sentence before (module docstring)."""
    earlier = [f for f in previous[-1:] if si and f.start >= ctx.sentences[si - 1].start]  # the last figure before
    taken = {f.start for f in figures}
    ranked_contributors(ctx, si, numbers, figures, taken)
    if not earlier and not figures:
        return
    sent = ctx.sentences[si]
    _compared_possessive(ctx, si, numbers, figures, taken)
    for m in numbers:  # "the contingent will go from 50 to 95 troops": the level the new one is measured from
        if m.kind != "count" or m.start in taken or m.value < 20 or "from" not in ctx.norm[max(sent.start, m.start - 24):m.start].lower():
            continue
        after = next((f for f in figures if f.start > m.end), None)
        if (after is not None and after.metric in PERSONNEL_METRICS and _FROM_TO_GAP_RE.fullmatch(ctx.norm, m.end, after.start)
                and _FROM_BEFORE_RE.search(ctx.norm, max(sent.start, m.start - 24), m.start)):
            made = make(ctx, si, m, after.metric, after.country_iso3, "pair", "personnel:from-level", host=after.host_iso3)
            bisect.insort(figures, replace(made, stage=""), key=lambda f: f.start)
            taken.add(m.start)
    for m in numbers:  # "from 41,415 men at the end of 2015 to 40,000 by 2020": the level the count goes to
        if m.kind != "count" or m.start in taken or m.value < 100:
            continue
        own = next((f for f in reversed(figures) if f.end <= m.start and f.start >= sent.start), None)
        to = changed_from(ctx, sent, own.start, own.end) if own is not None and own.metric in PERSONNEL_METRICS else None
        resized = (own is not None and own.metric in PERSONNEL_METRICS and _RESIZE_BEFORE_RE.search(ctx.norm, max(sent.start, own.start - 40), own.start)
                   and _RESIZED_TO_RE.fullmatch(ctx.norm, own.end, m.start))  # ("will downsize its 300-member team to 200")
        if to is not None and to.end() - 1 == m.start or resized:  # (the match ends on the first digit of the count it goes to)
            made = make(ctx, si, m, own.metric, own.country_iso3, "pair", "personnel:to-level", host=own.host_iso3)
            bisect.insort(figures, made, key=lambda f: f.start)
            taken.add(m.start)
    for m in numbers:  # "about 300 men in Chad against 1000 currently": the level there now, the one a plan cuts from
        own = next((f for f in reversed(figures) if f.end <= m.start and f.start >= sent.start), None) if m.kind == "count" and m.start not in taken else None
        if own is not None and own.metric == "troops_deployed" and own.host_iso3 and _AGAINST_GAP_RE.fullmatch(ctx.norm, own.end, m.start) \
                and NOW_AFTER_RE.match(ctx.norm, m.end):
            made = make(ctx, si, m, own.metric, own.country_iso3, "pair", "personnel:against-current", host=own.host_iso3)
            published = ctx.info.published if ctx.info is not None else None
            made.stage, made.year = "", published.year if published is not None else None
            bisect.insort(figures, made, key=lambda f: f.start)
            taken.add(m.start)
    for m in numbers:
        if m.kind == "count" and m.start in taken and m.value >= 100:
            _retake_next_level(ctx, si, m, figures)
        if m.kind != "count" or m.start in taken or m.value < 100:
            continue
        # the count just before: the sentence's own ("... only 900 US troops in Syria, ... the real number was 2,000"),
        # else the last of the sentence before
        own = next((f for f in reversed(figures) if f.end <= m.start), None)
        last = own or (earlier[0] if earlier else None)
        if last is None or last.metric not in PERSONNEL_METRICS:
            continue
        left = m.hedge_start if m.hedge_start is not None else m.start
        if not (_SAME_COUNT_BEFORE_RE.search(ctx.norm, max(sent.start, left - 80), left)
                or own is not None and (_UP_FROM_BEFORE_RE.search(ctx.norm, max(sent.start, left - 80), left)
                                        or _LATER_CHANGED_TO_RE.fullmatch(ctx.norm, own.end, left) or _AND_TO_NEXT_RE.fullmatch(ctx.norm, own.end, left))) \
                or _COMPONENT_AFTER_RE.match(ctx.norm, m.end):
            continue
        made = make(ctx, si, m, last.metric, last.country_iso3, "pair", "personnel:same-count-later", host=last.host_iso3)
        bisect.insort(figures, made, key=lambda f: f.start)


_AGAINST_GAP_RE = re.compile(r"[^;\d]{0,60}?\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+", I)
NOW_AFTER_RE = re.compile(r"\s+(?:now|currently|at\s+present|today)\b", I)  # (the level a text gives for now; followups' too)


# "Kenya has 24,150 military personnel, slightly more than half of Uganda's 45,000", "2,000 voluntary reservists compared
# to Poland's 38,000": another country's count of the same kind, its noun left out
_COMPARED_POSSESSIVE_RE = re.compile(r"\b(?:than|of|to|with|against|versus|vs\.?|behind|below|above)\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})['\u2019]s\s+" + HEDGE + r"$", I)
_COMPARED_END_RE = re.compile(r"\s*(?:[,.;)]|$|\s(?:while|whereas|and|but|respectively)\b)", I)


def _compared_possessive(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], taken: set[int]) -> None:
    """Another country's count set against a head count of the same sentence (see _COMPARED_POSSESSIVE_RE)."""
    sent = ctx.sentences[si]
    for m in numbers:
        left = m.hedge_start if m.hedge_start is not None else m.start
        own = next((f for f in reversed(figures) if f.end <= left and f.start >= sent.start), None)
        if (m.kind != "count" or m.start in taken or m.value < 100 or own is None or own.metric not in ("active_personnel", "reserve_personnel")
                or not _COMPARED_END_RE.match(ctx.norm, m.end, sent.end)):
            continue
        who = _COMPARED_POSSESSIVE_RE.search(ctx.norm, max(own.end, left - 80), left)
        owner = next((c.iso3 for c in ctx.country_mentions(who.start("who"), who.end("who")) if c.kind != "alliance"), "") if who else ""
        if owner and owner != own.country_iso3:
            bisect.insort(figures, make(ctx, si, m, own.metric, owner, "pair", "personnel:compared-level"), key=lambda f: f.start)
            taken.add(m.start)


def _retake_next_level(ctx: Context, si: int, m: NumberMention, figures: list[Figure]) -> None:
    """ "grew to 1,700 soldiers in 2003 and to 2,400 in 2004": the next level of the deployment just read, though the
    count alone was read as another metric (a strength, with no place of its own)."""
    own = next((f for f in reversed(figures) if f.end <= m.start), None)
    at = next((k for k, f in enumerate(figures) if f.start == m.start), None)
    left = m.hedge_start if m.hedge_start is not None else m.start
    if (own is None or at is None or own.metric != "troops_deployed" or figures[at].metric == own.metric
            or not _AND_TO_NEXT_RE.fullmatch(ctx.norm, own.end, left)):
        return
    figures[at] = make(ctx, si, m, own.metric, own.country_iso3, "pair", "personnel:same-count-later", host=own.host_iso3)


_HAS_NEXT_GAP_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:peace-?keepers|troops|soldiers|personnel)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                              r"(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+(?:has|had|with)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?")
# "South Africa is sending 270 troops to Mozambique, | Botswana | 108, Lesotho 70": the next country, its count bare
_BARE_NEXT_GAP_RE = re.compile(r"(?:\s+(?:[\w-]+\s+){0,2}?(?:peace-?keepers|troops|soldiers|personnel|members)(?:\s+(?:to|in)\s+(?:the\s+)?"
                               r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                               r"(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*,?\s+")
_FOLLOWING_GAP_RE = re.compile(r"(?:\s+(?:peace-?keepers|troops|soldiers|personnel)(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?)?"
                               r"\s*,?\s+(?:following|behind|after|ahead\s+of|trailing)\s+"
                               r"(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})['\u2019]s\s+")
_HAS_NEXT_END_RE = re.compile(r"(?:\s+(?:peace-?keepers|troops|soldiers|personnel))?\s*(?:,|\.|;|\band\b|$|(?<=\s)[-\u2013\u2014]\s|\))", I)
_ARE_FROM_RE = re.compile(r"\s+(?:are|were|come|came)\s+from\s+(?:the\s+)?")
_FOLLOW_UPS_GAP_RE = re.compile(r"[^.;\d]{0,60}")  # no other number or sentence end between the two shares


def next_country_share(ctx: Context, si: int, b: NumberMention, b_left: int, before: Figure) -> Figure | None:
    """The next country's share after one just read: "7,968 of them are from Bangladesh, 8,298 are from Pakistan";
    "Nepal has 5,682 peacekeepers, India has 5,353 and Pakistan has 4,440 troops"."""
    norm = ctx.norm
    from_next = _ARE_FROM_RE.match(norm, b.end) if "of-them" in before.method else None
    if from_next and _FOLLOW_UPS_GAP_RE.fullmatch(norm, before.end, b.start):
        owner = next((c.iso3 for c in ctx.country_mentions(from_next.end(), from_next.end() + 40)
                      if c.start == from_next.end()), "")
        if owner and owner != before.country_iso3:
            return make(ctx, si, b, before.metric, owner, "pair", before.method.split(" ")[0], host=before.host_iso3)
    has_next = (_HAS_NEXT_GAP_RE.fullmatch(norm, before.end, b_left)
                if before.metric == "troops_deployed" else None)  # ("the US with around 18,000 troops and Britain with 8,000")
    has_next = has_next or (_BARE_NEXT_GAP_RE.fullmatch(norm, before.end, b_left) or _FOLLOWING_GAP_RE.fullmatch(norm, before.end, b_left)
                            if before.metric == "troops_deployed" else None)  # ("with 1,099 soldiers, following Indonesia's 1,232")
    if has_next and _HAS_NEXT_END_RE.match(norm, b.end):
        owner = next((c.iso3 for c in ctx.country_mentions(has_next.start("who"), has_next.end("who"))
                      if c.kind != "alliance"), "")
        if owner and owner != before.country_iso3:
            return make(ctx, si, b, "troops_deployed", owner, "pair", before.method.split(" ")[0], host=before.host_iso3)
    return None


# "Number of people in the military: 10,000 (compared 73,000 in Argentina and 2,285,000 in China)": after a comparison
# word the counts are other countries' levels of the same kind, not the first country's troops there
_COMPARED_RE = re.compile(r"\b(?:compared|versus|vs\.?)(?=\s)", I)


def count_in_place(ctx: Context, si: int, b: NumberMention, before: Figure, host: str) -> Figure | None:
    """The count ``b`` that follows the head count ``before`` and is followed by "in <host>": the host's own level
    of the same kind when a comparison word stands between them (none when ``before`` is a deployment), otherwise
    the owner's troops there ("10,000 in Iraq and 3,000 in Syria")."""
    if before.method.startswith("personnel:compared-level") or _COMPARED_RE.search(ctx.norm, before.end, b.start):  # (the list goes on)
        return None if before.metric == "troops_deployed" else make(ctx, si, b, before.metric, host, "pair",
                                                                     "personnel:compared-level")
    if before.metric == "troops_deployed" and host and host == before.host_iso3 and b.value < before.value:
        return None  # "About 52,000 U.S. troops are stationed in these bases, 26,000 in mainland and 25,000 in Okinawa": parts
    return make(ctx, si, b, "troops_deployed", before.country_iso3, "pair", "personnel:elliptical-deployment", host=host)


# "North Korea has an estimated 1.2 million armed personnel, compared to about 650,000 in the South": the count compared
# with a strength, followed by "in" and another country, is that country's own strength
_IN_PLACE_AFTER_RE = re.compile(r"\s+in\s+", I)
# "ISAF has 8,000 troops from 35 countries": a count of countries after a head count, no head count of its own
COUNTRIES_AFTER_RE = re.compile(r"\s+(?:other\s+|different\s+|allied\s+|partner\s+)?(?:countries|nations|states|member\s+states|allies)\b", I)


def own_level_in_place(ctx: Context, b: NumberMention, owner: str) -> list:
    """The country (not ``owner``, not an alliance) named right after "in" after count ``b``; else []."""
    found = _IN_PLACE_AFTER_RE.match(ctx.norm, b.end)
    if found is None:
        return []
    return [c for c in ctx.country_mentions(found.end(), found.end() + 40) if c.start == found.end() and c.kind != "alliance" and c.iso3 != owner][:1]


# "The largest number is deployed in Asia and the Middle East: 1,135 in the UNIFIL mission in Lebanon, 914 for ..."
_DEPLOYED_COLON_RE = re.compile(r"\b(?:deployed|stationed|serving|based)\b[^.;:\d]{0,80}:\s", I)
_INCLUDES_OPEN_RE = re.compile(r"\W{0,8}(?:this|these|they|those)\s+(?:includes?|included|comprises?|comprised)\s", I)
_ITEM_START_RE = re.compile(r"\s+(?:in|for|to|at|with)\s", I)
_ITEM_END_RE = re.compile(r"\s*[,;]|\s+and\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", I)  # ("113 in Iraq and seven as ...")


def colon_list_deployment(ctx: Context, si: int, b: NumberMention, previous: list[Figure]) -> Figure | None:
    """A count in a list after a deployment verb and a colon, its item naming a country ("deployed in Asia and the
    Middle East: 1,135 in the UNIFIL mission in Lebanon, 914 for Resolute Support in Afghanistan"): a deployment
    there of the owner of the deployments counted in the sentences just before."""
    sent = ctx.sentences[si]
    if b.kind != "count" or not _ITEM_START_RE.match(ctx.norm, b.end):
        return None
    includes = _INCLUDES_OPEN_RE.match(ctx.norm, sent.start, b.start)  # (the breakdown counts even a handful: "two in Bahrain")
    if b.value < (1 if includes else 20):
        return None
    if _DEPLOYED_COLON_RE.search(ctx.norm, sent.start, b.start) is None and not includes:
        return None  # (or a sentence that opens as the breakdown of the deployment before: "This includes 13 in Afghanistan, ...")
    anchor = next((f for f in reversed(previous) if f.metric == "troops_deployed"), None)
    if anchor is None:
        return None
    end = _ITEM_END_RE.search(ctx.norm, b.end, min(sent.end, b.end + 90))
    hosts = [c.iso3 for c in ctx.country_mentions(b.end, end.start() if end else min(sent.end, b.end + 90))
             if c.kind != "alliance" and c.iso3 != anchor.country_iso3]
    if not hosts:
        return None
    host = hosts[0] if len(set(hosts)) == 1 else ""  # ("1,018 for Prima Parthica in Iraq and Kuwait": no single host)
    return make(ctx, si, b, "troops_deployed", anchor.country_iso3, "pair", "personnel:colon-list-deployment", host=host)


# "The second batch of 203 soldiers will leave next week, bringing the number of Ghanbatt 2 to 403": the new level of
# the deployment stated just before, whatever name its unit goes by, once more troops are added to it
_NEW_TOTAL_BEFORE_RE = re.compile(r"\b(?:bringing|raising|increasing|taking|boosting)\s+(?:the\s+)?(?:number|total|strength|size)\s+of\s+"
                                  r"[^.;]{1,50}?\s+to\s+" + HEDGE + r"$", I)
_ADDED_COUNT_RE = re.compile(r"\b\d[\d,.]*\s+(?:more\s+|additional\s+|extra\s+)?(?:soldiers|troops|personnel|peacekeepers|servicemen|service\s+members)\b", I)


def new_total_deployment(ctx: Context, si: int, b: NumberMention, previous: list[Figure]) -> Figure | None:
    """The total a deployment is brought to by troops added in the same sentence, its owner and host those of the
    deployment the sentences just before stated (the total must exceed it)."""
    sent = ctx.sentences[si]
    left = b.hedge_start if b.hedge_start is not None else b.start
    if b.kind != "count" or b.value < 20 or not _NEW_TOTAL_BEFORE_RE.search(ctx.norm, max(sent.start, left - 120), left):
        return None
    if not _ADDED_COUNT_RE.search(ctx.norm, sent.start, left):
        return None
    anchor = next((f for f in reversed(previous) if f.metric == "troops_deployed" and f.host_iso3), None)
    if anchor is None or b.value <= anchor.value:
        return None
    return make(ctx, si, b, "troops_deployed", anchor.country_iso3, "pair", "personnel:new-total-deployment", host=anchor.host_iso3)


def deployment_follow_up(ctx: Context, si: int, b: NumberMention, previous: list[Figure]) -> Figure | None:
    """A count that continues the deployments just stated: an item of a list after a colon, or their new total."""
    return colon_list_deployment(ctx, si, b, previous) or new_total_deployment(ctx, si, b, previous)


gate_all(globals())
