def add_guest(name, guests=None):
    if not guests:
        guests = []
    guests.append(name)
    return guests
