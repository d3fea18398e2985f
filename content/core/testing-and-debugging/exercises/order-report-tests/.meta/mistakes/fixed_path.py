from pathlib import Path

from report import build_report


def test_build_report():
    Path("orders.csv").write_text("customer,cents\nGrace,1250\nAda,499\nGrace,300\n")
    assert build_report("orders.csv", "/nowhere/report.txt") == 3
