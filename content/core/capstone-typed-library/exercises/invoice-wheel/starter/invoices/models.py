"""The data of an invoice, checked by pydantic: the bottom layer, needing nothing else here."""

from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Currency = Literal["EUR", "GBP", "USD"]


class LineItem(BaseModel):
    """One line of an invoice: what was sold, how many, and the price of one in cents."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str = Field(min_length=1, max_length=80)
    quantity: int = Field(gt=0)
    unit_cents: int = Field(ge=0)


class Invoice(BaseModel):
    """An invoice to one customer, in one currency."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: str = Field(pattern=r"^INV-\d{4}$")
    customer: str = Field(min_length=1, max_length=60)
    currency: Currency = "EUR"
    issued: date
    due: date
    items: list[LineItem] = Field(min_length=1)

    @field_validator("currency", mode="before")
    @classmethod
    def currency_in_capitals(cls, value: object) -> object:
        # Runs before the Literal check, so "eur" can become "EUR" in time.
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def due_after_issued(self) -> Self:
        if self.due < self.issued:
            raise ValueError("the due date is before the issue date")
        return self
