def add_guest(name, guests=None):
    """Add name to guests and return the list; without a list, start a new one."""
    # A default is made only once, so a [] default would be shared by every call.
    # None is safe: we make a new list here, at each call that needs one.
    if guests is None:
        guests = []
    guests.append(name)
    return guests
