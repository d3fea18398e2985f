import pytest

from report import build_report


@pytest.fixture
def orders_file(tmp_path):
    """A small orders file in a fresh temporary folder, made for each test."""
    path = tmp_path / "orders.csv"
    path.write_text("customer,cents\n")  # add some orders below the header
    return path


def test_build_report(orders_file, tmp_path):
    report_file = tmp_path / "report.txt"
    build_report(orders_file, report_file)
    assert report_file.read_text() == ___
