"""invoices: checked invoices, totals in cents and amounts for people to read."""

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
