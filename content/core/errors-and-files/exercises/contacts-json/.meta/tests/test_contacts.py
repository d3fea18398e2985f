import json

import pytest

import contacts as book

ADA = {"id": 1, "name": "Ada", "phone": "555-0101"}
GRACE = {"id": 2, "name": "Grace", "phone": "555-0199"}
LINUS = {"id": 3, "name": "Linus", "phone": "555-0123"}


def book_file(folder, records):
    """Write a contact book file holding these records; return its path."""
    path = folder / "book.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def in_file(path):
    """The contacts stored in the file at path; the test fails if it is not valid JSON."""
    if not path.exists():
        pytest.fail("The contact book file was not created: save the contacts to the file", pytrace=False)
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError:
        pytest.fail(f"The file should hold a JSON list, but it holds {text[:60]!r}: use json.dump", pytrace=False)


def outcome(call, *args):
    """Call call(*args): give back (the name of the error it raised, the error), or a note that it raised none."""
    try:
        value = call(*args)
    except Exception as error:
        return type(error).__name__, error
    return f"no error (it returned {value!r})", None


def test_create_contacts(tmp_path):
    """Creates the file, adds contacts at the end and returns their ids."""
    path = tmp_path / "book.json"
    first = book.create_contact(path, "Ada", "555-0101")
    assert first == 1, "The first contact in an empty book should get the id 1"
    assert in_file(path) == [ADA], (
        'After the first create_contact the file should hold [{"id": 1, "name": "Ada", "phone": "555-0101"}]'
    )
    second = book.create_contact(path, "Grace", "555-0199")
    assert in_file(path) == [ADA, GRACE], (
        "After a second create_contact the file should hold both contacts, Ada first: "
        "load the contacts already in the file before you add one"
    )
    assert second == 2, "The second contact should get the id 2"


def test_read_contacts(tmp_path):
    """Reads all contacts, or one contact by its id."""
    assert book.read_contacts(tmp_path / "nothing.json") == [], (
        "read_contacts should return [] when the file does not exist yet"
    )
    path = book_file(tmp_path, [ADA, GRACE, LINUS])
    assert book.read_contacts(path) == [ADA, GRACE, LINUS], "read_contacts should return every contact in the file, in order"
    assert book.read_contact(path, 2) == GRACE, "read_contact(path, 2) should return Grace, the contact with id 2"


def test_update_phone(tmp_path):
    """Changes one phone number and saves it to the file."""
    path = book_file(tmp_path, [ADA, GRACE, LINUS])
    updated = book.update_phone(path, 2, "555-7777")
    assert updated == {"id": 2, "name": "Grace", "phone": "555-7777"}, (
        "update_phone should return the updated contact"
    )
    assert in_file(path) == [ADA, {"id": 2, "name": "Grace", "phone": "555-7777"}, LINUS], (
        "After update_phone(path, 2, \"555-7777\") the file should hold Grace's new number and "
        "the other contacts unchanged: save the list back to the file"
    )


def test_delete_contact(tmp_path):
    """Removes one contact from the file and keeps the others in order."""
    path = book_file(tmp_path, [ADA, GRACE, LINUS])
    book.delete_contact(path, 2)
    assert in_file(path) == [ADA, LINUS], "After delete_contact(path, 2) the file should hold only Ada and Linus"


def test_missing_contact(tmp_path):
    """Raises ContactNotFound, naming the id, and leaves the file alone."""
    path = book_file(tmp_path, [ADA, GRACE])
    for name, call, args in [
        ("read_contact", book.read_contact, (path, 7)),
        ("update_phone", book.update_phone, (path, 7, "555-0000")),
        ("delete_contact", book.delete_contact, (path, 7)),
    ]:
        kind, error = outcome(call, *args)
        assert kind == "ContactNotFound", (
            f"{name} should raise ContactNotFound when no contact has the id 7, "
            "instead of returning or doing nothing"
        )
        assert "7" in str(error), f"The ContactNotFound message from {name} should contain the id, 7"
    assert in_file(path) == [ADA, GRACE], "When a contact is not found, the file should stay as it was"


def test_ids_are_not_reused(tmp_path):
    """A new contact never gets the id of a contact still in the file."""
    path = book_file(tmp_path, [ADA, GRACE, LINUS])
    book.delete_contact(path, 1)
    new_id = book.create_contact(path, "Guido", "555-0042")
    assert new_id == 4, (
        "With contacts 2 and 3 left, the new contact should get the id 4: use one more than the "
        "highest id in the file, not len(contacts) + 1, which gives 3, an id that is taken"
    )
    assert in_file(path) == [GRACE, LINUS, {"id": 4, "name": "Guido", "phone": "555-0042"}], (
        "The new contact should be added at the end of the file"
    )


def test_missing_contact_message_exactly(tmp_path):
    """The ContactNotFound message reads exactly as in the instructions."""
    path = book_file(tmp_path, [ADA, GRACE])
    for name, call, args in [
        ("read_contact", book.read_contact, (path, 7)),
        ("update_phone", book.update_phone, (path, 7, "555-0000")),
        ("delete_contact", book.delete_contact, (path, 7)),
    ]:
        _, error = outcome(call, *args)
        assert str(error) == "no contact with id 7", (
            f"The ContactNotFound message from {name} for the id 7 should be exactly: "
            "no contact with id 7"
        )


def test_path_given_as_text(tmp_path):
    """Works when the path is given as text, as in the example ("book.json")."""
    path = str(tmp_path / "book.json")
    assert book.read_contacts(path) == [], (
        "read_contacts should return [] for a file that does not exist, also when the path is "
        "text such as \"book.json\": turn it into a Path with Path(path) before using .exists()"
    )
    assert book.create_contact(path, "Ada", "555-0101") == 1, (
        'create_contact(path, "Ada", "555-0101") should return 1 when the path is given as text'
    )
    assert book.read_contact(path, 1) == {"id": 1, "name": "Ada", "phone": "555-0101"}, (
        "read_contact should find the contact when the path is given as text"
    )


def test_ids_are_not_positions(tmp_path):
    """After a delete, ids no longer match positions in the list: look contacts up by id."""
    guido = {"id": 4, "name": "Guido", "phone": "555-0042"}
    path = book_file(tmp_path, [GRACE, LINUS, guido])   # ids 2, 3 and 4, as after deleting Ada
    assert book.read_contact(path, 3) == LINUS, (
        "In a file holding the contacts with ids 2, 3 and 4, read_contact(path, 3) should return "
        "Linus: find the contact whose id is 3, not the contact at position 3 - 1"
    )
    assert book.update_phone(path, 2, "555-7777") == {"id": 2, "name": "Grace", "phone": "555-7777"}, (
        "update_phone(path, 2, ...) should change Grace, the contact whose id is 2"
    )
    book.delete_contact(path, 3)
    assert in_file(path) == [{"id": 2, "name": "Grace", "phone": "555-7777"}, guido], (
        "delete_contact(path, 3) should remove Linus, the contact whose id is 3"
    )
