def build_profile(name, *hobbies, **details):
    return {"name": name, "hobbies": list(hobbies), "details": details}
