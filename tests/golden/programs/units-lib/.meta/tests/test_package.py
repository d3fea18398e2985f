from units import km_to_miles
from units.convert import main


def test_the_package_imports_from_its_folder():
    import units

    assert round(km_to_miles(10), 2) == 6.21
    assert callable(main)
    assert units.__all__ == ["km_to_miles"], "a module's own data such as __all__ is readable"


def test_the_wheel_installs_and_works_from_elsewhere(install_package):
    package = install_package()
    assert package.metadata["Version"] == "1.2.0", "Set version = 1.2.0"
    assert "units/py.typed" in package.files, "Ship the py.typed marker"
    result = package.python("import units, pydantic; print(units.km_to_miles(5), units.__file__)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3.106855")
    assert "site-packages" in result.stdout, "imported from the installed wheel"
    assert package.command("km2mi", "100").stdout == "62.1\n"


def test_the_wheel_is_named_by_the_project(install_package):
    assert install_package().wheel.startswith("units-1.2.0-")
