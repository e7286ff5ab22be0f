"""Stage 4, attribution: whose figure it is (owner), from the words bound to it outward to the article."""

from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction.actors import is_foe, is_hosting
from dashboard.extraction.context import LEADING_CLAUSE_RE, Context, caption_country, heading_country, sentence_subject
from dashboard.extraction.currencies import AMBIGUOUS_CURRENCY_COUNTRY, CURRENCY_COUNTRY, CURRENCY_USERS
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.places import ANAPHORIC_PLACE_RE, THE_CONTINGENT_RE, is_origin, named_as_no_host, placed_hosts
from dashboard.extraction.relative_owner import (
    antecedent_country,
    in_closed_aside,
    opening_country,
    overtaken,
    possessor_of_amount,
    relative_owner,
    spender_before,
    subject_before_its,
)
from dashboard.extraction.vocab import HEDGE, OTHER_COUNT_BEFORE_RE, I
from dashboard.extraction.vocab_personnel import COUNTED_FORCES_AFTER_RE, IN_PLACE_WITH_RE


def find_owner(ctx: Context, si: int, m: NumberMention, host: str, bound: list[geo.CountryMention],
           currency: str = "", sibling: str = "") -> tuple[str, str]:
    """Whose figure: (iso3, how it was found).

    In order: a country word bound to the number ("U.S. troops"); a pronoun's antecedent; the nearest country named as
    an actor earlier in the sentence (an alliance only when no country is named: "Ankara maintains NATO's second-largest
    army of 355,000" is Turkey's); a currency that belongs to one country; another figure of the sentence; the previous
    sentences; a country named later in the sentence; the dateline; and last, the article's main country.
    """
    for c in bound:
        if c.iso3 != host:
            return c.iso3, "bound"
    if currency and (possessor := possessor_of_amount(ctx, si, m, host)):
        return possessor, "bound"  # ("compared to Algeria's $24.6 billion defence budget")
    sent = ctx.sentences[si]
    budget_of = _BUDGET_OF_AFTER_RE.match(ctx.norm, m.end) if currency else None  # "the one billion dollar defense budget of Azerbaijan"
    named = [c for c in ctx.country_mentions(budget_of.end(), budget_of.end() + 40) if c.start == budget_of.end() and c.iso3 != host] if budget_of else []
    if named:
        return named[0].iso3, "bound"
    if si and _ITS_BUDGET_OPENS_RE.match(ctx.norm, sent.start, m.start) and (before_subject := sentence_subject(ctx, si - 1)) not in ("", host):
        return before_subject, "pronoun"  # "However, its defense budget is ... bigger than Armenia's and is expected to total": the one before's
    before = ctx.norm[max(sent.start, m.start - 300):m.start]
    relative = relative_owner(ctx, si, m, host)  # "the Algerian Army, whose ...", "Israel, which ... spent $18.2bn"
    if relative is not None:
        return relative
    if _FIND_OWNER_RE1.search(before) or _FIND_OWNER_RE2.search(before):
        subject = subject_before_its(ctx, si, m, host) or subject_for_pronoun(ctx, si, m.start, host)
        if subject == "NATO":  # ("The NATO report showed that Romania did not reach ... when it spent 2.01 per cent of its GDP")
            subject = next((c.iso3 for c in reversed(ctx.country_mentions(sent.start, m.start))
                            if c.kind != "alliance" and c.iso3 != host and not ctx.is_place(c)), subject)
        if subject and (not currency or CURRENCY_COUNTRY.get(currency, subject) == subject):  # ("it requested 4.69 trillion yen": Japan's)
            return subject, "pronoun"
    by_currency = CURRENCY_COUNTRY.get(currency) if currency else None
    if by_currency and by_currency != host:  # won, yen, NT$: one country's money, whoever else the sentence names;
        users = CURRENCY_USERS.get(currency, ())  # but kroner in a sentence about Denmark are Denmark's
        local = spender_before(ctx, si, m, host) or next((c.iso3 for c in ctx.country_mentions(sent.start, sent.end) if c.iso3 in users and not ctx.is_place(c)), "")  # ("the U.S spent £419 billion": a paper's own pounds, the spender named)
        return local or (ctx.main_country if ctx.main_country in users else "") or by_currency, "currency"
    said = HOME_ANAPHOR_RE.search(before[-80:])  # ("the government", "the ministry": the article's own, never the country just named)
    anaphor = home_meant(ctx, si, said.group(0)) if said else ""
    if anaphor and anaphor != host:
        return anaphor, "article"  # "the nation had about 215,000 personnel": the country the article is written in and about
    line = ctx.norm.rfind("\n", sent.start, m.start) + 1
    line = max(sent.start, ctx.norm.rfind("\n", sent.start, line - 1) + 1) if line and not ctx.norm[line:m.start].strip() else line  # (under its label)
    if line and ctx.main_country not in ("", host) and _ROW_LINE_RE.fullmatch(ctx.norm, line, m.start):
        return heading_country(ctx, si) or ctx.main_country, "article"  # a factbook row ("Military expenditures - percent of GDP:
        # 1,6%") of the country its heading names, else of the article's country
    if si and _OF_THEM_LEAD_RE.match(ctx.norm, sent.start, m.start):  # "A total of 8,675 Indian Army soldiers serve with
        subject = sentence_subject(ctx, si - 1)  # UN forces. Of them, 3,756 are deployed in Congo": the troops just counted
        if subject and subject != host:
            return subject, "previous"
    lead = LEADING_CLAUSE_RE.match(ctx.norm, sent.start, m.start)
    # the last actor before the number, a country before an alliance (scanned back from the number: stops early)
    last_actor = None
    row = ctx.norm.rfind("\n", sent.start, m.start) + 1  # a pipe table's row ("Budget | €249,000,000"): its own line only
    for c in ctx.mentions_backward(row if row and "|" in ctx.norm[row:m.start] else lead.end() if lead else sent.start, m.start):
        if c.iso3 != host and not ctx.is_place(c) and not is_foe(ctx.norm, c) and not overtaken(ctx, sent.start, c) and not (  # (nor a citation's city:
                ctx.norm.rfind("[", sent.start, c.start) > ctx.norm.rfind("]", sent.start, c.start) or in_closed_aside(ctx.norm, max(sent.start, c.start - 300), c, m.start)):  # "[IISS, London, p. 445]"; an aside closed before the number: "(... for U.S. military bases), 1.3% lower")
            if c.kind != "alliance":
                return c.iso3, "sentence"
            last_actor = last_actor or c
    if last_actor is not None or row and "|" in ctx.norm[row:m.start] and (caption := caption_country(ctx, si)) not in ("", host):
        return last_actor.iso3 if last_actor else caption, "sentence"  # (a row naming none: its caption's, "Estonian Defence Forces | |")
    if lead:  # "Under the GHANBATT 85 of UNIFIL, 850 officers are deployed": a demonym in the leading clause, no other actor
        named = [c for c in ctx.mentions_backward(sent.start, lead.end()) if c.kind == "demonym" and c.iso3 != host and not ctx.is_place(c)]
        if named:
            return named[0].iso3, "sentence"
    if ctx.subject_by_sentence.is_anaphoric(si) and ctx.subject_by_sentence.get(si) not in ("", host, None):
        return ctx.subject_by_sentence[si], "article"  # the sentence's subject is "the nation", "the island state"...
    by_currency = CURRENCY_COUNTRY.get(currency) if currency else None
    if by_currency and by_currency != host:
        return by_currency, "currency"
    if not host and not COUNTED_FORCES_AFTER_RE.match(ctx.norm, m.end):  # a sentence may open on its country as a place: "Meanwhile, in South Korea, the budget shows..."
        topic = TOPIC_PLACE_RE.match(ctx.norm, ctx.norm.rfind(";", sent.start, m.start) + 1 or sent.start, m.start)  # (a clause's own: "...; in Britain, US$48.8 billion")
        places = [c for c in ctx.country_mentions(topic.start("place"), topic.end("place"))
                  if c.kind != "alliance"] if topic else []
        if places:
            return places[0].iso3, "sentence-place"
    if sibling and sibling != host:
        return sibling, "same-sentence-figure"
    shared_by = CURRENCY_USERS.get(currency) if currency else None
    heading = heading_country(ctx, si) if not host else ""
    if heading:
        return heading, "heading"  # "Algeria" on a line of its own, then "Active personnel: 520,000"
    if _FRONTED_COUNT_RE.match(ctx.norm, sent.start, m.start):  # "Comprising around 44,000 troops - ..., the Armenian
        after = next((c for c in ctx.mentions_forward(m.end, sent.end)  # military relies on...": the subject after the phrase
                      if c.iso3 != host and c.kind != "alliance" and not ctx.is_place(c)), None)
        if after is not None:
            return after.iso3, "sentence-after"
    if si and ctx.sentences[si - 1].paragraph == sent.paragraph:
        subject = sentence_subject(ctx, si - 1)
        if subject == "NATO" and ctx.main_country and ctx.main_country not in ("NATO", host) or currency and ctx.main_country not in ("", subject, host) \
                and _FORCES_IN_THE_COUNTRY_RE.search(ctx.norm, ctx.sentences[si - 1].start, ctx.sentences[si - 1].end):
            subject = ctx.main_country  # "ready to safeguard NATO's interests. The 4,800-strong contingent...": not NATO's own; nor the money of a country that "deployed 4,000 troops in the country" the article is about
        if subject and subject != host and (shared_by is None or subject in shared_by):
            return subject, "previous"
    first_after = None  # the first actor after the number, a country before an alliance
    aside_at = _ASIDE_CLAUSE_RE.search(ctx.norm, m.end, sent.end)  # ("jacked up by 6 per cent ... amid expectations that the US
    stop = aside_at.start() if aside_at else sent.end  # government will": the aside's actors)
    at = m.hedge_start if m.hedge_start is not None else m.start  # ("approximately 80,000 active troops (...) (2022)")
    row = ctx.norm.rfind("\n", max(0, at - 40), at) + 1 or (0 if at <= 40 else at - 41)  # (bounded: linear)
    if (eol := ctx.norm.find("\n", m.end, stop)) >= 0 and (not ctx.norm[row:at].strip(" \t~") and ctx.norm[m.end:eol].rstrip().endswith(")")
                                                          or _ROW_CLOSE_RE.search(ctx.norm, m.end, eol)):  # (or "... personnel (2023)", "| 66,000 |")
        stop = eol  # a row that opens with its figure and closes a bracket ("5.1% of GDP (2018 est.)"): the lines below are rows
        # of their own (a hard-wrapped sentence whose line happens to open with the number reads on)
    for c in ctx.mentions_forward(m.end, stop):  # (not "to replace the 380 Austrian troops": a demonym right after another count owns that)
        if c.iso3 != host and not ctx.is_place(c) and not is_foe(ctx.norm, c) and not OTHER_COUNT_BEFORE_RE.search(ctx.norm, max(m.end, c.start - 16), c.start):
            if c.kind != "alliance":
                return c.iso3, "sentence-after"
            first_after = first_after or c
    subject = sentence_subject(ctx, si - 1, sent.paragraph if ctx.main_country not in ("", host) else None) if si else ""
    if subject == "NATO" and currency != "USD" and ctx.main_country not in ("", "NATO", host):
        subject = ctx.main_country  # euros after a sentence on NATO's forces: the article's country's budget, not NATO's
    if subject and subject != host and (shared_by is None or subject in shared_by):
        return subject, "previous"
    if ctx.dateline and ctx.dateline != host and (shared_by is None or ctx.dateline in shared_by):
        return ctx.dateline, "dateline"
    if shared_by and ctx.main_country in shared_by and ctx.main_country != host:
        return ctx.main_country, "article"  # rupees in a story about Pakistan are Pakistan's
    if (ctx.home_country and not ctx.main_country and ctx.home_country != host
            and (shared_by is None or ctx.home_country in shared_by)):
        return ctx.home_country, "article"  # "Rs2,128 billion" in a Pakistani paper that names no country: its own
    by_currency = AMBIGUOUS_CURRENCY_COUNTRY.get(currency) if currency else None
    if by_currency and by_currency != host:
        return by_currency, "currency"
    if first_after is not None and not (ctx.main_country and ctx.main_country != host):
        # an alliance named after the figure ("..., which is the number recommended by NATO") owns it only
        # when the article is about no country
        return first_after.iso3, "sentence-after"
    if ctx.main_country and ctx.main_country != host:
        return ctx.main_country, "article"
    if first_after is not None:
        return first_after.iso3, "sentence-after"
    return "", "none"


