import csv

from expenses import totals_by_category, write_totals

HEADER = "date,category,amount\n"


def expenses_file(folder, rows):
    """Write an expenses CSV file with the header and these lines; return its path."""
    path = folder / "expenses.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def rows_in(path):
    """The rows of a CSV file as lists of cells, read with the csv module."""
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.reader(file))


def test_totals_per_category(tmp_path):
    """Adds up the amounts of each category."""
    path = expenses_file(tmp_path, [
        "2024-03-01,Food,12.50",
        "2024-03-02,Transport,2.80",
        "2024-03-03,Food,4.25",
        "2024-03-05,Transport,3.00",
    ])
    assert totals_by_category(path) == {"Food": 16.75, "Transport": 5.8}, (
        "Food should add up to 12.50 + 4.25 = 16.75 and Transport to 2.80 + 3.00 = 5.8. "
        "The amounts in the file are text: turn them into numbers with float()"
    )


def test_category_with_a_comma(tmp_path):
    """Reads a quoted category that contains a comma."""
    path = expenses_file(tmp_path, [
        '2024-03-02,"Food, drinks",7.20',
        "2024-03-03,Food,4.25",
    ])
    assert totals_by_category(path) == {"Food, drinks": 7.2, "Food": 4.25}, (
        'The category "Food, drinks" is in quotes because it contains a comma: read the rows '
        "with csv.DictReader or csv.reader instead of splitting lines at commas"
    )


def test_totals_are_rounded(tmp_path):
    """Rounds each total to 2 decimals."""
    path = expenses_file(tmp_path, [
        "2024-03-01,Snacks,0.10",
        "2024-03-02,Snacks,0.20",
        "2024-03-03,Books,9.99",
    ])
    assert totals_by_category(path) == {"Snacks": 0.3, "Books": 9.99}, (
        "0.10 + 0.20 should give 0.3: floats add up to 0.30000000000000004, "
        "so round each total to 2 decimals with round(total, 2)"
    )


def test_only_a_header(tmp_path):
    """A file with only the header row gives an empty dictionary."""
    path = expenses_file(tmp_path, [])
    assert totals_by_category(path) == {}, "A file with only the header row should give {}"


def test_writes_the_summary(tmp_path):
    """Writes a header row, then the categories sorted, with two decimals."""
    path = tmp_path / "totals.csv"
    write_totals({"Transport": 5.6, "Food, drinks": 7.2, "Food": 16.75}, path)
    assert path.exists(), "write_totals should create the file"
    rows = rows_in(path)
    assert rows[:1] == [["category", "total"]], "The first row of the file should be the header: category,total"
    assert rows[1:] == [["Food", "16.75"], ["Food, drinks", "7.20"], ["Transport", "5.60"]], (
        "After the header come the categories sorted by name, each total with exactly two "
        'decimals (5.6 is written as 5.60), and "Food, drinks" in quotes: use csv.writer'
    )


def test_totals_rounded_to_two_decimals_exactly(tmp_path):
    """Rounds each total to 2 decimals, also when the amounts have more."""
    path = expenses_file(tmp_path, ["2024-03-01,Snacks,2.333", "2024-03-02,Snacks,1.001"])
    assert totals_by_category(path) == {"Snacks": 3.33}, (
        "2.333 + 1.001 is 3.334, which rounded to 2 decimals is 3.33: use round(total, 2)"
    )
