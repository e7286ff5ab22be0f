"""How often a number the extractor left out was a figure it missed, by the reason it gave: measured on labelled
real passages, so the Review page can put the likeliest missed figures first.

The missed-figure form lists every number the extractor read in an article and turned into no figure, each with
the reason its trace gives (``tables.additions.passed_over``). About five such numbers stand in a passage and
nearly nine in ten missed figures are among them (README, "Figures the extractor missed"), but the reasons differ
a lot: a number with no personnel noun was a missed figure about one time in ten, one set aside by the World Bank
check about two times in three. ``left_out_rates.csv`` holds, per reason, how many left-out numbers the labelled
sets had and how many of them carried a labelled figure the extractor missed.

Measured with rates fitted on ``devset189``-``300`` and tried on ``devset301``-``318`` (2026-12-06): of the 201
missed figures on those passages' lists (4.5 numbers a list), the first three listed held 129 in text order and 147
ranked this way; the first one, 60 and 74.

Write it with ``python -m dashboard.tables.left_out FOLDER...`` (labelled folders as ``evaluate`` reads them; only
sets already scored, never a sealed one). The file is data, not a rule: it orders a list and says how often, and
changes no figure.
"""

from __future__ import annotations

import csv
import re
import sys
from functools import cache
from pathlib import Path

RATES_FILE = Path(__file__).resolve().with_name("left_out_rates.csv")
MIN_NUMBERS = 10  # a reason seen fewer times has no rate of its own: it ranks at the pooled rate
_DETAIL_RE = re.compile(r" \(| \[|: ")


def reason_key(why: str) -> str:
    """A trace reason without its examples or gloss note: what the rates are kept under.

    >>> reason_key("no personnel noun attached (troops, soldiers...) [read through the Spanish gloss]")
    'no personnel noun attached'
    >>> reason_key("under 20: a team or a handful, not a strength or a deployment")
    'under 20'
    """
    return _DETAIL_RE.split(why, 1)[0].strip()


@cache
def rates() -> tuple[dict[str, tuple[int, int]], float]:
    """({reason: (numbers, missed figures)}, the pooled rate); empty and 0 when the file is not there."""
    try:
        with open(RATES_FILE, encoding="utf-8", newline="") as fh:
            table = {r["reason"]: (int(r["numbers"]), int(r["missed_figures"])) for r in csv.DictReader(fh)}
    except OSError:
        return {}, 0.0
    numbers = sum(n for n, _ in table.values())
    return table, (sum(m for _, m in table.values()) / numbers if numbers else 0.0)


def rate(why: str) -> tuple[float, int] | None:
    """(share of such numbers that were missed figures, how many were measured), or None when too few were."""
    table, _ = rates()
    n, missed = table.get(reason_key(why), (0, 0))
    return (missed / n, n) if n >= MIN_NUMBERS else None


def ranked(passed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The left-out numbers, likeliest missed figure first (by their reason's measured rate; a reason too rarely
    seen ranks at the pooled rate); in text order where the rates are equal."""
    _, pooled = rates()

    def likelihood(item: tuple[int, int, str]) -> float:
        measured = rate(item[2])
        return measured[0] if measured else pooled

    return sorted(passed, key=lambda item: (-likelihood(item), item[0]))


def note(why: str) -> str:
    """'a missed figure in 28% of 635 on real text', or '' when the reason was too rarely seen."""
    measured = rate(why)
    return f"a missed figure in {measured[0]:.0%} of {measured[1]:,} on real text" if measured else ""


def tally(folders: list[Path]) -> dict[str, list[int]]:
    """{reason: [left-out numbers, those carrying a labelled figure the extractor missed]} over ``folders``."""
    import json

    from dashboard.evaluate import load_devset, match_prediction, passage_info
    from dashboard.extraction import extract_figures
    from dashboard.schema import METRICS

    counts: dict[str, list[int]] = {}
    for folder in folders:
        passages, gold = load_devset(folder)
        spans: dict[str, list[dict]] = {}
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                spans.setdefault(row["passage_id"], []).append(row)
        for p in passages:
            info = passage_info(p)
            trace: list = []
            golds, used = gold.get(p["id"], []), set()
            for pred in extract_figures(p["text"], info, trace=trace):
                if not METRICS[pred.metric].qualitative:
                    used.update(match_prediction(pred, golds, used))
            missed = {g.span_text for i, g in enumerate(golds) if i not in used and not g.optional
                      and g.metric in METRICS and not METRICS[g.metric].qualitative}
            for d in trace:
                if d.figure is not None or d.number.kind == "year":
                    continue
                row = counts.setdefault(reason_key(d.why), [0, 0])
                row[0] += 1
                row[1] += any(s["metric"] != "other" and s["span_text"] in missed and s["start"] < d.number.end
                              and d.number.start < s["end"] for s in spans.get(p["id"], []))
    return counts


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m dashboard.tables.left_out FOLDER [FOLDER...]", file=sys.stderr)
        return 2
    counts = tally([Path(a) for a in argv])
    with open(RATES_FILE, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["reason", "numbers", "missed_figures"])
        for reason, (n, missed) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0])):
            out.writerow([reason, n, missed])
    print(f"{len(counts)} reasons, {sum(n for n, _ in counts.values()):,} numbers written to {RATES_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
