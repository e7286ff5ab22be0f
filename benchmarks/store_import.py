"""A Dask run into the figure store against a rebuild: ``python -m benchmarks.store_import [--size 1000] [--rounds 3]``.

On one synthetic corpus (benchmarks.generate): first, once, ``python -m dashboard extract ... --engine dask
--workers 2 --format parquet`` (the run). Then, each round, two fresh data folders with copies of the
articles: ``python -m dashboard store import RUN --data A`` and ``DEFENSE_DATA_DIR=B python -m dashboard
rebuild``, each a whole process measured by ``benchmarks.run.Child`` (wall; CPU of the process and its
children; peak RSS), their order alternating by round so a change in the machine's load falls on both.
Both end with the snapshot the app starts from. Checks, each round: the import took every article,
both stores hold the same rows, and a load of A has nothing to extract.

Writes the subsection "### Dask run into the store, ..." of the "## Dask engine" section of
benchmarks/RESULTS.md (benchmarks.distributed.merge_subsection; the rest of the file is left alone).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.distributed import merge_subsection, write_section
from benchmarks.generate import DEFAULT_OUT, ensure_corpus
from benchmarks.run import RESULTS, ROOT, Child, ProcRun, log


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[ProcRun, tuple[float, float]]:
    before = os.getloadavg()[0]
    result = Child([sys.executable, "-m", "dashboard", *cmd], env).finish()
    return result, (before, os.getloadavg()[0])


def same_store(a: Path, b: Path) -> bool:
    """Whether two data folders' stores hold the same articles and rows (store order aside)."""
    from dashboard.tables.store import FigureStore

    loaded = []
    for data in (a, b):
        articles, figures = FigureStore(data / "store" / "figures.sqlite").load()
        keys = sorted((e.name, e.bytes_hash, e.version) for e in FigureStore(data / "store" / "figures.sqlite")
                      .entries().values())
        loaded.append((articles.sort_values("name", ignore_index=True),
                       figures.sort_values(["name", "seq"], ignore_index=True), keys))
    return loaded[0][0].equals(loaded[1][0]) and loaded[0][1].equals(loaded[1][1]) and loaded[0][2] == loaded[1][2]


