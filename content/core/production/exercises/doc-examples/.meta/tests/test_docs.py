"""The docstrings of durations.py: their shape, and examples that run and cover the edge cases.

The examples are run with doctest against the learner's own functions; each call they make
is written down, to see which cases the examples show."""

import doctest
import inspect
import re

import pytest

import durations

SECTIONS = ("Args:", "Returns:", "Raises:", "Examples:")


class Recorder:
    """Stands for one of the learner's functions in the examples and writes down each call."""

    def __init__(self, function):
        self.function = function
        self.calls = []  # (argument, result or None, the exception's class name or None)

    def __call__(self, argument):
        try:
            result = self.function(argument)
        except Exception as error:
            self.calls.append((argument, None, type(error).__name__))
            raise
        self.calls.append((argument, result, None))
        return result


class Collecting(doctest.DocTestRunner):
    """A doctest runner that keeps each failing example instead of printing it."""

    def __init__(self):
        super().__init__(verbose=False)
        self.problems = []

    def report_failure(self, out, test, example, got):
        self.problems.append(f">>> {example.source.strip()}  shows {example.want.strip()!r}, but running it "
                             f"printed {got.strip()!r}")

    def report_unexpected_exception(self, out, test, example, exc_info):
        error = exc_info[1]
        self.problems.append(f">>> {example.source.strip()}  shows {example.want.strip()!r}, but running it "
                             f"raised {type(error).__name__}: {error}")


def docstring_of(name):
    doc = getattr(durations, name).__doc__
    assert doc and doc.strip(), f"{name} has no docstring: write one in triple quotes as its first line"
    return inspect.cleandoc(doc)


def run_examples(name):
    """Run the examples of one function's docstring; give back the recorded calls."""
    doc = docstring_of(name)
    recorder = Recorder(getattr(durations, name))
    other = "format_duration" if name == "parse_duration" else "parse_duration"
    globs = {name: recorder, other: getattr(durations, other)}
    test = doctest.DocTestParser().get_doctest(doc, globs, name, "durations.py", 0)
    assert test.examples, (
        f"The docstring of {name} has no examples: write lines such as '>>> {name}(...)' "
        "with what they print on the line below"
    )
    runner = Collecting()
    runner.run(test, out=lambda text: None)
    assert not runner.problems, (
        f"An example in the docstring of {name} does not give what it shows: " + runner.problems[0]
        + ". The code is right: correct the example (python -m doctest durations.py -v runs each one)"
    )
    assert recorder.calls, (
        f"The examples of {name} never call {name} by its name: write '>>> {name}(...)' lines, "
        "without an import (doctest gives the examples the module's names)"
    )
    return recorder.calls


def test_the_module_has_a_docstring():
    """The module starts with a summary line, a blank line and a longer description."""
    # The module's own __doc__, read through one of its functions (the module object the tests
    # import stands for the learner's module; its functions carry the module's globals).
    doc = durations.parse_duration.__globals__["__doc__"]
    assert doc and doc.strip(), 'durations.py should start with a docstring: """Durations ... """'
    lines = inspect.cleandoc(doc).splitlines()
    assert lines[0].endswith("."), (
        f"The first line of the module's docstring should be a one-line summary ending with a full stop, "
        f"not {lines[0]!r}"
    )
    assert len(lines) >= 3 and lines[1] == "" and lines[2].strip(), (
        "After the summary line, the module's docstring should have a blank line and then a "
        "longer description: what the module is for, who uses it"
    )


@pytest.mark.parametrize("name, parameter", [("parse_duration", "text"), ("format_duration", "seconds")])
def test_the_shape_of_a_function_docstring(name, parameter):
    """A summary line, then Args, Returns, Raises and Examples sections."""
    lines = docstring_of(name).splitlines()
    summary = lines[0]
    assert summary.endswith(".") and len(summary) <= 72, (
        f"The first line of the docstring of {name} should be a summary of at most 72 characters "
        f"that ends with a full stop, not {summary!r} ({len(summary)} characters)"
    )
    assert len(lines) == 1 or lines[1] == "", (
        f"In the docstring of {name}, the summary should be one line, followed by a blank line"
    )
    stripped = [line.strip() for line in lines]
    for section in SECTIONS:
        assert section in stripped, (
            f"The docstring of {name} should have a section that starts with the line {section!r} "
            f"(Google style: Args:, Returns:, Raises:, Examples:, each on a line of its own)"
        )
    after_args = stripped[stripped.index("Args:") + 1]
    assert after_args.startswith(f"{parameter}:"), (
        f"Under Args: in the docstring of {name}, describe the parameter as '{parameter}: what it is', "
        f"not {after_args!r}"
    )
    after_raises = stripped[stripped.index("Raises:") + 1]
    assert after_raises.startswith("ValueError:"), (
        f"Under Raises: in the docstring of {name}, say when it raises: 'ValueError: when ...', "
        f"not {after_raises!r}"
    )


def test_parse_duration_examples_run_and_cover_the_edge_cases():
    """The examples of parse_duration pass and show two units, capitals or spaces, and an error."""
    calls = run_examples("parse_duration")
    texts = [argument for argument, _result, _error in calls if isinstance(argument, str)]
    assert any(len(re.findall(r"\d+[hmsHMS]", text)) >= 2 for text in texts), (
        "The examples of parse_duration should show a duration of two parts or more, such as "
        f"parse_duration(\"1h30m\"); they call it with {texts}"
    )
    assert any(text != text.strip().lower() for text, _result, error in calls if error is None), (
        "The examples of parse_duration should show that capital letters or spaces around the text are "
        f"allowed, such as parse_duration(\" 45S \"); they call it with {texts}"
    )
    assert any(error == "ValueError" for _argument, _result, error in calls), (
        "The examples of parse_duration should show the ValueError for a text that is not a duration: "
        "a '>>> parse_duration(\"90\")' line followed by 'Traceback (most recent call last):', '...' "
        "and the 'ValueError: ...' line"
    )


def test_format_duration_examples_run_and_cover_the_edge_cases():
    """The examples of format_duration pass and show 0, an hour or more, and an error."""
    calls = run_examples("format_duration")
    numbers = [argument for argument, _result, _error in calls]
    assert 0 in numbers, f"The examples of format_duration should show format_duration(0); they call it with {numbers}"
    assert any(isinstance(n, int) and n >= 3600 for n, _result, error in calls if error is None), (
        "The examples of format_duration should show a duration of an hour or more, such as "
        f"format_duration(5430); they call it with {numbers}"
    )
    assert any(error == "ValueError" for _argument, _result, error in calls), (
        "The examples of format_duration should show the ValueError for a negative number: a "
        "'>>> format_duration(-5)' line followed by 'Traceback (most recent call last):', '...' and "
        "the 'ValueError: ...' line"
    )
