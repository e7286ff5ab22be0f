"""The World Bank series the extractor checks figures against, read from the shipped snapshot
(``data/reference/defense_reference.csv``; IISS and SIPRI data, CC BY 4.0) once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path

REFERENCE_FILE = Path(__file__).resolve().parents[2] / "data" / "reference" / "defense_reference.csv"


@cache
def _lines() -> tuple[str, ...]:
    """The shipped snapshot's lines, read once per process; () when it is not there."""
    try:
        return tuple(REFERENCE_FILE.read_text(encoding="utf-8").splitlines()[1:])
    except OSError:
        return ()


@cache
def series(name: str) -> dict[str, list[tuple[int, float]]]:
    """The series ``name`` by country: [(year, value), ...]; {} when the snapshot is not there. (Its rows are plain
    "ISO3,year,series,value" lines: a substring test finds them, the file's other rows are never parsed.)"""
    out: dict[str, list[tuple[int, float]]] = {}
    marker = f",{name},"
    for line in _lines():
        if marker in line:
            iso3, year, _, value = line.split(",")
            if value:
                out.setdefault(iso3, []).append((int(year), float(value)))
    return out
