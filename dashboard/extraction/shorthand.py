"""Country shorthand an article sets up for itself: 'the North' and 'the South' in a story about Korea.

"South Korea's force of 600,000 is much smaller than the North's nearly 1.3 million strong military": once
the article names North Korea (or South Korea), a capitalised 'the North' / 'the South' is that country.
Nothing is added when the article names neither Korea, or names Sudan (whose north and south are two
countries too and would make the shorthand ambiguous).
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.countries import CountryMention

_KOREAS = {"PRK", "KOR"}
_SHORTHAND_RE = re.compile(r"\b[Tt]he\s+(?P<side>North|South)(?:'s|\u2019s)?(?!\s*(?:-|[A-Z]|Korea|Sudan|Africa|Pole|of\b))")
_SIDE = {"North": "PRK", "South": "KOR"}


def korean_shorthand(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` with a mention added for each 'the North' / 'the South' (see the module docstring)."""
    named = {c.iso3 for c in mentions}
    if not named & _KOREAS or named & {"SDN", "SSD"} or ("the North" not in norm and "the South" not in norm
                                                         and "The North" not in norm and "The South" not in norm):
        return mentions
    out = list(mentions)
    starts = [c.start for c in out]
    for m in _SHORTHAND_RE.finditer(norm):
        start = m.start()
        k = bisect.bisect_left(starts, start)
        if k < len(out) and out[k].start < m.end():
            continue  # already part of a longer mention
        out.insert(k, CountryMention(start, m.end("side"), _SIDE[m.group("side")], "short", m.group(0)))
        starts.insert(k, start)
    return out


# "The military alliance requires 2 percent of GDP from the allies" in an article that names NATO: NATO
_THE_ALLIANCE_RE = re.compile(r"\b[Tt]he\s+(?:(?:military|transatlantic|western|Western|defen[cs]e)\s+)?alliance(?!['\u2019]s\s+(?:members|allies))\b"
                             r"(?!\s+(?:said|says|reported|reports|stated|states|estimated|estimates|noted|found)\b)")  # (a source)


