def display_name(nickname, full_name):
    """Return the nickname if there is one, else the full name, else "Anonymous"."""
    # "" and None both count as false in an if, so one question covers both.
    if nickname:
        return nickname
    elif full_name:
        return full_name
    else:
        return "Anonymous"
