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
