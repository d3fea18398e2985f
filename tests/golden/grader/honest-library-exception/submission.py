"""A pydantic model whose validation error reaches the tests unhandled."""

from pydantic import BaseModel, Field


class Product(BaseModel):
    name: str
    price: float = Field(gt=0)


def make(data):
    return Product.model_validate(data)
