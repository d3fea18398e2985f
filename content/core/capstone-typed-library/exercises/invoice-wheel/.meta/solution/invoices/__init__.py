"""invoices: checked invoices, totals in cents and amounts for people to read."""

from invoices.errors import CurrencyMismatch, InvalidInvoice, InvoiceError
from invoices.models import Currency, Invoice, LineItem
from invoices.money import format_amount, grand_total, invoice_total
from invoices.parsing import parse_invoice

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
