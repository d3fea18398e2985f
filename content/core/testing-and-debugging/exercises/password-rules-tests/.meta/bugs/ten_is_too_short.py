def check_password(password):
    """Return True for a strong enough password; raise ValueError saying what is wrong."""
    if len(password) <= 10:
        raise ValueError("must be at least 10 characters long")
    if not any(char.isdigit() for char in password):
        raise ValueError("must contain a digit")
    if password.lower() == password:
        raise ValueError("must contain a capital letter")
    return True
