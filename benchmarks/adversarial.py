"""Adversarial inputs: is extraction linear on text built to stress its regexes?

``python -m benchmarks.adversarial [--sizes KB ...] [--big KB] [--only NAME ...] [--no-write]``

Each crafted input (see :data:`INPUTS`) is generated deterministically at 100, 200, 400 and 800 KB
(characters; all but ``mixed-scripts`` and ``one-word-other-script`` are ASCII, so bytes too), and the worst of them again at 2 MB.
``extract_figures`` runs on each in a fresh subprocess (one per input, all sizes in turn) and the
subprocess reports the CPU seconds (``time.process_time``) of the extraction alone: CPU time, not
wall time, so a loaded machine changes the figures little.

It fails (exit status 1) when

* any input at 2 MB takes more than ``BUDGET_2MB_S`` CPU seconds (15 s: three times 2 MB of ordinary prose on
  the reference machine of benchmarks/RESULTS.md; a slower machine may pass ``--budget``), or
* any doubling of size costs more than ``RATIO`` times the smaller size plus ``SLACK_S`` seconds
  (2.5x + 0.1 s: linear work doubles, a quadratic pattern quadruples).

The table goes to benchmarks/RESULTS.md under "## Adversarial inputs" (replacing that section only).
The fast test tests/extraction/test_adversarial_linear.py runs the same inputs at a few KB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.sections import replace_section

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SECTION = "## Adversarial inputs"

SIZES_KB = (100, 200, 400, 800)
BIG_KB = 2000
# CPU seconds for any crafted input at 2 MB: three times what 2 MB of ordinary prose costs (~5 s on the
# reference machine). The densest inputs (a number every few characters, each classified) take 12-14 s, so
# 10 s would fail text that is merely full of numbers; a super-linear pattern blows through either.
BUDGET_2MB_S = 15.0
RATIO = 2.5  # allowed growth of CPU time per doubling of size
SLACK_S = 0.1  # plus this much: timer granularity, and pauses of the garbage collector in runs of ~0.1 s
WORST_AT_BIG = 4  # how many of the slowest inputs at the largest size are run again at 2 MB


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """``head`` + ``unit`` repeated + ``tail``, exactly ``size`` characters long."""
    body = size - len(head) - len(tail)
    reps = body // len(unit) + 1
    return head + (unit * reps)[:max(0, body)] + tail


def _cycle(units: list[str], size: int, head: str = "", sep: str = " ") -> str:
    """``units`` joined with ``sep`` in turn until ``size`` characters (deterministic, no randomness)."""
    out, n, i = [head], len(head), 0
    while n < size:
        piece = units[i % len(units)] + sep
        out.append(piece)
        n += len(piece)
        i += 1
    return "".join(out)[:size]


DEFENSE_LEDE = "The defense ministry said the military budget and troops matter. "

# name -> a function of the size in characters. Each aims at a family of patterns (see the comment).
def _shuffled_words(count: int) -> list[str]:
    """Defence words, country names and counts in a fixed pseudo-random order, with no full stop anywhere."""
    words = "said GDP of soldiers the Germany in defence with troops billion army budget France and a".split()
    out, x = [], 12345
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(f"{x % 90000 + 1000:,}" if x % 5 == 0 else words[x % len(words)])
    return out


INPUTS: dict[str, Callable[[int], str]] = {
    # the numeric run, parse_numeral and the glue/grouping checks
    "digits": lambda n: _fill("1", n, tail=" troops"),
    "commas-1,1,1": lambda n: _fill("1,", n),
    "separators-mixed": lambda n: _fill("1.2,3 4\u00a05,6.7,,8..9 ", n),
    "space-grouped": lambda n: _fill("1 000 ", n),
    "thousands-of-numbers": lambda n: _cycle([f"{i:,}" for i in range(1, 5000, 7)], n, DEFENSE_LEDE, ", "),
    "numbers-with-units": lambda n: _cycle([f"{i:,} troops" if i % 3 else f"${i} billion" for i in range(1, 999)],
                                           n, "Germany has ", ", "),
    # whitespace runs: the _SP0/_SP1 gaps, \s+ and \s* next to words, the sentence splitter
    "spaces": lambda n: _fill(" ", n, "5,000", " troops in Germany"),
    "spaces-between-numbers": lambda n: _fill("5,000" + " " * 997 + "troops ", n),
    "newlines": lambda n: _fill("\n", n, "5,000", " troops in Germany"),
    "space-newline-mix": lambda n: _fill(" \n \t\r\n ", n, "$5", " billion defense budget"),
    # hedges, and the words that end a hedge
    "hedges-repeated": lambda n: _fill("about ", n, "", "5,000 "),
    "hedges-with-numbers": lambda n: _fill("about about about more than nearly 500 troops ", n),
    # the gazetteer and everything that lists the countries of a sentence
    "countries-repeated": lambda n: _fill("Germany France Poland South Korea ", n),
    "countries-and-numbers": lambda n: _fill("Germany has 5,000 troops in Poland and ", n, DEFENSE_LEDE),
    "country-places": lambda n: _fill("in Germany, to Poland, U.S. troops deployed 800 ", n),
    # budget phrases with no number, and with numbers but no full stop
    "budget-of-no-number": lambda n: _fill("defense budget of ", n),
    "budget-sentence-no-stop": lambda n: _fill("the defense budget rose by 5% to $50 billion and the army has "
                                               "20,000 troops in Germany while ", n),
    "gdp-shares-no-stop": lambda n: _fill("NATO allies spend 2% of GDP on defense, or $30 billion, up from 1.5% ", n),
    "words-and-numbers-no-stop": lambda n: _cycle(_shuffled_words(4000), n),  # (a CLI audit's: minutes at 460 KB)
    "clauses-semicolons": lambda n: _fill("The army has 100,000 active troops and Poland spends 4.1% of GDP on defence; ", n),
    "change-words-no-stop": lambda n: _fill("increased cut raised fell from 3,000 to 4,000 by 500 ", n),
    # long words and sentences
    "long-word": lambda n: _fill("a", n),
    "long-word-defense": lambda n: _fill("defense", n),
    "long-sentence-words": lambda n: _fill("the minister said that the spending would rise and ", n),
    "abbreviations": lambda n: _fill("U.S. Gen. Mr. St. No. ", n, "", ""),
    "dots": lambda n: _fill(".", n, "5", " troops"),
    "digits-and-dots": lambda n: _fill("1.1.", n),
    # brackets, percent signs, currency symbols
    "unclosed-parens": lambda n: _fill("( ", n, "", "5,000 troops ($3 bn)"),
    "parens-before-numbers": lambda n: _fill("(5 (6 ($7 billion (", n),
    "nested-brackets": lambda n: _fill("[[({", n // 2) + _fill("5})]]", n - n // 2),
    "citations": lambda n: _fill("troops[1][22][333]28,500[4] ", n),
    "percent-signs": lambda n: _fill("%", n, "5"),
    "percent-repeated": lambda n: _fill("5% % percent per cent pc pct ", n),
    "currency-symbols": lambda n: _fill("$", n, "", "5 billion"),
    "currency-mixed": lambda n: _fill("$\u20ac\u00a3\u00a5\u20b9 US$ Rs. NT$ ", n, "", "5 billion"),
    "currency-words": lambda n: _fill("5 won 6 yen 7 euros 8 TL 9 kronor ", n),
    # number words, years, ranges
    "number-words": lambda n: _fill("twenty-eight thousand five hundred and ", n),
    "number-words-million": lambda n: _fill("a million half a million two and a half million ", n),
    "years": lambda n: _cycle([str(1900 + i % 130) for i in range(10_000)], n, "In fiscal "),
    "ranges-chained": lambda n: _fill("from 1 to 2 to 3 and 4 between 5 and 6-7 ", n),
    "hyphens": lambda n: _fill("-", n, "5", "-point"),
    "hyphen-numbers": lambda n: _fill("5-5-F-35-", n),
    # personnel nouns
    "troops-repeated": lambda n: _fill("troops ", n),
    "troops-numbers": lambda n: _fill("troops 5 soldiers 6 personnel 7 ", n),
    # prose tables: headers with no rows, and rows with no header
    "table-headers": lambda n: _fill("Defence spending (USD, billions)\n", n, "Germany\n"),  # an owner: tables are read
    "table-rows": lambda n: _fill("2014 ~5.9\n", n, "Year Defence Spending (USD, billions)\n"),
    # other scripts and invisible characters (normalisation)
    "mixed-scripts": lambda n: _fill("\u0410\u0440\u043c\u0438\u044f \u0662\u0668\u066c\u0665\u0660\u0660 "
                                     "\u519b\u961f \uff12\uff18\uff0c\uff15\uff10\uff10 \u0938\u0947\u0928\u093e ", n),
    "invisible-in-numbers": lambda n: _fill("1\u200b2\u00ad3\ufeff", n),
    "one-word-other-script": lambda n: _fill("\u0436", n, "Ab"),  # one word of Cyrillic letters, no space in it
    # the baseline: ordinary prose, repeated
    "ordinary-prose": lambda n: _fill(
        "The U.S. has 28,500 troops stationed in South Korea. Japan's defense budget rose 6.5% to "
        "7.95 trillion yen ($53 billion) for fiscal 2024. Germany spends 2.1% of GDP on defense.\n\n", n),
}


# ---------------------------------------------------------------------------
# Measuring (in a subprocess, one per input)
# ---------------------------------------------------------------------------

_CHILD = r"""
import json, sys, time
from datetime import date
from benchmarks.adversarial import INPUTS
from dashboard.extraction import ArticleInfo, extract_figures
name, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
make = INPUTS[name]
extract_figures(make(2000), ArticleInfo("warm", date(2024, 1, 1)))  # imports and lazy tables outside the clock
for size in sizes:
    text = make(size)
    best = float("inf")
    for _ in range(2 if size <= 200_000 else 1):  # the least of two where a run is short enough to be noisy
        t0 = time.process_time()
        figs = extract_figures(text, ArticleInfo("adv", date(2024, 1, 1), title="Adversarial"))
        best = min(best, time.process_time() - t0)
    print(json.dumps({"size": size, "cpu": best, "figures": len(figs)}), flush=True)
