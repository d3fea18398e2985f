def add_item(item, basket=[]):
    basket.append(item)
    return basket


first = add_item("apple")
second = add_item("pear")
print(first is second, second)
