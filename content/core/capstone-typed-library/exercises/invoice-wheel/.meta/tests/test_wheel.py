import json
import tomllib

import pytest

PUBLIC = {
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
PACKAGE_FILES = {
    "invoices/__init__.py",
    "invoices/errors.py",
    "invoices/models.py",
    "invoices/money.py",
    "invoices/parsing.py",
    "invoices/py.typed",
}

# Run in the fresh environment the wheel was installed into, from a folder outside the
# project: it prints one JSON line about the package as a user's program finds it.
LOOK = """
import importlib.metadata, importlib.resources, inspect, json, sys
import invoices
api = {}
for name in invoices.__all__:
    thing = getattr(invoices, name, None)
    if thing is None:
        api[name] = "MISSING"
    elif inspect.isclass(thing) or inspect.isfunction(thing):
        api[name] = thing.__module__
    else:
        api[name] = "-"
print(json.dumps({
    "file": invoices.__file__,
    "prefix": sys.prefix,
    "version": getattr(invoices, "__version__", None),
    "installed_version": importlib.metadata.version("invoices"),
    "typed": importlib.resources.files("invoices").joinpath("py.typed").is_file(),
    "api": api,
}))
"""

USE = """
from invoices import CurrencyMismatch, format_amount, grand_total, invoice_total, parse_invoice
bill = parse_invoice({
    "number": "INV-0042", "customer": "Hopper & Sons", "currency": "gbp",
    "issued": "2024-05-01", "due": "2024-05-31",
    "items": [{"description": "Espresso beans, 1 kg", "quantity": 3, "unit_cents": 1850},
              {"description": "Milk frother", "quantity": 1, "unit_cents": 4999}],
})
print(format_amount(invoice_total(bill), bill.currency))
try:
    grand_total([bill], "EUR")
except CurrencyMismatch as error:
    print(error)
"""


def pyproject(learner_file):
    """pyproject.toml, read as TOML; fails clearly when it is not valid TOML."""
    text = learner_file("pyproject.toml")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        pytest.fail(f"pyproject.toml is not valid TOML: {error}", pytrace=False)


_INSTALLED = {}


def installed(install_package):
    """The installed wheel, built once per check; a failed build or install is reported once
    and then repeated without building again."""
    if "error" in _INSTALLED:
        pytest.fail(_INSTALLED["error"], pytrace=False)
    if "package" not in _INSTALLED:
        try:
            _INSTALLED["package"] = install_package()
        except pytest.fail.Exception as error:
            message = str(error.msg)
            if "No matching distribution found for pydantic" in message:
                message += (
                    "\nA library asks for a range of versions, such as pydantic>=2, so that pip can use the "
                    "pydantic 2 that is already installed; one exact version (==) cannot be found offline"
                )
            _INSTALLED["error"] = message
            pytest.fail(message, pytrace=False)
    return _INSTALLED["package"]


_LOOKED = {}


def looked(package):
    """What LOOK printed about the installed package (run once per check)."""
    if "result" not in _LOOKED:
        _LOOKED["result"] = package.python(LOOK, timeout=20)
    result = _LOOKED["result"]
    if result.returncode != 0:
        said = (result.stderr.strip().splitlines() or ["(nothing)"])[-1]
        pytest.fail(
            f"After installing your wheel, `import invoices` in a program outside your project should work, "
            f"but it stopped with: {said}",
            pytrace=False,
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_build_system_is_hatchling(learner_file):
    """[build-system] asks for hatchling and names its backend."""
    build = pyproject(learner_file).get("build-system")
    assert build, (
        'pyproject.toml has no [build-system] table: add one with requires = ["hatchling"] and '
        'build-backend = "hatchling.build", or pip falls back to an old default and guesses'
    )
    assert build.get("build-backend") == "hatchling.build", (
        'pyproject.toml should have build-backend = "hatchling.build" in its [build-system] table; '
        f"it has {build.get('build-backend')!r}"
    )
    assert any(str(need).startswith("hatchling") for need in build.get("requires", [])), (
        'The [build-system] table should have requires = ["hatchling"], the package that builds your wheel; '
        f"it has {build.get('requires')!r}"
    )


def test_the_wheel_has_the_right_name(install_package):
    """pip builds invoices-1.0.0-py3-none-any.whl: the name, the version, pure Python."""
    package = installed(install_package)
    assert package.wheel == "invoices-1.0.0-py3-none-any.whl", (
        f"The wheel should be invoices-1.0.0-py3-none-any.whl: name = \"invoices\" and version = \"1.0.0\" "
        f"in [project]; pip built {package.wheel}"
    )


def test_the_metadata_says_what_the_package_is(install_package):
    """The wheel's METADATA has the name, the version, a summary, the Python it needs and pydantic."""
    metadata = installed(install_package).metadata
    assert metadata["Name"] == "invoices", f'name = "invoices" in [project]; the wheel says {metadata["Name"]!r}'
    assert metadata["Version"] == "1.0.0", (
        f'version = "1.0.0" in [project], the same as __version__; the wheel says {metadata["Version"]!r}'
    )
    assert (metadata["Summary"] or "").strip(), (
        "[project] should have a description: one line that says what the library does"
    )
    assert metadata["Requires-Python"] == ">=3.11", (
        f'requires-python = ">=3.11" in [project]; the wheel says {metadata["Requires-Python"]!r}'
    )
    needs = metadata.get_all("Requires-Dist") or []
    assert needs == ["pydantic>=2"], (
        'dependencies = ["pydantic>=2"] in [project]: the library needs pydantic 2 or later (a range, not '
        f"one exact version), and nothing else; the wheel asks for {needs!r}"
    )


def test_the_readme_is_the_long_description(install_package, learner_file):
    """README.md becomes the package's long description, in Markdown."""
    metadata = installed(install_package).metadata
    readme = learner_file("README.md")
    assert metadata["Description-Content-Type"] == "text/markdown", (
        'readme = "README.md" in [project] makes the README the long description (as Markdown); '
        f"the wheel's description type is {metadata['Description-Content-Type']!r}"
    )
    assert metadata.get_payload().strip() == readme.strip(), (
        "The wheel's long description should be your README.md: set readme = \"README.md\" in [project]"
    )


def test_the_readme_gets_a_user_started(learner_file):
    """README.md has a title, says how to install the library and shows parse_invoice in an example."""
    readme = learner_file("README.md")
    assert readme.startswith("# invoices"), "README.md should start with the title line: # invoices"
    assert "pip install invoices" in readme, "README.md should say how to install the library: pip install invoices"
    assert "```python" in readme and "parse_invoice(" in readme, (
        "README.md should show an example in a ```python block that calls parse_invoice(...)"
    )


def test_the_wheel_holds_the_package_and_nothing_else(install_package):
    """The wheel holds the six files of invoices/, py.typed included, and its metadata."""
    files = set(installed(install_package).files)
    ours = {name for name in files if ".dist-info/" not in name}
    assert "invoices/py.typed" in ours, (
        "The wheel should hold invoices/py.typed, or your users' mypy ignores your types"
    )
    assert ours == PACKAGE_FILES, (
        f"The wheel should hold exactly {sorted(PACKAGE_FILES)} (and its .dist-info folder); it holds "
        f"{sorted(ours)}. [tool.hatch.build.targets.wheel] packages = [\"invoices\"] picks the package folder"
    )


def test_the_installed_package_is_imported_from_the_environment(install_package):
    """A program outside the project imports the installed copy, not the source folder."""
    package = installed(install_package)
    found = looked(package)
    assert found["file"].startswith(found["prefix"]) and "site-packages" in found["file"], (
        f"import invoices should find the package installed in the environment, but it found {found['file']}"
    )
    assert found["typed"], "py.typed should be installed next to invoices/__init__.py"


def test_the_installed_version_matches(install_package):
    """importlib.metadata.version("invoices") and invoices.__version__ are both 1.0.0."""
    found = looked(installed(install_package))
    assert found["installed_version"] == "1.0.0", (
        f'importlib.metadata.version("invoices") should be "1.0.0"; it is {found["installed_version"]!r}'
    )
    assert found["version"] == found["installed_version"], (
        f"invoices.__version__ should be the version in pyproject.toml ({found['installed_version']!r}); it is "
        f"{found['version']!r}. Keep the two the same"
    )


def test_the_installed_api_is_the_public_one(install_package):
    """The installed package's __all__ lists the ten names, each defined in its own module."""
    api = looked(installed(install_package))["api"]
    assert api == PUBLIC, (
        f"The installed package should offer, in __all__, each name from its module as in stage 3: {PUBLIC}; "
        f"it offers {api}"
    )


def test_a_program_uses_the_installed_library(install_package):
    """A small program against the installed wheel parses, totals, formats and refuses as expected."""
    result = installed(install_package).python(USE, timeout=20)
    assert result.returncode == 0, (
        f"A program using the installed library should run, but it stopped with: "
        f"{(result.stderr.strip().splitlines() or ['(nothing)'])[-1]}"
    )
    assert result.stdout == "£105.49\ncannot add an invoice in GBP to a total in EUR\n", (
        "The program should print '£105.49' and 'cannot add an invoice in GBP to a total in EUR'; it printed "
        f"{result.stdout!r}"
    )