def measure(size: int, seed: int, rounds: int) -> dict:
    from dashboard.tables.sync import pending

    corpus = ensure_corpus(DEFAULT_OUT, size, seed) / "articles"
    tmp = Path(tempfile.mkdtemp(prefix="bench-store-import-"))
    out: dict = {"size": size, "rounds": []}
    try:
        run = tmp / "run"
        log(f"{size} articles: extract on Dask (2 workers) into Parquet ...")
        out["extract"], out["extract_load"] = timed(["extract", str(corpus), "--engine", "dask", "--workers", "2",
                                                     "--format", "parquet", "--output", str(run)])
        out["run_mb"] = sum(f.stat().st_size for f in run.iterdir()) / 2**20
        for r in range(rounds):
            data = {kind: tmp / f"{kind}-{r}" for kind in ("import", "rebuild")}
            for folder in data.values():
                shutil.copytree(corpus, folder / "articles")
            row: dict = {"round": r}
            for kind in (("import", "rebuild") if r % 2 == 0 else ("rebuild", "import")):
                log(f"round {r + 1}: {kind} ...")
                if kind == "import":
                    row[kind], row[f"{kind}_load"] = timed(["store", "import", str(run), "--data", str(data[kind])])
                else:
                    row[kind], row[f"{kind}_load"] = timed(["rebuild"], {"DEFENSE_DATA_DIR": str(data[kind])})
                log(f"  {row[kind].wall:.1f} s wall, {row[kind].cpu:.1f} s CPU, rc {row[kind].returncode}")
            row["same"] = same_store(data["import"], data["rebuild"])
            articles = data["import"] / "articles"
            row["pending"] = pending(articles, data["import"] / "store" / "figures.sqlite")
            out["rounds"].append(row)
            for folder in data.values():
                shutil.rmtree(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def _load(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.2f} / {pair[1]:.2f}"


def render(out: dict, started: str, load_start: tuple[float, ...], load_end: tuple[float, ...]) -> str:
    size, rows, ex = out["size"], out["rounds"], out["extract"]
    med = {k: (statistics.median(r[k].wall for r in rows), statistics.median(r[k].cpu for r in rows))
           for k in ("import", "rebuild")}
    lines = [
        f"### Dask run into the store, {size:,} articles, {len(rows)} round{'s' if len(rows) > 1 else ''}", "",
        f"Written by `python -m benchmarks.store_import` on {started}: {os.cpu_count()} cores ({platform.machine()}), "
        f"Python {platform.python_version()}, shared with other processes; load average (1/5/15 min) at start "
        f"{', '.join(f'{x:.2f}' for x in load_start)}, at end {', '.join(f'{x:.2f}' for x in load_end)}. The run: "
        f"`extract --engine dask --workers 2 --format parquet` once ({ex.wall:.1f} s wall, {ex.cpu:.1f} s CPU, "
        f"{out['run_mb']:.1f} MB of parts, rc {ex.returncode}, load {_load(out['extract_load'])}). Then each round, "
        "on two fresh data folders holding copies of the same articles, `store import RUN --data A` and "
        "`rebuild` on B, whole processes, in alternating order; both end by writing the snapshot the app starts from. "
        "\"same\": both stores hold the same rows, hashes and versions; \"left\": what a start of A would still "
        "extract or hash (`sync.pending`).", "",
        "| round | import wall | import CPU | import peak | rebuild wall | rebuild CPU | rebuild peak | same | left "
        "| load before/after (import; rebuild) |",
        "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        i, b = r["import"], r["rebuild"]
        ok = r["same"] and i.returncode == 0 and b.returncode == 0
        lines.append(f"| {r['round'] + 1} | {i.wall:.1f} s | {i.cpu:.1f} s | {i.peak_mb:.0f} MB | {b.wall:.1f} s | "
                     f"{b.cpu:.1f} s | {b.peak_mb:.0f} MB | {'yes' if ok else 'NO'} | {r['pending']} | "
                     f"{_load(r['import_load'])}; {_load(r['rebuild_load'])} |")
    lines += ["", f"Medians: import {med['import'][0]:.1f} s wall, {med['import'][1]:.1f} s CPU; rebuild "
              f"{med['rebuild'][0]:.1f} s wall, {med['rebuild'][1]:.1f} s CPU: the rebuild costs "
              f"{med['rebuild'][1] / med['import'][1]:.1f}x the import's CPU and {med['rebuild'][0] / med['import'][0]:.1f}x "
              f"its wall time. Per article: import {1000 * med['import'][1] / size:.1f} ms CPU, rebuild "
              f"{1000 * med['rebuild'][1] / size:.1f} ms. The Dask run and one import together cost "
              f"{ex.cpu + med['import'][1]:.1f} s CPU here against the rebuild's {med['rebuild'][1]:.1f} s: the import "
              "saves the app's machine the extraction when the run was made elsewhere (a cluster) or already exists; "
              "on one machine, a local rebuild is the cheaper way to fill the store."]
    for r in rows:
        for kind in ("import", "rebuild"):
            if r[kind].returncode != 0:
                lines += ["", f"round {r['round'] + 1} {kind}: exit {r[kind].returncode}; stderr ends: "
                              f"`{r[kind].stderr[-300:]!s}`"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.store_import", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print the subsection, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_start = os.getloadavg()
    out = measure(args.size, args.seed, args.rounds)
    subsection = render(out, started, load_start, os.getloadavg())
    if not args.no_write:
        write_section(merge_subsection(subsection, RESULTS), RESULTS)
    print(subsection)
    ok = out["extract"].returncode == 0 and all(
        r["same"] and r["pending"] == 0 and r["import"].returncode == 0 and r["rebuild"].returncode == 0
        for r in out["rounds"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
