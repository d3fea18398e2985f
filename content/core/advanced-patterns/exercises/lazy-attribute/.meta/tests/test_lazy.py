import pytest

from lazy import Report, lazy


class Source:
    """A slow source of numbers that counts how often it is read; gives its batches in turn."""

    def __init__(self, *batches):
        self.batches = [list(batch) for batch in batches]
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if len(self.batches) > 1:
            return self.batches.pop(0)
        return list(self.batches[0])


def read(report, name):
    """report.<name>, with a plain failure when lazy has no __get__ yet."""
    value = getattr(report, name)
    if isinstance(value, lazy):
        pytest.fail(f"report.{name} gave back the lazy object itself, not a value: write "
                    "lazy.__get__, which calls the function with the instance", pytrace=False)
    return value


def test_the_value_is_worked_out_when_first_read():
    """Reading a lazy attribute calls its function with the instance and gives its result."""
    source = Source([1, 2, 3, 4])
    report = Report(source)
    assert read(report, "numbers") == [1, 2, 3, 4], "report.numbers should be [1, 2, 3, 4], the source's numbers"
    assert read(report, "total") == 10, "report.total should be 10, the sum of [1, 2, 3, 4]"
    assert read(report, "largest") == 4, "report.largest should be 4, the largest of [1, 2, 3, 4]"


def test_nothing_is_computed_before_it_is_read():
    """Making the object computes nothing."""
    source = Source([1, 2])
    report = Report(source)
    assert source.calls == 0, (
        f"Report(source) read the source {source.calls} time(s) before any attribute was read: "
        "a lazy attribute waits until it is first read"
    )
    assert set(vars(report)) == {"source"}, (
        f"A new report's __dict__ should hold only 'source', not {sorted(vars(report))}"
    )


def test_later_reads_use_the_stored_value():
    """After the first read, the function is not called again."""
    source = Source([5, 1, 7])
    report = Report(source)
    for _ in range(3):
        read(report, "total")
        read(report, "numbers")
        read(report, "largest")
    assert source.calls != 0, (
        "This report's source was never read: its values came from an earlier report. Store "
        "the value in the instance (instance.__dict__), never on the lazy object: one lazy "
        "object serves every instance of the class"
    )
    assert source.calls == 1, (
        f"The source was read {source.calls} times for 3 reads each of total, numbers and "
        "largest; it should be read once: store the value in instance.__dict__ under the "
        "attribute's name, so that the next read finds it there before lazy is asked"
    )


def test_the_value_is_stored_in_the_instance_dict():
    """The value goes into the instance's __dict__ under the attribute's name."""
    report = Report(Source([2, 3]))
    read(report, "total")
    stored = vars(report)
    assert stored.get("total") == 5 and stored.get("numbers") == [2, 3], (
        f"After reading report.total, vars(report) should hold 'total': 5 and 'numbers': [2, 3]; "
        f"it holds the names {sorted(stored)}"
    )


def test_the_name_comes_from_set_name():
    """`largest = lazy(_biggest)` is stored as 'largest', the attribute's name."""
    source = Source([4, 9, 2])
    report = Report(source)
    assert read(report, "largest") == 9, "report.largest should be 9"
    names = sorted(vars(report))
    assert "largest" in names and "_biggest" not in names, (
        f"After reading report.largest, vars(report) holds {names}: the value should be stored "
        "as 'largest', the name of the attribute, which __set_name__ gives you (the function "
        "is called _biggest)"
    )


def test_each_instance_has_its_own_value():
    """Two reports do not share their values."""
    first = Report(Source([1, 1]))
    second = Report(Source([10, 20, 30]))
    shared = ("store the value in the instance, never on the lazy object (one lazy object "
              "serves every instance)")
    assert read(first, "total") == 2, f"The first report's total should be 2, its own numbers' sum: {shared}"
    assert read(second, "total") == 60, f"The second report's total should be 60, not the first one's: {shared}"
    assert read(first, "total") == 2, f"The first report's total should still be 2: {shared}"


def test_del_forgets_the_value():
    """`del report.numbers` removes the stored value, and the next read computes it again."""
    source = Source([1, 2], [7, 8, 9])
    report = Report(source)
    assert read(report, "numbers") == [1, 2], "The first read of report.numbers should be [1, 2]"
    try:
        del report.numbers
    except AttributeError as error:
        pytest.fail(f"del report.numbers raised AttributeError: {error}. After a read, the value "
                    "should sit in report.__dict__ (store it there in __get__), and lazy should "
                    "have no __set__ or __delete__, so that del simply removes it", pytrace=False)
    assert "numbers" not in vars(report), "After del report.numbers, 'numbers' should be gone from vars(report)"
    assert read(report, "numbers") == [7, 8, 9], (
        "After del report.numbers, reading it again should call the function again (the source "
        "now gives [7, 8, 9])"
    )
    assert source.calls == 2, f"The source should have been read twice, not {source.calls} times"


def test_it_is_a_non_data_descriptor():
    """lazy has no __set__: assigning an attribute simply stores the new value."""
    assert not hasattr(lazy, "__set__") and not hasattr(lazy, "__delete__"), (
        "lazy should be a non-data descriptor: no __set__ and no __delete__. The instance's "
        "__dict__ is then looked at first, which is what makes the stored value win"
    )
    source = Source([1, 2, 3])
    report = Report(source)
    report.total = 99
    assert read(report, "total") == 99, "After report.total = 99, report.total should be 99"
    assert source.calls == 0, "Assigning report.total should not read the source"


def test_a_failure_is_not_stored():
    """When the function raises, nothing is stored, and the next read tries again."""
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("the source is not ready")
        return [3, 4]

    report = Report(flaky)
    with pytest.raises(ValueError):
        read(report, "numbers")
        pytest.fail("The source raised ValueError on the first read of report.numbers, and "
                    "that error should come out of the read: call the function on every read "
                    "until a value is stored in the instance", pytrace=False)
    assert "numbers" not in vars(report), "A failed read should store nothing in vars(report)"
    assert read(report, "numbers") == [3, 4], "After a failed read, the next read should call the function again"


def test_the_class_gives_the_descriptor():
    """Report.total (on the class) is the lazy object, with the function's docstring."""
    assert isinstance(Report.total, lazy), (
        "Report.total should give the lazy object itself: in __get__, return self when "
        "instance is None"
    )
    assert Report.total.__doc__ == "The sum of the numbers.", (
        "Report.total.__doc__ should be the function's docstring, 'The sum of the numbers.': copy "
        "function.__doc__ in lazy.__init__, so help() shows it"
    )
    assert Report.numbers.__doc__ == "The numbers, read once from the source.", (
        "Report.numbers.__doc__ should be its function's docstring"
    )
