def build_profile(name, *hobbies, **details):
    profile = {"name": name, "hobbies": hobbies}
    profile.update(details)
    return profile
