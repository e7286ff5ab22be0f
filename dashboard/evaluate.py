"""Score the extractor on a labelled development set (the folder layout of shared/devset).

Matching follows the devset's README: a prediction matches a gold row of the same passage when
country and metric agree and the value is within 0.5%; each gold row matches at most one
prediction. Gold rows labelled ``other`` are never targets; a prediction that lands on one is
wrong. Dollar conversions in brackets are optional: matching one is neither required nor wrong.
``budget_trend`` claims carry no value and the devset does not label them: they are counted
and listed apart, not scored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.extraction import ArticleInfo, Figure, extract_figures
from dashboard.extraction.assemble import how_found
from dashboard.ingest.articles import parse_date
from dashboard.schema import METRICS, metrics_where

SCORED_METRICS = metrics_where(scored=True)  # the core metrics: every declared metric with a value
_METRIC_ALIASES = {"budget_share_gdp_pct": "defense_share_gdp_pct"}


@dataclass
class Gold:
    passage_id: str
    country_iso3: str
    metric: str
    value: float
    year: int | None
    host_iso3: str
    span_text: str
    optional: bool


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_metric: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    year_hits: int = 0
    year_total: int = 0
    host_hits: int = 0
    host_total: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    trends: list[str] = field(default_factory=list)
    wrong_years: list[str] = field(default_factory=list)  # matched rows whose year differs from the label's
    # passages whose extraction raised: reported by id, their gold rows count as misses, the rest are scored
    failures: list[str] = field(default_factory=list)
    # confidence band -> [right, wrong]: is the confidence calibrated?
    bands: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    # how the owner was found -> [right, wrong], the evidence confidence.py weighs
    by_how: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.per_metric.values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total


def _parse_date(value: str | None) -> date | None:
    return parse_date(value, partial=True)  # "2018-03" -> the month's first day, good enough for year arithmetic


class DevsetError(ValueError):
    """A labelled folder that cannot be scored: the message names the file and line at fault."""


def _rows(path: Path) -> list[tuple[int, dict]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DevsetError(f"{path}:{n}: not a JSON line ({exc.msg})") from None
            if not isinstance(row, dict):
                raise DevsetError(f"{path}:{n}: not a JSON object")
            out.append((n, row))
    return out


def load_devset(folder: Path) -> tuple[list[dict], dict[str, list[Gold]]]:
    """(passages, gold rows by passage) of a labelled folder; DevsetError names the line of a malformed file (a CLI
    audit met tracebacks)."""
    passages = []
    for n, row in _rows(folder / "passages.jsonl"):
        if not isinstance(row.get("id"), str) or not isinstance(row.get("text"), str):
            raise DevsetError(f"{folder / 'passages.jsonl'}:{n}: a passage needs an 'id' and a 'text'")
        passages.append(row)
    gold: dict[str, list[Gold]] = defaultdict(list)
    for n, row in _rows(folder / "labels.jsonl"):
        try:
            metric = _METRIC_ALIASES.get(row["metric"], row["metric"])
            gold[row["passage_id"]].append(Gold(
                passage_id=row["passage_id"], country_iso3=row["country_iso3"], metric=metric,
                value=float(row["value"]), year=int(row["year"]) if str(row.get("year") or "").strip() else None,
                host_iso3=row.get("host_iso3") or "", span_text=row.get("span_text", ""),
                optional=_optional(row.get("note") or ""),
            ))
        except KeyError as exc:
            raise DevsetError(f"{folder / 'labels.jsonl'}:{n}: a label needs {exc.args[0]!r}") from None
        except (TypeError, ValueError):
            raise DevsetError(f"{folder / 'labels.jsonl'}:{n}: value and year must be numbers") from None
    return passages, gold


def passage_info(p: dict) -> ArticleInfo:
    """What extraction knows of a labelled passage: its id, date, title, publisher and address, as an article's."""
    return ArticleInfo(article_id=p["id"], published=_parse_date(p.get("date")), title=p.get("title") or "",
                       publisher=p.get("publisher") or "", url=p.get("source_url") or p.get("url") or "")


def _optional(note: str) -> bool:
    """A conversion into another currency is optional: the devset README's "USD conversion", or a note that calls
    the row a conversion and says it is optional ("treat as a conversion: optional")."""
    note = note.lower()
    return "usd conversion" in note or "conversion" in note and "optional" in note


def _close(value: float | None, target: float) -> bool:
    if value is None:
        return False
    return abs(value - target) <= 0.005 * abs(target) if target else value == 0


def _matches(pred: Figure, g: Gold) -> bool:
    if pred.country_iso3 != g.country_iso3 or pred.metric != g.metric:
        return False
    return _close(pred.value, g.value)


