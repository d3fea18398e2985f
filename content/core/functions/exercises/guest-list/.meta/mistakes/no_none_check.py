def add_guest(name, guests=None):
    guests.append(name)
    return guests
