from username import username


def test_ada_lovelace():
    """Builds the username for Ada Lovelace."""
    assert username("Ada", "Lovelace") == "alovel", (
        'username("Ada", "Lovelace") should return "alovel": '
        "the first letter of Ada, then the first 5 letters of Lovelace"
    )


def test_another_name():
    """Works for another name, not just one."""
    assert username("Alan", "Turing") == "aturin", (
        'username("Alan", "Turing") should return "aturin"'
    )


def test_lower_case():
    """Makes every letter lower case."""
    assert username("GRACE", "HOPPER") == "ghoppe", (
        'username("GRACE", "HOPPER") should return "ghoppe": every letter in lower case'
    )


def test_spaces_around_names():
    """Ignores spaces typed before or after the names."""
    assert username("  Katherine ", " Johnson  ") == "kjohns", (
        'username("  Katherine ", " Johnson  ") should return "kjohns": '
        "remove the spaces around each name first"
    )


def test_short_last_name():
    """Uses the whole last name when it has fewer than 5 letters."""
    assert username("Yu", "Li") == "yli", 'username("Yu", "Li") should return "yli"'
