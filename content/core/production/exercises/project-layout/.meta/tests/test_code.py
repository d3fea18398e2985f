"""The modules of the package, one by one, imported from src/ (the proxy of the learner's code)."""

import pytest

from stockcheck import cli, core, settings


def item(sku, stock, minimum, name="tea"):
    return core.Item(sku, name, stock, minimum)


def fields(found):
    return (found.sku, found.name, found.stock, found.minimum)


def test_parse_item():
    """parse_item reads one CSV row: text stripped, numbers as int."""
    found = core.parse_item({"sku": " T-100 ", "name": " green tea ", "stock": "14", "minimum": " 10"})
    assert fields(found) == ("T-100", "green tea", 14, 10), (
        'parse_item({"sku": " T-100 ", "name": " green tea ", "stock": "14", "minimum": " 10"}) should give '
        "Item(sku='T-100', name='green tea', stock=14, minimum=10): strip the text, int() the numbers"
    )


def test_items_are_frozen():
    """An Item cannot be changed after it is made."""
    tea = item("T-100", 14, 10)
    try:
        tea.stock = 0
    except AttributeError:
        pass
    assert tea.stock == 14, "Item should be a frozen dataclass: @dataclass(frozen=True)"


def test_low_stock_at_the_bound():
    """An item at exactly minimum + margin is low; one above it is not."""
    items = [item("A", 12, 10), item("B", 13, 10), item("C", 10, 10)]
    assert [i.sku for i in core.low_stock(items, 2)] == ["C", "A"], (
        "With margin 2: A (stock 12, minimum 10) is at minimum + margin, so it is low; B (13) is not; C (10) is. "
        "Fewest first: C, then A"
    )
    assert [i.sku for i in core.low_stock(items, 0)] == ["C"], "With margin 0 only C (stock 10, minimum 10) is low"
    assert core.low_stock([], 3) == [], "No items: low_stock gives []"


def test_low_stock_order():
    """Low items come fewest first, then by SKU."""
    items = [item("T-2", 4, 9), item("A-7", 1, 5), item("T-1", 4, 9), item("Z-9", 2, 3)]
    assert [i.sku for i in core.low_stock(items, 0)] == ["A-7", "Z-9", "T-1", "T-2"], (
        "low_stock should sort by stock (1, 2, 4, 4), and items with the same stock by SKU (T-1 before T-2)"
    )


def test_report_lines():
    """report gives a line per low item, then "N of M products are low"."""
    items = [item("T-100", 16, 10, "green tea"), item("T-200", 3, 10, "black tea"), item("J-300", 9, 5, "jam")]
    assert core.report(items, 5) == [
        "T-200 black tea: 3 left (minimum 10)",
        "J-300 jam: 9 left (minimum 5)",
        "2 of 3 products are low",
    ], "report(items, 5) should give the two low items, then '2 of 3 products are low'"
    assert core.report([], 2) == ["0 of 0 products are low"], "report([], 2) should give ['0 of 0 products are low']"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_settings(tmp_path):
    """load_settings reads margin from a TOML file; 0 is allowed."""
    loaded = settings.load_settings(write(tmp_path, "shop.toml", "# the shop\nmargin = 3\n"))
    assert loaded.margin == 3, "load_settings should give Settings(margin=3) for a file with margin = 3"
    try:
        loaded.margin = 9
    except AttributeError:
        pass
    assert loaded.margin == 3, "Settings should be a frozen dataclass (@dataclass(frozen=True)): read once, never changed"
    assert settings.load_settings(write(tmp_path, "zero.toml", "margin = 0\n")).margin == 0, "margin = 0 is allowed"


@pytest.mark.parametrize("text", ["margin = -1\n", 'margin = "2"\n', "margin = true\n", "margin = 2.5\n", "# none\n"])
def test_load_settings_refuses_a_wrong_margin(tmp_path, text):
    """A margin that is missing, negative or not a whole number is a ValueError naming the file."""
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(ValueError) as caught:
        settings.load_settings(path)
    assert str(caught.value) == "bad.toml: margin must be a whole number, 0 or more", (
        f"For a file holding {text.strip()!r}, load_settings should raise "
        "ValueError('bad.toml: margin must be a whole number, 0 or more') (the file's name, then the rule); "
        f"it said {str(caught.value)!r}"
    )


INVENTORY = "sku,name,stock,minimum\nT-100,green tea,16,10\nT-200,black tea,3,10\nJ-300,apricot jam,9,5\n"


def test_main_with_a_config(tmp_path, capsys):
    """main(["inventory.csv", "--config", path]) prints the report and returns 0."""
    inventory = write(tmp_path, "inventory.csv", INVENTORY)
    config = write(tmp_path, "shop.toml", "margin = 0\n")
    assert cli.main([str(inventory), "--config", str(config)]) == 0, "main should return 0 after the report"
    assert capsys.readouterr().out == "T-200 black tea: 3 left (minimum 10)\n1 of 3 products are low\n", (
        "With margin 0, main should print the one low product (black tea) and '1 of 3 products are low'"
    )


def test_main_uses_configs_default_toml(tmp_path, capsys):
    """Without --config, main reads configs/default.toml (margin 2)."""
    inventory = write(tmp_path, "inventory.csv", "sku,name,stock,minimum\nT-100,green tea,12,10\nH-5,honey,13,10\n")
    assert cli.main([str(inventory)]) == 0, "main without --config should work from the project folder"
    assert capsys.readouterr().out == "T-100 green tea: 12 left (minimum 10)\n1 of 2 products are low\n", (
        "Without --config, main should use configs/default.toml, where margin is 2: green tea (12, minimum 10) is low"
    )


def test_main_reports_problems_in_one_line(tmp_path, capsys):
    """A missing file or a wrong config: one line "stockcheck: ..." and exit code 1."""
    missing = tmp_path / "nowhere.csv"
    assert cli.main([str(missing), "--config", str(write(tmp_path, "ok.toml", "margin = 1\n"))]) == 1, (
        "main should return 1 when the inventory file does not exist"
    )
    out = capsys.readouterr().out
    assert out.startswith("stockcheck: ") and "nowhere.csv" in out and len(out.splitlines()) == 1, (
        f"For a missing inventory, main should print one line 'stockcheck: <the error>', not {out!r}"
    )
    inventory = write(tmp_path, "inventory.csv", INVENTORY)
    assert cli.main([str(inventory), "--config", str(write(tmp_path, "bad.toml", "margin = -3\n"))]) == 1, (
        "main should return 1 when the config is wrong"
    )
    assert capsys.readouterr().out == "stockcheck: bad.toml: margin must be a whole number, 0 or more\n", (
        "For a wrong margin, main should print 'stockcheck: bad.toml: margin must be a whole number, 0 or more'"
    )
    broken = write(tmp_path, "broken.csv", "sku,name,stock,minimum\nT-1,tea,many,3\n")
    assert cli.main([str(broken), "--config", str(tmp_path / "ok.toml")]) == 1, (
        "main should return 1 when a stock is not a number (int() raises ValueError)"
    )
    assert capsys.readouterr().out.startswith("stockcheck: "), "That error too is one line 'stockcheck: ...'"
