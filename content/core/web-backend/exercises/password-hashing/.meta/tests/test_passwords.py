"""hash_password stores a salted PBKDF2 hash; check_password checks a login against it."""

import hashlib

import pytest

import passwords


def pbkdf2(password, salt, iterations):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations).hex()


def parts_of(stored):
    parts = stored.split("$") if isinstance(stored, str) else []
    assert len(parts) == 4, (
        f"hash_password should return a str of four parts joined by $: "
        f"'pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>', not {stored!r}"
    )
    return parts


def test_the_stored_text_with_a_given_salt():
    """With a salt and iterations given, the stored text is exactly algorithm$iterations$salt$hash."""
    salt = bytes(range(16))
    stored = passwords.hash_password("correct horse", salt=salt, iterations=1000)
    algorithm, iterations, salt_hex, digest = parts_of(stored)
    assert algorithm == "pbkdf2_sha256", "The first part should be 'pbkdf2_sha256'"
    assert iterations == "1000", "With iterations=1000 the second part should be '1000'"
    assert salt_hex == salt.hex(), "The third part should be the salt as hex: salt.hex()"
    assert digest == pbkdf2("correct horse", salt, 1000), (
        "The fourth part should be hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'), salt, "
        "iterations).hex()"
    )


def test_utf8_passwords():
    """A password with accents is hashed as its UTF-8 bytes."""
    stored = passwords.hash_password("mot de passe très sûr", salt=bytes(16), iterations=500)
    assert parts_of(stored)[3] == pbkdf2("mot de passe très sûr", bytes(16), 500), (
        "hash the password as UTF-8 bytes: password.encode('utf-8')"
    )


def test_default_iterations():
    """Without iterations, PBKDF2 runs 100,000 times."""
    salt = b"pepper and salt!"
    algorithm, iterations, salt_hex, digest = parts_of(passwords.hash_password("letmein", salt=salt))
    assert iterations == "100000", "Without iterations given, the stored text should say 100000"
    assert digest == pbkdf2("letmein", salt, 100_000), (
        "Without iterations given, the hash should be PBKDF2 with 100,000 iterations"
    )


def test_a_new_random_salt_each_time():
    """Without a salt, each call makes a new 16-byte salt, so the same password gives different texts."""
    first = parts_of(passwords.hash_password("letmein", iterations=1000))
    second = parts_of(passwords.hash_password("letmein", iterations=1000))
    assert len(first[2]) == 32, (
        "The salt should be 16 random bytes (32 hex digits): secrets.token_bytes(16)"
    )
    assert first[2] != second[2], (
        "Hashing 'letmein' twice should give two different salts: make a new random salt in "
        "each call (secrets.token_bytes(16)), never one fixed salt for everybody"
    )
    assert first[3] == pbkdf2("letmein", bytes.fromhex(first[2]), 1000), (
        "The hash should be made with the salt that is stored in the third part"
    )


def test_the_right_password_is_accepted():
    """check_password is True for the password the text was made from."""
    stored = passwords.hash_password("correct horse", iterations=1000)
    assert passwords.check_password("correct horse", stored) is True, (
        "check_password('correct horse', hash_password('correct horse')) should be True"
    )
    accented = passwords.hash_password("très sûr", iterations=1000)
    assert passwords.check_password("très sûr", accented) is True, (
        "check_password should accept a password with accents that it stored itself"
    )


def test_wrong_passwords_are_refused():
    """check_password is False for any other password."""
    stored = passwords.hash_password("correct horse", iterations=1000)
    for wrong in ["Correct horse", "correct horse ", "correct", "", "correct horse battery"]:
        assert passwords.check_password(wrong, stored) is False, (
            f"check_password({wrong!r}, the hash of 'correct horse') should be False"
        )


def test_reads_iterations_and_salt_from_the_stored_text():
    """A text stored long ago, with other iterations and another salt, still checks."""
    salt = bytes.fromhex("5be1c6a0d2f34e8b9a7c1d2e3f405162")
    old = f"pbkdf2_sha256$20000${salt.hex()}${pbkdf2('hunter2', salt, 20000)}"
    assert passwords.check_password("hunter2", old) is True, (
        "check_password('hunter2', a text stored with 20000 iterations) should be True: read "
        "the iterations and the salt from the stored text, not the defaults"
    )
    assert passwords.check_password("hunter3", old) is False, (
        "check_password('hunter3', the text of 'hunter2') should be False"
    )


def test_an_unknown_algorithm_raises_value_error():
    """A stored text of another algorithm raises ValueError."""
    salt = bytes(16)
    stored = f"md5$1000${salt.hex()}${pbkdf2('hunter2', salt, 1000)}"
    with pytest.raises(ValueError, match="^unknown password hash algorithm 'md5'$"):
        passwords.check_password("hunter2", stored)
        pytest.fail(
            "check_password with a stored text that starts 'md5$' should raise "
            "ValueError(\"unknown password hash algorithm 'md5'\"): it was not made by hash_password",
            pytrace=False,
        )
