def numbered(items):
    for number in range(len(items)):
        items[number] = f"{number + 1}. {items[number]}"
    return items
