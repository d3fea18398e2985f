"""invoices: checked invoices, totals in cents and amounts for people to read."""

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


__version__ = "1.0.0"

Currency = Literal["EUR", "GBP", "USD"]
_SYMBOLS: dict[Currency, str] = {"EUR": "€", "GBP": "£", "USD": "$"}


class InvoiceError(ValueError):
    """The base of every error this library raises: each is about a value it was given."""


class InvalidInvoice(InvoiceError):
    """The data is not a valid invoice: problems has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class CurrencyMismatch(InvoiceError):
    """Amounts in two different currencies cannot be added up."""

    def __init__(self, expected: Currency, found: Currency) -> None:
        super().__init__(f"cannot add an invoice in {found} to a total in {expected}")
        self.expected = expected
        self.found = found


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


def invoice_total(invoice: Invoice) -> int:
    """What the invoice asks for, in cents: each line's quantity times its unit price."""
    return sum(item.quantity * item.unit_cents for item in invoice.items)


def grand_total(invoices: Iterable[Invoice], currency: Currency) -> int:
    """The sum of the invoices' totals in cents; CurrencyMismatch for one in another currency."""
    total = 0
    for invoice in invoices:
        if invoice.currency != currency:
            raise CurrencyMismatch(currency, invoice.currency)
        total += invoice_total(invoice)
    return total


def format_amount(cents: int, currency: Currency) -> str:
    """An amount for people to read: format_amount(-123456, "EUR") -> "-€1,234.56"."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{_SYMBOLS[currency]}{whole:,}.{part:02d}"
