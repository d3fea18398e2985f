from inventory import Inventory, Product


def attempt(action, *args):
    """Run action(*args): give back (the name of the error it raised, its message),
    or a note that it raised none."""
    try:
        action(*args)
    except Exception as error:
        return type(error).__name__, str(error)
    return "no error", ""


def names(products):
    return [product.name for product in products]


def test_product_is_a_dataclass():
    """Product has the generated repr and compares by its fields."""
    tea = Product("Tea", 250)
    assert (tea.name, tea.price) == ("Tea", 250), 'Product("Tea", 250) should have name "Tea" and price 250'
    assert repr(tea) == "Product(name='Tea', price=250)", (
        "repr(Product(\"Tea\", 250)) should be \"Product(name='Tea', price=250)\": make Product "
        "a @dataclass, which writes __repr__ for you"
    )
    assert (tea == Product("Tea", 250)) is True, (
        'Two Product("Tea", 250) objects should be equal: a dataclass compares the fields'
    )
    assert (tea == Product("Tea", 260)) is False, 'Product("Tea", 250) and Product("Tea", 260) differ'


def test_product_is_frozen():
    """A product cannot be changed, and can be a dictionary key."""
    tea = Product("Tea", 250)
    kind, _ = attempt(setattr, tea, "price", 100)
    assert kind == "FrozenInstanceError", (
        f"tea.price = 100 should raise FrozenInstanceError, but it gave {kind}. "
        "Use @dataclass(frozen=True)"
    )
    assert tea.price == 250, "After the refused change, tea.price should still be 250"
    kind, message = attempt(hash, tea)
    assert kind == "no error", (
        f"hash(Product(\"Tea\", 250)) raised {kind}: {message}. A frozen dataclass has a hash"
    )
    assert hash(tea) == hash(Product("Tea", 250)), "Equal products should have equal hashes"


def test_products_are_ordered():
    """Products compare by name first, then by price."""
    assert (Product("Jam", 400) < Product("Tea", 250)) is True, (
        'Product("Jam", 400) < Product("Tea", 250) should be True: Jam comes before Tea. '
        "Use @dataclass(order=True)"
    )
    assert (Product("Tea", 250) < Product("Tea", 300)) is True, (
        'Product("Tea", 250) < Product("Tea", 300) should be True: same name, so the price decides'
    )
    assert (Product("Tea", 300) < Product("Tea", 250)) is False, (
        'Product("Tea", 300) < Product("Tea", 250) should be False'
    )


def test_price_is_checked():
    """A negative price raises ValueError; 0 is fine."""
    kind, message = attempt(Product, "Tea", -1)
    assert kind == "ValueError", (
        f'Product("Tea", -1) should raise ValueError, but it gave {kind}. '
        "Check the price in __post_init__"
    )
    assert "negative" in message, f"The error should say the price is negative, but it was {message!r}"
    kind, _ = attempt(Product, "Free sample", 0)
    assert kind == "no error", f'Product("Free sample", 0) should be allowed, but it raised {kind}'


def test_new_inventory_is_empty_and_its_own():
    """Each inventory starts with its own empty stock."""
    first = Inventory("Corner shop")
    second = Inventory("Market stall")
    assert first.shop == "Corner shop", 'Inventory("Corner shop").shop should be "Corner shop"'
    assert first.stock == {}, "A new inventory should have an empty stock, {}"
    first.add(Product("Tea", 250))
    assert second.stock == {}, (
        "Adding to one inventory should not change another: use field(default_factory=dict) "
        "so that each inventory gets its own dictionary"
    )


def test_add_counts_up():
    """add adds to the count of a product, 1 by default."""
    shop = Inventory("Corner shop")
    shop.add(Product("Tea", 250), 3)
    shop.add(Product("Tea", 250))
    shop.add(Product("Jam", 400), 2)
    assert shop.stock[Product("Tea", 250)] == 4, (
        'After add(tea, 3) and add(tea), stock[Product("Tea", 250)] should be 4'
    )
    assert shop.stock[Product("Jam", 400)] == 2, "After add(jam, 2), the stock of jam should be 2"


def test_remove():
    """remove takes away, and a product with none left disappears."""
    tea, jam = Product("Tea", 250), Product("Jam", 400)
    shop = Inventory("Corner shop")
    shop.add(tea, 3)
    shop.add(jam, 2)
    shop.remove(tea)
    assert shop.stock[tea] == 2, "After add(tea, 3) and remove(tea), the stock of tea should be 2"
    shop.remove(jam, 2)
    assert jam not in shop.stock, (
        "After removing both jars of jam, jam should no longer be a key of stock"
    )
    assert len(shop.stock) == 1, "Only tea should be left in stock"


def test_remove_too_many():
    """Removing more than there are raises ValueError and changes nothing."""
    tea = Product("Tea", 250)
    shop = Inventory("Corner shop")
    shop.add(tea, 2)
    kind, message = attempt(shop.remove, tea, 3)
    assert kind == "ValueError", f"remove(tea, 3) with only 2 in stock should raise ValueError, not {kind}"
    assert message == "not enough Tea: 2 in stock", (
        f"The error should be 'not enough Tea: 2 in stock', but it was {message!r}"
    )
    assert shop.stock[tea] == 2, "After the refused remove, the stock of tea should still be 2"
    kind, message = attempt(shop.remove, Product("Jam", 400))
    assert message == "not enough Jam: 0 in stock", (
        f"remove() of a product that is not in stock should raise 'not enough Jam: 0 in stock', "
        f"but it gave {kind} {message!r}"
    )


def test_total_value():
    """total_value adds up price times count."""
    shop = Inventory("Corner shop")
    assert shop.total_value() == 0, "An empty inventory should be worth 0"
    shop.add(Product("Tea", 250), 3)
    shop.add(Product("Jam", 400), 2)
    assert shop.total_value() == 1550, (
        "3 teas at 250 and 2 jams at 400 should be worth 1550 cents"
    )


def test_products_sorted():
    """products() gives the products in stock, sorted."""
    shop = Inventory("Corner shop")
    for product in (Product("Tea", 300), Product("Jam", 400), Product("Bread", 180), Product("Tea", 250)):
        shop.add(product)
    result = shop.products()
    assert [(p.name, p.price) for p in result] == [
        ("Bread", 180), ("Jam", 400), ("Tea", 250), ("Tea", 300),
    ], "products() should list Bread, Jam, Tea at 250, Tea at 300: sorted by name, then price"