def subject_for_pronoun(ctx: Context, si: int, pos: int, host: str) -> str:
    sent = ctx.sentences[si]
    for c in ctx.mentions_forward(sent.start, pos):
        if c.iso3 != host and not ctx.is_place(c):
            return c.iso3
    topic = TOPIC_PLACE_RE.match(ctx.norm, sent.start, pos)  # "As for Spain in particular, its annual military spending"
    named = [c.iso3 for c in ctx.country_mentions(topic.start("place"), topic.end("place")) if c.kind != "alliance"] if topic else []
    return named[0] if named and named[0] != host else sentence_subject(ctx, si - 1) if si else ""


_ABROAD_INCLUDING_RE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:abroad|overseas|in\s+(?:foreign|international|overseas)\s+(?:peace[\s-]?keeping\s+)?"
                                  r"(?:missions?|operations?)|in\s+(?:foreign|other)\s+countries(?:\s+as\s+part\s+of\s+[^.;,\d]{3,50}?)?)\s*,?\s+(?:including|among\s+them|of\s+whom)\b"
                                  # "has deployed about 1,300 of its troops in about 15 nations including Lebanon": all of them
                                  r"|,?\s+(?:[\w-]+,?\s+){0,4}?(?:in|to)\s+(?:about\s+|some\s+|around\s+|over\s+|more\s+than\s+)?(?:\d{1,3}|two|three|four|"
                                  r"five|six|seven|eight|nine|ten|a\s+dozen|various|several|many|numerous|different)\s+(?:of\s+(?:the|its)\s+(?:\d{1,3}\s+)?)?(?:(?:(?-i:[a-z])[\w-]*|UN|U\.N\.)\s+){0,3}?(?:nations|countries|missions|places|locations|theat(?:re|er)s|operations)\b", I)
