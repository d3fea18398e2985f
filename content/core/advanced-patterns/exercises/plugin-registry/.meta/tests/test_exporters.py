import pytest

import exporters
from exporters import CsvExporter, Exporter, TextExporter, TsvExporter, exporter_for, formats

ROWS = [(1, "tea"), (2, "milk")]


def registry():
    return Exporter.registry


def test_given_exporters_are_registered():
    """The package's exporters are in Exporter.registry under their formats."""
    assert registry().get("csv") is CsvExporter, (
        "Exporter.registry['csv'] should be CsvExporter: `class CsvExporter(Exporter, "
        "format='csv')` calls Exporter.__init_subclass__(format='csv'), which should put the "
        "new class (cls) in Exporter.registry"
    )
    assert registry().get("tsv") is TsvExporter, (
        "Exporter.registry['tsv'] should be TsvExporter: a subclass of a subclass goes through "
        "the hook too"
    )
    assert CsvExporter.format == "csv" and TsvExporter.format == "tsv", (
        "Each registered class should get its format as a class attribute: CsvExporter.format == 'csv'"
    )


def test_a_base_without_format_is_not_registered():
    """A subclass without format= is a base class, not a plugin: it is not registered."""
    assert TextExporter not in registry().values(), (
        "TextExporter has no format: it should not be registered (when format is None, "
        "__init_subclass__ registers nothing)"
    )
    assert None not in registry() and "" not in registry(), "The registry should hold only real formats"
    assert Exporter not in registry().values(), "Exporter itself is not a plugin"


def test_exporter_for_gives_an_instance():
    """exporter_for(format) makes a new instance of the registered class."""
    csv = exporter_for("csv")
    assert not isinstance(csv, type), "exporter_for('csv') should give an instance, CsvExporter(), not the class"
    assert isinstance(csv, CsvExporter), "exporter_for('csv') should give a CsvExporter"
    assert csv.export(ROWS) == "1,tea\n2,milk", "exporter_for('csv').export(ROWS) should be '1,tea\\n2,milk'"
    assert exporter_for("tsv").export(ROWS) == "1\ttea\n2\tmilk", (
        "exporter_for('tsv').export(ROWS) should be '1\\ttea\\n2\\tmilk'"
    )
    assert exporter_for("csv") is not csv, "exporter_for should make a new instance each time"


def test_a_new_subclass_registers_itself():
    """A class defined anywhere, later, registers itself just by being written."""

    class MarkdownExporter(Exporter, format="markdown"):
        def export(self, rows):
            return "\n".join("| " + " | ".join(map(str, row)) + " |" for row in rows)

    assert registry().get("markdown") is MarkdownExporter, (
        "After `class MarkdownExporter(Exporter, format='markdown')`, Exporter.registry['markdown'] "
        "should be that class"
    )
    assert exporter_for("markdown").export([(1, "tea")]) == "| 1 | tea |", (
        "exporter_for('markdown') should use the new class"
    )
    assert "markdown" in formats(), "formats() should list 'markdown' once it is registered"


def test_a_base_class_serves_its_plugins():
    """A plugin made from the base TextExporter uses its separator and its export."""

    class SpacedExporter(TextExporter, format="spaced"):
        pass

    assert registry().get("spaced") is SpacedExporter, "SpacedExporter should be registered under 'spaced'"
    assert exporter_for("spaced").export(ROWS) == "1 tea\n2 milk", (
        "exporter_for('spaced').export(ROWS) should be '1 tea\\n2 milk': TextExporter joins with a space"
    )


def test_a_plugin_without_export():
    """A plugin that writes no export() inherits Exporter's, which raises NotImplementedError."""

    class DraftExporter(Exporter, format="draft"):
        pass

    with pytest.raises(NotImplementedError):
        exporter_for("draft").export(ROWS)
        pytest.fail("Exporter.export (given) should raise NotImplementedError", pytrace=False)


def test_formats_are_sorted():
    """formats() lists every registered format, sorted."""

    class ZipExporter(Exporter, format="zip"):
        pass

    class AsciiExporter(Exporter, format="ascii"):
        pass

    listed = formats()
    assert listed == sorted(registry()), f"formats() gave {listed}; it should be sorted(Exporter.registry)"
    assert {"ascii", "csv", "tsv", "zip"} <= set(listed), "formats() should include ascii, csv, tsv and zip"


