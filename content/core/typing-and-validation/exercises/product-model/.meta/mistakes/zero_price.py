from typing import Any

from pydantic import BaseModel, Field, ValidationError


class Product(BaseModel):
    name: str = Field(min_length=1, max_length=30)
    price: float = Field(ge=0)
    stock: int = Field(default=0, ge=0)
    tags: list[str] = []


def catalogue(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [load_product(row).model_dump() for row in rows]


# Written for you: turns pydantic's ValidationError into one short, clear error.


class ProductError(ValueError):
    """Bad product data; field is the first field that is wrong, such as "price"."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def load_product(data: dict[str, Any]) -> Product:
    """A Product made from a dict, or ProductError naming the first field that is wrong."""
    try:
        return Product.model_validate(data)
    except ValidationError as error:
        problem = error.errors()[0]  # the first problem pydantic found
        raise ProductError(str(problem["loc"][0]), problem["msg"]) from error
