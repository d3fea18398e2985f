def add_guest(name, guests=[]):
    guests.append(name)
    return guests
