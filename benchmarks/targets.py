"""The "## Targets" table of benchmarks/RESULTS.md, read from the other sections as they stand:
``python -m benchmarks.targets [--results PATH]``.

Several modules write RESULTS.md, each its own section (benchmarks.run, .restart, .real_passages,
.distributed, ...), at different times. This table is rebuilt from whatever those sections say
now, so a rerun of any one of them changes its row and nothing is copied by hand. Each row names
the section it read and the date of that measurement (the section's own date, or for the sections
of benchmarks.run the date in the file's first lines). A target whose section is missing is
MISSED (not measured): a target is met only when a measurement says so.

A section can state a target outright with a line of its own (it wins over the readers below)::

    Target `filter-most`: 0.21 s on the slowest page (met)

where the key is one of :data:`TARGETS`' keys. Otherwise each target has a reader for the
sections that measure it today (see ``_read_*``).
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
TITLE = "## Targets"
DATE = re.compile(r"\b(20\d\d-\d\d-\d\d)(?:[ T](\d\d:\d\d))?")
EXPLICIT = re.compile(r"^Target `([a-z0-9-]+)`: (.+?) \((met|missed)\)\.?\s*$", re.M | re.I)


@dataclass
class Reading:
    """One measurement of a target: the number judged, how it reads, where and when it was taken."""

    value: float
    text: str
    section: str
    date: str = ""
    met: bool | None = None  # None: judge ``value`` by the target's rule


@dataclass
class Doc:
    """RESULTS.md cut into its ``## `` sections (title -> body, the title line left out)."""

    sections: dict[str, str]
    date: str  # the date benchmarks.run wrote in the file's first lines

    @classmethod
    def parse(cls, text: str) -> Doc:
        parts = re.split(r"^(## .+)$", text, flags=re.M)
        head = parts[0]
        sections = {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}
        return cls(sections, _latest_date(head))

    def find(self, prefix: str) -> tuple[str, str] | None:
        for title, body in self.sections.items():
            if title.startswith(prefix):
                return title, body
        return None


def _latest_date(text: str) -> str:
    found = [f"{d} {t or ''}".strip() + (" UTC" if t else "") for d, t in DATE.findall(text)]
    return max(found, default="")


def _seconds(cell: str) -> float:
    m = re.match(r"\s*([\d.,]+)\s*(ms|s)\b", cell)
    if not m:
        return math.nan
    x = float(m.group(1).replace(",", ""))
    return x / 1000 if m.group(2) == "ms" else x


def tables(body: str) -> list[tuple[list[str], list[list[str]]]]:
    """Every markdown table in ``body``: (header cells, rows of cells)."""
    out, lines = [], body.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and re.match(r"^\|[-:| ]+\|$", lines[i + 1]):
            head = [c.strip() for c in lines[i].strip("|").split("|")]
            rows, i = [], i + 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")])
                i += 1
            out.append((head, rows))
        else:
            i += 1
    return out


def _column_max(doc: Doc, match: Callable[[str], bool], skip_row: Callable[[str], bool] = lambda _: False,
                sections: tuple[str, ...] = ()) -> Reading | None:
    """The largest time in the first table (of the given sections, else any) with a column ``match`` accepts."""
    for title, body in doc.sections.items():
        if sections and not title.startswith(sections):
            continue
        for head, rows in tables(body):
            col = next((j for j, h in enumerate(head) if match(h)), None)
            if col is None:
                continue
            times = {r[0]: _seconds(r[col]) for r in rows if len(r) > col and not skip_row(r[0])}
            times = {k: v for k, v in times.items() if not math.isnan(v)}
            if times:
                worst = max(times, key=times.get)
                return Reading(times[worst], f"slowest page {worst}: {times[worst]:.3f} s ({head[col]}); fastest "
                               f"{min(times.values()):.3f} s", title, _latest_date(body) or doc.date)
    return None


def _read_restart(mode: str) -> Callable[[Doc], Reading | None]:
    def read(doc: Doc) -> Reading | None:
        found = doc.find("## Restart with the figure store")
        if not found:
            return None
        title, body = found
        block = re.search(rf"\*\*{mode}[^*]*\*\*(.*?)(?=\n\*\*(?:server|browser)|\Z)", body, re.S)
        m = block and re.search(r"([\d,]+) unchanged / 1 article: \*\*([\d.]+)x\*\*", block.group(1))
        if not m:
            return None
        return Reading(float(m.group(2)), f"{m.group(2)}x ({m.group(1)} unchanged vs 1 article, medians)", title,
                       _latest_date(body))
    return read


