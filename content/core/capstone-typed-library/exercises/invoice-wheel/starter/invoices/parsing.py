"""From a dict (JSON, a form, a spreadsheet row) to a checked Invoice."""

from collections.abc import Mapping

from pydantic import ValidationError

from invoices.errors import InvalidInvoice
from invoices.models import Invoice


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
