"""The column-by-column CSV writer gives the same text as the pandas writer it replaces, cell for cell."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import schema
from dashboard.tables.export import _pandas_csv_text, to_csv_text

TEXT = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["=1+1", "-5", "+x", "@a", "\tt", "\rr", "", "a,b",
                                                                   'q"q', "l\nm", "\u2212", "  "]))
FLOAT = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e20, -0.0, 1e-7, 66.3e12]))
INT = st.one_of(st.none(), st.integers(min_value=-2**62, max_value=2**62))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TEXT, FLOAT, INT, st.floats(allow_nan=True), st.one_of(TEXT, FLOAT)), min_size=0, max_size=6))
def test_same_text_as_pandas(rows):
    texts, floats, ints, plain, mixed = (list(c) for c in zip(*rows, strict=True)) if rows else ([],) * 5
    df = pd.DataFrame({
        "t": pd.Series(texts, dtype="string"),
        "f": pd.Series(floats, dtype="Float64"),
        "i": pd.Series(ints, dtype="Int64"),
        "g": pd.Series(plain, dtype=np.float64),
        "o": pd.Series(mixed, dtype=object),
    })
    assert to_csv_text(df) == _pandas_csv_text(df)


def test_a_single_empty_cell_and_the_schema_frame():
    one = pd.DataFrame({"t": pd.Series(["", None], dtype="string")})
    assert to_csv_text(one) == _pandas_csv_text(one)
    empty = schema.empty_figures()
    assert to_csv_text(empty) == _pandas_csv_text(empty)


def test_unknown_dtypes_go_through_pandas():
    df = pd.DataFrame({"d": pd.to_datetime(["2024-01-02", None]), "b": [True, False], "o": [1, "x"]})
    assert to_csv_text(df) == _pandas_csv_text(df)
