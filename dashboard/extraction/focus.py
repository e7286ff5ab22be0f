"""The country an article is about: its title, lede, publisher, address and currencies weighed (see article_focus)."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from dashboard.extraction import countries as geo
from dashboard.extraction.actors import is_foe, maker_or_helper
from dashboard.extraction.currencies import CURRENCY_COUNTRY
from dashboard.extraction.home import LANGUAGE_EDITION_RE, home_country, url_path_words
from dashboard.extraction.numbers import NumberMention, normalize
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.places import WAR_BEFORE_RE, is_place_object
from dashboard.extraction.record import ArticleInfo
from dashboard.extraction.vocab import I

CHROME_RE = re.compile(r"\b(?:donat(?:e|ion|ions)|subscribe|newsletter|cookies)\b", I)  # a page's banner, not its subject
# a publisher that is an institution studying other countries (a college, a library's country studies, an institute)
_INSTITUTION_RE = re.compile(r"\b(?:college|university|institute|library|academy|war\s+college|research\s+(?:service|center|centre)|"
                             r"department\s+of|congress)\b", I)
_RECIPIENT_BEFORE_RE = re.compile(r"\b(?:aid|assistance|support|help|weapons|arms|donations?|supplies|earmarked)\s+(?:[\w-]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?$", I)
_COUNTRY_CODE_PATH_RE = re.compile(r"/countr(?:y|ies)/([a-z]{3})(?:[/?#.]|$)")
_QUOTATION_RE = re.compile(r'"[^"\n]{1,600}"')  # (the normalised text has straight quotes only)


def article_focus(norm: str, sentences: list, mentions: list[geo.CountryMention], numbers: list[NumberMention],
                  info: ArticleInfo | None = None) -> str:
    """The country an article is about, for figures nothing nearer attributes.

    Mentions count more where an article states its subject: the title line and the first sentence (three times; not a
    page's banner, "Make a charitable donation in support of Ukraine!"), and a currency only one country uses counts once
    per amount ("NT$949.5 billion" says Taiwan however often China is named). Alliances count only when none is named.
    """
    counts: Counter[str] = Counter()
    lede_end = sentences[1].end if len(sentences) > 1 else len(norm)
    quoted = [(q.start(), q.end()) for q in _QUOTATION_RE.finditer(norm)] if '"' in norm else []
    quote_starts = [a for a, _ in quoted]
    for c in mentions:
        if c.kind == "alliance" or maker_or_helper(norm, c) or is_foe(norm, c) or WAR_BEFORE_RE.search(norm, max(0, c.start - 25), c.start):
            continue  # ("French ... Scorpene submarines": a maker; "the anniversary of Russia invasion of Ukraine": a foe and a war)
        weight = 3 if c.start < lede_end and not CHROME_RE.search(norm, max(0, c.start - 60), c.end + 60) else 1  # (see quoted:)
        k = bisect.bisect_left(quote_starts, c.start) - 1 if quoted else -1  # (the quotation opened last before it)
        recipient = _RECIPIENT_BEFORE_RE.search(norm, max(0, c.start - 40), c.start)  # ("military aid to Ukraine": a topic)
        counts[c.iso3] += weight / 2 if k >= 0 and c.start < quoted[k][1] or recipient else weight
    for n in numbers:
        owner = CURRENCY_COUNTRY.get(n.currency) if n.kind == "money" else None
        if owner:
            counts[owner] += 1
    if info is not None:  # the title and the publisher's name; else its web domain ("caracol.com.co")
        named = [(c.iso3, w) for words, w in ((info.title, 3), (LANGUAGE_EDITION_RE.sub(" ", info.publisher or ""), 4)) if words
                 for c in geo.gazetteer().find(normalize(words)) if c.kind != "alliance"]
        named += [(c.iso3, 4) for c in geo.gazetteer().find(url_path_words(info.url).title()) if c.kind != "alliance"]  # (".../world/cuba/far.htm", "chile"):
        # as much as the publisher's own country, and before the country of its web domain (".org.uk/Military_of_Laos")
        named += [] if any(w == 4 for _, w in named) or not home_country(info) else [(home_country(info), 4)]
        code = _COUNTRY_CODE_PATH_RE.search(info.url or "")  # (".../countries/dom": a profile page named by its ISO code)
        named += [(code.group(1).upper(), 2)] if code and code.group(1).upper() in geo.gazetteer().countries else []
        abroad = bool(_INSTITUTION_RE.search(info.publisher or "")) and any(
            c.kind != "alliance" and not is_place_object(norm, c) for c in mentions)
        for iso3, weight in named:  # (an institution whose country the text never names, when the text names another
            counts[iso3] += weight // 2 if weight == 4 and abroad and iso3 not in {c.iso3 for c in mentions} else weight
            # country acting: "PKSOI (U.S. Army War College)" on South Sudan's forces; a paper's own nation stays its own)
    if not counts:
        counts.update(c.iso3 for c in mentions if not maker_or_helper(norm, c))
    if not counts:
        return ""
    best = max(counts.values())
    lead = next((c.iso3 for c in mentions if c.kind != "alliance" and c.start < sentences[0].end), "") if sentences else ""
    return lead if counts.get(lead) == best else counts.most_common(1)[0][0]  # a tie goes to the lede's first country


gate_all(globals())
