"""Filter changes on every page (issue 11 point 4): ``python -m benchmarks.app_speed [--size 10000] [--rounds 5]``.

AppTest runs the app in this process on a corpus whose figure store is filled (generated and
rebuilt if missing). Each page is opened with no filter, then the country filter is changed, in
turn, to one country (a different one each round, spread over the list) and to the country with
the most figures (owned or hosted, rejected ones left out), so the two cases share the machine's
load. Per page and case: the median of the wall and of the process CPU time of the reruns, and
the first change to the most-figures country apart (what a cache keyed by the filter cannot hide).
The target is the median wall time, < 0.3 s for both cases on every page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.generate import DEFAULT_OUT, ensure_corpus
from benchmarks.sections import replace_section

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app" / "main.py"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SECTION = "## Filter changes by page (issue 11 point 4)"
MENU = ["overview", "troops", "active", "budgets", "metrics", "rankings", "sources", "data", "add", "review"]
TARGET = 0.3


def log(msg: str) -> None:
    print(f"[app_speed {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


@dataclass
class PageTimes:
    first: float = float("nan")
    one: list[tuple[float, float]] = field(default_factory=list)  # (wall, cpu) per change to one country
    most: list[tuple[float, float]] = field(default_factory=list)  # (wall, cpu) per change to the most-figures one
    error: str = ""

    @staticmethod
    def median(pairs: list[tuple[float, float]], i: int = 0) -> float:
        return statistics.median(p[i] for p in pairs) if pairs else float("nan")


def ready_corpus(size: int, out: Path = DEFAULT_OUT, seed: int = 7) -> Path:
    """The corpus's data folder with its figure store filled (``python -m dashboard rebuild`` when the
    store is missing; an up-to-date store makes the rebuild a quick check)."""
    folder = ensure_corpus(out, size, seed)
    log(f"{size:,} articles: bringing the figure store up to date (python -m dashboard rebuild)")
    subprocess.run([sys.executable, "-m", "dashboard", "rebuild"], cwd=ROOT, check=True,
                   env={**os.environ, "DEFENSE_DATA_DIR": str(folder)}, stdout=subprocess.DEVNULL)
    return folder


def most_figures_country(figures) -> tuple[str, int]:
    """(display name, figures) of the country a filter on it keeps the most figures for."""
    from dashboard.extraction.countries import gazetteer

    shown = figures[figures["status"] != "rejected"] if "status" in figures.columns else figures
    owners = shown["country_iso3"].value_counts()
    hosts = shown.loc[shown["host_iso3"] != shown["country_iso3"], "host_iso3"].value_counts()
    counts = owners.add(hosts, fill_value=0).drop("", errors="ignore")
    code = str(counts.idxmax())
    return gazetteer().name(code), int(counts.max())


def views() -> list[str]:
    present = {p.stem for p in (APP.parent / "views").glob("*.py")}
    return [p for p in MENU if p in present] + sorted(present - set(MENU))


def measure(data: Path, rounds: int, pages: list[str] | None = None) -> dict:
    """Rerun times per page for both cases; {"pages": {page: PageTimes}, "one": [...], "most": (name, n)}."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard.app import cache

    os.environ["DEFENSE_DATA_DIR"] = str(data)
    for db in data.glob("reviews.sqlite3*"):  # the Review page creates one: every run starts without
        db.unlink()
    st.cache_data.clear()
    at = AppTest.from_file(str(APP), default_timeout=600)
    at.run()
    library = cache.load_library()
    if library.rebuild is not None:
        raise RuntimeError("the figure store is not up to date: run `python -m dashboard rebuild` first")
    options = list(at.multiselect(key="country").options)
    most, n_most = most_figures_country(library.figures)
    others = [o for o in options if o != most]
    step = max(1, len(others) // rounds)
    one = [others[(i * step) % len(others)] for i in range(rounds)]
    out: dict = {"pages": {}, "one": one, "most": (most, n_most), "figures": len(library.figures)}
    for page in pages or views():
        at.switch_page(f"views/{page}.py")
        at.multiselect(key="country").set_value([])
        times = PageTimes()
        t = time.perf_counter()
        at.run()
        times.first = time.perf_counter() - t
        for choice in one:
            for case, value in (("one", choice), ("most", most)):
                t, c = time.perf_counter(), time.process_time()
                at.multiselect(key="country").set_value([value]).run()
                getattr(times, case).append((time.perf_counter() - t, time.process_time() - c))
        if at.exception:
            times.error = "; ".join(str(e.message)[:160] for e in at.exception)
        out["pages"][page] = times
        log(f"{page}: one country {PageTimes.median(times.one):.3f} s, most figures "
            f"{PageTimes.median(times.most):.3f} s (first {times.most[0][0]:.3f} s)")
    return out


def _s(x: float) -> str:
    return "n/a" if x != x else f"{x:.3f} s" if x < 1 else f"{x:.1f} s"


def table(result: dict) -> list[str]:
    """Markdown rows: page, first run, one country (wall, CPU), most figures (wall, CPU, first change)."""
    most, n = result["most"]
    rows = [f"| page | first run | one country: wall | CPU | {most} ({n:,} figures): wall | CPU | first change |",
            "|---|---|---|---|---|---|---|"]
    for page, t in result["pages"].items():
        rows.append(f"| {page} | {_s(t.first)} | {_s(t.median(t.one))} | {_s(t.median(t.one, 1))} | "
                    f"{_s(t.median(t.most))} | {_s(t.median(t.most, 1))} | {_s(t.most[0][0] if t.most else float('nan'))} |")
    return rows


def worst(result: dict, case: str) -> tuple[str, float]:
    """The page with the slowest median rerun in ``case`` ("one" or "most") and that median."""
    med = {p: PageTimes.median(getattr(t, case)) for p, t in result["pages"].items()}
    page = max(med, key=med.get)
    return page, med[page]


def write_section(title: str, body: str, path: Path = RESULTS) -> None:
    """Replace (or append) the section headed ``title`` in ``path``, leaving the rest as it is."""
    replace_section(title, f"{title}\n\n{body.strip()}\n", path)


def stamp() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.app_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages", nargs="*", help="only these pages (default: every page)")
    parser.add_argument("--write", action="store_true", help=f"replace the section {SECTION!r} of RESULTS.md")
    parser.add_argument("--note", default="", help="a paragraph for the section (e.g. the numbers before a change)")
    args = parser.parse_args(argv)
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")
    data = ready_corpus(args.size)
    load = os.getloadavg()
    result = measure(data, args.rounds, args.pages)
    head = (f"`python -m benchmarks.app_speed` at commit {commit()} on {stamp()}: {args.size:,} articles, {result['figures']:,} "
            f"figures, {args.rounds} rounds; load average {load[0]:.2f} at start, {os.getloadavg()[0]:.2f} at end "
            f"({os.cpu_count()} cores, shared). One country, in turn: {', '.join(result['one'])}. Wall medians; CPU is "
            "this process's CPU time over the rerun (AppTest runs the script in a thread of it), which other "
            "processes' load does not inflate. Target: < 0.3 s on every page, both cases.")
    print(head)
    print("\n".join(table(result)))
    if args.write:
        write_section(SECTION, "\n\n".join(x for x in (__doc__.split("\n\n", 1)[1].strip(), head, args.note) if x)
                      + "\n\n" + "\n".join(table(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
