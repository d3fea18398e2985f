from member import build_profile


def test_example_member():
    """Builds Ada's profile from hobbies and details."""
    result = build_profile("Ada", "maths", "poetry", city="London", born=1815)
    assert result == {"name": "Ada", "hobbies": ["maths", "poetry"], "city": "London", "born": 1815}, (
        'build_profile("Ada", "maths", "poetry", city="London", born=1815) should return '
        "{'name': 'Ada', 'hobbies': ['maths', 'poetry'], 'city': 'London', 'born': 1815}"
    )


def test_only_a_name():
    """A member with no hobbies and no details gets an empty hobby list."""
    assert build_profile("Alan") == {"name": "Alan", "hobbies": []}, (
        "build_profile(\"Alan\") should return {'name': 'Alan', 'hobbies': []}"
    )


def test_hobbies_are_a_list():
    """Gives the hobbies as a list, in the order given."""
    hobbies = build_profile("Grace", "sailing", "code", "chess")["hobbies"]
    assert hobbies == ["sailing", "code", "chess"], (
        'The hobbies of build_profile("Grace", "sailing", "code", "chess") should be the list '
        "['sailing', 'code', 'chess'] (*hobbies is a tuple: turn it into a list with list(hobbies))"
    )


def test_details_are_keys_of_their_own():
    """Turns each keyword argument into a key of the profile."""
    result = build_profile("Linus", country="Finland")
    assert result == {"name": "Linus", "hobbies": [], "country": "Finland"}, (
        'build_profile("Linus", country="Finland") should return '
        "{'name': 'Linus', 'hobbies': [], 'country': 'Finland'}: each detail gets its own key"
    )


def test_hobbies_and_no_details():
    """Works with hobbies but without details."""
    assert build_profile("Mia", "running") == {"name": "Mia", "hobbies": ["running"]}, (
        "build_profile(\"Mia\", \"running\") should return {'name': 'Mia', 'hobbies': ['running']}"
    )
