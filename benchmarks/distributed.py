"""The Dask engine at 1,000 and 10,000 articles, 1 vs 2 workers: ``python -m benchmarks.distributed``.

Each configuration runs ``python -m dashboard extract <corpus> ...`` as a whole process, one after
the other (never two at once), measured by ``benchmarks.run.Child`` (wall, CPU of the process and
every worker it waited for) while a sampler adds up the resident memory of the process tree
(the client, the LocalCluster's nannies and workers) every 0.2 s. The Dask outputs are checked
against the local engine's: the CSV byte for byte, the Parquet folder read back row for row.

Writes the "## Dask engine" section of benchmarks/RESULTS.md (the rest of the file is left alone).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from benchmarks.generate import DEFAULT_OUT, ensure_corpus
from benchmarks.run import RESULTS, ROOT, Child, ProcRun
from benchmarks.sections import replace_section

SECTION = "## Dask engine"
CONFIGS = (  # (label, extra CLI arguments, output kind)
    ("local, 1 process", ["--workers", "1"], "csv"),
    ("local, 2 processes", ["--workers", "2"], "csv"),
    ("dask, 1 worker", ["--engine", "dask", "--workers", "1"], "csv"),
    ("dask, 2 workers", ["--engine", "dask", "--workers", "2"], "csv"),
    ("dask, 2 workers, Parquet", ["--engine", "dask", "--workers", "2", "--format", "parquet"], "parquet"),
)


class TreeMemory:
    """Peak of the summed RSS of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int):
        self.pid, self.peak_mb, self._stop = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                procs = [root, *root.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak_mb = max(self.peak_mb, total / 2**20)
            except psutil.Error:
                return
            self._stop.wait(0.2)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb


def run_one(corpus: Path, extra: list[str], out: Path) -> tuple[ProcRun, float, tuple[float, float]]:
    """(measurement, peak tree MB, 1-min load before/after) of one CLI run writing to ``out``."""
    before = os.getloadavg()[0]
    child = Child([sys.executable, "-m", "dashboard", "extract", str(corpus), "--output", str(out), "--force", *extra])
    memory = TreeMemory(child.proc.pid)
    result = child.finish()
    return result, memory.stop(), (before, os.getloadavg()[0])


def measure(sizes: list[int], seed: int, corpora: Path, rounds: int = 1, only: list[str] | None = None) -> list[dict]:
    """One row per run; with ``rounds`` > 1 the configurations are interleaved round by round, so that a
    change in the machine's load falls on all of them alike."""
    from dashboard.tables.parquet import read_figures_parquet

    rows: list[dict] = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    configs = [c for c in CONFIGS if not only or c[0] in only or c[0] == CONFIGS[0][0]]  # always the reference
    try:
        for size in sizes:
            articles = ensure_corpus(corpora, size, seed) / "articles"
            reference = b""
            for round_no, (label, extra, kind) in ((r, c) for r in range(rounds) for c in configs):
                out = tmp / f"{size}-{re.sub(r'[^a-z0-9]+', '-', label)}{'' if kind == 'parquet' else '.csv'}"
                print(f"{size} articles, {label} ...", file=sys.stderr, flush=True)
                result, tree_mb, load = run_one(articles, extra, out)
                written = sum(f.stat().st_size for f in out.iterdir()) if out.is_dir() else 0
                if kind == "csv":
                    data = out.read_bytes() if out.exists() else b""
                    out.unlink(missing_ok=True)
                    reference = reference or data
                    figures, same = data.count(b"\n") - 1, data == reference
                else:
                    back = read_figures_parquet(out)
                    figures = len(back)
                    same = figures == reference.count(b"\n") - 1
                    shutil.rmtree(out)
                rows.append({"size": size, "label": label, "round": round_no, "wall": result.wall, "cpu": result.cpu,
                             "parquet_mb": written / 2**20,
                             "largest_mb": result.peak_mb, "tree_mb": tree_mb, "rc": result.returncode,
                             "figures": figures, "same": same, "load": load, "stderr": result.stderr})
                print(f"  {result.wall:.1f} s wall, {result.cpu:.1f} s CPU, rc {result.returncode}, "
                      f"{'same rows' if same else 'DIFFERENT'}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


INTRO = (f"{SECTION}\n\n"
         "Written by `python -m benchmarks.distributed` (`make bench-dask`). Whole `python -m dashboard extract` "
         "processes on the synthetic corpora, one at a time. CPU is the process and every worker it waited for; "
         "\"largest\" is the biggest single process's peak RSS, \"tree\" the peak of the summed RSS of the process "
         "and its workers (sampled every 0.2 s, so it can miss a short peak that \"largest\" catches); \"Parquet\" "
         "the size of the parts written. \"same\" compares "
         "with the local 1-process run of the same round: CSV byte for byte, Parquet by rows read back. "
         "Each kind of run (sizes, rounds, configurations) keeps its own subsection; a rerun replaces it.\n")


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return (xs[len(xs) // 2] + xs[(len(xs) - 1) // 2]) / 2


def render(rows: list[dict], title: str, started: str, load_start: tuple[float, ...],
           load_end: tuple[float, ...]) -> str:
    """The subsection of one run: its conditions, every run's row and, with rounds, the medians."""
    import platform

    import dask

    lines = [f"### {title}", "",
             f"{started}; {os.cpu_count()} cores ({platform.machine()}), dask {dask.__version__}. Load average "
             f"(1/5/15 min) at start {', '.join(f'{x:.2f}' for x in load_start)}, at end "
             f"{', '.join(f'{x:.2f}' for x in load_end)}. The machine is shared: with the load above its 2 cores, "
             "wall time measures the competition as much as the engine, and CPU time is the steadier figure.",
             "",
             "| articles | engine | round | wall | CPU | CPU ms/article | largest | tree | Parquet | figures | same "
             "| load before/after |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        written = f"{r['parquet_mb']:.1f} MB" if r["parquet_mb"] else ""
        lines.append(f"| {r['size']:,} | {r['label']} | {r['round'] + 1} | {r['wall']:.1f} s | {r['cpu']:.1f} s | "
                     f"{1000 * r['cpu'] / r['size']:.1f} | {r['largest_mb']:.0f} MB | {r['tree_mb']:.0f} MB | "
                     f"{written} | "
                     f"{r['figures']:,} | {'yes' if r['same'] and r['rc'] == 0 else 'NO'} | "
                     f"{r['load'][0]:.2f} / {r['load'][1]:.2f} |")
    if max(r["round"] for r in rows) > 0:
        lines += ["", "| articles | engine | median wall (min-max) | median CPU |", "|---|---|---|---|"]
        for key in dict.fromkeys((r["size"], r["label"]) for r in rows):
            runs = [r for r in rows if (r["size"], r["label"]) == key]
            walls = [r["wall"] for r in runs]
            lines.append(f"| {key[0]:,} | {key[1]} | {_median(walls):.1f} s ({min(walls):.1f}-{max(walls):.1f}) | "
                         f"{_median([r['cpu'] for r in runs]):.1f} s |")
    for r in rows:
        if r["rc"] != 0:
            lines += ["", f"{r['size']} {r['label']}: exit {r['rc']}; stderr ends: `{r['stderr'][-300:]!s}`"]
    return "\n".join(lines) + "\n"


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) the "## Dask engine" section of RESULTS.md, leaving the rest as it is."""
    replace_section(SECTION, section, path)


def merge_subsection(subsection: str, path: Path = RESULTS) -> str:
    """The Dask section with ``subsection`` in place of the one of the same title (or added at the end)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    found = re.search(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", text, re.S | re.M)
    parts = re.split(r"^(?=### )", found.group(0), flags=re.M)[1:] if found else []
    title = subsection.split("\n", 1)[0]
    kept = [p.rstrip("\n") + "\n" for p in parts if p.split("\n", 1)[0] != title]
    return "\n".join([INTRO, *kept, subsection])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.distributed", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000], metavar="N")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where corpora live")
    parser.add_argument("--rounds", type=int, default=1, help="repeat every configuration, interleaved")
    parser.add_argument("--only", nargs="+", choices=[c[0] for c in CONFIGS], metavar="LABEL",
                        help="these configurations (and the local 1-process reference)")
    parser.add_argument("--no-write", action="store_true", help="print the section, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_start = os.getloadavg()
    rows = measure(sorted(args.sizes), args.seed, args.out, args.rounds, args.only)
    title = (f"{' and '.join(f'{n:,}' for n in sorted(args.sizes))} articles, {args.rounds} round"
             f"{'s' if args.rounds > 1 else ''}{', ' + '; '.join(args.only) if args.only else ''}")
    subsection = render(rows, title, started, load_start, os.getloadavg())
    if not args.no_write:
        write_section(merge_subsection(subsection))
    print(subsection)
    return 0 if all(r["rc"] == 0 and r["same"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
