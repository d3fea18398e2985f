def with_item(shopping, item):
    shopping.append(item)
    return shopping
