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

    @field_validator("username")
    @classmethod
    def username_is_simple(cls, value: str) -> str:
        if not value.isalnum():
            raise ValueError("a username may only hold letters and digits")
        return value.lower()

    @field_validator("email")
    @classmethod
    def email_has_one_at(cls, value: str) -> str:
        if value.count("@") != 1:
            raise ValueError("an email address needs exactly one @")
        return value.strip().lower()

    @model_validator(mode="after")
    def passwords_match(self) -> Self:
        # Runs after every field is checked, so it can compare two of them.
        if self.password != self.repeat_password:
            raise ValueError("the two passwords are different")
        return self


class SignupError(ValueError):
    """A problem with the form; field is the field it is about, or "form" for the whole form."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def sign_up(data: dict[str, Any]) -> Signup:
    """The checked form, or SignupError about the first problem pydantic found."""
    return Signup.model_validate(data)
