"""A tiny ORM: columns are descriptors, and Model collects them with __init_subclass__."""

from typing import Any


class Field:
    """One column: a data descriptor that checks the values of its attribute.

    Its subclasses say which SQL type (sql_type) and Python type (python_type) it holds.
    """

    def __init__(self, *, required: bool = True, default: Any = None) -> None:
        self.required = required
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        return instance.__dict__[self.name]

    def __set__(self, instance: object, value: Any) -> None:
        if value is None:
            if self.required:
                raise ValueError(f"{self.name} is required")
        elif not isinstance(value, self.python_type):
            expected = self.python_type.__name__
            raise TypeError(f"{self.name} must be {expected}, got {type(value).__name__}")
        instance.__dict__[self.name] = value

    def column(self) -> str:
        """The column's SQL: 'title TEXT NOT NULL'."""
        return f"{self.name} {self.sql_type}" + (" NOT NULL" if self.required else "")


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
        fields = dict(cls.fields)  # a copy of the parent's columns, which come first
        for name, value in vars(cls).items():
            if isinstance(value, Field):
                fields[name] = value
        cls.fields = fields
        cls.table = cls.__name__.lower()

    def __init__(self, **values: Any) -> None:
        for name in values:
            if name not in self.fields:
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
        for name, field in self.fields.items():
            setattr(self, name, values.get(name, field.default))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.fields)
        return f"{type(self).__name__}({shown})"

    def to_row(self) -> tuple[Any, ...]:
        """The values of the fields, in column order."""
        return tuple(getattr(self, name) for name in self.fields)

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> "Model":
        """A model made from a row of values in column order (what SELECT * gives)."""
        if len(row) != len(cls.fields):
            raise ValueError(f"{cls.__name__} needs {len(cls.fields)} values, got {len(row)}")
        return cls(**dict(zip(cls.fields, row)))

    @classmethod
    def create_table_sql(cls) -> str:
        columns = ", ".join(field.column() for field in cls.fields.values())
        return f"CREATE TABLE {cls.table} ({columns})"

    def insert_sql(self) -> tuple[str, tuple[Any, ...]]:
        """The INSERT statement with ? placeholders, and the values that go with it."""
        names = ", ".join(self.fields)
        marks = ", ".join("?" for _ in self.fields)
        return f"INSERT INTO {self.table} ({names}) VALUES ({marks})", self.to_row()
