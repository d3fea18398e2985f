import io

import numpy as np
import pandas as pd
import pytest

from sales import load_sales, monthly_pivot, region_summary

SALES = """month,region,product,units,revenue
2024-01,North,tea,32,128
2024-01,South,coffee,25,150
2024-01,East,coffee,17,102
2024-01,East,tea,37,148
2024-02,North,coffee,30,180
2024-02,North,tea,38,152
2024-02,South,cake,8,24
2024-02,South,coffee,21,126
2024-02,East,coffee,39,234
2024-02,West,cake,8,24
2024-03,North,cake,12,36
2024-03,South,tea,33,132
2024-03,South,coffee,34,204
2024-03,West,cake,10,30
2024-03,West,coffee,14,84
2024-04,North,coffee,16,96
2024-04,North,cake,37,111
2024-04,South,coffee,32,192
2024-04,South,tea,35,140
2024-04,East,coffee,20,120
2024-04,East,tea,28,112
2024-04,West,tea,6,24
"""

SUMMARY = pd.DataFrame(
    {
        "revenue": [968, 716, 703, 162],
        "mean_order": [138.29, 143.2, 117.17, 40.5],
        "orders": [7, 5, 6, 4],
    },
    index=pd.Index(["South", "East", "North", "West"], name="region"),
)

PIVOT = pd.DataFrame(
    [[250, 128, 150, 0], [234, 332, 150, 24], [0, 36, 336, 114], [232, 207, 332, 24]],
    index=pd.Index(["2024-01", "2024-02", "2024-03", "2024-04"], name="month"),
    columns=pd.Index(["East", "North", "South", "West"], name="region"),
)

# Two regions with the same revenue: the tie goes in alphabetical order.
TIED = """month,region,product,units,revenue
2024-05,Wales,tea,5,20
2024-05,Kent,tea,5,20
2024-05,Fife,coffee,2,12
2024-06,Fife,coffee,3,19
"""


def table(text):
    return pd.read_csv(io.StringIO(text))


def same_frame(actual, expected, what):
    """assert_frame_equal, with both tables shown when they differ."""
    assert isinstance(actual, pd.DataFrame), f"{what} should be a DataFrame, not {type(actual).__name__}"
    try:
        pd.testing.assert_frame_equal(actual, expected)
    except AssertionError as error:
        said = " ".join(str(error).split())
        pytest.fail(
            f"{what}\n\nExpected:\n{expected.to_string()}\n\nYours:\n{actual.to_string()}\n\n"
            f"pandas.testing.assert_frame_equal says: {said}",
            pytrace=False,
        )


def test_load_sales_reads_the_file(learner_file):
    """load_sales reads data/sales.csv, the file next to sales.py."""
    expected = table(learner_file("data/sales.csv"))
    same_frame(
        load_sales(),
        expected,
        "load_sales() should be data/sales.csv read with pd.read_csv. Build the path from "
        "the module's own folder, Path(__file__).parent / 'data' / 'sales.csv', so that it "
        "works from any working directory",
    )


def test_summary_has_one_row_per_region():
    """region_summary has one row per region, with the region as the index."""
    result = region_summary(table(SALES))
    assert isinstance(result, pd.DataFrame), "region_summary should return a DataFrame"
    assert result.index.name == "region", (
        "The regions should be the index of the summary, named 'region' (as groupby('region') "
        f"gives them), not a column: the index is named {result.index.name!r}"
    )
    assert sorted(result.index) == ["East", "North", "South", "West"], (
        "region_summary should have exactly one row per region: East, North, South, West"
    )
    assert list(result.columns) == ["revenue", "mean_order", "orders"], (
        "The summary's columns should be revenue, mean_order and orders, in this order, not "
        f"{list(result.columns)}: named aggregation .agg(revenue=('revenue', 'sum'), ...) "
        "names them"
    )


def test_summary_values():
    """revenue is the sum, mean_order the mean (2 decimals), orders the number of lines."""
    result = region_summary(table(SALES)).sort_index()
    expected = SUMMARY.sort_index()
    assert result["revenue"].tolist() == expected["revenue"].tolist(), (
        "revenue should be the total revenue of each region (East 716, North 703, South 968, "
        "West 162): the 'sum' of the revenue column"
    )
    assert result["orders"].tolist() == expected["orders"].tolist(), (
        "orders should be the number of lines of each region (East 5, North 6, South 7, "
        "West 4): 'size' or 'count'"
    )
    assert result["mean_order"].tolist() == expected["mean_order"].tolist(), (
        "mean_order should be the mean revenue per line, rounded to 2 decimals (South: "
        "968 / 7 = 138.29): 'mean', then .round(2)"
    )


def test_summary_highest_revenue_first():
    """The regions come highest revenue first, and the whole table is exactly this."""
    result = region_summary(table(SALES))
    assert list(result.index) == ["South", "East", "North", "West"], (
        "The regions should come highest revenue first: South (968), East (716), "
        "North (703), West (162). sort_values with ascending=False"
    )
    same_frame(result, SUMMARY, "region_summary(sales) should be this table.")


def test_summary_ties_in_alphabetical_order():
    """Two regions with the same revenue come in alphabetical order."""
    result = region_summary(table(TIED))
    assert list(result.index) == ["Fife", "Kent", "Wales"], (
        "With Fife 31, Kent 20 and Wales 20 the order should be Fife, Kent, Wales: highest "
        "revenue first, and a tie by the region's name, A to Z: "
        "sort_values(['revenue', 'region'], ascending=[False, True])"
    )


def test_pivot_has_months_and_regions():
    """monthly_pivot has one row per month and one column per region, both in order."""
    result = monthly_pivot(table(SALES))
    assert isinstance(result, pd.DataFrame), "monthly_pivot should return a DataFrame"
    assert list(result.index) == list(PIVOT.index), (
        f"The rows of the pivot should be the months {list(PIVOT.index)}: index='month'"
    )
    assert list(result.columns) == list(PIVOT.columns), (
        f"The columns of the pivot should be the regions {list(PIVOT.columns)}: columns='region'"
    )


def test_pivot_values():
    """Each cell is the month's revenue in that region; 0 (not nan) where it sold nothing."""
    result = monthly_pivot(table(SALES))
    assert not result.isna().any().any(), (
        "The pivot has nan where a region sold nothing that month (West in January, East in "
        "March): pass fill_value=0 to pivot_table"
    )
    assert (result.dtypes == np.int64).all(), (
        "The revenues in the pivot should stay whole numbers (int64): fill_value=0 keeps "
        f"them int64, not {result.dtypes.unique().tolist()}"
    )
    assert result.loc["2024-02", "North"] == 332, (
        "In February North had two lines, 180 and 152: the cell should be their sum, 332 "
        "(aggfunc='sum', values='revenue')"
    )
    same_frame(result, PIVOT, "monthly_pivot(sales) should be this table.")
