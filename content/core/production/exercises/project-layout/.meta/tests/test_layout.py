"""The project as a whole: its configs, the wheel it builds, its layers, its command, its own tests."""

import tomllib

import pytest

INVENTORY = "sku,name,stock,minimum\nT-100,green tea,16,10\nT-200,black tea,3,10\nJ-300,apricot jam,9,5\n"


@pytest.fixture(scope="module")
def package(install_package):
    return install_package()


def test_one_config_file_per_environment(learner_file):
    """configs/default.toml says margin = 2, configs/production.toml margin = 5."""
    for name, margin in (("configs/default.toml", 2), ("configs/production.toml", 5)):
        try:
            data = tomllib.loads(learner_file(name))
        except tomllib.TOMLDecodeError as error:
            pytest.fail(f"{name} is not valid TOML: {error}", pytrace=False)
        assert data.get("margin") == margin, (
            f"{name} should hold margin = {margin}: the settings of each environment live in configs/, "
            "outside the code, so that the shop can change them without a new release"
        )


def test_the_wheel_holds_the_package_only(package):
    """The project builds and installs as stockcheck 0.1.0; the wheel holds stockcheck/ only."""
    assert (package.metadata["Name"], package.metadata["Version"]) == ("stockcheck", "0.1.0"), (
        'pyproject.toml should name the project stockcheck, version 0.1.0: name = "stockcheck", version = "0.1.0"'
    )
    files = set(package.files)
    for module in ("__init__", "core", "settings", "cli"):
        assert f"stockcheck/{module}.py" in files, (
            f"The wheel should hold stockcheck/{module}.py (from src/stockcheck/{module}.py); it holds {sorted(files)}"
        )
    stray = sorted(name for name in files if name.split("/")[0] in ("src", "tests", "configs", "legacy"))
    assert not stray, f"The wheel should hold the package only, not {stray}"


def test_the_core_depends_on_nothing(package):
    """Importing stockcheck.core loads no other part of the package, and no file or command-line module."""
    result = package.python(
        "import sys, stockcheck.core\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('stockcheck'))))\n"
        "print(' '.join(m for m in ('csv', 'argparse', 'tomllib') if m in sys.modules))\n"
    )
    assert result.returncode == 0, f"import stockcheck.core failed: {result.stderr.strip()[-500:]}"
    ours, tools = (result.stdout.split("\n") + ["", ""])[:2]
    assert ours.split() == ["stockcheck", "stockcheck.core"], (
        "stockcheck.core should import no other module of the package (it imported "
        f"{ours.split()}): the rules are the centre, and settings and cli depend on them, never the other way"
    )
    assert tools.split() == [], (
        f"stockcheck.core should not import {tools.split()}: reading files, settings and the command line is "
        "the job of settings.py and cli.py; the core only works on values"
    )


def test_the_installed_command(package, tmp_path):
    """The command stockcheck prints the report for a file, with the config it is given."""
    inventory = tmp_path / "inventory.csv"
    inventory.write_text(INVENTORY, encoding="utf-8")
    config = tmp_path / "production.toml"
    config.write_text("margin = 5\n", encoding="utf-8")
    result = package.command("stockcheck", str(inventory), "--config", str(config))
    assert result.returncode != 127, 'The package installed no command stockcheck: [project.scripts] stockcheck = "stockcheck.cli:main"'
    assert (result.returncode, result.stdout) == (0, (
        "T-200 black tea: 3 left (minimum 10)\n"
        "J-300 apricot jam: 9 left (minimum 5)\n"
        "2 of 3 products are low\n"
    )), (
        "stockcheck inventory.csv --config production.toml (margin 5) should print the two low products and "
        f"the summary; it gave exit code {result.returncode} and {result.stdout!r} {result.stderr.strip()[-300:]}"
    )
    shown = package.command("stockcheck", "--help").stdout
    for words in ("usage: stockcheck", "Which products are running low.", "a CSV file with sku, name, stock, minimum",
                  "--config"):
        assert words in shown, (
            f"stockcheck --help should describe the command, with {words!r}: "
            'ArgumentParser(prog="stockcheck", description="Which products are running low."), and '
            'help="a CSV file with sku, name, stock, minimum" for the inventory argument. It printed:\n' + shown
        )


def test_the_projects_own_tests_pass(run_program):
    """python run_tests.py tests/unit tests/integration: the project's own tests pass."""
    result = run_program("run_tests.py", args=["tests/unit", "tests/integration"], timeout=30)
    assert result.returncode == 0, (
        "The project's own tests in tests/unit and tests/integration should pass "
        "(python run_tests.py tests/unit tests/integration); pytest said:\n"
        + "\n".join(result.stdout.strip().splitlines()[-15:])
    )