"""


def measure(name: str, sizes_chars: list[int], timeout: float = 900) -> dict[int, float]:
    """CPU seconds of extract_figures on input ``name`` at each size (characters), from one subprocess."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _CHILD, name, *map(str, sizes_chars)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{name}: {proc.stderr.strip()[-2000:]}")
    return {row["size"]: row["cpu"] for row in map(json.loads, proc.stdout.splitlines())}


def super_linear(times: dict[int, float], ratio: float = RATIO, slack: float = SLACK_S) -> list[str]:
    """The size steps where CPU time grew faster than linearly (``ratio`` per doubling, plus ``slack``)."""
    bad = []
    sizes = sorted(times)
    for a, b in zip(sizes, sizes[1:], strict=False):
        allowed = ratio * (b / a) / 2  # linear work grows b/a times; ratio/2 is the margin per doubling
        if times[b] > allowed * times[a] + slack:
            bad.append(f"{a // 1000}->{b // 1000} KB: {times[a]:.3f}s -> {times[b]:.3f}s (allowed {allowed:.2f}x)")
    return bad


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def render(rows: dict[str, dict[int, float]], sizes_kb: list[int], big_kb: int, budget: float,
           failures: list[str]) -> str:
    cols = [*sizes_kb, big_kb] if big_kb else list(sizes_kb)
    L = [SECTION, "",
         f"`python -m benchmarks.adversarial` ({date.today().isoformat()}, {platform.processor() or platform.machine()}, "
         f"Python {platform.python_version()}, {os.cpu_count()} CPUs): CPU seconds (`time.process_time`) of "
         "`extract_figures` on crafted text at each size in KB (characters), one subprocess per input. "
         + (f"Budget: every input at {big_kb / 1000:g} MB within {budget:g} CPU-s (the {WORST_AT_BIG} slowest at "
            f"{sizes_kb[-1]} KB, and ordinary prose as the yardstick, are run at {big_kb / 1000:g} MB; the others "
            "are below them), and " if big_kb else "Budget: ")
         + f"each doubling at most {RATIO}x the smaller size + {SLACK_S} s. `-` means not run at that size. "
         "The inputs (`INPUTS` in benchmarks/adversarial.py) aim at the numeric run, whitespace gaps, hedges, the "
         "gazetteer, budget phrases, long words and sentences, brackets, signs, number words, ranges, person nouns, "
         "prose tables and other scripts; tests/extraction/test_adversarial_linear.py runs them at 3 and 24 KB.", "",
         "| input | " + " | ".join(f"{c} KB" for c in cols) + " | growth per doubling |",
         "|---|" + "---:|" * len(cols) + "---:|"]
    for name, times in rows.items():
        cells = [f"{times[c * 1000]:.3f}" if c * 1000 in times else "-" for c in cols]
        steps = [times[b * 1000] / times[a * 1000] for a, b in zip(sizes_kb, sizes_kb[1:], strict=False)
                 if times.get(a * 1000, 0) > 0.01]
        growth = f"{max(steps):.2f}x" if steps else "n/a"
        L.append(f"| {name} | " + " | ".join(cells) + f" | {growth} |")
    L += ["", f"Result: {'FAIL' if failures else 'pass'}."]
    L += [f"- {f}" for f in failures]
    return "\n".join(L) + "\n"


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) the "## Adversarial inputs" section of RESULTS.md, leaving the rest as it is."""
    replace_section(SECTION, section, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.adversarial", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=list(SIZES_KB), metavar="KB")
    parser.add_argument("--big", type=int, default=BIG_KB, metavar="KB", help="size the worst inputs run at (0: skip)")
    parser.add_argument("--budget", type=float, default=BUDGET_2MB_S, help="CPU seconds allowed at --big")
    parser.add_argument("--only", nargs="+", choices=sorted(INPUTS), metavar="NAME")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    sizes_kb = sorted(args.sizes)
    names = args.only or list(INPUTS)
    rows: dict[str, dict[int, float]] = {}
    failures: list[str] = []
    for name in names:
        try:
            rows[name] = measure(name, [k * 1000 for k in sizes_kb])
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            failures.append(f"{name}: {exc}")
            continue
        line = "  ".join(f"{k}KB {rows[name][k * 1000]:.3f}s" for k in sizes_kb)
        print(f"{name:28s} {line}", file=sys.stderr, flush=True)
        failures += [f"{name}: super-linear {b}" for b in super_linear(rows[name])]
    if args.big and rows:
        worst = sorted(rows, key=lambda n: rows[n][sizes_kb[-1] * 1000], reverse=True)[:WORST_AT_BIG]
        worst += [n for n in ("ordinary-prose",) if n in rows and n not in worst]  # the yardstick
        for name in worst:
            try:
                cpu = measure(name, [args.big * 1000])[args.big * 1000]
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                failures.append(f"{name} at {args.big} KB: {exc}")
                continue
            rows[name][args.big * 1000] = cpu
            print(f"{name:28s} {args.big}KB {cpu:.3f}s", file=sys.stderr, flush=True)
            if cpu > args.budget:
                failures.append(f"{name}: {cpu:.2f} CPU-s at {args.big} KB, over the budget of {args.budget:g} s")
            failures += [f"{name}: super-linear {b}" for b in super_linear(
                {sizes_kb[-1] * 1000: rows[name][sizes_kb[-1] * 1000], args.big * 1000: cpu})]
    section = render(rows, sizes_kb, args.big, args.budget, failures)
    print(section)
    if not args.no_write:
        write_section(section)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
