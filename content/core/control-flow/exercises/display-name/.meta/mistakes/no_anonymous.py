def display_name(nickname, full_name):
    if nickname:
        return nickname
    else:
        return full_name
