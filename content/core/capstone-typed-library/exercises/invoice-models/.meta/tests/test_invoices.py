import pytest

import invoices

ITEMS = [
    {"description": "Espresso beans, 1 kg", "quantity": 3, "unit_cents": 1850},
    {"description": "Milk frother", "quantity": 1, "unit_cents": 4999},
]
GOOD = {
    "number": "INV-0042",
    "customer": "Hopper & Sons",
    "issued": "2024-05-01",
    "due": "2024-05-31",
    "items": ITEMS,
}


def what_came_out(error):
    """The name of an error that is not InvalidInvoice, in words a learner recognises."""
    if "ValidationError" in f"{type(error).__name__} {error}":
        return "pydantic's ValidationError"
    return type(error).__name__


def describe(data):
    """The data in words: the sample invoice in full, or only how it differs from it."""
    if data == GOOD:
        return f"the sample invoice {GOOD!r}"
    parts = [f"{key}={value!r}" for key, value in data.items() if GOOD.get(key, object()) != value]
    parts += [f"no {key}" for key in GOOD if key not in data]
    return "the sample invoice with " + ", ".join(parts)


def with_changes(changes):
    """The good invoice with some fields changed; a value of None leaves the field out."""
    data = {**GOOD, **changes}
    return {key: value for key, value in data.items() if value is not None}


def with_item(**changes):
    """The good invoice whose second line (items.1) has some fields changed."""
    return with_changes({"items": [ITEMS[0], {**ITEMS[1], **changes}]})


def accept(data, why=""):
    """parse_invoice(data); fails clearly (and says why, when given) if it is refused."""
    why = f" ({why})" if why else ""
    try:
        return invoices.parse_invoice(data)
    except invoices.InvalidInvoice as error:
        pytest.fail(f"parse_invoice({describe(data)}) should accept this invoice, but it said: {error}{why}", pytrace=False)
    except Exception as error:
        pytest.fail(
            f"parse_invoice({describe(data)}) should accept this invoice, but {what_came_out(error)} came out: {error}{why}",
            pytrace=False,
        )


def problems_of(data, why):
    """The problems of the InvalidInvoice that parse_invoice(data) must raise."""
    try:
        invoices.parse_invoice(data)
    except invoices.InvalidInvoice as error:
        return list(error.problems)
    except Exception as error:
        pytest.fail(
            f"parse_invoice({describe(data)}) should raise InvalidInvoice ({why}), but {what_came_out(error)} came "
            "out: catch pydantic's ValidationError in parse_invoice and raise InvalidInvoice from it",
            pytrace=False,
        )
    pytest.fail(f"parse_invoice({describe(data)}) should raise InvalidInvoice: {why}", pytrace=False)


def reject(data, where, words, why):
    """parse_invoice(data) must raise InvalidInvoice with a problem "<where>: ...<words>..."."""
    problems = problems_of(data, why)
    found = [p for p in problems if p.startswith(f"{where}: ")]
    assert found, (
        f"parse_invoice should report a problem at {where!r} ({why}), as a line that starts with "
        f"'{where}: ', but its problems are {problems!r}"
    )
    assert any(words in p for p in found), (
        f"The problem at {where!r} should say {words!r} ({why}), but it reads {found!r}"
    )
    return problems


def test_a_good_invoice_keeps_its_values():
    """A good invoice gives an Invoice with the data's values, and its lines as LineItems."""
    invoice = accept(GOOD)
    assert invoice.number == "INV-0042", "The number should be 'INV-0042'"
    assert invoice.customer == "Hopper & Sons", "The customer should be 'Hopper & Sons'"
    assert invoice.issued.isoformat() == "2024-05-01", (
        "issued should be the date 2024-05-01: give the field the type date, and pydantic turns the text into a date"
    )
    assert invoice.due.isoformat() == "2024-05-31", "due should be the date 2024-05-31 (type date)"
    assert len(invoice.items) == 2, "The invoice should have its two lines"
    line = invoice.items[1]
    assert (line.description, line.quantity, line.unit_cents) == ("Milk frother", 1, 4999), (
        "The second line should be a LineItem with description 'Milk frother', quantity 1 and unit_cents 4999"
    )


def test_the_currency_is_euros_unless_given():
    """Without a currency the invoice is in EUR; GBP and USD are the other two."""
    assert accept(GOOD).currency == "EUR", "Without a currency, currency should be 'EUR'"
    assert accept(with_changes({"currency": "USD"})).currency == "USD", "currency 'USD' should be kept"
    reject(with_changes({"currency": "JPY"}), "currency", "'EUR', 'GBP' or 'USD'", "only EUR, GBP and USD are allowed")


def test_the_currency_may_be_in_small_letters():
    """"gbp" and "Usd" are accepted and kept in capitals."""
    capitals = (
        "a field_validator with mode=\"before\" runs before the Literal check, so it can return value.upper()"
    )
    assert accept(with_changes({"currency": "gbp"}), capitals).currency == "GBP", (
        f"currency 'gbp' should become 'GBP': {capitals}"
    )
    assert accept(with_changes({"currency": "Usd"})).currency == "USD", "currency 'Usd' should become 'USD'"


def test_a_currency_that_is_not_text_is_a_problem_not_a_crash():
    """A currency of 5 is reported as a problem of the currency."""
    reject(
        with_changes({"currency": 5}),
        "currency",
        "'EUR', 'GBP' or 'USD'",
        "5 is not a currency; a before validator gets the raw value, so call .upper() only when it is a str "
        "(isinstance) and return anything else as it is, for pydantic to refuse",
    )


