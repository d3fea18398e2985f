"""invoices: checked invoices, totals in cents and amounts for people to read."""

from invoices.errors import CurrencyMismatch, InvalidInvoice, InvoiceError
from invoices.models import Currency, Invoice, LineItem
from invoices.money import grand_total, invoice_total
from invoices.parsing import parse_invoice

_SYMBOLS: dict[Currency, str] = {"EUR": "€", "GBP": "£", "USD": "$"}


def format_amount(cents: int, currency: Currency) -> str:
    """An amount for people to read: format_amount(-123456, "EUR") -> "-€1,234.56"."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{_SYMBOLS[currency]}{whole:,}.{part:02d}"

__all__ = [
    "Currency",
    "CurrencyMismatch",
    "InvalidInvoice",
    "Invoice",
    "InvoiceError",
    "LineItem",
    "format_amount",
    "grand_total",
    "invoice_total",
    "parse_invoice",
]
__version__ = "1.0.0"
