def display_name(nickname, full_name):
    if nickname != "":
        return nickname
    elif full_name != "":
        return full_name
    else:
        return "Anonymous"
