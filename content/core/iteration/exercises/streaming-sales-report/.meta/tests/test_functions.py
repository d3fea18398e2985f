"""read_sales and summarize, each on its own."""

import itertools

import pytest


@pytest.fixture
def report():
    """The learner's report module, imported without running the program."""
    try:
        import report
    except (SystemExit, Exception) as error:  # the program ran on import
        pytest.fail(
            f"Importing report.py ran the program (it stopped with {type(error).__name__}): "
            'put the program in main() and keep the lines if __name__ == "__main__": main() '
            "at the bottom",
            pytrace=False,
        )
    return report


class Stream:
    """A one-pass stream, like an open file, that counts how many items were read.

    It ends early after `safety` items, so that code which reads everything first fails
    in a moment with a clear message.
    """

    def __init__(self, items, safety=200):
        self._items = itertools.islice(items, safety)
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._items)
        self.read += 1
        return item


def endless_sales_file():
    """A sales CSV that never ends: the header, then one row after another."""
    yield "date,region,product,quantity,unit_price\n"
    for n in itertools.count(1):
        yield f"2024-01-01,north,pen,{n},2.50\n"


def test_read_sales_rows(report):
    """read_sales yields (region, product, amount) per row, with the header skipped."""
    lines = [
        "date,region,product,quantity,unit_price\n",
        "2024-03-02,north,notebook,4,3.50\n",
        "2024-03-03,south,chair,2,89.50\n",
    ]
    assert list(report.read_sales(lines)) == [("north", "notebook", 14.0), ("south", "chair", 179.0)], (
        "read_sales should skip the header and give (north, notebook, 14.0) and "
        "(south, chair, 179.0): the amount is quantity * unit_price, as numbers"
    )


def test_read_sales_quoted_comma(report):
    """A product name with a comma in quotes stays one field."""
    lines = ["date,region,product,quantity,unit_price\n", '2024-03-01,south,"desk, oak",2,249.00\n']
    try:
        sales = list(report.read_sales(lines))
    except ValueError as error:
        pytest.fail(
            f"read_sales stopped with ValueError ({error}) on a row whose product, \"desk, oak\", "
            "has a comma in quotes: read the lines with the csv module (csv.DictReader), which "
            "keeps a quoted comma inside its field",
            pytrace=False,
        )
    assert sales == [("south", "desk, oak", 498.0)], (
        'The row 2024-03-01,south,"desk, oak",2,249.00 should give (south, desk, oak, 498.0): '
        "read the lines with the csv module (csv.DictReader), which keeps a quoted comma "
        "inside its field"
    )


def test_read_sales_is_lazy(report):
    """read_sales reads a line only when the next sale is asked for."""
    file = Stream(endless_sales_file())
    sales = report.read_sales(file)
    assert file.read == 0, (
        f"Calling read_sales(file) already read {file.read} lines: a generator function reads "
        "nothing until the first sale is asked for (use yield, not a list)"
    )
    assert next(sales) == ("north", "pen", 2.5), "The first sale of the endless test file should be (north, pen, 2.5)"
    assert file.read <= 2, (
        f"To give the first sale, read_sales read {file.read} lines of a file that never ends: "
        "it should read only the header and the first row. Loop over the lines, never "
        "list(lines), file.read() or file.readlines()"
    )
    assert next(sales) == ("north", "pen", 5.0), "The second sale should be (north, pen, 5.0)"
    assert file.read <= 3, f"Two sales should need 3 lines (header and two rows), not {file.read}"


def test_summarize(report):
    """summarize gives the count, the totals per region and the biggest sale."""
    sales = [("north", "pen", 12.0), ("south", "chair", 179.0), ("north", "notebook", 14.0)]
    assert report.summarize(sales) == (3, {"north": 26.0, "south": 179.0}, ("south", "chair", 179.0)), (
        "summarize of three sales should give (3, {north: 26.0, south: 179.0}, (south, chair, 179.0)): "
        "the number of sales, the total of each region and the biggest sale"
    )


def test_summarize_first_of_equal_sales_wins(report):
    """When two sales are equally big, the first one is the biggest."""
    sales = [("east", "laptop", 999.0), ("west", "laptop", 999.0), ("east", "pen", 30.0)]
    count, _, best = report.summarize(sales)
    assert best == ("east", "laptop", 999.0), (
        "Two laptops of 999.0 are equally big: the biggest sale should be the first one, "
        "(east, laptop, 999.0) (replace it only with a sale that is bigger, >)"
    )
    assert count == 3, "summarize should count 3 sales"


def test_summarize_nothing(report):
    """No sales: a count of 0, no totals, and None as the biggest sale."""
    assert report.summarize([]) == (0, {}, None), "summarize([]) should give (0, {}, None)"


def test_summarize_loops_once(report):
    """summarize works on a generator, which can be looped over only once."""
    sales = Stream(iter([("north", "pen", 12.0), ("west", "desk", 249.0), ("north", "ink", 3.5)]))
    assert report.summarize(sales) == (3, {"north": 15.5, "west": 249.0}, ("west", "desk", 249.0)), (
        "summarize of a stream of three sales should give (3, {north: 15.5, west: 249.0}, "
        "(west, desk, 249.0)): do all the work in one loop, because a generator is empty "
        "after the first pass (no len(), no second loop, no max() after sum())"
    )
