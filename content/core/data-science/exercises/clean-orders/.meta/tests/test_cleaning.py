import io

import numpy as np
import pandas as pd
import pytest

from cleaning import clean_orders, parse_prices, read_orders

ORDERS = """order_id,customer,city,price,quantity
1001,  alice smith ,london,$12.50,2
1002,BOB JONES,Paris ,"$1,200.00",1
1003,carla diaz, madrid,7.25,
1002,Bob Jones,paris,"$1,200.00",3
1005,   ,berlin,$900.00,4
1006,dan wu,Berlin,,3
1007,eve stone,paris,$40.00,n/a
"""

EXPECTED = pd.DataFrame(
    {
        "order_id": [1001, 1002, 1003, 1006, 1007],
        "customer": ["Alice Smith", "Bob Jones", "Carla Diaz", "Dan Wu", "Eve Stone"],
        "city": ["London", "Paris", "Madrid", "Berlin", "Paris"],
        "price": [12.5, 1200.0, 7.25, 26.25, 40.0],
        "quantity": [2, 1, 1, 3, 1],
        "total": [25.0, 1200.0, 7.25, 78.75, 40.0],
    }
)

MORE_ORDERS = """order_id,customer,city,price,quantity
1,ZOE KAY,  rome,$5.00,1
2,,rome,$6.00,2
3,yann lee,ROME,$7.00,
3,yann lee,rome,$7.00,5
4, mia fox ,oslo,,2
5,ola berg,oslo,"$10,000.00",1
"""

MORE_EXPECTED = pd.DataFrame(
    {
        "order_id": [1, 3, 4, 5],
        "customer": ["Zoe Kay", "Yann Lee", "Mia Fox", "Ola Berg"],
        "city": ["Rome", "Rome", "Oslo", "Oslo"],
        "price": [5.0, 7.0, 7.0, 10000.0],
        "quantity": [1, 1, 2, 1],
        "total": [5.0, 7.0, 14.0, 10000.0],
    }
)


def raw(text):
    """The raw table, read here in the tests the way pandas reads it."""
    return pd.read_csv(io.StringIO(text))


def cleaned(text=ORDERS):
    result = clean_orders(raw(text))
    assert isinstance(result, pd.DataFrame), (
        f"clean_orders should return a DataFrame, not {type(result).__name__}"
    )
    for column in EXPECTED.columns:
        assert column in result.columns, (
            f"The cleaned table should have a column {column!r}; it has {list(result.columns)}"
        )
    return result


def same_frame(actual, expected, what):
    """assert_frame_equal, with both tables shown when they differ."""
    try:
        pd.testing.assert_frame_equal(actual, expected)
    except AssertionError as error:
        said = " ".join(str(error).split())
        pytest.fail(
            f"{what}\n\nExpected:\n{expected.to_string()}\n\nYours:\n{actual.to_string()}\n\n"
            f"pandas.testing.assert_frame_equal says: {said}",
            pytrace=False,
        )


def test_read_orders():
    """read_orders reads the CSV text with pandas, as it is (no cleaning yet)."""
    result = read_orders(ORDERS)
    assert isinstance(result, pd.DataFrame), (
        "read_orders should return a DataFrame: pd.read_csv(io.StringIO(text)) reads CSV text"
    )
    same_frame(
        result,
        raw(ORDERS),
        "read_orders(ORDERS) should be the table exactly as pd.read_csv(io.StringIO(ORDERS)) "
        "reads it: 7 rows, 5 columns, prices still text",
    )


def test_parse_prices():
    """parse_prices turns "$1,200.00" into 1200.0: no dollar sign, no thousands comma."""
    prices = pd.Series(["$12.50", "$1,200.00", " 7.25", None, "$3"], dtype="str", name="price")
    result = parse_prices(prices)
    assert isinstance(result, pd.Series), "parse_prices should return a Series"
    assert result.dtype == np.float64, (
        f"parse_prices should give numbers of dtype float64, not {result.dtype}: pd.to_numeric "
        "turns cleaned text into numbers"
    )
    expected = [12.5, 1200.0, 7.25, None, 3.0]
    values = [None if pd.isna(v) else float(v) for v in result]
    assert values == expected, (
        'parse_prices(["$12.50", "$1,200.00", " 7.25", missing, "$3"]) should be '
        "[12.5, 1200.0, 7.25, nan, 3.0]: remove '$' and ',' with .str.replace(..., regex=False), "
        "then pd.to_numeric; a missing price stays missing"
    )


