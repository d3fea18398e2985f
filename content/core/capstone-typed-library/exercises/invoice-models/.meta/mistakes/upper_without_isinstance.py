"""Invoices, stage 1: the data of an invoice, checked by pydantic."""

from collections.abc import Mapping
from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


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
    currency: Literal["EUR", "GBP", "USD"] = "EUR"
    issued: date
    due: date
    items: list[LineItem] = Field(min_length=1)

    @field_validator("currency", mode="before")
    @classmethod
    def currency_in_capitals(cls, value: str) -> str:
        return value.upper()

    @model_validator(mode="after")
    def due_after_issued(self) -> Self:
        if self.due < self.issued:
            raise ValueError("the due date is before the issue date")
        return self


class InvalidInvoice(ValueError):
    """The data is not a valid invoice: problems has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _where(location: tuple[int | str, ...]) -> str:
    """("items", 1, "quantity") -> "items.1.quantity"; () (the whole invoice) -> "invoice"."""
    return ".".join(str(part) for part in location) or "invoice"


def parse_invoice(data: Mapping[str, object]) -> Invoice:
    """The checked invoice, or InvalidInvoice listing every problem pydantic found."""
    try:
        return Invoice.model_validate(data)
    except ValidationError as error:
        problems = [f"{_where(problem['loc'])}: {problem['msg']}" for problem in error.errors()]
        raise InvalidInvoice(problems) from error
