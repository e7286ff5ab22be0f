"""What the Review page needs from the store, so the page only draws: a decision's anchor, a figure's
version, the edits a correction holds, whether a decision can be saved, and bulk items."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from dashboard.tables.review_records import Decision

# ---------------------------------------------------------------------------
# What a review page needs from the store, so the page only draws: a decision's anchor, a figure's
# version, the edits a correction holds, and whether a decision can be saved at all.
# ---------------------------------------------------------------------------

FIELD_LABELS = {"value": "Value", "country_iso3": "Country", "metric": "Metric", "year": "Year",
                "host_iso3": "Host", "stage": "Stage", "currency": "Currency"}
DECISION_LABELS = {"accept": "Accept", "reject": "Reject", "correct": "Correct"}


def anchor(row: Mapping[str, Any], latest: Mapping[str, Decision]) -> tuple[str, str]:
    """(metric, quote) as the extractor found them: what a decision is anchored to. A corrected row shows the
    corrected metric, so the first decision's anchor is used when there is one."""
    d = latest.get(row["figure_id"])
    return (d.metric, d.quote) if d else (row["metric"], row["quote"])


def version_of(figure_id: str, latest: Mapping[str, Decision]) -> int:
    """The figure's latest decision id in ``latest`` (0: no decision yet): what a save must expect."""
    d = latest.get(figure_id)
    return d.id if d else 0


def _plain(value: Any) -> Any:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


def correction_edits(row: Mapping[str, Any], proposed: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``proposed`` that differ from the figure as it stands (None means "left empty": no edit).

    >>> correction_edits({"value": 5.0, "year": 2024, "stage": ""}, {"value": 6.0, "year": 2024, "stage": ""})
    {'value': 6.0}
    """
    current = {k: _plain(row.get(k)) for k in proposed}
    if current.get("value") is not None:
        current["value"] = float(current["value"])
    if current.get("year") is not None:
        current["year"] = int(current["year"])
    return {k: v for k, v in proposed.items() if v is not None and v != current[k]}


def decision_problem(decision: str | None, edits: Mapping[str, Any]) -> str | None:
    """Why a decision cannot be saved as given (markdown), or None when it can.

    >>> decision_problem("accept", {"value": 6.0}).startswith("Nothing saved: you changed Value")
    True
    >>> decision_problem("correct", {"value": 6.0}) is None
    True
    """
    if decision is None:
        return "Nothing saved: choose Accept, Reject or Correct first."
    if edits and decision != "correct":
        return (f"Nothing saved: you changed {', '.join(FIELD_LABELS[k] for k in edits)}, but "
                f"**{DECISION_LABELS[decision]}** would record the figure as it stands and drop your edits. "
                "Choose **Correct** to save them, or undo the edits.")
    if decision == "correct" and not edits:
        return "Nothing saved: a correction needs a changed field. Change the wrong value, or choose Accept."
    return None


def bulk_items(view: pd.DataFrame, picked: Iterable[str], decision: str, latest: Mapping[str, Decision],
               shown: Mapping[str, int]) -> list[dict[str, Any]]:
    """The items of a bulk accept or reject, each anchored and carrying the version the user saw.

    ValueError when a picked figure was not on screen (no version seen): saving it would be a blind write.
    """
    items = []
    for fid in picked:
        r = view[view["figure_id"] == fid].iloc[0]
        metric0, quote0 = anchor(r, latest)
        items.append({"figure_id": fid, "article_id": r["article_id"], "quote": quote0, "metric": metric0,
                      "decision": decision, "expected_version": shown.get(fid)})
    unseen = [i["figure_id"] for i in items if i["expected_version"] is None]
    if unseen:
        raise ValueError(f"{len(unseen)} of the picked figures were not on screen when you pressed the button "
                         "(the list changed); check them and save again")
    return items