def test_a_taken_format_is_refused():
    """A second class with a format that is taken raises ValueError, and the first stays."""
    with pytest.raises(ValueError) as caught:

        class OtherCsv(Exporter, format="csv"):
            pass

        pytest.fail("A second class with format='csv' should raise ValueError inside its class "
                    "statement: check Exporter.registry before adding to it", pytrace=False)
    assert str(caught.value) == "format 'csv' is already taken by CsvExporter", (
        "The error should say \"format 'csv' is already taken by CsvExporter\""
    )
    assert registry()["csv"] is CsvExporter, "After the refused class, 'csv' should still be CsvExporter"


def test_a_bad_format_is_refused():
    """format must be a non-empty string."""
    for bad in ("", 42):
        with pytest.raises(TypeError) as caught:

            class Broken(Exporter, format=bad):
                pass

            pytest.fail(f"format={bad!r} should raise TypeError: a format must be a non-empty string",
                        pytrace=False)
        assert str(caught.value) == f"format must be a non-empty string, got {bad!r}", (
            f"format={bad!r} should raise TypeError('format must be a non-empty string, got {bad!r}')"
        )
        assert bad not in registry(), f"format={bad!r} should not be registered"


def test_subclasses_of_plugins():
    """A plugin's subclass registers only with a format of its own."""

    class ExcelCsvExporter(CsvExporter, format="excel-csv"):
        def export(self, rows):
            return super().export(rows).replace("\n", "\r\n")

    class QuietCsvExporter(CsvExporter):
        pass

    assert registry().get("excel-csv") is ExcelCsvExporter, (
        "A subclass of CsvExporter with format='excel-csv' should be registered under 'excel-csv'"
    )
    assert exporter_for("excel-csv").export(ROWS) == "1,tea\r\n2,milk", "exporter_for('excel-csv') should use it"
    assert registry()["csv"] is CsvExporter and QuietCsvExporter not in registry().values(), (
        "A subclass of CsvExporter without format should not be registered, and 'csv' should stay CsvExporter"
    )


def test_other_keywords_are_passed_on():
    """Keywords that are not format go on to the other parents (super().__init_subclass__(**kwargs))."""

    class Tagged:
        def __init_subclass__(cls, /, tag="none", **kwargs):
            super().__init_subclass__(**kwargs)
            cls.tag = tag

    try:

        class BetaExporter(Exporter, Tagged, format="beta", tag="experimental"):
            pass

    except TypeError as error:
        pytest.fail(f"class BetaExporter(Exporter, Tagged, format='beta', tag='experimental') raised "
                    f"TypeError: {error}. Exporter.__init_subclass__ should take **kwargs and pass "
                    "them on with super().__init_subclass__(**kwargs)", pytrace=False)
    assert BetaExporter.tag == "experimental", (
        "Tagged.__init_subclass__ should get tag='experimental': pass the other keywords on with "
        "super().__init_subclass__(**kwargs)"
    )
    assert registry().get("beta") is BetaExporter, "BetaExporter should be registered under 'beta'"


def test_an_unknown_format():
    """exporter_for of an unknown format raises LookupError listing the known formats."""
    with pytest.raises(LookupError) as caught:
        exporter_for("pdf")
        pytest.fail("exporter_for('pdf') should raise LookupError: no class is registered for 'pdf'",
                    pytrace=False)
    known = ", ".join(sorted(registry()))
    assert str(caught.value).strip("\"'") == f"no exporter for 'pdf'; known formats: {known}", (
        f"exporter_for('pdf') should raise LookupError(\"no exporter for 'pdf'; known formats: {known}\")"
    )
    assert "pdf" not in registry(), "Asking for an unknown format should not add it"


def test_the_registry_is_shared():
    """There is one registry: Exporter.registry, seen from every subclass."""
    assert exporters.Exporter.registry is CsvExporter.registry is TsvExporter.registry, (
        "CsvExporter.registry should be the same dict as Exporter.registry: write to "
        "Exporter.registry, never assign cls.registry in the hook"
    )