_OF_THEM_LEAD_RE = re.compile(r"\W*(?:of\s+(?:them|these|those)|among\s+(?:them|these|those))\s*,?\s*" + HEDGE + r"$", I)
GOVERNMENT_RE = re.compile(r"\b(?:ministry|government|cabinet)\b", I)
_IN_THE_COUNTRY_RE = re.compile(r"\b(?:in|into|to)\s+the\s+country\b", I)
_HEADING_FIRST_RE = re.compile(r"\s*([A-Z][A-Z .'&-]{2,40}?)[ \t]*\n")

_BREAKDOWN_RE = re.compile(r"\s(?:[\u2013\u2014]|-(?=\s)|:)\s*(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,.\u00a0 ]*\s+(?:in|to|at)\s")
_ALREADY_THERE_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:are|is|were|was)\s+)?(?:already|currently|now|still)\s+(?:there|on\s+the\s+ground)\b", re.I)


def host_near(ctx: Context, si: int, m: NumberMention, owner_hint: str) -> tuple[str, str]:
    """(host, how) for a personnel count whose host is not next to it, or ("", "").

    In order: a host phrase or a country named as a place ("in Lithuania", "to Guam") in the
    same sentence, nearest to the number; then, when the sentence points back ("there", "in the
    country", "the Baltic country") or has no place at all, the last place named in up to three
    sentences before. The owner is never its own host.
    """
    sent = ctx.sentences[si]
    if _ABROAD_INCLUDING_RE.match(ctx.norm, m.end, min(sent.end, m.end + 120)):
        return "", "several-hosts"  # "700 peacekeepers are serving in foreign missions, including 350 in KFOR": all of them
    candidates: list[tuple[int, str]] = []
    breakdown = _BREAKDOWN_RE.search(ctx.norm, m.end, sent.end)  # ("2,650 stationed in Africa - 950 in Chad": not a part's place)
    stop = breakdown.start() if breakdown else sent.end
    candidates += [(abs(h.start - m.start), h.host) for h in placed_hosts(ctx.norm, sent.start, stop)]
    for c in ctx.country_mentions(sent.start, stop):
        if (ctx.is_place(c) or is_hosting(ctx.norm, c) and "," in ctx.norm[c.end:m.start]) and c.kind != "alliance" and not is_origin(ctx, si, c) and not named_as_no_host(ctx, c):
            candidates.append((abs(c.start - m.start), c.iso3))  # ("193 troops from India": where they come from)
    candidates = [(d, h) for d, h in candidates if h and h != owner_hint]
    with_at = IN_PLACE_WITH_RE.search(ctx.norm, max(sent.start, m.start - 70), m.start)  # "in Afghanistan with 400 men and in Iraq
    named = [c.iso3 for c in ctx.country_mentions(with_at.start(), with_at.end()) if c.iso3 != owner_hint] if with_at else []
    if named:  # with 450 men": the place the count comes with, not the nearest one after it
        return named[-1], "host-in-sentence"
    if candidates and _ALREADY_THERE_RE.match(ctx.norm, m.end, min(sent.end, m.end + 60)) and not any(
            h.start > m.start for h in placed_hosts(ctx.norm, m.start, sent.end)) and not any(
            ctx.is_place(c) for c in ctx.country_mentions(m.start, sent.end)):
        candidates = []  # "drawn from the garrison in Nigeria's capital, is to join some 150 Rwandan troops already there":
        # the place the sentence points back to, not one its other clause names
    if candidates or breakdown:  # (a breakdown with no place before it: the total of several hosts)
        if not candidates or listed_hosts(ctx, sent, {h for _, h in candidates}):
            return "", "several-hosts"  # "in missions from South Sudan to the Central African Republic"
        return min(candidates)[1], "host-in-sentence"
    head = _HEADING_FIRST_RE.match(ctx.norm, sent.start, m.start)  # "OMAN\nAbout 2,400 U.S. troops are here"
    named = [c.iso3 for c in ctx.country_mentions(head.start(1), head.end(1)) if c.kind != "alliance"] if head else []
    if len(named) == 1 and named[0] != owner_hint:
        return named[0], "host-heading"
    # "The contingent has 5,500 personnel": the contingent the article is about, however far back its host was named
    reach = si + 1 if THE_CONTINGENT_RE.search(ctx.norm, sent.start, m.start) else 4
    for back in range(1, reach):
        if si - back < 0:
            break
        prev = ctx.sentences[si - back]
        if (heading := heading_country(ctx, si - back + 1, 1, rows_only=False)) and heading != owner_hint:
            return heading, "host-heading"  # "OMAN" on a line of its own, then "... are here"
        places = [(h.start, h.host) for h in placed_hosts(ctx.norm, prev.start, prev.end)]
        places += [(c.start, c.iso3) for c in ctx.country_mentions(prev.start, prev.end)
                   if (ctx.is_place(c) or is_hosting(ctx.norm, c)) and c.kind != "alliance" and not named_as_no_host(ctx, c)]
        places = [(s, h) for s, h in sorted(places) if h != owner_hint]
        if places:
            return places[-1][1], "host-previous-sentence"
    if ctx.dateline and ctx.dateline != owner_hint and ANAPHORIC_PLACE_RE.search(ctx.norm, sent.start, sent.end):
        return ctx.dateline, "host-dateline"  # "SEOUL -- ... 28,500 troops on the peninsula"
    if ctx.main_country not in ("", owner_hint) and _IN_THE_COUNTRY_RE.search(ctx.norm, sent.start, sent.end):
        return ctx.main_country, "host-article"  # "Efforts to build Mali's army ... The US has increased its troop
        # numbers in the country to more than 1,700": the country the article is about
    return "", ""


