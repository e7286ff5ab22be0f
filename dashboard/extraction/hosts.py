"""Hosts that are not countries by name: regions, commands, bases, islands and garrison towns.

"assigned to U.S. Forces Korea", "at Camp Humphreys", "on Okinawa", "across the Sahel": each
names where troops are without naming the country. The table is data
(``vocab/hosts.csv``: phrase, host code, kind, note); regions use the devset's codes (EUROPE,
AFRICA, SAHEL, MIDDLE_EAST, CARIBBEAN). Only attribution's host search reads it: a host phrase
never makes a country the *owner* of a figure.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dashboard.extraction import recache
from dashboard.extraction.numbers import normalize
from dashboard.extraction.patterns import spaced, squeeze, trie_alternation

HOSTS_FILE = Path(__file__).resolve().parent / "vocab" / "hosts.csv"


@dataclass(frozen=True)
class HostMention:
    start: int
    end: int
    host: str
    kind: str  # region, command, base, island, city


@dataclass(frozen=True)
class HostTable:
    phrases: dict[str, tuple[str, str]]  # lower-cased normalised phrase -> (host, kind)
    pattern: re.Pattern | None

    def find(self, norm: str, start: int = 0, end: int | None = None) -> list[HostMention]:
        """Host phrases in ``norm[start:end]`` (normalised text), longest first at each place.

        >>> [(h.host, h.kind) for h in host_table().find("troops at Camp Humphreys and across the Sahel")]
        [('KOR', 'base'), ('SAHEL', 'region')]
        """
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(norm, start, len(norm) if end is None else end):
            host, kind = self.phrases[squeeze(m.group(0)).lower()]
            out.append(HostMention(m.start(), m.end(), host, kind))
        return out


def load_host_table(path: Path = HOSTS_FILE) -> HostTable:
    """Read the hosts table; raise ValueError naming every bad row at once."""
    phrases: dict[str, tuple[str, str]] = {}
    problems = []
    with open(path, encoding="utf-8", newline="") as fh:
        for line_no, row in enumerate(csv.DictReader(fh), start=2):
            phrase, host, kind = normalize(row["phrase"].strip()), row["host"].strip(), row["kind"].strip()
            if not phrase or not host or kind not in ("region", "command", "base", "island", "city"):
                problems.append(f"{path.name}:{line_no}: bad row {row!r}")
                continue
            phrases[phrase.lower()] = (host, kind)
    if problems:
        raise ValueError("hosts table has problems:\n" + "\n".join(problems))
    if not phrases:
        return HostTable({}, None)
    body = spaced(trie_alternation(list(phrases), fold=True))
    # (never "the Caribbean coast": a coast is the owner's own shore, not a host abroad)
    return HostTable(phrases, re.compile(r"(?<![\w.])(?:" + body + r")(?![\w])(?!\s+(?:coast|coastline|seaboard|shore)\b)",
                                         re.IGNORECASE))


@lru_cache(maxsize=1)
def host_table() -> HostTable:
    with recache.compiling():  # its regex program kept between runs, see recache
        return load_host_table()
