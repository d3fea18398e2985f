import pytest

from report import build_report

ORDERS = """customer,cents
Grace,1250
Ada,499
Grace,300
Linus,2000
"""

REPORT = """Ada: 4.99
Grace: 15.50
Linus: 20.00
"""


@pytest.fixture
def orders_file(tmp_path):
    """A small orders file in a fresh temporary folder, made for each test."""
    path = tmp_path / "orders.csv"
    path.write_text(ORDERS)
    return path


def test_the_report_adds_up_each_customer(orders_file, tmp_path):
    report_file = tmp_path / "report.txt"
    assert build_report(orders_file, report_file) == 4
    assert report_file.read_text() == REPORT


def test_an_old_report_is_replaced(orders_file, tmp_path):
    report_file = tmp_path / "report.txt"
    report_file.write_text("an old report\n")
    build_report(orders_file, report_file)
    assert report_file.read_text() == REPORT


def test_no_orders_give_an_empty_report(tmp_path):
    orders_file = tmp_path / "orders.csv"
    orders_file.write_text("customer,cents\n")
    report_file = tmp_path / "report.txt"
    assert build_report(orders_file, report_file) == 0
    assert report_file.read_text() == ""
