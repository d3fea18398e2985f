"""Plugins that register themselves: each subclass of Exporter with a format can be found by it."""

from typing import Any


class Exporter:
    """The base class of every exporter. `class X(Exporter, format="x")` registers X."""

    registry: dict[str, type["Exporter"]] = {}

    def __init_subclass__(cls, /, format: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)  # the other keywords are for the other parents
        if format is None:
            return  # a base for other exporters: not a plugin
        if not isinstance(format, str) or not format:
            raise TypeError(f"format must be a non-empty string, got {format!r}")
        if format in Exporter.registry:
            taken = Exporter.registry[format].__name__
            raise ValueError(f"format {format!r} is already taken by {taken}")
        cls.format = format
        Exporter.registry[format] = cls

    def export(self, rows: list[tuple[object, ...]]) -> str:
        raise NotImplementedError


def exporter_for(format: str) -> Exporter:
    """A new instance of the exporter registered for format."""
    if format not in Exporter.registry:
        known = ", ".join(formats())
        raise LookupError(f"no exporter for {format!r}; known formats: {known}")
    return Exporter.registry[format]


def formats() -> list[str]:
    """The registered formats, sorted."""
    return sorted(Exporter.registry)


# The exporters of the package (given: do not change them).


class CsvExporter(Exporter, format="csv"):
    def export(self, rows: list[tuple[object, ...]]) -> str:
        return "\n".join(",".join(str(value) for value in row) for row in rows)


class TextExporter(Exporter):
    """No format: a base for exporters that join values with a separator."""

    separator = " "

    def export(self, rows: list[tuple[object, ...]]) -> str:
        return "\n".join(self.separator.join(str(value) for value in row) for row in rows)


class TsvExporter(TextExporter, format="tsv"):
    separator = "\t"
