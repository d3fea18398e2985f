"""A tool registry: the tools an agent may call, their JSON schemas, and safe calls."""

import inspect
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field, ValidationError

Tool = Callable[..., Any]


class ToolRegistry:
    """Tools by name, each with the pydantic model that checks its arguments."""

    def __init__(self) -> None:
        # Step 1: a dict for this registry's tools: name -> (function, arguments model).
        pass

    def tool(self, arguments: type[BaseModel]) -> Callable[[Tool], Tool]:
        """A decorator: register the function under its own name, then give it back."""
        raise NotImplementedError("write ToolRegistry.tool")

    def schemas(self) -> list[dict[str, Any]]:
        """What the model is told about each tool, in the order they were registered."""
        raise NotImplementedError("write ToolRegistry.schemas")

    def call(self, name: str, arguments: dict[str, Any]) -> str:
        """Run one tool call of the model; every problem comes back as text for the model."""
        raise NotImplementedError("write ToolRegistry.call")


# Given: the arguments of two travel tools. The checks use these models.
class WeatherArguments(BaseModel):
    city: str = Field(min_length=1, description="a city, such as Lisbon")
    days: int = Field(default=1, ge=1, le=7, description="how many days ahead, 1 to 7")


class BookingArguments(BaseModel):
    travellers: list[str] = Field(min_length=1, description="the travellers' names")
    nights: int = Field(ge=1)
