def total(items):
    if not items:
        return 0
    return items[0] + total(items[1:])


print(total([3, 4, 5]))
