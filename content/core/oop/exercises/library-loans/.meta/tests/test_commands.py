"""run(library, line): one command at a time."""

import pytest
from library import Library, LoanError, run


def session(*lines):
    """What run returns for each line, all on one library."""
    library = Library()
    shown = []
    for line in lines:
        try:
            shown.append(run(library, line))
        except LoanError as error:
            pytest.fail(
                f"run(library, {line!r}) let LoanError({str(error)!r}) escape: catch LoanError in "
                "run and return error: and the message, so that the program goes on",
                pytrace=False,
            )
    return shown


def test_book_and_member():
    """book and member add to the library."""
    assert session("book D1 Dune") == ["added Dune"], 'run(library, "book D1 Dune") should return "added Dune"'
    try:
        shown = run(Library(), "book H1 The Hobbit")
    except ValueError as error:
        pytest.fail(
            f'run(library, "book H1 The Hobbit") raised ValueError: {error}. A title may have '
            "spaces, so split the line at most twice (line.split(maxsplit=2))",
            pytrace=False,
        )
    assert shown == "added The Hobbit", (
        'run(library, "book H1 The Hobbit") should return "added The Hobbit": a title may have '
        "spaces, so split the line at most twice (line.split(maxsplit=2))"
    )
    assert session("member ana 1") == ["welcome ana"], 'run(library, "member ana 1") should return "welcome ana"'


def test_lend_return_available():
    """lend, return and available report what happened."""
    shown = session(
        "book D1 Dune", "book H1 The Hobbit", "member bo 2",
        "available", "lend H1 bo", "available", "lend D1 bo", "available", "return H1",
    )
    assert shown[3:] == [
        "available: Dune, The Hobbit",
        "bo borrowed The Hobbit",
        "available: Dune",
        "bo borrowed Dune",
        "available: none",
        "The Hobbit is back",
    ], (
        "The commands available, lend H1 bo, available, lend D1 bo, available, return H1 should "
        "return: available: Dune, The Hobbit / bo borrowed The Hobbit / available: Dune / "
        "bo borrowed Dune / available: none / The Hobbit is back"
    )


def test_member_limit_is_a_number():
    """The limit of the member command is a number."""
    shown = session("book D1 Dune", "book H1 The Hobbit", "book E1 Emma", "member cy 2",
                    "lend D1 cy", "lend H1 cy", "lend E1 cy")
    assert shown[-1] == "error: cy has reached the limit of 2", (
        'With "member cy 2", cy may borrow two books, and the third lend should return '
        '"error: cy has reached the limit of 2": turn the limit into a number with int()'
    )
    assert shown[-2] == "cy borrowed The Hobbit", "cy's second loan should be allowed"


def test_errors_are_shown():
    """A LoanError becomes a line starting with error: and the library goes on."""
    shown = session("book D1 Dune", "member ana 1", "lend X9 ana", "return D1", "lend D1 ana")
    assert shown[2:] == ["error: no book X9", "error: Dune is not lent", "ana borrowed Dune"], (
        "lend X9 ana should return \"error: no book X9\" and return D1 \"error: Dune is not lent\": "
        "catch LoanError in run and return error: and the message; the next command still works"
    )


def test_unknown_command():
    """Any other command is reported as unknown."""
    assert session("fly away") == ["error: unknown command fly"], (
        'run(library, "fly away") should return "error: unknown command fly"'
    )
    assert session("help") == ["error: unknown command help"], (
        'run(library, "help") should return "error: unknown command help"'
    )