def _read_ten_k(doc: Doc) -> Reading | None:
    """The newer of benchmarks.run's 10,000 row and benchmarks.whole_process's 10,000-article section."""
    found = [r for r in (_ten_k_run(doc), _ten_k_whole_process(doc)) if r is not None]
    return max(found, key=lambda r: r.date, default=None)


def _ten_k_whole_process(doc: Doc) -> Reading | None:
    found = doc.find("## Extraction speed, whole process")
    if not found or "on 10,000 synthetic articles" not in found[1]:
        return None
    title, body = found
    for head, rows in tables(body):
        row = next((r for r in rows if r[0] == "this checkout"), None)
        if row and "wall (median)" in head:
            cell, cpu = row[head.index("wall (median)")], row[head.index("CPU (median)")]
            return Reading(_seconds(cell), f"{cell} (CLI, whole process, median; CPU {cpu})", title, _latest_date(body))
    return None


def _ten_k_run(doc: Doc) -> Reading | None:
    found = doc.find("## Extraction, whole process")
    if not found:
        return None
    title, body = found
    for head, rows in tables(body):
        if "articles" in head and "wall" in head:
            row = next((r for r in rows if r[0] == "10,000"), None)
            if row:
                wall = _seconds(row[head.index("wall")])
                cpu = row[head.index("CPU")] if "CPU" in head else "?"
                return Reading(wall, f"{row[head.index('wall')]} (CLI, whole process; CPU {cpu})", title, doc.date)
    return None


def _read_peak(doc: Doc) -> Reading | None:
    """The newer of benchmarks.run's 10,000 row and benchmarks.whole_process's section (this checkout's largest)."""
    found = [r for r in (_peak_run(doc), _peak_whole_process(doc)) if r is not None]
    return max(found, key=lambda r: r.date, default=None)


def _peak_whole_process(doc: Doc) -> Reading | None:
    found = doc.find("## Extraction speed, whole process")
    if not found or "on 10,000 synthetic articles" not in found[1]:
        return None
    for head, rows in tables(found[1]):
        row = next((r for r in rows if r[0] == "this checkout"), None)
        if row and "peak RSS" in head:
            cell = row[head.index("peak RSS")]
            return Reading(float(cell.split()[0].replace(",", "")), cell, found[0], _latest_date(found[1]))
    return None


def _peak_run(doc: Doc) -> Reading | None:
    found = doc.find("## Extraction, whole process")
    for head, rows in tables(found[1]) if found else []:
        row = next((r for r in rows if r[0] == "10,000"), None)
        if row and "peak RSS" in head:
            cell = row[head.index("peak RSS")]
            return Reading(float(cell.split()[0].replace(",", "")), cell, found[0], doc.date)
    return None


def _read_real_ratio(doc: Doc) -> Reading | None:
    found = doc.find("## Extraction on real passages")
    m = found and re.search(r"\*\*([\d.]+)x\*\* by wall time, ([\d.]+)x by CPU time", found[1])
    if not m:
        return None
    low = min(float(m.group(1)), float(m.group(2)))
    return Reading(low, f"{m.group(1)}x by wall time, {m.group(2)}x by CPU (whole process)", found[0],
                   _latest_date(found[1]))


def _read_filter_one(doc: Doc) -> Reading | None:
    return (_column_max(doc, lambda h: h.lower().startswith("one country") and "wall" in h.lower())
            or _column_max(doc, lambda h: h == "10,000: rerun median (max)", lambda page: page.startswith("cold start"),
                           ("## The app, server side",)))


def _read_filter_most(doc: Doc) -> Reading | None:
    return _column_max(doc, lambda h: bool(re.search(r"most figures|\([\d,]+ figures\): wall", h, re.I)))


def _before(page: str) -> bool:
    """A row of the code before a change, measured beside ours (benchmarks.browser_speed --against)."""
    return ", before (" in page


def _read_settle(doc: Doc) -> Reading | None:
    return _column_max(doc, lambda h: "after redraw" in h.lower() or "after the redraw" in h.lower(), _before)


def _read_redraw(doc: Doc) -> Reading | None:
    return _column_max(doc, lambda h: h.lower().startswith("redraw"), _before)


