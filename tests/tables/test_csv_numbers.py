"""Numbers in the CSV writer: plain decimal text that pandas reads back as the same floats.

numpy 2 made repr(np.float64(8.2)) == "np.float64(8.2)"; a writer that used repr on pandas'
values put that text in every non-whole cell, and pandas then read the column as text.
"""

from __future__ import annotations

import csv
import io
import math

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dashboard.tables.export import to_csv_text

# Whole floats past the int64 range are written as integer digits too; pandas reads a column made
# only of those as Python ints (object dtype), so every generated column also holds a fraction
# (the property below then checks the huge whole values exactly). See test_huge_whole_numbers.
magnitudes = st.one_of(
    st.floats(min_value=1e-9, max_value=1e20),
    st.floats(min_value=1e-9, max_value=1.0),
    st.integers(min_value=0, max_value=10**20).map(float),
    st.sampled_from([1e20, 1e-9, 1e-7, 0.1, 8.2, 66.3e12, 28500.0, 0.0, 2.0**53 + 2, 9.2e18, 1.5e19]),
)
cells = st.one_of(magnitudes, magnitudes.map(lambda x: -x), st.just(math.nan))
columns = st.lists(cells, min_size=1, max_size=20).map(lambda xs: [0.5, *xs])


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@settings(max_examples=300, deadline=None)
@given(values=columns)
@example(values=[0.5, 1e20, -1e20, 1e-9, -1e-9, 1e-7, 8.2, 0.1, -4.2, 66.3e12, math.nan])
def test_floats_round_trip_exactly_as_plain_decimals(values):
    df = pd.DataFrame({"value": pd.array(values, dtype="Float64"),
                       "plain": pd.Series(values, dtype="float64"),
                       "quote": ["-x"] * len(values)})
    text = to_csv_text(df)
    for cell in _cells(text):
        assert "np." not in cell and "e+" not in cell.lower() and "e-" not in cell.lower(), cell
        assert "inf" not in cell.lower() and "nan" not in cell.lower(), cell
    back = pd.read_csv(io.StringIO(text))
    for col in ("value", "plain"):
        assert pd.api.types.is_float_dtype(back[col]), (col, back[col].dtype)
        got = back[col].tolist()
        assert len(got) == len(values)
        for want, have in zip(values, got, strict=True):
            if math.isnan(want):
                assert math.isnan(have)
            else:
                assert have == want
    assert back["quote"].tolist() == ["'-x"] * len(values)  # text cells are still neutralised


@pytest.mark.parametrize("value, text", [
    (8.2, "8.2"), (0.1, "0.1"), (66.3e12, "66300000000000"), (-4.2, "-4.2"), (28500.0, "28500"),
    (1e20, "100000000000000000000"), (1e-7, "0.0000001"), (1e-9, "0.000000001"), (-1e-9, "-0.000000001"),
    (0.85, "0.85"), (1 / 3, "0.3333333333333333"), (123456789.125, "123456789.125"),
])
def test_number_text(value, text):
    df = pd.DataFrame({"value": pd.array([value], dtype="Float64")})
    assert to_csv_text(df) == f"value\n{text}\n"


def test_negative_numbers_stay_numbers_text_is_neutralised():
    df = pd.DataFrame({
        "quote": ["-4.2", "=1+1", "ok"],
        "value": pd.array([-4.2, -5.0, None], dtype="Float64"),
        "plain": [-4.2, 1.5, -0.001],
        "count": pd.array([-3, None, 2], dtype="Int64"),
        "mixed": pd.Series([-4.2, "-4.2", None], dtype=object),
    })
    rows = list(csv.reader(io.StringIO(to_csv_text(df))))
    assert rows == [["quote", "value", "plain", "count", "mixed"],
                    ["'-4.2", "-4.2", "-4.2", "-3", "-4.2"],
                    ["'=1+1", "-5", "1.5", "", "'-4.2"],
                    ["ok", "", "-0.001", "2", ""]]
    back = pd.read_csv(io.StringIO(to_csv_text(df.drop(columns=["mixed"]))))
    assert back["value"].tolist()[:2] == [-4.2, -5.0] and back["plain"].tolist() == [-4.2, 1.5, -0.001]


def test_float_cells_in_text_columns_are_plain_too():
    """A float that reaches the writer in an object column (not a float column) is formatted the same way."""
    df = pd.DataFrame({"mixed": pd.Series([1e-7, 1e20, "x"], dtype=object)})
    assert to_csv_text(df) == "mixed\n0.0000001\n100000000000000000000\nx\n"


def test_huge_whole_numbers():
    """A column of only whole numbers past int64 has no decimal point, so pandas reads exact Python ints."""
    back = pd.read_csv(io.StringIO(to_csv_text(pd.DataFrame({"v": [1e20, -3e21]}))))
    assert [float(v) for v in back["v"]] == [1e20, -3e21]
