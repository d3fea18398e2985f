import pytest

import invoices
import invoices.errors
import invoices.models
import invoices.money
import invoices.parsing

# Where each public name is defined: its module, as `python show_api.py` prints it.
HOMES = {
    "Currency": "-",
    "CurrencyMismatch": "invoices.errors",
    "InvalidInvoice": "invoices.errors",
    "Invoice": "invoices.models",
    "InvoiceError": "invoices.errors",
    "LineItem": "invoices.models",
    "format_amount": "invoices.money",
    "grand_total": "invoices.money",
    "invoice_total": "invoices.money",
    "parse_invoice": "invoices.parsing",
}
_SHOWN = {}


def shown(run_program):
    """What `python show_api.py` prints: (version, {name: module}). It runs the package in a
    process of its own, as a user's program would, once per check."""
    if not _SHOWN:
        _SHOWN["result"] = run_program("show_api.py", timeout=15)
    result = _SHOWN["result"]
    if result.returncode != 0:
        said = (result.stderr.strip().splitlines() or ["(nothing)"])[-1]
        pytest.fail(
            f"python show_api.py should show your package's public API, but it stopped with: {said}",
            pytrace=False,
        )
    lines = [line.split(" ", 1) for line in result.stdout.splitlines() if " " in line]
    return lines[0][1], dict(lines[1:])


def test_all_lists_the_public_api(run_program):
    """The package's __all__ (in invoices/__init__.py) lists exactly the ten public names."""
    _, api = shown(run_program)
    assert sorted(api) == sorted(HOMES), (
        f"__all__ in invoices/__init__.py should list exactly {sorted(HOMES)}, as in stage 2; it lists {sorted(api)}"
    )
    missing = [name for name, where in api.items() if where == "MISSING"]
    assert not missing, (
        f"__all__ lists {missing}, but the package has nothing by those names: import each of them in "
        "invoices/__init__.py, e.g. from invoices.money import format_amount"
    )


def test_the_package_has_a_version(run_program):
    """invoices.__version__ is "1.0.0"."""
    version, _ = shown(run_program)
    assert version == "1.0.0", (
        f'invoices/__init__.py should set __version__ = "1.0.0"; show_api.py found {version!r} ("-" is none)'
    )


def test_each_name_is_defined_in_its_module(run_program):
    """The errors live in errors.py, the models in models.py, parse_invoice in parsing.py, the totals in money.py."""
    _, api = shown(run_program)
    wrong = [
        f"{name} (defined in {api.get(name, 'nothing: it is not in __all__')}; it belongs in {home})"
        for name, home in HOMES.items()
        if home != "-" and api.get(name) != home
    ]
    assert not wrong, (
        "Each public name should be defined in its own module and only imported in invoices/__init__.py. "
        "Move the code of: " + ", ".join(wrong)
    )


@pytest.mark.parametrize(
    "name, module",
    [
        ("InvoiceError", invoices.errors),
        ("InvalidInvoice", invoices.errors),
        ("CurrencyMismatch", invoices.errors),
        ("Invoice", invoices.models),
        ("LineItem", invoices.models),
        ("parse_invoice", invoices.parsing),
        ("invoice_total", invoices.money),
        ("grand_total", invoices.money),
        ("format_amount", invoices.money),
    ],
)
def test_the_package_re_exports_the_same_objects(name, module):
    """invoices.<name> is the very object of its module, imported, not a copy."""
    home = module.__name__
    assert hasattr(module, name), f"{home.replace('.', '/')}.py should define {name}: move its code there"
    assert hasattr(invoices, name), (
        f"import invoices; invoices.{name} should work: add `from {home} import {name}` to invoices/__init__.py"
    )
    assert getattr(invoices, name) is getattr(module, name), (
        f"invoices.{name} should be the same object as {home}.{name}: import it in invoices/__init__.py "
        "instead of writing it there again"
    )


def test_the_package_says_it_is_typed(learner_file):
    """invoices/py.typed exists and is empty: the PEP 561 marker that tells mypy to read the hints."""
    text = learner_file("invoices/py.typed")
    assert text.strip() == "", (
        f"invoices/py.typed should be an empty file (it is only a marker), but it holds {text[:60]!r}"
    )
