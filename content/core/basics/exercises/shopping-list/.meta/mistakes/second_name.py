def with_item(shopping, item):
    new_list = shopping
    new_list.append(item)
    return new_list
