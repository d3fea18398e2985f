def cheapest_first(products):
    return sorted(products, key=lambda product: product[1])


def affordable(products, budget):
    return filter(lambda product: product[1] <= budget, products)


def product_names(products):
    return map(lambda product: product[0], products)


def most_expensive(products):
    if not products:
        return None
    return max(products, key=lambda product: product[1])
