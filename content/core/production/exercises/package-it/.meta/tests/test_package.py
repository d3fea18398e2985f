"""pyproject.toml for pricetag: read with tomllib, then built into a wheel and installed into a
fresh virtual environment (the install_package fixture), where the tests use the package as a
user would."""

import re
import tomllib

import pytest


@pytest.fixture(scope="module")
def package(install_package):
    return install_package()


def test_pyproject_uses_hatchling(learner_file):
    """[build-system] names hatchling as what builds the project."""
    try:
        data = tomllib.loads(learner_file("pyproject.toml"))
    except tomllib.TOMLDecodeError as error:
        pytest.fail(f"pyproject.toml is not valid TOML: {error}", pytrace=False)
    system = data.get("build-system", {})
    assert any(str(r).startswith("hatchling") for r in system.get("requires", [])), (
        'pyproject.toml should say what builds it: [build-system] with requires = ["hatchling"]'
    )
    assert system.get("build-backend") == "hatchling.build", (
        '[build-system] should say build-backend = "hatchling.build"'
    )


def test_the_dependency_is_declared_as_a_range(learner_file):
    """pyyaml is a dependency, as a range of versions (a library does not pin)."""
    project = tomllib.loads(learner_file("pyproject.toml")).get("project", {})
    wanted = [str(r) for r in project.get("dependencies", []) if str(r).lower().startswith("pyyaml")]
    assert wanted, (
        "pricetag imports yaml, so it needs PyYAML: dependencies = [\"pyyaml>=6,<7\"] in [project]. Without it, "
        "pip install pricetag on a machine without PyYAML gives a package that crashes"
    )
    assert ">=6" in wanted[0].replace(" ", "") and "==" not in wanted[0], (
        f"Give PyYAML as a range, such as pyyaml>=6,<7, not {wanted[0]!r}: a library that pins one exact "
        "version cannot be installed beside another library that needs a different one. Pin in the "
        "app's requirements.txt, give ranges in a library's pyproject.toml"
    )


def test_the_wheel_has_the_name_and_the_version(package):
    """The wheel is pricetag, version 1.2.0: the version written in src/pricetag/__init__.py."""
    assert package.metadata["Name"] == "pricetag", (
        f'[project] should say name = "pricetag", not {package.metadata["Name"]!r}'
    )
    assert package.metadata["Version"] == "1.2.0", (
        f"The package's version is 1.2.0 (__version__ in src/pricetag/__init__.py), but the wheel says "
        f"{package.metadata['Version']!r}. Read it from there: dynamic = [\"version\"] and "
        '[tool.hatch.version] path = "src/pricetag/__init__.py"'
    )


def test_the_metadata_describes_the_project(package):
    """A description, an author with an email, the MIT licence, Python 3.10 or newer, the README."""
    meta = package.metadata
    assert (meta["Summary"] or "").strip(), '[project] should have a one-line description = "..."'
    assert "@" in (meta["Author-email"] or ""), (
        '[project] should name an author with an email: authors = [{ name = "...", email = "..." }]'
    )
    assert (meta["License-Expression"] or meta["License"]) == "MIT", '[project] should say license = "MIT"'
    assert meta["Requires-Python"] == ">=3.10", (
        f'[project] should say requires-python = ">=3.10" (the code uses X | None), not {meta["Requires-Python"]!r}'
    )
    assert meta["Description-Content-Type"] == "text/markdown" and "pricetag tea" in meta.get_payload(), (
        '[project] should say readme = "README.md": the README becomes the page of the package on PyPI'
    )


def test_the_wheel_holds_the_package_and_its_data(package):
    """The wheel holds pricetag/ with cli.py and prices.yaml, and no src/ or tests/."""
    files = set(package.files)
    for name in ("pricetag/__init__.py", "pricetag/cli.py", "pricetag/prices.yaml"):
        assert name in files, f"The wheel should hold {name}; it holds {sorted(files)}"
    stray = sorted(name for name in files if name.startswith(("src/", "tests/")))
    assert not stray, (
        f"The wheel should hold the package only, installed as pricetag/, not {stray}"
    )


def test_the_installed_package_works_from_anywhere(package):
    """Imported from outside the project folder, the package finds its version and its price list."""
    result = package.python(
        "import pricetag, pricetag.cli; print(pricetag.__version__); print(pricetag.cli.load_prices()['jam'])"
    )
    assert result.returncode == 0, f"Importing the installed pricetag failed: {result.stderr.strip()[-500:]}"
    assert result.stdout.split() == ["1.2.0", "3.99"], (
        f"The installed package should print 1.2.0 and 3.99, but printed {result.stdout!r}"
    )


def test_the_command_is_installed(package):
    """[project.scripts] installs the command pricetag, which runs pricetag.cli:main."""
    result = package.command("pricetag", "tea", "--quantity", "2", "--tax", "20")
    assert result.returncode != 127, (
        "The package installed no command pricetag: add [project.scripts] with pricetag = \"pricetag.cli:main\""
    )
    assert (result.returncode, result.stdout) == (0, "2 x tea = 6.00\n"), (
        "pricetag tea --quantity 2 --tax 20 should print 2 x tea = 6.00 and end with exit code 0; "
        f"it gave exit code {result.returncode}, {result.stdout!r} {result.stderr.strip()[-300:]}"
    )
    missing = package.command("pricetag", "caviar")
    assert missing.returncode == 1, (
        "pricetag caviar should end with exit code 1 (main returns 1): the command should be "
        "pricetag.cli:main, whose return value becomes the exit code"
    )
    shown = package.command("pricetag", "--version")
    assert re.fullmatch(r"pricetag 1\.2\.0\s*", shown.stdout), (
        f"pricetag --version should print pricetag 1.2.0, not {shown.stdout!r}"
    )
