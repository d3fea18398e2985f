"""The errors of the invoices library: one family under InvoiceError."""

from invoices.models import Currency


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
