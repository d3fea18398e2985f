import pytest

import products

def what_came_out(error):
    """The name of an error that is not ProductError, in words a learner recognises."""
    if "ValidationError" in f"{type(error).__name__} {error}":
        return "pydantic's ValidationError"
    return type(error).__name__


TEA = {"name": "Green tea", "price": 2.5, "stock": 12, "tags": ["drink", "hot"]}


def accept(data):
    """load_product(data), failing with a clear message if the learner's model refuses it."""
    try:
        return products.load_product(data)
    except products.ProductError as error:
        pytest.fail(f"load_product({data!r}) should accept this product, but it said: {error}", pytrace=False)


def reject(data, field, why):
    """The ProductError that load_product(data) raises; fails unless it names `field`."""
    try:
        products.load_product(data)
    except products.ProductError as error:
        assert error.field == field, (
            f"load_product({data!r}) should name the field {field!r} as the problem ({why}), "
            f"but it named {error.field!r}"
        )
        return error
    except Exception as error:  # something other than ProductError came out
        pytest.fail(
            f"load_product({data!r}) should raise ProductError, but {what_came_out(error)} came "
            "out: keep load_product as it was given",
            pytrace=False,
        )
    pytest.fail(f"load_product({data!r}) should raise ProductError: {why}", pytrace=False)


def test_a_good_product_keeps_its_values():
    """A good product keeps its name, price, stock and tags."""
    tea = accept(TEA)
    assert tea.name == "Green tea", "The product's name should be 'Green tea'"
    assert tea.price == 2.5, "The product's price should be 2.5"
    assert tea.stock == 12, "The product's stock should be 12"
    assert tea.tags == ["drink", "hot"], "The product's tags should be ['drink', 'hot']"


def test_text_numbers_are_converted():
    """pydantic turns "2.50" into 2.5 and "7" into 7."""
    jam = accept({"name": "Jam", "price": "2.50", "stock": "7"})
    assert jam.price == 2.5, 'A price given as the text "2.50" should become the float 2.5: price: float'
    assert jam.stock == 7, 'A stock given as the text "7" should become the int 7: stock: int'


def test_stock_and_tags_have_defaults():
    """stock is 0 and tags is [] when they are left out."""
    scone = accept({"name": "Scone", "price": 1.2})
    assert scone.stock == 0, "Without a stock, the stock should be 0: give stock the default 0"
    assert scone.tags == [], "Without tags, tags should be []: give tags the default []"


def test_name_length():
    """A name has 1 to 30 characters."""
    reject({"name": "", "price": 1.0}, "name", "an empty name is not allowed: min_length=1")
    accept({"name": "X", "price": 1.0})
    accept({"name": "N" * 30, "price": 1.0})
    reject({"name": "N" * 31, "price": 1.0}, "name", "a name of 31 characters is too long: max_length=30")


def test_price_must_be_more_than_zero():
    """The price must be more than 0: 0 is not a price."""
    accept({"name": "Mint", "price": 0.5})
    reject({"name": "Mint", "price": 0}, "price", "a price of 0 is not allowed: gt=0 means more than 0")
    reject({"name": "Mint", "price": -3}, "price", "a negative price is not allowed")
    reject({"name": "Mint", "price": "cheap"}, "price", "'cheap' is not a number")


def test_stock_cannot_be_negative():
    """A stock of 0 is fine, a negative stock is not."""
    accept({"name": "Honey", "price": 4.0, "stock": 0})
    reject({"name": "Honey", "price": 4.0, "stock": -1}, "stock", "a stock of -1 is not allowed: ge=0")


def test_missing_and_wrong_fields():
    """A missing name or a tag that is not text is named in the error."""
    reject({"price": 4.0}, "name", "the name is required: give it no default")
    error = reject({"name": "Honey", "price": 4.0, "tags": ["sweet", 5]}, "tags", "the tags must be text")
    assert str(error).startswith("tags: "), (
        f"The error should read 'tags: <what is wrong>', but it reads {str(error)!r}"
    )


def test_catalogue_gives_clean_dicts():
    """catalogue checks every row and gives back each product's model_dump()."""
    rows = [TEA, {"name": "Jam", "price": "2.50"}]
    assert products.catalogue(rows) == [
        {"name": "Green tea", "price": 2.5, "stock": 12, "tags": ["drink", "hot"]},
        {"name": "Jam", "price": 2.5, "stock": 0, "tags": []},
    ], (
        "catalogue should give one plain dict per row, with every field and the defaults filled in: "
        "call .model_dump() on each product that load_product gives"
    )
    assert products.catalogue([]) == [], "catalogue([]) should give []"


def test_catalogue_stops_at_a_bad_row():
    """catalogue raises the ProductError of a bad row."""
    try:
        products.catalogue([TEA, {"name": "Jam", "price": -1}])
    except products.ProductError:
        return
    except Exception as error:  # pydantic's own ValidationError, or another error
        pytest.fail(
            f"catalogue(...) with a price of -1 should raise ProductError, but {what_came_out(error)} "
            "came out: check each row with load_product(row), which turns pydantic's errors into "
            "ProductError",
            pytrace=False,
        )
    pytest.fail("catalogue(...) with a price of -1 in a row should raise ProductError", pytrace=False)


def test_the_first_wrong_field_is_named():
    """With two wrong fields, the error names the first one (name comes before price)."""
    reject({"name": "", "price": 0}, "name", "name and price are both wrong; the first field, name, is reported")