def _read_first_chart(doc: Doc) -> Reading | None:
    best = None
    for title, body in doc.sections.items():
        m = re.search(r"\*\*([\d.]+)x\*\* the (?:floor|bare page)", body)
        if m:
            carried = re.search(r"First chart: not measured in this run[^\n]*as measured before \(([^)]*)\)", body)
            reading = Reading(float(m.group(1)), f"{m.group(1)}x the bare one-chart page (medians)", title,
                              _latest_date(carried.group(1)) if carried else _latest_date(body) or doc.date)  # (a table a
            # --skip run carried keeps the date of the run that measured it)
            if best is None or reading.date > best.date:
                best = reading
    return best


def _read_dask(doc: Doc) -> Reading | None:
    found = doc.find("## Dask engine")
    if not found:
        return None
    same = [r[h.index("same")] for h, rows in tables(found[1]) if "same" in h for r in rows]
    if not same:
        return None
    bad = sum(1 for s in same if s != "yes")
    return Reading(float(bad), f"{len(same) - bad} of {len(same)} runs wrote the local engine's rows", found[0],
                   _latest_date(found[1]), met=bad == 0)


@dataclass
class Target:
    key: str
    wording: str
    read: Callable[[Doc], Reading | None]
    ok: Callable[[float], bool]


TARGETS = [
    Target("restart-browser", "Restart at 10,000 unchanged articles to first chart <= 1.5x a one-article start (browser)",
           _read_restart("browser"), lambda x: x <= 1.5),
    Target("restart-server", "Same, server side (new process to the end of the Overview's first run)",
           _read_restart("server"), lambda x: x <= 1.5),
    Target("extract-10k", "10,000 synthetic articles extracted and tabled in < 20 s on one core", _read_ten_k,
           lambda x: x < 20),
    Target("quantulum-real", "Extraction >= 20x quantulum3 on the same real passages, whole process",
           _read_real_ratio, lambda x: x >= 20),
    Target("filter-one", "Filter change < 0.3 s on every page at 10,000 articles, one country (AppTest median)",
           _read_filter_one, lambda x: x < 0.3),
    Target("filter-most", "Same, the country with the most figures", _read_filter_most, lambda x: x < 0.3),
    Target("browser-settle", "Browser: the page settles within 0.5 s of the chart redrawing", _read_settle,
           lambda x: x <= 0.5),
    Target("browser-redraw", "Browser: a filter change redraws the chart within 0.4 s at 1,000 articles",
           _read_redraw, lambda x: x <= 0.4),
    Target("first-chart", "First chart on the Overview <= 1.1x the bare page, same run", _read_first_chart,
           lambda x: x <= 1.1),
    Target("dask-same", "Dask engine writes the same rows as the local engine", _read_dask, lambda x: x == 0),
    Target("peak-memory", "Peak memory < 1 GB at 10,000 articles (earlier issue)", _read_peak, lambda x: x < 1024),
]


def _explicit(doc: Doc, key: str) -> Reading | None:
    for title, body in doc.sections.items():
        if title == TITLE:
            continue
        for k, text, status in EXPLICIT.findall(body):
            if k == key:
                return Reading(math.nan, text, title, _latest_date(body) or doc.date, met=status.lower() == "met")
    return None


def rows(text: str) -> list[list[str]]:
    """[target, measured, section, date, status] for every target, from the document's sections."""
    doc = Doc.parse(text)
    out = []
    for t in TARGETS:
        r = _explicit(doc, t.key) or t.read(doc)
        if r is None:
            out.append([t.wording, "not measured", "-", "-", "MISSED (not measured)"])
            continue
        met = r.met if r.met is not None else t.ok(r.value)
        out.append([t.wording, r.text, r.section.removeprefix("## "), r.date or "not stated", "MET" if met else "MISSED"])
    return out


def section(text: str) -> str:
    lines = [TITLE, "", "Built by `python -m benchmarks.targets` from the sections below as they stand (each row: the "
             "section it read and that measurement's date; runs at different times and loads, see each section). "
             "A target with no measurement is missed.", "",
             "| target | measured | section | date | status |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows(text)]
    return "\n".join(lines) + "\n"


def refresh(path: Path = RESULTS) -> str:
    """Rewrite the Targets section of ``path`` (placed after the machine notes when it is missing)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmark results\n"
    new = section(text)
    pattern = re.compile(rf"^{re.escape(TITLE)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: new + "\n", text, count=1)
    else:
        at = re.search(r"^## (?!Machine).+$", text, re.M)
        text = text[:at.start()] + new + "\n" + text[at.start():] if at else text.rstrip("\n") + "\n\n" + new
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.targets", description=__doc__.split("\n")[0])
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    print(refresh(args.results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
