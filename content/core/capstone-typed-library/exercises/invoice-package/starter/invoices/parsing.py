"""From a dict (JSON, a form, a spreadsheet row) to a checked Invoice."""

# Step 3: _where and parse_invoice.
