def add_guest(name, guests=None):
    new_list = []
    if guests is not None:
        new_list = guests + []
    new_list.append(name)
    return new_list
