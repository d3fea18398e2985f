from read_int import read_int


def error_name(call, *args):
    """The name of the error call(*args) raised, or a note that it raised none."""
    try:
        value = call(*args)
    except Exception as error:
        return type(error).__name__
    return f"no error (it returned {value!r})"


def test_reads_whole_numbers():
    """Reads text that holds a whole number."""
    assert read_int("42") == 42, 'read_int("42") should return the number 42'
    assert read_int("0") == 0, 'read_int("0") should return 0'


def test_spaces_and_minus_sign():
    """Accepts spaces around the number and a minus sign, as int() does."""
    assert read_int(" -7 ") == -7, (
        'read_int(" -7 ") should return -7: int() accepts spaces and a minus sign, '
        "so let int() try instead of checking the text yourself"
    )
    assert read_int("+15") == 15, 'read_int("+15") should return 15'


def test_bad_text_gives_the_default():
    """Gives back 0 for text that is not a whole number."""
    assert read_int("twelve") == 0, 'read_int("twelve") should return the default, 0'
    assert read_int("4.5") == 0, 'read_int("4.5") should return the default, 0 (4.5 is not whole)'
    assert read_int("") == 0, 'read_int("") should return the default, 0'


def test_own_default():
    """Gives back the default the caller chose."""
    assert read_int("n/a", default=-1) == -1, 'read_int("n/a", default=-1) should return -1'
    assert read_int("n/a", None) is None, 'read_int("n/a", None) should return None'
    assert read_int("8", default=-1) == 8, 'read_int("8", default=-1) should return 8, not the default'


def test_none_is_a_bug_not_bad_text():
    """Does not hide a TypeError: read_int(None) still raises it."""
    assert error_name(read_int, None) == "TypeError", (
        "read_int(None) should raise TypeError, as int(None) does. "
        "Catch only ValueError, not every error"
    )
