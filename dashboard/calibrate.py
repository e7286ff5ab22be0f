"""Calibrate extraction confidence on labelled real passages: ``python -m dashboard.calibrate FOLDER...``.

For each rule (the method without its owner part) and each way of finding the owner, count how
often its figures were right on the labelled folders given, and write
``dashboard/extraction/vocab/confidence.csv``. confidence.score reads that file. Run it only on
the parts you work against, never on a sealed evaluation part.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

from dashboard.evaluate import load_devset, match_prediction, passage_info
from dashboard.extraction import extract_figures
from dashboard.extraction.confidence import CALIBRATION_FILE
from dashboard.schema import METRICS


def tally(folders: list[Path]) -> dict[tuple[str, str], list[int]]:
    """(kind, key) -> [right, wrong] over every scored prediction in ``folders``."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for folder in folders:
        passages, gold = load_devset(folder)
        for p in passages:
            info = passage_info(p)
            golds, used = gold.get(p["id"], []), set()
            for pred in extract_figures(p["text"], info):
                if METRICS[pred.metric].qualitative:
                    continue
                hits = match_prediction(pred, golds, used)
                used.update(hits)
                if hits and all(golds[i].optional for i in hits):
                    continue
                rule, _, how = pred.method.partition(" (")
                for key in (("rule", rule), ("how", how.rstrip(")"))):
                    counts[key][not hits] += 1
    return counts


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m dashboard.calibrate FOLDER [FOLDER...]", file=sys.stderr)
        return 2
    counts = tally([Path(a) for a in argv])
    with open(CALIBRATION_FILE, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["kind", "key", "right", "wrong"])
        for (kind, key), (right, wrong) in sorted(counts.items()):
            out.writerow([kind, key, right, wrong])
    print(f"{len(counts)} rows written to {CALIBRATION_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
