"""What the World Bank reference layers cost: a page's rerun at N synthetic articles with the layers on and off.

Usage: ``python -m benchmarks.reference_layers [--size 10000] [--rounds 9]``. The corpus comes from
:mod:`benchmarks.generate` (made if missing). One AppTest in this process loads the library once (the
first run, not timed here: ``benchmarks.run`` times it); then, per page, rounds alternate the two
states, each round in the other order: the toggle is set (that run is not timed) and the next plain
rerun is timed, in wall time and in this process's CPU time (AppTest runs the page in a thread of this
process; on a shared machine CPU time is what the code itself costs). Medians per page and state; the
issue's budget is +10%, judged on CPU time. The result replaces the
"## Reference layers" section of RESULTS.md (``benchmarks.run`` keeps it when it rewrites the file).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.generate import DEFAULT_OUT, ensure_corpus
from benchmarks.sections import replace_section

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app" / "main.py"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SECTION = "## Reference layers"
BUDGET = 0.10  # the issue: layers add no more than 10% to a page's rerun
# (page, query parameters): every chart that can draw a layer
CASES = [("overview", {}), ("active", {}), ("budgets", {}), ("budgets", {"currency": "US dollars"})]


def measure(data: Path, rounds: int) -> dict[str, dict[bool, list[tuple[float, float]]]]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard.app import rebuild as rebuild_jobs
    from dashboard.paths import articles_dir, store_path

    os.environ["DEFENSE_DATA_DIR"] = str(data)
    # The whole library before any timing: no background extraction may run (and burn CPU) while pages rerun
    os.environ["DEFENSE_BACKGROUND_AT"] = str(10**9)
    st.cache_data.clear()
    out: dict[str, dict[bool, list[tuple[float, float]]]] = {}
    for page, params in CASES:
        at = AppTest.from_file(str(APP), default_timeout=600)
        for key, value in params.items():
            at.query_params[key] = value
        at.switch_page(f"views/{page}.py")
        at.run(timeout=3600)  # the library is cached after the first case's run
        if at.exception:
            raise SystemExit(f"{page}: {at.exception[0].message[:300]}")
        job = rebuild_jobs.current(articles_dir(), store_path())
        if job is not None and job.running:
            raise SystemExit(f"{page}: a background extraction is running: the timings would include it")
        name = page + "".join(f" ({v})" for v in params.values())
        times: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        for i in range(rounds):
            for state in ((True, False) if i % 2 == 0 else (False, True)):
                at.toggle(key="reference").set_value(state).run()
                wall, cpu = time.perf_counter(), time.process_time()
                at.run()
                times[state].append((time.perf_counter() - wall, time.process_time() - cpu))
        out[name] = times
        print(f"{name}: CPU on {_median(times[True], 1):.3f} s, off {_median(times[False], 1):.3f} s",
              file=sys.stderr, flush=True)
    return out


def layer_work(data: Path, repeats: int) -> dict[str, tuple[float, float]]:
    """CPU seconds (median of ``repeats``) of what each page does for its charts, with the layers and without:
    the reference rows, the figures and their JSON (what Streamlit sends). Single-threaded and free of the
    page's other work, so far less noisy than a whole rerun on a shared machine."""
    import plotly.io as pio

    from dashboard import charts
    from dashboard.app import reflayers
    from dashboard.extraction.countries import country_points
    from dashboard.paths import articles_dir, store_path
    from dashboard.schema import metrics_where
    from dashboard.tables.filters import Filters
    from dashboard.tables.sync import library_tables

    os.environ["DEFENSE_DATA_DIR"] = str(data)
    _, figures = library_tables(articles_dir(), store_path())
    f, points = Filters(), country_points()
    active = figures[figures["metric"].isin(metrics_where(page="active"))]
    budgets = figures[figures["metric"].isin(metrics_where(page="budgets"))]
    shares = budgets[budgets["metric"].isin(charts.share_metrics())]
    amounts = metrics_where(page="budgets", unit="currency", change=False)

    def sent(*figs) -> None:
        for fig in figs:
            pio.to_json(fig, validate=False)

    cases = {
        "overview": (lambda: sent(charts.reference_map(reflayers.map_rows(f), figures, points)),
                     lambda: sent(charts.world_map(figures))),
        "active": (lambda: sent(charts.personnel_claims(active, reflayers.rows_for(active, metrics_where(page="active"),
                                                                                   f, time_axis=False))),
                   lambda: sent(charts.personnel_claims(active))),
        "budgets": (lambda: sent(charts.budget_timeline(budgets, False),
                                 charts.share_of_gdp(shares, reflayers.rows_for(budgets, charts.share_metrics(), f))),
                    lambda: sent(charts.budget_timeline(budgets, False), charts.share_of_gdp(shares))),
        "budgets (US dollars)": (lambda: sent(charts.budget_timeline(budgets, True, reflayers.rows_for(budgets, amounts, f)),
                                              charts.share_of_gdp(shares, reflayers.rows_for(budgets, charts.share_metrics(),
                                                                                             f))),
                                 lambda: sent(charts.budget_timeline(budgets, True), charts.share_of_gdp(shares))),
    }
    out = {}
    for name, (on, off) in cases.items():
        times: dict[bool, list[float]] = {True: [], False: []}
        for i in range(repeats):
            for state, work in ((True, on), (False, off)) if i % 2 == 0 else ((False, off), (True, on)):
                cpu = time.process_time()
                work()
                times[state].append(time.process_time() - cpu)
        out[name] = (statistics.median(times[True]), statistics.median(times[False]))
    return out