def match_prediction(pred: Figure, golds: list[Gold], used: set[int]) -> list[int]:
    """Indices of the gold rows ``pred`` matches (none already ``used``).

    One row, normally. A predicted range ("900 to 1,000") matches the rows labelled for its two
    bounds, as devset2's README asks of a scorer (or one row for its midpoint).
    """
    free = [i for i, g in enumerate(golds) if i not in used
            and g.country_iso3 == pred.country_iso3 and g.metric == pred.metric]
    if pred.qualifier == "range" and pred.low is not None and pred.high is not None:
        bounds = [next((i for i in free if _close(bound, golds[i].value)), None) for bound in (pred.low, pred.high)]
        bounds = [i for i in dict.fromkeys(bounds) if i is not None]
        if bounds:
            return bounds
    return [i for i in free if _close(pred.value, golds[i].value)][:1]


def _plain(value: float) -> str:
    """A value as a reader writes it: '1,010,000,000,000', '2.5' (a CLI audit read '1.01e+12').

    >>> _plain(1.01e12), _plain(2.5), _plain(-12.0)
    ('1,010,000,000,000', '2.5', '-12')
    """
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.2f}"


def evaluate(folder: Path) -> Report:
    passages, gold = load_devset(folder)
    report = Report()
    for metric in SCORED_METRICS:
        report.per_metric[metric]  # every metric appears in the table, even at zero
    for p in passages:
        info = passage_info(p)
        try:
            preds = extract_figures(p["text"], info)
        except Exception as exc:  # noqa: BLE001 - one passage's bug must not stop the scoring of the others
            report.failures.append(f"{p['id']}: {type(exc).__name__}: {exc}")
            preds = []
        golds = gold.get(p["id"], [])
        used: set[int] = set()
        for pred in preds:
            if METRICS[pred.metric].qualitative:
                report.trends.append(f"{p['id']}: {pred.country_iso3} {pred.direction} {pred.quote!r}")
                continue
            hits = match_prediction(pred, golds, used)
            band = confidence_band(pred.confidence)
            how = how_found(pred)
            if not hits or not all(golds[i].optional for i in hits):
                report.bands[band][not hits] += 1
                report.by_how[how][not hits] += 1
            if not hits:
                report.per_metric[pred.metric].fp += 1
                report.false_positives.append(
                    f"{p['id']}: {pred.country_iso3} {pred.metric} {_plain(pred.value)} {pred.quote!r} [{pred.method}]")
                continue
            used.update(hits)
            for g in (golds[i] for i in hits if not golds[i].optional):
                report.per_metric[g.metric].tp += 1
                if g.year is not None:
                    report.year_total += 1
                    report.year_hits += int(pred.year == g.year)
                    if pred.year != g.year:
                        report.wrong_years.append(f"{p['id']}: {g.country_iso3} {g.metric} {_plain(g.value)} {g.span_text!r}: "
                                                  f"{pred.year if pred.year is not None else 'no year'}, label {g.year}")
                if g.host_iso3:
                    report.host_total += 1
                    report.host_hits += int(pred.host_iso3 == g.host_iso3)
        for i, g in enumerate(golds):
            if i in used or g.optional or g.metric not in SCORED_METRICS:
                continue
            report.per_metric[g.metric].fn += 1
            report.misses.append(f"{p['id']}: {g.country_iso3} {g.metric} {_plain(g.value)} {g.span_text!r}")
    return report


BANDS = ((0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def confidence_band(value: float) -> str:
    """The band a confidence falls in, as a label: 0.62 -> '0.6-0.7'."""
    for lo, hi in BANDS:
        if lo <= value < hi:
            return f"{lo:.1f}-{min(hi, 1.0):.1f}"
    return "?"


def format_report(report: Report) -> str:
    lines = [f"{'metric':<24}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for metric, s in report.per_metric.items():
        lines.append(f"{metric:<24}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}")
    o = report.overall
    lines.append(f"{'ALL core metrics':<24}{o.tp:>5}{o.fp:>5}{o.fn:>5}{o.precision:>11.3f}{o.recall:>8.3f}{o.f1:>7.3f}")
    if not (o.tp or o.fp or o.fn):  # (1.000 / 1.000 of nothing read as a perfect score)
        lines.append("nothing to score: no labelled core figure and none found")
    if report.year_total:
        lines.append(f"year accuracy on matched rows: {report.year_hits}/{report.year_total} = "
                     f"{report.year_hits / report.year_total:.3f}")
    if report.host_total:
        lines.append(f"host accuracy on matched rows: {report.host_hits}/{report.host_total} = "
                     f"{report.host_hits / report.host_total:.3f}")
    if report.bands:
        lines.append("precision per confidence band (is a low score a real warning?):")
        for band in sorted(report.bands):
            right, wrong = report.bands[band]
            lines.append(f"  {band:<8} {right + wrong:>4} figures  precision {right / (right + wrong):.3f}")
    for title, items in (("extraction failed (counted as found nothing)", report.failures),
                         ("false positives", report.false_positives), ("misses", report.misses),
                         ("wrong years on matched rows", report.wrong_years),
                         ("qualitative trend claims (not scored)", report.trends)):
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)
