"""The errors of the invoices library: one family under InvoiceError."""

# Step 2: InvoiceError, InvalidInvoice and CurrencyMismatch.
