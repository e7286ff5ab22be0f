"""What a review decision is: its kinds, the fields a correction may set and their checks, and the
records the review log hands back.

In: a decision as a reviewer or a script states it (figure, article, quote, metric, decision,
corrected fields, note, reviewer, the version the user saw).
Out: the corrected fields normalised to plain JSON types, or a ValueError listing every problem;
the :class:`Decision` and :class:`Reanchor` records and the :class:`StaleDecision` error that
``reviews.ReviewStore`` and ``overlay.apply_decisions`` use. Nothing here touches the database.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dashboard import schema

DECISIONS = ("accept", "reject", "correct")
CORRECTABLE = ("value", "country_iso3", "metric", "year", "host_iso3", "stage", "currency")  # (a browser audit: "$" read
# as US dollars in an Australian article could only be rejected and added again)
# An addition (a figure the extractor missed, see tables.additions) is a correction whose fields say "added": True
# and give where its quote stands, and, for money, its currency
ADDITION_FIELDS = ("added", "start", "end")
_CURRENCY = re.compile(r"[A-Z]{3}|")
STATUS_OF = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
BOUND_QUALIFIERS = ("range", "lower_bound", "upper_bound")  # qualifiers that go with low / high
_ISO3 = re.compile(r"[A-Z]{3}|NATO|EUROPE|AFRICA|SAHEL|MIDDLE_EAST|CARIBBEAN|")  # regions host deployments too


@dataclass(frozen=True)
class Decision:
    """One stored review decision; ``fields`` holds the corrected values (empty unless ``correct``)."""

    id: int
    figure_id: str
    article_id: str
    quote: str
    metric: str
    decision: str
    fields: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    reviewer: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class Reanchor:
    """A decision whose figure id is gone but whose figure was found again under ``figure_id``.

    ``applied`` is False when a newer decision landed on the same row and won.
    """

    decision: Decision
    figure_id: str
    applied: bool


class StaleDecision(Exception):
    """The figure got a new decision since the user loaded it; ``current`` is that decision.

    ``current`` is None only when the user's ``expected_version`` points at a decision this log
    does not have (e.g. the database file was replaced under a running page).
    """

    def __init__(self, figure_id: str, expected: int, current: Decision | None) -> None:
        self.figure_id = figure_id
        self.expected = expected
        self.current = current
        now = f"decision {current.id} ({current.decision})" if current else "no decision"
        super().__init__(f"figure {figure_id} changed since you loaded it: you saw version {expected}, "
                         f"the log now has {now}")


def check_fields(fields: Mapping[str, Any]) -> list[str]:
    """Every problem with a correction's fields, as messages (empty when fine).

    >>> check_fields({"value": 28500, "country_iso3": "KOR", "stage": ""})
    []
    >>> check_fields({"year": 1850})
    ['year must be a whole number from 1900 to 2100, not 1850']
    """
    adding = fields.get("added") is True
    allowed = CORRECTABLE + ADDITION_FIELDS if adding else CORRECTABLE
    problems = [f"unknown field {k!r} (a correction may set: {', '.join(CORRECTABLE)})"
                for k in fields if k not in allowed]
    if adding:
        problems += [f"an addition needs {k!r}" for k in ("start", "end", "value", "country_iso3") if k not in fields]
    for key, value in fields.items():
        if key == "value" and (isinstance(value, bool) or not isinstance(value, numbers.Real)
                               or not math.isfinite(value)):
            problems.append(f"value must be a finite number, not {value!r}")
        elif key == "year" and (isinstance(value, bool) or not isinstance(value, numbers.Integral)
                                or not 1900 <= value <= 2100):
            problems.append(f"year must be a whole number from 1900 to 2100, not {value!r}")
        elif key == "metric" and value not in schema.METRICS:
            problems.append(f"metric must be one of {', '.join(schema.METRICS)}, not {value!r}")
        elif key in ("country_iso3", "host_iso3") and not (isinstance(value, str) and _ISO3.fullmatch(value)):
            problems.append(f"{key} must be three capital letters (ISO 3166-1 alpha-3), 'NATO' or empty, "
                            f"not {value!r}")
        elif key in ("start", "end") and (isinstance(value, bool) or not isinstance(value, numbers.Integral)
                                          or value < 0):
            problems.append(f"{key} must be a character offset (a whole number >= 0), not {value!r}")
        elif key == "currency" and not (isinstance(value, str) and _CURRENCY.fullmatch(value)):
            problems.append(f"currency must be an ISO 4217 code (three capital letters) or empty, not {value!r}")
        elif key == "added" and value is not True:
            problems.append(f"added must be true, not {value!r}")
        elif key == "stage" and value not in schema.STAGES:
            problems.append(f"stage must be one of {', '.join(repr(s) for s in schema.STAGES)}, not {value!r}")
    return problems


def _normalised(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Checked fields as plain JSON types (numpy numbers become float / int)."""
    out = dict(fields)
    if "value" in out:
        out["value"] = float(out["value"])
    for key in ("year", "start", "end"):
        if key in out:
            out[key] = int(out[key])
    return out


def check_decision(figure_id: Any, article_id: Any, quote: Any, metric: Any, decision: Any,
                   fields: Mapping[str, Any] | None = None, note: Any = "", reviewer: Any = "",
                   expected_version: Any = None) -> dict[str, Any]:
    """Validate one decision; return its normalised fields or raise ValueError listing every problem."""
    problems = [f"{name} must be a non-empty string, not {value!r}"
                for name, value in (("figure_id", figure_id), ("article_id", article_id))
                if not isinstance(value, str) or not value]
    problems += [f"{name} must be a string, not {value!r}"
                 for name, value in (("quote", quote), ("note", note), ("reviewer", reviewer))
                 if not isinstance(value, str)]
    if metric not in schema.METRICS:
        problems.append(f"metric must be one of {', '.join(schema.METRICS)}, not {metric!r}")
    if decision not in DECISIONS:
        problems.append(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    if expected_version is not None and (isinstance(expected_version, bool)
                                         or not isinstance(expected_version, numbers.Integral)
                                         or expected_version < 0):
        problems.append(f"expected_version must be None or a decision id >= 0, not {expected_version!r}")
    fields = {} if fields is None else fields
    if not isinstance(fields, Mapping):
        problems.append(f"fields must be a mapping, not {fields!r}")
        fields = {}
    problems += check_fields(fields)
    if decision == "correct" and not fields:
        problems.append("a correction needs at least one corrected field")
    if decision in ("accept", "reject") and fields:
        problems.append(f"fields are only for corrections, not for {decision!r}")
    if problems:
        raise ValueError(f"invalid review decision for figure {figure_id!r}: " + "; ".join(problems))
    return _normalised(fields)
