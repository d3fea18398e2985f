def build_profile(name, hobbies=None, **details):
    profile = {"name": name, "hobbies": [hobbies] if hobbies else []}
    profile.update(details)
    return profile