def home_meant(ctx: Context, si: int, said: str) -> str:
    """The country "the nation", "the country" or "the ministry" (``said``) of sentence ``si`` means: a listicle's
    heading ("4 South Africa"); else, but never for the government or ministry, the country the sentence before opens
    with ("El Salvador is increasing its commitment. The country is sending ..."); else the publisher's home country;
    else the one other country the sentence before names; else the article's own."""
    own = not GOVERNMENT_RE.search(said)
    home = ctx.home_country
    if home and _FORCES_PROPER_RE.search(said):
        return home  # a national paper's "the Defence Forces", capitalised and unqualified: its own country's
    if home and ctx.main_country not in ("", home) and ctx.sentences:  # a British paper's "Belgium's Military: How It
        head = ctx.sentences[min(2, len(ctx.sentences) - 1)]  # Stacks Up": the country its headline names is the one its "the
        named = {c.iso3 for c in ctx.country_mentions(0, head.end) if c.end <= 300 and not ctx.is_place(c)}  # country" means (a dateline may come first; a place is no subject)
        home = home if home in named or ctx.main_country not in named else ""
    return (heading_country(ctx, si, 4, rows_only=False) or own and opening_country(ctx, si) or home
            or own and antecedent_country(ctx, si, ctx.main_country) or ctx.main_country)


