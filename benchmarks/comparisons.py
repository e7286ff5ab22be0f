"""World Bank comparisons, timed: ``python -m benchmarks.comparisons [--sizes N ...] [--no-write]``.

What the comparisons cost, where they are paid:

- ``with_reference`` over a whole figures table runs once per state of the files (the app's cached
  load, ``python -m dashboard extract``), not on a rerun;
- ``reference_texts`` words the hover of one chart's points (at most 1,000, ``charts.style.MAX_POINTS``)
  on every rerun that draws the chart.

The figures tables are synthetic: every metric, countries drawn from the reference table (plus NATO,
which has no value), years 2010-2026, values drawn at random, so about a third of the rows have a
series and a year near enough to compare, and most of those differ by more than the threshold. The
section "## World Bank comparisons" of benchmarks/RESULTS.md is replaced (or appended).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from benchmarks.sections import replace_section
from dashboard import schema
from dashboard.tables import reference
from dashboard.tables.comparisons import reference_texts, with_reference
from dashboard.tables.frames import figures_frame

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION = "## World Bank comparisons"
HOVER_POINTS = 1000


def synthetic_figures(n: int, seed: int = 7) -> pd.DataFrame:
    rng = random.Random(seed)
    countries = [*sorted(reference.load_reference()["country_iso3"].unique()), "NATO"]
    rows = []
    for i in range(n):
        metric = rng.choice(list(schema.METRICS))
        declared = schema.METRICS[metric]
        money = declared.unit == "currency"
        value = rng.uniform(0.5, 5) if declared.unit == "percent" else rng.uniform(1e3, 1e6)
        rows.append({**schema.blank_figure(), "article_id": f"a{i}", "figure_id": f"a{i}:0",
                     "country_iso3": rng.choice(countries), "country": "", "metric": metric,
                     "value": None if declared.qualitative else value, "unit": "USD" if money else declared.unit,
                     "currency": "USD" if money else "", "value_usd": value * 1e5 if money else None,
                     "year": rng.randint(2010, 2026), "quote": "q", "passage": "q", "status": "extracted"})
    return figures_frame(rows)


def timed(fn, repeats: int) -> tuple[float, float]:
    """(median wall, median CPU) seconds of ``fn()`` over ``repeats`` runs."""
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def measure(sizes: list[int], repeats: int = 3) -> list[str]:
    with_reference(synthetic_figures(10))  # the reference tables load once, as in the app
    load = os.getloadavg()
    lines = [SECTION, "",
             f"`python -m benchmarks.comparisons` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores, "
             f"{platform.processor() or platform.machine()}; load average at start {load[0]:.2f}. Synthetic figures "
             "tables (see the module's docstring); medians of "
             f"{repeats} runs. CPU time is the code's own cost; wall time includes the other processes' share.", "",
             "| what | rows | compared | flagged | wall | CPU | per row (CPU) |", "|---|---|---|---|---|---|---|"]
    for n in sizes:
        frame = synthetic_figures(n)
        out = with_reference(frame)
        wall, cpu = timed(lambda frame=frame: with_reference(frame), repeats)
        compared = int(out["reference_value"].notna().sum())
        flagged = int(out["reference_note"].str.startswith("differs").sum())
        lines.append(f"| with_reference (once per load) | {n:,} | {compared:,} | {flagged:,} | {wall:.3f} s | "
                     f"{cpu:.3f} s | {cpu / n * 1e6:.1f} \u00b5s |")
    hover = with_reference(synthetic_figures(HOVER_POINTS, seed=11))
    wall, cpu = timed(lambda: reference_texts(hover), repeats * 3)
    said = sum(bool(t) for t in reference_texts(hover))
    lines.append(f"| reference_texts (per chart, per rerun) | {HOVER_POINTS:,} | {said:,} worded | - | {wall:.3f} s | "
                 f"{cpu:.3f} s | {cpu / HOVER_POINTS * 1e6:.1f} \u00b5s |")
    return lines


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) this section of RESULTS.md, leaving the rest as it is."""
    replace_section(SECTION, section, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.comparisons", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000], metavar="N")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    section = "\n".join(measure(args.sizes)) + "\n"
    print(section)
    if not args.no_write:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
