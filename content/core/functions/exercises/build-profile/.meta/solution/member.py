def build_profile(name, *hobbies, **details):
    """Return a dict with the name, a list of the hobbies, and one key per detail."""
    # *hobbies is a tuple of the extra positional arguments,
    # **details a dictionary of the extra keyword arguments.
    profile = {"name": name, "hobbies": list(hobbies)}
    for key, value in details.items():
        profile[key] = value
    return profile