_ROW_LINE_RE = re.compile(r"(?-i:[A-Z])[\w ,()/'-]{0,60}\b(?:expenditures?|budget|spending|GDP)\b[\w ,()/'-]{0,40}:\s*" + HEDGE, re.I)  # a money row
# "the nation", "the country", "the island", and a national paper's "the ministry": the article's own country
HOME_ANAPHOR_RE = re.compile(  # ("in the country", "to the country": a place, the owner is named elsewhere)
    r"(?<!\bin\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bacross\s)\b(?:the|this)\s+(?:nation|country|island|island\s+state|city-state|kingdom|ministry|defen[cs]e\s+ministry|"
    r"government(?!\s+of\s+(?-i:[A-Z]))|cabinet|military\s+(?=consists|comprises|numbers|has\b))(?:'s)?\s*(?:[\w,-]+\s+){0,6}?" + HEDGE + r"$", I)  # ("the government of Peru": named)
_FORCES_PROPER_RE = re.compile(r"(?-i:Defen[cs]e\s+Forces|Armed\s+Forces)$")
HOME_SUBJECT_RE = re.compile(r"\b(?:the|this)\s+(?:nation|country|island|island\s+state|city-state|kingdom|ministry|"
                             r"defen[cs]e\s+ministry|government|cabinet|(?-i:Defen[cs]e\s+Forces|Armed\s+Forces))\b", I)
