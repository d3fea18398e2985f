"""Integration tests: the command as a whole, with a real file and the real configs."""

from pathlib import Path

from stockcheck.cli import main

PROJECT = Path(__file__).resolve().parents[2]


def test_the_production_config_warns_earlier(tmp_path, capsys):
    inventory = tmp_path / "inventory.csv"
    inventory.write_text("sku,name,stock,minimum\nJ-300,apricot jam,9,5\nT-100,green tea,20,10\n", encoding="utf-8")
    assert main([str(inventory), "--config", str(PROJECT / "configs" / "default.toml")]) == 0
    assert capsys.readouterr().out == "0 of 2 products are low\n"
    assert main([str(inventory), "--config", str(PROJECT / "configs" / "production.toml")]) == 0
    assert capsys.readouterr().out == "J-300 apricot jam: 9 left (minimum 5)\n1 of 2 products are low\n"
