def cheapest_first(products):
    """Return a new list of the (name, price) products, lowest price first."""
    # sorted() builds a new list; the key function tells it to compare prices.
    return sorted(products, key=lambda product: product[1])


def affordable(products, budget):
    """Return a list of the products that cost at most budget, in their original order."""
    # filter() is lazy: list() collects what it lets through.
    return list(filter(lambda product: product[1] <= budget, products))


def product_names(products):
    """Return a list of the names of the products, in order."""
    return list(map(lambda product: product[0], products))


def most_expensive(products):
    """Return the product with the highest price, or None when there are no products."""
    if not products:
        return None
    return max(products, key=lambda product: product[1])