# A sentence opening on a phrase that holds the count, its subject after it: "Comprising around 44,000 troops, the ..."
_FRONTED_COUNT_RE = re.compile(r"\W*(?:comprising|numbering|with|boasting|fielding|counting)\s+" + HEDGE + r"$", I)
TOPIC_PLACE_RE = re.compile(r"\s*(?:(?:meanwhile|elsewhere|separately|also|and|but|yet|however|whereas|by\s+contrast|in\s+contrast)\s*,?\s*)?(?:in|for|as\s+for|as\s+regards|regarding|turning\s+to)\s+"
                            r"(?P<place>[^,;.]{2,40})(?:,|(?=\s+the\s+(?:cut|increase|rise|reduction|decrease|drop|hike|growth)\s+(?:was|is)\b))", I)  # ("In Argentina the cut was")
def listed_hosts(ctx: Context, sent, hosts: set[str]) -> bool:
    """True when the sentence lists several hosts together ("from Mali to Niger", "Iraq and Afghanistan")."""
    if len(hosts) < 2:
        return False
    places = sorted((c.start, c.end, c.iso3) for c in ctx.country_mentions(sent.start, sent.end) if c.iso3 in hosts)
    for (_, end, a), (start, _, b) in zip(places, places[1:], strict=False):
        if a != b and _LISTED_HOSTS_RE1.fullmatch(ctx.norm[end:start]):
            return True
    return False


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_BUDGET_OF_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:defen[cs]e|military)\s+(?:budget|spending)\s+of\s+(?:the\s+)?", I)
_ITS_BUDGET_OPENS_RE = re.compile(r"\W*(?:(?:However|But|Meanwhile|Still|Yet|And)\s*,?\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:budget|spending|expenditures?)\b", I)
_ROW_CLOSE_RE = re.compile(r"(?:\((?:19|20)\d\d(?:\s+est\.?)?\)|(?<=\S)[ \t]*\|)[ \t]*$")
_FORCES_IN_THE_COUNTRY_RE = re.compile(r"\b(?:deployed|stationed|based|kept|keeps|maintains|maintained)\b[^.;]{0,60}\bin\s+the\s+country\b|\b(?:stationed|based)\s+in\s+(?-i:[A-Z])|\bburied\b|\b(?:provides?|provided|gives?|gave|offers?|offered)\s+(?:[\w-]+\s+){0,4}?(?:training|assistance|aid|advisers|advisors)\b", I)  # (a helper's)
_FIND_OWNER_RE1 = re.compile(r"\b(?:its|their)\s+" + HEDGE + r"$", I)
_FIND_OWNER_RE2 = re.compile(r"\b(?:it|they)\s+\w+\s+" + HEDGE + r"$", I)
_LISTED_HOSTS_RE1 = re.compile(r"\s*(?:,|and|to|or|,\s*and)\s+(?:(?:in|to)\s+)?(?:the\s+)?", I)


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())


# a clause that hangs off the main one and names its own actors: none of them owns the figure before it
_ASIDE_CLAUSE_RE = re.compile(r"\b(?:amid|despite|although|whereas|(?:before|after|since)\s+the\s+(?:start|beginning|outbreak|launch|end)\s+of|as\s+against|versus|unlike)\b", re.I)