def _median(pairs: list[tuple[float, float]], which: int) -> float:
    return statistics.median(p[which] for p in pairs)


def render(results: dict[str, dict[bool, list[tuple[float, float]]]], size: int, rounds: int, load: tuple,
           took: float, work: dict[str, tuple[float, float]] | None = None, repeats: int = 0) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    rows = []
    for name, times in results.items():
        on, off = _median(times[True], 1), _median(times[False], 1)
        on_wall, off_wall = _median(times[True], 0), _median(times[False], 0)
        extra = on / off - 1
        rows.append(f"| {name} | {off:.3f} s | {on:.3f} s | {extra:+.1%} | {off_wall:.3f} s | {on_wall:.3f} s | "
                    f"{on_wall / off_wall - 1:+.1%} | {'PASS' if extra <= BUDGET else 'MISS'} |")
    work_rows = []
    for name, (on, off) in (work or {}).items():
        rerun = _median(results[name][False], 1) if name in results else float("nan")
        share = (on - off) / rerun
        work_rows.append(f"| {name} | {off * 1000:,.1f} ms | {on * 1000:,.1f} ms | {(on - off) * 1000:+,.1f} ms | "
                         f"{share:+.1%} | {'PASS' if share <= BUDGET else 'MISS'} |")
    loads = ", ".join(f"{x:.2f}" for x in load[0]) + " at start; " + ", ".join(f"{x:.2f}" for x in load[1]) + " at end"
    return "\n".join([
        SECTION, "",
        f"Written by `python -m benchmarks.reference_layers` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC (commit "
        f"{commit.strip() or '?'}; {took / 60:.1f} min): {size:,} synthetic articles (benchmarks.generate), AppTest in "
        f"one process, the library loaded once. Per page, {rounds} rounds alternate the two states (each round in the "
        "other order): the World Bank toggle is set, then one plain rerun is timed, in wall time and in the "
        "process's CPU time (the page runs in a thread of this process). Medians. Budget: the layers add at most "
        f"{BUDGET:.0%} to the page's rerun, judged on CPU time: other processes share the cores and move wall time "
        "by more than that.", "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, shared with other processes; load "
        f"average (1/5/15 min) {loads}.", "",
        "| page | CPU, layers off | CPU, layers on | added | wall, off | wall, on | added | within 10% (CPU) |",
        "|---|---|---|---|---|---|---|---|", *rows, "",
        *([f"What the layers themselves cost: the chart work of each page (reference rows, figures, their JSON) "
           f"timed alone, {repeats} interleaved repeats, CPU medians; the added time as a share of the page's rerun "
           "(CPU, layers off, above). Single-threaded and without the page's other work, this is far steadier than "
           "the whole-rerun difference, which moves by more than 10% between identical runs on this machine.", "",
           "| page | chart work, layers off | layers on | added | of the page's rerun | within 10% |",
           "|---|---|---|---|---|---|", *work_rows, ""] if work_rows else []),
    ])


def current_section(path: Path = RESULTS) -> str:
    """The section as it stands in ``path`` ("" when there is none)."""
    if not path.is_file():
        return ""
    found = re.search(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", path.read_text(encoding="utf-8"), re.S | re.M)
    return found.group(0).rstrip("\n") + "\n" if found else ""


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) the section in ``path``, leaving the rest as it is."""
    replace_section(SECTION, section, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reference_layers", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="synthetic articles (default 10000)")
    parser.add_argument("--rounds", type=int, default=9, help="timed reruns per page and state")
    parser.add_argument("--repeats", type=int, default=15, help="repeats of each page's chart work per state")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where corpora live")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")
    started, load = time.perf_counter(), [os.getloadavg()]
    data = ensure_corpus(args.out, args.size, args.seed)
    results = measure(data, args.rounds)
    work = layer_work(data, args.repeats)
    load.append(os.getloadavg())
    text = render(results, args.size, args.rounds, tuple(load), time.perf_counter() - started, work, args.repeats)
    if not args.no_write:
        write_section(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
