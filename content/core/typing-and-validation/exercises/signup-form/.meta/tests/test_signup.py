import pytest

import signup

ADA = {
    "username": "Ada99",
    "email": "ada@example.com",
    "password": "correct horse",
    "repeat_password": "correct horse",
    "age": 36,
}


def what_came_out(error):
    """The name of an error that is not SignupError, in words a learner recognises."""
    if "ValidationError" in f"{type(error).__name__} {error}":
        return "pydantic's ValidationError"
    return type(error).__name__


def accept(changes=None):
    """sign_up of Ada's form with some fields changed; fails clearly if it is refused."""
    data = {**ADA, **(changes or {})}
    try:
        return signup.sign_up(data)
    except signup.SignupError as error:
        pytest.fail(f"sign_up({data!r}) should accept this form, but it said: {error}", pytrace=False)
    except Exception as error:
        pytest.fail(
            f"sign_up({data!r}) should accept this form, but {what_came_out(error)} came out",
            pytrace=False,
        )


def reject(changes, field, words, why):
    """The SignupError of Ada's form with some fields changed; it must name field and say words."""
    data = {key: value for key, value in {**ADA, **changes}.items() if value is not None}
    try:
        signup.sign_up(data)
    except signup.SignupError as error:
        assert error.field == field, (
            f"sign_up({data!r}) should report the problem with {field!r} ({why}), "
            f"but it reported {error.field!r} (its message: {str(error)!r})"
        )
        assert words in str(error), (
            f"The error for {field!r} should say {words!r} ({why}), but it says {str(error)!r}"
        )
        return
    except Exception as error:
        pytest.fail(
            f"sign_up({data!r}) should raise SignupError, but {what_came_out(error)} came out: "
            "catch pydantic's ValidationError in sign_up and raise SignupError from it",
            pytrace=False,
        )
    pytest.fail(f"sign_up({data!r}) should raise SignupError: {why}", pytrace=False)


def test_a_good_form_keeps_its_values():
    """A good form gives a Signup with the form's values."""
    form = accept()
    assert form.username == "ada99", (
        "The username 'Ada99' should be kept in lower case: 'ada99'. A field_validator gives the "
        "field whatever it returns, so it must return the value to keep: value.lower()"
    )
    assert form.email == "ada@example.com", "The email should be 'ada@example.com'"
    assert form.age == 36, "The age should be 36"
    assert form.interests == [], "Without interests, interests should be []"


def test_username_letters_and_digits_only():
    """A username may only hold letters and digits."""
    reject({"username": "ada_99"}, "username", "letters and digits", "an underscore is not a letter or a digit")
    reject({"username": "ada 99"}, "username", "letters and digits", "a space is not allowed")
    assert accept({"username": "Grace"}).username == "grace", (
        "The username 'Grace' should become 'grace': return value.lower() from the validator"
    )


def test_username_length_is_still_checked():
    """The username's Field rules still apply: 3 to 20 characters."""
    reject({"username": "al"}, "username", "at least 3", "two letters are too short")
    accept({"username": "a" * 20})
    reject({"username": "a" * 21}, "username", "at most 20", "21 characters are too long")


def test_email_needs_exactly_one_at():
    """An email address needs exactly one @."""
    reject({"email": "ada.example.com"}, "email", "exactly one @", "there is no @ at all")
    reject({"email": "ada@@example.com"}, "email", "exactly one @", "there are two @")


def test_email_is_cleaned():
    """The email is kept without spaces around it and in lower case."""
    form = accept({"email": "  Ada@Example.COM "})
    assert form.email == "ada@example.com", (
        "The email '  Ada@Example.COM ' should become 'ada@example.com': return "
        "value.strip().lower() from the validator"
    )


def test_passwords_must_match():
    """The two passwords must be the same: a problem of the whole form."""
    reject(
        {"repeat_password": "correct h0rse"},
        "form",
        "the two passwords are different",
        "the passwords differ; a model_validator checks two fields together, and its problem "
        "has no field, so sign_up names it 'form'",
    )


def test_other_fields_keep_their_rules():
    """Age, password and interests keep the rules of their fields."""
    reject({"age": 12}, "age", "greater than or equal to 13", "members are 13 or older")
    reject({"password": "short", "repeat_password": "short"}, "password", "at least 8", "the password is too short")
    reject({"email": None}, "email", "Field required", "the email is missing")
    reject({"interests": ["chess", 7]}, "interests", "valid string", "an interest must be text")
    assert accept({"interests": ["chess", "jazz", "tea"]}).interests == ["chess", "jazz", "tea"], (
        "Three interests should be accepted and kept"
    )
    reject({"interests": ["chess", "jazz", "tea", "golf"]}, "interests", "at most 3", "four interests are too many")


def test_the_first_problem_is_reported():
    """With two wrong fields, the first one (username comes before age) is reported."""
    reject({"username": "ada_99", "age": 12}, "username", "letters and digits", "both are wrong; report the first problem")


def test_the_error_reads_field_then_problem():
    """SignupError reads "<field>: <problem>"."""
    try:
        signup.sign_up({**ADA, "age": 12})
    except signup.SignupError as error:
        assert str(error).startswith("age: "), f"The error should start with 'age: ', but it reads {str(error)!r}"
    except Exception:
        pass  # reported by the other tests
