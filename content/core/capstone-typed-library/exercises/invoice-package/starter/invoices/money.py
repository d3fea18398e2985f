"""Totals in cents, and amounts written for people to read."""

# Step 4: _SYMBOLS, invoice_total, grand_total and format_amount.
