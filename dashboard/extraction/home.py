"""Where an article comes from, as its publisher and address say: the publisher's country ("Taipei Times"), the
national web domain ("dawn.com.pk"), and the words of the address's path (".../military/world/cuba/far.htm")."""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.extraction import countries as geo
from dashboard.extraction.lexicon import national_domains
from dashboard.extraction.numbers import normalize
from dashboard.extraction.record import ArticleInfo

LANGUAGE_EDITION_RE = re.compile(r"\b(?:English|French|German|Spanish|Portuguese|Italian|Arabic|Russian|Chinese|Turkish|Japanese|Korean|Dutch|Polish|"
                                 r"Persian|Hindi|Urdu|Greek|Hebrew|Ukrainian|Romanian|Hungarian|Czech|Serbian|Croatian|Albanian|Georgian|"
                                 r"Armenian|Vietnamese|Thai|Indonesian)(?:-language\b|\s+(?:language\s+)?(?:edition|service|version)\b|(?=\s*\)))")  # (not "Ireland edition"; "(AFP copy, Portuguese)": a language closing a bracket)


def home_country(info: ArticleInfo | None) -> str:
    """The country a publisher's name says it is from ("Taipei Times" -> TWN, "The Korea Herald" -> KOR), else
    the one its address's national domain names ("invest.pk" -> PAK, "www.nation.co.ke" -> KEN), or ""."""
    if info is None:
        return ""
    words = _HOME_COUNTRY_RE1.findall(LANGUAGE_EDITION_RE.sub(" ", normalize(info.publisher or "")))  # ("Fergana (German edition)": a language)
    if words and not geo.gazetteer().resolve(words[0]) and len(words[0]) > 8:  # "VietNamNet (Nguoi Lao Dong)": the name
        glued = [(len(name), iso3) for name, iso3 in _domain_names() if name in words[0].lower()]  # glued into the
        if glued:  # publisher's own first word, before a word of a source it credits
            return max(glued)[1]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            iso3 = geo.gazetteer().resolve(" ".join(words[i:i + size]))
            if iso3 and iso3 != "NATO" and words[i].lower() not in ("america", "americas"):  # ("Mundo America": a region)
                return iso3
    host = _URL_HOST_RE.match(info.url or "")
    named = _named_in_domain(info.url or "")
    if named:
        return named  # "newsdzezimbabwe.co.uk": the country the site's name says, not the domain it is registered under
    tld = host.group("tld").lower() if host else ""  # ("caracol.com.co": "com.co"; "dawn.com.pk": "com.pk", then "pk")
    return national_domains().get(tld) or national_domains().get(tld[-2:], "")


def _named_in_domain(url: str) -> str:
    """The country whose name (or demonym, five letters or more) the site's own label holds, longest first
    ("newsdzezimbabwe" -> ZWE, "nigeriannewsdirect" -> NGA), or ""."""
    label = _SITE_LABEL_RE.match(url)
    if not label:
        return ""
    word = label.group("label").lower().replace("-", "")
    found = [(len(name), iso3) for name, iso3 in _domain_names() if name in word]
    return max(found)[1] if found else ""


@lru_cache(maxsize=1)
def _domain_names() -> tuple[tuple[str, str], ...]:
    """Country names and demonyms as a site's label would hold them ("newsdzezimbabwe"), read once."""
    return tuple(sorted({(alias.lower().replace(" ", "").replace("-", ""), iso3)
                         for alias, (iso3, kind) in geo.gazetteer().aliases.items()
                         if kind in ("name", "demonym") and iso3 != "NATO" and len(alias.replace(" ", "")) >= 5
                         and alias.replace(" ", "").replace("-", "").isalpha() and alias.isascii()}))


# the site's own name: the label before its public suffix ("www.newsdzezimbabwe.co.uk" -> "newsdzezimbabwe")
_SITE_LABEL_RE = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.|m\.|amp\.)?(?:[^/?#\s:@.]+\.)*?(?P<label>[^/?#\s:@.]+)"
                            r"\.(?:(?:com|gov|org|net|edu|mil|ac|co)\.)?[A-Za-z]{2,6}(?::\d+)?(?:[/?#]|$)", re.I)


def url_path_words(url: str) -> str:
    """The words of an address's path, for the gazetteer ("https://x.org/military/world/cuba/far.htm" ->
    "military world cuba far htm"); "" for none."""
    return _URL_PATH_RE.sub(" ", url.split("//", 1)[-1].partition("/")[2]) if url else ""


_HOME_COUNTRY_RE1 = re.compile(r"[A-Z][\w.'-]*")
_URL_HOST_RE = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?[^/?#\s:@]*?\.(?P<tld>(?:(?:com|gov|org|net|edu|mil|ac)\.)?[A-Za-z]{2})(?::\d+)?(?:[/?#]|$)")
_URL_PATH_RE = re.compile(r"[/_.?=&#%+-]+")