def the_alliance(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` with "the (military) alliance" read as NATO when the article names NATO and no other alliance, and
    the words before do not make the alliance a place ("membership of the alliance")."""
    if not any(c.iso3 == "NATO" for c in mentions) or "alliance" not in norm or _OTHER_ALLIANCE_RE.search(norm):
        return mentions
    out = list(mentions)
    starts = [c.start for c in out]
    for m in _THE_ALLIANCE_RE.finditer(norm):
        if _OBJECT_BEFORE_RE.search(norm, max(0, m.start() - 12), m.start()):
            continue  # "a candidate for membership of the Western alliance": the alliance as a place, not an actor
        k = bisect.bisect_left(starts, m.start())
        if k < len(out) and out[k].start < m.end() or k and out[k - 1].end > m.start():
            continue  # part of a longer mention ("the North Atlantic alliance")
        out.insert(k, CountryMention(m.start(), m.end(), "NATO", "alliance", m.group(0)))
        starts.insert(k, m.start())
    return out


_OBJECT_BEFORE_RE = re.compile(r"\b(?:of|to|into|join\w*|in|with|within|from|outside)\s+$", re.I)
_OTHER_ALLIANCE_RE = re.compile(r"\b(?:AUKUS|CSTO|Warsaw\s+Pact|Quad|ASEAN|Alliance\s+of\s+Sahel|Sahel\s+States|SCO)\b")


# The Democratic Republic of the Congo by its places and its UN missions: a bare "Congo" in such an article is the DRC
_DRC_MARKERS_RE = re.compile(r"\b(?:Kinshasa|Katanga|Kivu|Goma|Ituri|Bunia|Kisangani|Lubumbashi|MONUC|MONUSCO|DRC|D\.R\.C\.|"
                             r"M23|FARDC|Bukavu|Uvira|Kasai|Kalemie|Mbandaka|Kabila|Tshisekedi|Mobutu|"
                             r"Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|[Ee]astern\s+Congo)\b")  # (the UN's wars are in the DRC's east)


def congo_by_context(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` with a bare "Congo" read as the DRC when the article names the DRC's places or UN mission
    ("head for Congo ... Katanga province"), and never when it names Brazzaville."""
    if not any(c.iso3 == "COG" for c in mentions) or "Brazzaville" in norm or not _DRC_MARKERS_RE.search(norm):
        return mentions
    return [CountryMention(c.start, c.end, "COD", c.kind, c.text) if c.iso3 == "COG" and c.text.lower() == "congo" else c
            for c in mentions]


_ACRONYM_AFTER_RE = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z]{1,5})\)")


def defined_acronyms(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` with an acronym the text defines for a country read as that country wherever it stands, when the
    table gives it to another: "Republic of Congo (ROC) ... 120 ROC soldiers" is Congo's, not the Republic of China's."""
    defined: dict[str, tuple[str, int]] = {}
    for c in mentions:
        found = _ACRONYM_AFTER_RE.match(norm, c.end) if c.kind in ("name", "short") and norm.startswith(" (", c.end) else None
        if found and found.group("acr") != c.text:
            defined.setdefault(found.group("acr"), (c.iso3, c.end))
    if not defined:
        return mentions
    return [CountryMention(c.start, c.end, defined[c.text][0], c.kind, c.text)
            if c.text in defined and c.iso3 != defined[c.text][0] and c.start > defined[c.text][1] else c for c in mentions]


# a title and a first name right before a country word: the word is a person's surname ("Prime Minister Luís
# Montenegro", "President Mr. Chad ...")
_PERSON_BEFORE_RE = re.compile(r"\b(?:(?:Prime\s+Minister|President|Minister|Premier|Chancellor|Secretary|Senator|Governor|General|"
                               r"Premierminister|Ministerpr(?:a|ae)sident|Pr(?:a|ae)sident|Bundeskanzler|Presidente|Primeiro-ministro|"
                               r"Primer\s+ministro|Premier\s+ministre|"
                               r"Gen\.|Admiral|Colonel|Col\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ \t]+|(?i:prime\s+minister|president|premier|chancellor),[ \t]+)"
                               r"(?:[A-Z][\w'\u00c0-\u017f-]+[ \t]+){1,2}$")  # (and "Portugal's prime minister, Luis Montenegro"; never
# across a line break: "08.02.2007 General News\n\nGhana has ...")


def surnames(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` without a country word that the article uses as a person's surname: once a title and a first
    name stand before it, every mention written the same way is that person ("Montenegro noted that ...")."""
    people = {c.text for c in mentions if c.kind == "name" and " " not in c.text
              and _PERSON_BEFORE_RE.search(norm, max(0, c.start - 60), c.start)}
    return [c for c in mentions if c.text not in people] if people else mentions


# "41 missions across Africa, Europe, Asia and America": a continent in a list of continents, not the United States
_CONTINENTS_BEFORE_RE = re.compile(r"\b(?:Africa|Europe|Asia|Oceania|Antarctica|África|Europa|Ásia|Afrique|Asie)\b[^.;\n]{0,30}$")


def continents(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` without "America" named in a list of continents, nor a country word in an airline's name
    ("a chartered Kenya Airways flight": a company, neither an actor nor a place)."""
    return [c for c in mentions if not (c.text in ("America", "América", "Amérique")
                                        and _CONTINENTS_BEFORE_RE.search(norm, max(0, c.start - 40), c.start))
            and not (norm.startswith(" Air", c.end) and _AIRLINE_AFTER_RE.match(norm, c.end))]


_AIRLINE_AFTER_RE = re.compile(r"\s+(?:Airlines|Airways)\b")


# "the Lebanese Armed Forces (LAF)": a force named after its country, then an acronym the text goes on with ("With a
# force of over 80,000, the LAF also functions as ..."); each later use of the acronym names that country
_DEFINED_FORCE_RE = re.compile(r"\b(?P<country>[A-Z][\w'\u2019-]+)\s+(?:(?i:armed\s+forces|defen[cs]e\s+forces?|army|military))\s*"
                               r"\((?P<acr>[A-Z]{2,6})\)")


def defined_forces(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` with a mention added for each later use of a force's acronym the text defined (see above)."""
    if "(" not in norm:
        return mentions
    acronyms: dict[str, tuple[str, int]] = {}
    for m in _DEFINED_FORCE_RE.finditer(norm):
        named = [c for c in mentions if c.start == m.start("country") and c.kind in ("demonym", "name", "short")]
        if named and m.group("acr") not in acronyms:
            acronyms[m.group("acr")] = (named[0].iso3, m.end())
    if not acronyms:
        return mentions
    out = list(mentions)
    starts = [c.start for c in out]
    for acr, (iso3, after) in acronyms.items():
        for m in re.finditer(r"\b" + acr + r"\b", norm[after:]):
            start = after + m.start()
            k = bisect.bisect_left(starts, start)
            if k < len(out) and out[k].start < start + len(acr) or k and out[k - 1].end > start:
                continue  # (part of a longer mention)
            out.insert(k, CountryMention(start, start + len(acr), iso3, "short", acr))
            starts.insert(k, start)
    return out


def member_asides(norm: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """``mentions`` without an alliance named in an aside about the country before it ("the defence budget of Slovenia,
    a NATO member since 2004, is estimated at"): the aside describes that country, the alliance acts in nothing."""
    out: list[CountryMention] = []
    for c in mentions:
        if (c.kind == "alliance" and out and out[-1].kind != "alliance"
                and _MEMBER_ASIDE_BEFORE_RE.fullmatch(norm, out[-1].end, c.start) and _MEMBER_ASIDE_AFTER_RE.match(norm, c.end)):
            continue
        out.append(c)
    return out


_MEMBER_ASIDE_BEFORE_RE = re.compile(r"\s*,\s*(?:an?|the)\s+(?:founding\s+|fellow\s+|full\s+|new\s+)?")
_MEMBER_ASIDE_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:member|ally|member\s+state|member\s+country|partner)\b[^,.;()]{0,24},")
