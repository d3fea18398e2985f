"""A tool registry: the tools an agent may call, their JSON schemas, and safe calls."""

import inspect
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field, ValidationError

Tool = Callable[..., Any]


class ToolRegistry:
    """Tools by name, each with the pydantic model that checks its arguments."""

    def __init__(self) -> None:
        self._tools: dict[str, tuple[Tool, type[BaseModel]]] = {}

    def tool(self, arguments: type[BaseModel]) -> Callable[[Tool], Tool]:
        """A decorator: register the function under its own name, then give it back."""

        def register(function: Tool) -> Tool:
            self._tools[function.__name__] = (function, arguments)
            return function

        return register

    def schemas(self) -> list[dict[str, Any]]:
        """What the model is told about each tool, in the order they were registered."""
        return [
            {
                "name": name,
                "description": inspect.getdoc(function) or "",
                "parameters": arguments.model_json_schema(),
            }
            for name, (function, arguments) in self._tools.items()
        ]

    def call(self, name: str, arguments: dict[str, Any]) -> str:
        """Run one tool call of the model; every problem comes back as text for the model."""
        if name not in self._tools:
            return f"error: there is no tool {name!r}; the tools are: {', '.join(self._tools)}"
        function, model = self._tools[name]
        checked = model.model_validate(arguments)
        try:
            return str(function(**checked.model_dump()))
        except Exception as error:
            return f"error: {name} failed: {type(error).__name__}: {error}"


# Given: the arguments of two travel tools. The checks use these models.
class WeatherArguments(BaseModel):
    city: str = Field(min_length=1, description="a city, such as Lisbon")
    days: int = Field(default=1, ge=1, le=7, description="how many days ahead, 1 to 7")


class BookingArguments(BaseModel):
    travellers: list[str] = Field(min_length=1, description="the travellers' names")
    nights: int = Field(ge=1)
