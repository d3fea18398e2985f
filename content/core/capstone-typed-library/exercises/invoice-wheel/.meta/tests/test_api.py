import pytest

import invoices


def invoice(number, currency, *lines):
    """A checked invoice with these (quantity, unit_cents) lines."""
    data = {
        "number": number,
        "customer": "Hopper & Sons",
        "currency": currency,
        "issued": "2024-05-01",
        "due": "2024-05-31",
        "items": [
            {"description": f"Article {n}", "quantity": quantity, "unit_cents": cents}
            for n, (quantity, cents) in enumerate(lines, start=1)
        ],
    }
    try:
        return invoices.parse_invoice(data)
    except Exception as error:
        pytest.fail(f"parse_invoice({data!r}) should accept this invoice, but it said: {error}", pytrace=False)


def test_every_error_of_the_library_is_an_invoice_error():
    """InvoiceError is the base, a ValueError; InvalidInvoice and CurrencyMismatch are two kinds of it."""
    assert issubclass(invoices.InvoiceError, ValueError), (
        "InvoiceError should be a subclass of ValueError: class InvoiceError(ValueError)"
    )
    assert issubclass(invoices.InvalidInvoice, invoices.InvoiceError), (
        "InvalidInvoice should be a subclass of InvoiceError: class InvalidInvoice(InvoiceError)"
    )
    assert issubclass(invoices.InvalidInvoice, ValueError), (
        "InvalidInvoice should still be a ValueError, so that code written for stage 1 keeps working"
    )
    assert issubclass(invoices.CurrencyMismatch, invoices.InvoiceError), (
        "CurrencyMismatch should be a subclass of InvoiceError: class CurrencyMismatch(InvoiceError)"
    )
    assert not issubclass(invoices.CurrencyMismatch, invoices.InvalidInvoice), (
        "CurrencyMismatch is not about invalid invoice data: it should not be a subclass of InvalidInvoice"
    )
    assert not issubclass(invoices.InvalidInvoice, invoices.CurrencyMismatch), (
        "InvalidInvoice should not be a subclass of CurrencyMismatch: both are subclasses of InvoiceError"
    )


def test_one_except_catches_the_librarys_errors():
    """except InvoiceError catches a refused invoice."""
    try:
        invoices.parse_invoice({"number": "INV-0001"})
    except invoices.InvoiceError as error:
        assert "customer: Field required" in str(error), (
            f"The error should still list the problems, such as 'customer: Field required'; it reads {str(error)!r}"
        )
        return
    except Exception as error:
        pytest.fail(
            f"parse_invoice of an invoice without a customer should raise an InvoiceError, but {type(error).__name__} "
            "came out: make InvalidInvoice a subclass of InvoiceError",
            pytrace=False,
        )
    pytest.fail("parse_invoice of an invoice without a customer should raise InvalidInvoice", pytrace=False)


def test_invoice_total_adds_up_every_line():
    """invoice_total is the sum of quantity times unit_cents over the lines."""
    one_line = invoice("INV-0001", "EUR", (3, 1850))
    assert invoices.invoice_total(one_line) == 5550, "3 at 1850 cents should give invoice_total 5550"
    three_lines = invoice("INV-0002", "EUR", (3, 1850), (1, 4999), (2, 0))
    assert invoices.invoice_total(three_lines) == 10549, (
        "Lines of 3 x 1850, 1 x 4999 and 2 x 0 cents should give 10549: add quantity * unit_cents for every line"
    )


def test_grand_total_adds_up_invoices_in_one_currency():
    """grand_total sums the invoices' totals; no invoices make 0."""
    bills = [invoice("INV-0001", "GBP", (2, 1000)), invoice("INV-0002", "GBP", (1, 250), (4, 5))]
    assert invoices.grand_total(bills, "GBP") == 2270, (
        "Invoices of 2000 and 270 cents in GBP should give grand_total 2270"
    )
    assert invoices.grand_total([], "EUR") == 0, "grand_total of no invoices should be 0"
    assert invoices.grand_total(iter(bills), "GBP") == 2270, (
        "grand_total takes any Iterable of invoices, such as a generator or iter(list): loop over it once"
    )


def test_grand_total_refuses_a_second_currency():
    """An invoice in another currency raises CurrencyMismatch, which says both currencies."""
    bills = [invoice("INV-0001", "EUR", (1, 100)), invoice("INV-0002", "USD", (1, 100))]
    try:
        invoices.grand_total(bills, "EUR")
    except invoices.CurrencyMismatch as error:
        assert (error.expected, error.found) == ("EUR", "USD"), (
            "CurrencyMismatch should have expected='EUR' (the total's currency) and found='USD' (the invoice's); "
            f"it has expected={error.expected!r}, found={error.found!r}"
        )
        assert str(error) == "cannot add an invoice in USD to a total in EUR", (
            f"The message should be 'cannot add an invoice in USD to a total in EUR'; it is {str(error)!r}"
        )
        return
    except Exception as error:
        pytest.fail(f"grand_total should raise CurrencyMismatch, but {type(error).__name__} came out", pytrace=False)
    pytest.fail(
        "grand_total([an EUR invoice, a USD invoice], 'EUR') should raise CurrencyMismatch: "
        "euros and dollars cannot be added",
        pytrace=False,
    )


def test_grand_total_checks_the_first_invoice_too():
    """Even the first invoice must be in the asked currency."""
    bills = [invoice("INV-0001", "USD", (1, 100))]
    try:
        invoices.grand_total(bills, "GBP")
    except invoices.CurrencyMismatch:
        return
    pytest.fail(
        "grand_total([a USD invoice], 'GBP') should raise CurrencyMismatch: check every invoice's currency, "
        "the first one too",
        pytrace=False,
    )


@pytest.mark.parametrize(
    "cents, currency, expected",
    [
        (1850, "EUR", "€18.50"),
        (5, "GBP", "£0.05"),
        (0, "USD", "$0.00"),
        (123456789, "USD", "$1,234,567.89"),
        (-123456, "EUR", "-€1,234.56"),
        (-1, "GBP", "-£0.01"),
    ],
)
def test_format_amount(cents, currency, expected):
    """format_amount writes cents as a symbol, whole units with commas, a dot and two digits."""
    assert invoices.format_amount(cents, currency) == expected, (
        f"format_amount({cents}, {currency!r}) should be {expected!r}: the sign first when negative, then "
        "the symbol (€, £ or $), the whole units with a comma every three digits, '.', and always two digits of cents"
    )
