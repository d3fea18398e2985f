def add_guest(name, guests=[]):
    """Add name to guests and return the list; without a list, start a new one."""
    # This default looks right, but it hides a bug. Fix it, then replace `pass`.
    pass
