import io

import pandas as pd
import pytest

from joins import matched_orders, orders_with_customers, orders_without_customer, revenue_by_country

CUSTOMERS = pd.read_csv(
    io.StringIO(
        """customer_id,name,country
1,Ana,PT
2,Ben,UK
3,Chloé,FR
4,Dev,UK
5,Eli,DE
"""
    )
)

ORDERS = pd.read_csv(
    io.StringIO(
        """order_id,customer_id,amount
10,2,30.0
11,1,12.5
12,7,99.0
13,2,20.0
14,3,5.0
15,8,1.0
16,4,45.5
"""
    )
)

ALL_ORDERS = pd.DataFrame(
    {
        "order_id": [10, 11, 12, 13, 14, 15, 16],
        "customer_id": [2, 1, 7, 2, 3, 8, 4],
        "amount": [30.0, 12.5, 99.0, 20.0, 5.0, 1.0, 45.5],
        "name": ["Ben", "Ana", "unknown", "Ben", "Chloé", "unknown", "Dev"],
        "country": ["UK", "PT", "unknown", "UK", "FR", "unknown", "UK"],
    }
)

KNOWN = ALL_ORDERS[ALL_ORDERS["name"] != "unknown"].reset_index(drop=True)
UNKNOWN = ORDERS[ORDERS["customer_id"].isin([7, 8])].reset_index(drop=True)

# Customer 2 is in this table twice: a join would give each of Ben's orders twice.
TWICE = pd.concat([CUSTOMERS, pd.DataFrame({"customer_id": [2], "name": ["Benny"], "country": ["IE"]})])


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


def test_every_order_is_kept():
    """orders_with_customers keeps all 7 orders, in their order, even those of unknown customers."""
    result = orders_with_customers(ORDERS, CUSTOMERS)
    assert isinstance(result, pd.DataFrame), "orders_with_customers should return a DataFrame"
    assert result["order_id"].tolist() == [10, 11, 12, 13, 14, 15, 16], (
        "orders_with_customers should keep every order, in the order of the orders table: "
        "orders 12 and 15 have customers 7 and 8, who are not in the customers table. A LEFT "
        "join (how='left') keeps every row of the left table; an inner join drops them"
    )


def test_unknown_customers_are_named_unknown():
    """An order whose customer is not in the table gets the name and country "unknown"."""
    result = orders_with_customers(ORDERS, CUSTOMERS)
    assert list(result.columns) == list(ALL_ORDERS.columns), (
        f"The columns should be {list(ALL_ORDERS.columns)}: the orders' columns, then the "
        "customers' name and country (the key customer_id only once)"
    )
    assert result["name"].tolist() == ALL_ORDERS["name"].tolist(), (
        "The names should be ['Ben', 'Ana', 'unknown', 'Ben', 'Chloé', 'unknown', 'Dev']: a "
        "left join leaves nan where no customer matched; fill name and country with 'unknown'"
    )
    same_frame(result, ALL_ORDERS, "orders_with_customers(ORDERS, CUSTOMERS) should be this table.")


def test_matched_orders_only():
    """matched_orders keeps only the orders whose customer is known: an inner join."""
    result = matched_orders(ORDERS, CUSTOMERS)
    assert isinstance(result, pd.DataFrame), "matched_orders should return a DataFrame"
    assert result["order_id"].tolist() == [10, 11, 13, 14, 16], (
        "matched_orders should keep orders 10, 11, 13, 14 and 16, whose customers are in the "
        "customers table, and drop 12 and 15: an INNER join (how='inner') keeps only the rows "
        "with a match on both sides"
    )
    same_frame(result, KNOWN, "matched_orders(ORDERS, CUSTOMERS) should be this table.")


def test_orders_without_customer():
    """orders_without_customer lists the orders whose customer_id is not in the customers table."""
    result = orders_without_customer(ORDERS, CUSTOMERS)
    assert isinstance(result, pd.DataFrame), "orders_without_customer should return a DataFrame"
    assert result["order_id"].tolist() == [12, 15], (
        "orders_without_customer should give orders 12 and 15 (customers 7 and 8 do not exist): "
        "keep the rows where ~orders['customer_id'].isin(customers['customer_id'])"
    )
    assert result.index.tolist() == [0, 1], (
        f"The rows should be numbered 0, 1, not {result.index.tolist()}: .reset_index(drop=True)"
    )
    same_frame(result, UNKNOWN, "orders_without_customer(ORDERS, CUSTOMERS) should be this table.")


def test_every_order_known():
    """When every customer is known, nothing is unknown and nothing is without a customer."""
    known = ORDERS[ORDERS["customer_id"] <= 5].reset_index(drop=True)
    assert orders_with_customers(known, CUSTOMERS)["name"].tolist() == ["Ben", "Ana", "Ben", "Chloé", "Dev"], (
        "With only known customers, every order should get its customer's name"
    )
    assert len(orders_without_customer(known, CUSTOMERS)) == 0, (
        "With only known customers, orders_without_customer should be an empty table"
    )


def test_a_customer_listed_twice_is_an_error():
    """A customer id twice in the customers table raises an error instead of doubling orders."""
    for function in (orders_with_customers, matched_orders):
        try:
            result = function(ORDERS, TWICE)
        except ValueError:
            continue
        pytest.fail(
            f"{function.__name__}(ORDERS, customers) gave {len(result)} rows when customer 2 is "
            "in the customers table twice: a join then repeats each of Ben's orders. Pass "
            "validate='many_to_one' to merge so that pandas raises MergeError (a ValueError)",
            pytrace=False,
        )


def test_revenue_by_country():
    """revenue_by_country totals the amounts per country, "unknown" included, largest first."""
    result = revenue_by_country(ORDERS, CUSTOMERS)
    assert isinstance(result, pd.Series), (
        f"revenue_by_country should return a Series, not {type(result).__name__}: "
        "groupby('country')['amount'].sum()"
    )
    totals = dict(zip(result.index, result.tolist()))
    assert "unknown" in totals, (
        "revenue_by_country should count the orders of unknown customers under 'unknown' "
        "(99.0 + 1.0 = 100.0): group the LEFT join, where they are named 'unknown'"
    )
    assert totals == {"unknown": 100.0, "UK": 95.5, "PT": 12.5, "FR": 5.0}, (
        "The totals should be unknown 100.0, UK 95.5, PT 12.5 and FR 5.0: the sum of "
        "'amount' per country (Eli from DE ordered nothing, so DE is not in it)"
    )
    assert list(result.index) == ["unknown", "UK", "PT", "FR"], (
        "The countries should come largest total first: sort_values(ascending=False)"
    )
    assert result.name == "amount" and result.index.name == "country", (
        "The Series should be named 'amount' with its index named 'country', as "
        "groupby('country')['amount'].sum() names them"
    )
