def cheapest_first(products):
    """Return a new list of the (name, price) products, lowest price first."""
    # Replace `pass` with your code.
    pass


def affordable(products, budget):
    """Return a list of the products that cost at most budget, in their original order."""
    # Replace `pass` with your code.
    pass


def product_names(products):
    """Return a list of the names of the products, in order."""
    # Replace `pass` with your code.
    pass


def most_expensive(products):
    """Return the product with the highest price, or None when there are no products."""
    # Replace `pass` with your code.
    pass
