"""Totals in cents, and amounts written for people to read."""

from collections.abc import Iterable

from invoices.errors import CurrencyMismatch
from invoices.models import Currency, Invoice

_SYMBOLS: dict[Currency, str] = {"EUR": "€", "GBP": "£", "USD": "$"}


def invoice_total(invoice: Invoice) -> int:
    """What the invoice asks for, in cents: each line's quantity times its unit price."""
    return sum(item.quantity * item.unit_cents for item in invoice.items)


def grand_total(invoices: Iterable[Invoice], currency: Currency) -> int:
    """The sum of the invoices' totals in cents; CurrencyMismatch for one in another currency."""
    total = 0
    for invoice in invoices:
        if invoice.currency != currency:
            raise CurrencyMismatch(currency, invoice.currency)
        total += invoice_total(invoice)
    return total


def format_amount(cents: int, currency: Currency) -> str:
    """An amount for people to read: format_amount(-123456, "EUR") -> "-€1,234.56"."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{_SYMBOLS[currency]}{whole:,}.{part:02d}"
