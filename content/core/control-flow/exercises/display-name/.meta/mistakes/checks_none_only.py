def display_name(nickname, full_name):
    if nickname is not None:
        return nickname
    elif full_name is not None:
        return full_name
    else:
        return "Anonymous"
