"""Which World Bank series goes with which metric, and the reference rows drawn behind a page's claims."""

from __future__ import annotations

from dashboard import schema
from dashboard.tables import reference


def test_declared_reference_series_are_shipped_series_in_the_metrics_unit():
    """Each metric's reference_series exists in the shipped tables and measures the metric's own unit: persons
    against persons, dollars against money, a share of GDP against a percentage that is not a change."""
    shipped = set(reference.load_reference()["series"].unique())
    units = {"persons": "persons", "currency": "current US$", "percent": "% of GDP"}
    declared = {k: m.reference_series for k, m in schema.METRICS.items() if m.reference_series}
    assert declared == {"active_personnel": "armed_forces_personnel", "defense_budget": "milex_usd_current",
                        "defense_share_gdp_pct": "milex_share_gdp_pct"}
    ref = reference.load_reference()
    for key, series in declared.items():
        metric = schema.METRICS[key]
        assert series in shipped and not metric.change and not metric.qualitative
        assert set(ref.loc[ref["series"] == series, "unit"]) == {units[metric.unit]}
