import json

import orders

WEB_ORDER = {
    "order_id": 17,
    "customer": "Ada",
    "source": "website",
    "lines": [
        {"product": "tea", "quantity": 3, "unit_price": 2.5, "sku": "T-01"},
        {"product": "scones", "quantity": 4, "unit_price": 1.25, "sku": "S-07"},
    ],
    "note": "leave it at the door",
}

ADA = {
    "order_id": 17,
    "customer": "Ada",
    "lines": [
        {"product": "tea", "quantity": 3, "unit_price": 2.5},
        {"product": "scones", "quantity": 4, "unit_price": 1.25},
    ],
    "note": "leave it at the door",
}

GRACE = {
    "order_id": 18,
    "customer": "Grace",
    "lines": [{"product": "apple", "quantity": 3, "unit_price": 0.15}],
}


def test_order_line_keys():
    """OrderLine is a TypedDict with the keys product, quantity and unit_price."""
    assert orders.OrderLine.__required_keys__ == frozenset({"product", "quantity", "unit_price"}), (
        "OrderLine should have exactly the keys product, quantity and unit_price: write each one "
        "in the class body with its type, such as product: str"
    )


def test_order_keys_and_the_optional_note():
    """Order needs order_id, customer and lines; note may be left out."""
    assert orders.Order.__required_keys__ == frozenset({"order_id", "customer", "lines"}), (
        "Order should require exactly the keys order_id, customer and lines; note is the one "
        "that may be missing: write note: NotRequired[str]"
    )
    assert orders.Order.__optional_keys__ == frozenset({"note"}), (
        "Order's note should be a key that may be missing: write note: NotRequired[str]"
    )


def test_parse_order_keeps_only_the_known_keys():
    """parse_order reads the JSON and drops the keys Order does not name."""
    assert orders.parse_order(json.dumps(WEB_ORDER)) == ADA, (
        "parse_order should keep order_id, customer, lines and note, and leave out other keys such "
        'as "source" (and "sku" in the lines): build the dict yourself instead of returning '
        "json.loads(text)"
    )


def test_parse_order_without_a_note():
    """parse_order leaves note out when the JSON has none."""
    assert orders.parse_order(json.dumps(GRACE)) == GRACE, (
        "For an order without a note, parse_order should give a dict without a note key "
        '(not "note": None or "note": "")'
    )


def test_order_total():
    """order_total adds quantity times unit price of every line and rounds to cents."""
    assert orders.order_total(ADA) == 12.5, "order_total should be 12.5 for 3 x 2.5 and 4 x 1.25"
    assert orders.order_total(GRACE) == 0.45, (
        "order_total should be 0.45 for 3 x 0.15 (which Python computes as 0.44999999999999996): "
        "round the total to cents with round(..., 2)"
    )
    three_lemons = {"order_id": 2, "customer": "Cy", "lines": [{"product": "lemon", "quantity": 3, "unit_price": 0.333}]}
    assert orders.order_total(three_lemons) == 1.0, (
        "order_total should be 1.0 for 3 x 0.333: 0.999 rounded to 2 decimals"
    )
    assert orders.order_total({"order_id": 1, "customer": "Bo", "lines": []}) == 0, (
        "order_total of an order without lines should be 0"
    )


def test_describe_with_a_note():
    """describe shows the order, the total with 2 decimals and the note."""
    assert orders.describe(ADA) == "Order 17 for Ada: 12.50 (note: leave it at the door)", (
        'describe(...) for Ada\'s order should return "Order 17 for Ada: 12.50 (note: leave it at '
        'the door)": the total with 2 decimals, then the note in brackets'
    )


def test_describe_without_a_note():
    """describe leaves the note part out when there is none."""
    assert orders.describe(GRACE) == "Order 18 for Grace: 0.45", (
        'describe(...) for Grace\'s order should return "Order 18 for Grace: 0.45": no note, '
        'so nothing after the total. Check "note" in order before you use order["note"]'
    )
