"""check_requirements, normalize and compare_installed on small requirements files."""

from importlib import metadata

import requirements_check as rc

PYTEST = metadata.version("pytest")
PYDANTIC = metadata.version("pydantic")


def lines(*rows):
    return "\n".join(rows) + "\n"


def test_normalize_like_pip():
    """normalize lower-cases a name and turns each run of -, _ and . into one -."""
    cases = {
        "Django": "django",
        "zope.interface": "zope-interface",
        "typing_extensions": "typing-extensions",
        "Foo__Bar-.baz": "foo-bar-baz",
        "PyYAML": "pyyaml",
    }
    for name, expected in cases.items():
        assert rc.normalize(name) == expected, (
            f"normalize({name!r}) should give {expected!r}: lower case, and every run of "
            "'-', '_' and '.' becomes a single '-'"
        )


def test_a_clean_file_has_no_problems():
    """A file where every package is pinned once gives an empty list."""
    text = lines("flask==3.0.3", "requests==2.32.3", "numpy==2.1.0")
    assert rc.check_requirements(text) == [], (
        "flask==3.0.3, requests==2.32.3 and numpy==2.1.0 are all pinned with ==: "
        "check_requirements should return []"
    )
    assert rc.check_requirements("") == [], "An empty file has no problems: return []"


def test_comments_blank_lines_and_options_are_skipped():
    """Comments, blank lines and pip options (lines starting with -) are not requirements."""
    text = lines(
        "# the web app's packages",
        "",
        "-r base.txt",
        "--index-url https://pypi.org/simple",
        "flask==3.0.3   # the web framework",
        "   ",
        "# requests",
    )
    assert rc.check_requirements(text) == [], (
        "A file with only comments, blank lines, pip options such as '-r base.txt' and "
        "'flask==3.0.3   # the web framework' has no problems: skip everything after a #, "
        "lines that are empty once the comment is gone, and lines that start with -"
    )


def test_unpinned_packages_are_reported():
    """Anything but name==version is not pinned, with the line number and the name."""
    text = lines(
        "requests>=2.31",
        "numpy",
        "pandas==2.*",
        "django~=4.2",
        "scipy==1.13.0,<2",
        "httpx<=0.27.0",
    )
    expected = [
        "line 1: requests is not pinned: write requests==<version>",
        "line 2: numpy is not pinned: write numpy==<version>",
        "line 3: pandas is not pinned: write pandas==<version>",
        "line 4: django is not pinned: write django==<version>",
        "line 5: scipy is not pinned: write scipy==<version>",
        "line 6: httpx is not pinned: write httpx==<version>",
    ]
    assert rc.check_requirements(text) == expected, (
        "'>=', no version at all, '==2.*', '~=', '==1.13.0,<2' and '<=' do not pin one exact "
        "version: each line should give 'line N: <name> is not pinned: write <name>==<version>'"
    )


def test_line_numbers_count_every_line():
    """Line numbers count comments and blank lines too, starting at 1."""
    text = lines("# packages", "", "flask==3.0.3", "", "requests")
    assert rc.check_requirements(text) == ["line 5: requests is not pinned: write requests==<version>"], (
        "requests is on line 5 of the file (the comment and the blank lines count): "
        "number the lines from 1 with enumerate(text.splitlines(), start=1)"
    )


def test_spaces_extras_and_version_forms():
    """Spaces around ==, extras in [] and versions such as 2.0rc1 or 1.0+local are fine."""
    text = lines(
        "requests == 2.32.3",
        "uvicorn[standard]==0.30.1",
        "celery[redis,msgpack] == 5.4.0",
        "torch==2.4.0+cpu",
        "black==24.8.0b1",
    )
    assert rc.check_requirements(text) == [], (
        "'requests == 2.32.3', 'uvicorn[standard]==0.30.1', 'celery[redis,msgpack] == 5.4.0', "
        "'torch==2.4.0+cpu' and 'black==24.8.0b1' are all pinned: remove the spaces before "
        "you look at the line, and allow extras in [] after the name"
    )
    assert rc.check_requirements("uvicorn[standard]>=0.30\n") == [
        "line 1: uvicorn is not pinned: write uvicorn==<version>"
    ], "For 'uvicorn[standard]>=0.30' the message should name the package uvicorn, without the extras"


def test_duplicates_are_reported_with_the_first_line():
    """A package listed again, even spelt differently, names the line where it came first."""
    text = lines("Flask==3.0.3", "requests==2.32.3", "flask==3.0.2", "typing_extensions==4.12.2",
                 "Typing-Extensions==4.12.2", "FLASK==3.0.3")
    expected = [
        "line 3: flask is listed twice (first on line 1)",
        "line 5: Typing-Extensions is listed twice (first on line 4)",
        "line 6: FLASK is listed twice (first on line 1)",
    ]
    assert rc.check_requirements(text) == expected, (
        "Flask, flask and FLASK are one package for pip, and so are typing_extensions and "
        "Typing-Extensions: compare normalize(name), say the name as written on the later line, "
        "and always name the line where the package came first"
    )


def test_unpinned_and_twice_gives_both_messages():
    """A line that is unpinned and a duplicate gives two messages, the pin first."""
    text = lines("numpy==2.1.0", "numpy>=2")
    assert rc.check_requirements(text) == [
        "line 2: numpy is not pinned: write numpy==<version>",
        "line 2: numpy is listed twice (first on line 1)",
    ], "'numpy>=2' after 'numpy==2.1.0' is both unpinned and a duplicate: give both messages, the pin first"


def test_a_line_that_is_not_a_requirement():
    """A line that does not start with a package name cannot be read."""
    text = lines("flask==3.0.3", "==2.0", "[dev] pytest")
    assert rc.check_requirements(text) == [
        "line 2: cannot read '==2.0'",
        "line 3: cannot read '[dev]pytest'",
    ], (
        "'==2.0' and '[dev] pytest' do not start with a package name: the message should be "
        "\"line N: cannot read '<the line without spaces>'\" (use {line!r})"
    )


def test_compare_installed_finds_other_versions():
    """compare_installed names the pins that are not what is installed, in file order."""
    text = lines(
        f"pytest=={PYTEST}",
        "pydantic==0.0.1",
        "surely-not-a-real-package==1.0",
        f"PyTest == {PYTEST}   # same as installed",
    )
    expected = [
        f"pydantic: 0.0.1 pinned, {PYDANTIC} installed",
        "surely-not-a-real-package: 1.0 pinned, not installed",
    ]
    assert rc.compare_installed(text) == expected, (
        f"pytest {PYTEST} is installed here, as pinned; pydantic is {PYDANTIC}, not 0.0.1; "
        "surely-not-a-real-package is not installed. Ask importlib.metadata.version(name) and catch "
        "importlib.metadata.PackageNotFoundError. Expected exactly the two messages for pydantic and "
        "surely-not-a-real-package"
    )


def test_compare_installed_skips_what_is_not_pinned():
    """Unpinned, unreadable, comment and option lines are not compared."""
    text = lines("# tools", "-r base.txt", "pytest>=1", "pydantic", "==2.0", "flask==0.1  # old")
    expected = [f"flask: 0.1 pinned, {metadata.version('flask')} installed"]
    assert rc.compare_installed(text) == expected, (
        "Only lines pinned with == are compared (check_requirements reports the others): "
        f"here only flask==0.1, which should give {expected[0]!r}"
    )
    assert rc.compare_installed("") == [], "compare_installed('') should return []"
