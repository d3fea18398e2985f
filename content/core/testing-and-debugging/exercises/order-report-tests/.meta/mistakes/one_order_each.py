import pytest

from report import build_report


@pytest.fixture
def orders_file(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("customer,cents\nAda,499\nGrace,1250\n")
    return path


def test_build_report(orders_file, tmp_path):
    report_file = tmp_path / "report.txt"
    assert build_report(orders_file, report_file) == 2
    assert report_file.read_text() == "Ada: 4.99\nGrace: 12.50\n"
