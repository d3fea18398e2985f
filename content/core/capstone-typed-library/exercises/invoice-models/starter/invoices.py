"""Invoices, stage 1: the data of an invoice, checked by pydantic."""

from collections.abc import Mapping
from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class LineItem(BaseModel):
    """One line of an invoice: what was sold, how many, and the price of one in cents."""

    # Step 1: model_config (frozen, no unknown keys), then description, quantity and
    # unit_cents with their rules.


class Invoice(BaseModel):
    """An invoice to one customer, in one currency."""

    # Step 2: model_config, then number, customer, currency, issued, due and items.

    # Step 3: a field_validator(mode="before") that puts the currency in capitals.

    # Step 4: a model_validator(mode="after"): the due date is not before the issue date.


class InvalidInvoice(ValueError):
    """The data is not a valid invoice: problems has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        # Step 5: the message is the problems joined by "; "; keep the list as self.problems.
        raise NotImplementedError("write InvalidInvoice.__init__")


def parse_invoice(data: Mapping[str, object]) -> Invoice:
    """The checked invoice, or InvalidInvoice listing every problem pydantic found."""
    # Step 6: validate data with Invoice; turn a ValidationError into an InvalidInvoice.
    raise NotImplementedError("write parse_invoice")
