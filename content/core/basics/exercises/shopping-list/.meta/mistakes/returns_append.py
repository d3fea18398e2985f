def with_item(shopping, item):
    return shopping.copy().append(item)