def test_the_number_is_INV_and_four_digits():
    """An invoice number is INV- and four digits."""
    accept(with_changes({"number": "INV-9999"}))
    for number in ["INV-42", "inv-0042", "INV-00420", "XINV-0042", "INV-00a2"]:
        reject(with_changes({"number": number}), "number", "should match pattern", f"{number!r} is not INV- and four digits")


def test_the_customer_has_1_to_60_characters():
    """The customer's name has 1 to 60 characters."""
    accept(with_changes({"customer": "X"}))
    accept(with_changes({"customer": "C" * 60}))
    reject(with_changes({"customer": ""}), "customer", "at least 1 character", "an empty name is not a customer")
    reject(with_changes({"customer": "C" * 61}), "customer", "at most 60 characters", "61 characters are too many")


def test_each_line_is_checked():
    """A line's description has 1 to 80 characters, its quantity is more than 0, its price 0 or more."""
    accept(with_item(description="D" * 80))
    accept(with_item(quantity=1, unit_cents=0))
    reject(with_item(description=""), "items.1.description", "at least 1 character", "an empty description")
    reject(with_item(description="D" * 81), "items.1.description", "at most 80 characters", "81 characters are too many")
    reject(with_item(quantity=0), "items.1.quantity", "greater than 0", "a quantity of 0 sells nothing")
    reject(with_item(unit_cents=-1), "items.1.unit_cents", "greater than or equal to 0", "a price cannot be negative")


def test_an_invoice_has_at_least_one_line():
    """An invoice with no lines, or without items, is refused."""
    reject(with_changes({"items": []}), "items", "at least 1 item", "an invoice with no lines bills nothing")
    reject(with_changes({"items": None}), "items", "Field required", "the items are missing")


def test_the_dates_are_dates():
    """issued and due must be real dates."""
    reject(with_changes({"issued": "2024-13-01"}), "issued", "valid date", "there is no month 13")
    reject(with_changes({"due": None}), "due", "Field required", "the due date is missing")


def test_due_cannot_be_before_issued():
    """The due date may be the issue date or later, never earlier."""
    accept(with_changes({"due": "2024-05-01"}))
    problems = reject(
        with_changes({"due": "2024-04-30"}),
        "invoice",
        "the due date is before the issue date",
        "a rule about two fields belongs in a model_validator(mode=\"after\"); its problem has an empty loc, "
        "which parse_invoice writes as 'invoice'",
    )
    assert problems == ["invoice: Value error, the due date is before the issue date"], (
        f"The only problem should be 'invoice: Value error, the due date is before the issue date', but they are {problems!r}"
    )


def test_unknown_keys_are_refused():
    """A key the model does not know (a typo) is refused, in the invoice and in a line."""
    reject(with_changes({"discount": 10}), "discount", "Extra inputs are not permitted", "Invoice has no field 'discount': extra=\"forbid\"")
    reject(with_item(colour="red"), "items.1.colour", "Extra inputs are not permitted", "LineItem has no field 'colour': extra=\"forbid\"")


def test_every_problem_is_listed():
    """problems holds one "<where>: <message>" line per problem, in pydantic's order."""
    data = with_changes({"number": "INV-1", "items": [ITEMS[0], {"description": "Milk frother", "quantity": 0, "unit_cents": -5}]})
    problems = problems_of(data, "three fields are wrong")
    assert problems == [
        "number: String should match pattern '^INV-\\d{4}$'",
        "items.1.quantity: Input should be greater than 0",
        "items.1.unit_cents: Input should be greater than or equal to 0",
    ], (
        "problems should list all three problems, each as the parts of its loc joined by '.', then ': ' and "
        f"its msg, in the order of error.errors(); they are {problems!r}"
    )


def test_the_error_is_a_value_error_that_reads_its_problems():
    """InvalidInvoice is a ValueError whose message is its problems joined by "; "."""
    assert issubclass(invoices.InvalidInvoice, ValueError), "InvalidInvoice should be a subclass of ValueError"
    data = with_changes({"customer": "", "due": None})
    try:
        invoices.parse_invoice(data)
    except invoices.InvalidInvoice as error:
        assert str(error) == "customer: String should have at least 1 character; due: Field required", (
            "str(error) should be the problems joined by '; ': pass \"; \".join(problems) to super().__init__"
        )
    except Exception:
        pass  # reported by the other tests


def refuses_change(thing, field, value, what):
    """Setting thing.field = value must raise pydantic's frozen error."""
    try:
        setattr(thing, field, value)
    except ValueError as error:
        assert "frozen" in str(error), (
            f"Setting {what}.{field} should fail because the model is frozen, but it failed with: {error}"
        )
        return
    pytest.fail(
        f"Setting {what}.{field} = {value!r} should raise an error: a checked {what} must not change, or it "
        "could hold values that were never checked. Give the model ConfigDict(frozen=True)",
        pytrace=False,
    )


def test_an_invoice_cannot_be_changed():
    """A checked invoice and its lines are frozen: setting a field raises an error."""
    invoice = accept(GOOD)
    refuses_change(invoice, "customer", "", "invoice")
    refuses_change(invoice.items[0], "quantity", 0, "line")