def test_text_is_tidied():
    """Names and cities lose the spaces around them and are written in Title Case."""
    result = cleaned()
    for column in ("customer", "city"):
        wanted = dict(zip(EXPECTED["order_id"], EXPECTED[column]))
        found = {}
        for order_id, value in zip(result["order_id"], result[column]):
            if order_id in wanted and order_id not in found:
                found[order_id] = value
        assert found == {key: wanted[key] for key in found}, (
            f"The {column} of the orders should be {wanted}, not {found}: .str.strip() removes "
            "the spaces around the text and .str.title() writes 'BOB JONES' as 'Bob Jones' "
            "(tidy the city like the name)"
        )


def test_rows_without_a_customer_are_dropped():
    """A row whose customer is empty, or only spaces, is dropped."""
    assert 1005 not in cleaned()["order_id"].tolist(), (
        "Order 1005 has a customer of only spaces: after .str.strip() it is an empty string "
        "''. Drop the rows whose customer is missing or ''"
    )
    assert 2 not in cleaned(MORE_ORDERS)["order_id"].tolist(), (
        "A row with an empty customer cell (pandas reads it as missing) should be dropped"
    )


def test_duplicate_orders_keep_the_first():
    """An order id that appears twice keeps only its first row."""
    result = cleaned()
    ids = result["order_id"].tolist()
    assert ids.count(1002) == 1, "Order 1002 is in the table twice: keep only one row of it"
    assert ids == [1001, 1002, 1003, 1006, 1007], (
        "The order ids should be [1001, 1002, 1003, 1006, 1007], in the order of the file: "
        "drop_duplicates(subset='order_id', keep='first') keeps the first row of each order"
    )
    first = result.loc[result["order_id"] == 1002, "quantity"].tolist()
    assert first == [1], (
        "Order 1002 should keep its FIRST row (quantity 1), not the later copy (quantity 3)"
    )


def test_missing_price_is_the_median():
    """A missing price becomes the median price of the rows that are left."""
    price = cleaned().loc[lambda table: table["order_id"] == 1006, "price"].tolist()
    assert len(price) == 1, "Order 1006 should be in the cleaned table once"
    if price[0] == pytest.approx(470.0) or price[0] == pytest.approx(40.0):
        pytest.fail(
            f"The missing price of order 1006 became {price[0]}: that is a median that still "
            "counts a row you drop later (the copy of 1002 or the row without a customer). "
            "Drop rows first, then fill in the median of the prices that are left",
            pytrace=False,
        )
    assert price[0] == pytest.approx(26.25), (
        "The missing price of order 1006 should be 26.25: the median of the prices left "
        "after dropping rows (12.50, 1200.00, 7.25, 40.00). Use .median(), not .mean(): one "
        "big order should not move it"
    )


def test_missing_quantity_is_one():
    """A missing quantity (an empty cell or n/a) counts as 1, and quantities are whole numbers."""
    result = cleaned()
    quantities = dict(zip(result["order_id"], result["quantity"]))
    assert [quantities.get(1003), quantities.get(1007)] == [1, 1], (
        "Orders 1003 (an empty cell) and 1007 (n/a) have no quantity: each should become 1, "
        f"not {[quantities.get(1003), quantities.get(1007)]} (.fillna(1))"
    )
    assert result["quantity"].dtype == np.int64, (
        f"The quantity column should be int64, not {result['quantity'].dtype}: a column with "
        "missing values is float64; after .fillna(1), convert it with .astype('int64')"
    )


def test_total_is_price_times_quantity():
    """A new column total = price * quantity, after the missing values are filled in."""
    result = cleaned()
    assert result["total"].tolist() == pytest.approx([25.0, 1200.0, 7.25, 78.75, 40.0]), (
        "total should be price * quantity for every row, [25.0, 1200.0, 7.25, 78.75, 40.0], "
        "computed after the missing prices and quantities are filled in"
    )


def test_whole_table():
    """The cleaned table: its columns in order, their dtypes, and rows numbered from 0."""
    result = cleaned()
    assert result.index.tolist() == list(range(len(result))), (
        f"The index should be 0, 1, 2, ... after cleaning, not {result.index.tolist()}: "
        "dropping rows leaves gaps; .reset_index(drop=True) numbers the rows again"
    )
    same_frame(result, EXPECTED, "clean_orders(read_orders(ORDERS)) should be this table.")


def test_another_table():
    """The same rules work on another file (an empty customer cell, a price of $10,000.00)."""
    same_frame(cleaned(MORE_ORDERS), MORE_EXPECTED, "clean_orders of another table should be this.")
