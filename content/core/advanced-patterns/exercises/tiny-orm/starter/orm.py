"""A tiny ORM: columns are descriptors, and Model collects them with __init_subclass__."""

from typing import Any


class Field:
    """One column: a data descriptor that checks the values of its attribute.

    Its subclasses say which SQL type (sql_type) and Python type (python_type) it holds.
    """

    def __init__(self, *, required: bool = True, default: Any = None) -> None:
        self.required = required
        self.default = default

    # Write __set_name__, __get__, __set__ and column().


class IntegerField(Field):
    sql_type = "INTEGER"
    python_type = int


class TextField(Field):
    sql_type = "TEXT"
    python_type = str


class Model:
    """The base of every model: a subclass's Field attributes are its columns."""

    fields: dict[str, Field] = {}  # name -> Field, in column order; each model gets its own

    def __init_subclass__(cls, /, table: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Collect the columns into cls.fields and set cls.table.

    def __init__(self, **values: Any) -> None:
        raise NotImplementedError("Model.__init__ is not written yet")

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def to_row(self) -> tuple[Any, ...]:
        """The values of the fields, in column order."""
        raise NotImplementedError("to_row is not written yet")

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> "Model":
        """A model made from a row of values in column order (what SELECT * gives)."""
        raise NotImplementedError("from_row is not written yet")

    @classmethod
    def create_table_sql(cls) -> str:
        raise NotImplementedError("create_table_sql is not written yet")

    def insert_sql(self) -> tuple[str, tuple[Any, ...]]:
        """The INSERT statement with ? placeholders, and the values that go with it."""
        raise NotImplementedError("insert_sql is not written yet")
