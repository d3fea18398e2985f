from typing import Any, Self

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator


class Signup(BaseModel):
    """A new member's sign-up form."""

    username: str = Field(min_length=3, max_length=20)
    email: str
    password: str = Field(min_length=8)
    repeat_password: str
    age: int = Field(ge=13)
    interests: list[str] = Field(default=[], max_length=3)

    # Step 1: a field_validator for username: only letters and digits, kept in lower case.

    # Step 2: a field_validator for email: exactly one @, kept without spaces and in lower case.

    # Step 3: a model_validator(mode="after"): the two passwords must be the same.


class SignupError(ValueError):
    """A problem with the form; field is the field it is about, or "form" for the whole form."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def sign_up(data: dict[str, Any]) -> Signup:
    """The checked form, or SignupError about the first problem pydantic found."""
    # Step 4: validate data with Signup; turn a ValidationError into a SignupError.
    raise NotImplementedError("write sign_up")
