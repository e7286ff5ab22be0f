"""Stage 4, charts: figures DataFrames in; Plotly figures out. Pure functions, no Streamlit, no I/O.

``style`` holds what every chart shares (formats, escaping, the low-confidence and planned looks,
click ids); one module per page draws its charts: ``overview`` (the maps, and any metric from its
declaration), ``deployments``, ``personnel``, ``budgets``, ``shares`` (share of GDP), ``rankings``;
``reflines`` is how a World Bank reference layer looks on any of them. Pages use the names below.
"""

from dashboard.charts.budgets import MAX_CURRENCY_PANELS, budget_changes, budget_timeline
from dashboard.charts.deployments import deployment_bars, deployment_map, level_over_time
from dashboard.charts.overview import (
    figures_per_country,
    latest_per_country_metric,
    metric_chart,
    reference_map,
    world_map,
)
from dashboard.charts.personnel import personnel_claims
from dashboard.charts.points import summed_amount, table_sums
from dashboard.charts.shares import share_metrics, share_of_gdp
from dashboard.charts.style import (
    COUNTRY_TOKEN,
    LOW_LABEL,
    LOW_NAME,
    LOW_OPACITY,
    LOW_PATTERN,
    PLANNED_LABEL,
    SELECTED_IDS_SEP,
    confidence_note,
    esc,
    fmt_value,
    hedged_value,
    is_faded,
    is_low,
    low_mask,
    pair_label,
    selected_ids,
    visible_controls,
)

__all__ = [
    "COUNTRY_TOKEN", "LOW_LABEL", "LOW_NAME", "LOW_OPACITY", "LOW_PATTERN", "MAX_CURRENCY_PANELS", "PLANNED_LABEL",
    "SELECTED_IDS_SEP", "budget_changes", "budget_timeline", "confidence_note", "deployment_bars", "deployment_map",
    "esc", "figures_per_country", "fmt_value", "hedged_value", "is_faded", "is_low", "latest_per_country_metric", "level_over_time",
    "low_mask", "metric_chart", "pair_label", "personnel_claims", "reference_map", "selected_ids", "share_metrics",
    "share_of_gdp", "summed_amount", "table_sums", "visible_controls", "world_map",
]
