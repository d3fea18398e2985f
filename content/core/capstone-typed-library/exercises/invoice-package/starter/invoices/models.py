"""The data of an invoice, checked by pydantic: the bottom layer, needing nothing else here."""

# Step 1: Currency, LineItem and Invoice.
