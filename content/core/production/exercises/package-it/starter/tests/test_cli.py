"""The project's own tests (run them with pytest from the project folder, after pip install -e .)."""

from pricetag.cli import load_prices, main


def test_the_price_list_is_shipped():
    assert load_prices()["tea"] == 2.5


def test_a_price_with_tax(capsys):
    assert main(["tea", "--quantity", "2", "--tax", "20"]) == 0
    assert capsys.readouterr().out == "2 x tea = 6.00\n"
