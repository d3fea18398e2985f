import json
from pathlib import Path


class ContactNotFound(Exception):
    """No contact in the file has the id that was asked for."""


def load_contacts(path):
    """Return the list of contacts in the JSON file at path ([] if there is no file)."""
    path = Path(path)
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def save_contacts(path, contacts):
    """Write the whole list of contacts to the JSON file at path."""
    with open(path, "w", encoding="utf-8") as file:
        json.dump(contacts, file, indent=2)


def create_contact(path, name, phone):
    """Add a new contact at the end of the file and return its id."""
    contacts = load_contacts(path)
    # One more than the highest id: len(contacts) + 1 could repeat an id after a delete.
    new_id = max((contact["id"] for contact in contacts), default=0) + 1
    contacts.append({"id": new_id, "name": name, "phone": phone})
    save_contacts(path, contacts)
    return new_id


def read_contacts(path):
    """Return the list of all contacts."""
    return load_contacts(path)


def read_contact(path, contact_id):
    contacts = load_contacts(path)
    # Uses the id as a position: right only until something is deleted.
    if not 1 <= contact_id <= len(contacts):
        raise ContactNotFound(f"no contact with id {contact_id}")
    return contacts[contact_id - 1]


def update_phone(path, contact_id, phone):
    contacts = load_contacts(path)
    if not 1 <= contact_id <= len(contacts):
        raise ContactNotFound(f"no contact with id {contact_id}")
    contacts[contact_id - 1]["phone"] = phone
    save_contacts(path, contacts)
    return contacts[contact_id - 1]


def delete_contact(path, contact_id):
    contacts = load_contacts(path)
    kept = [contact for contact in contacts if contact["id"] != contact_id]
    if len(kept) == len(contacts):
        raise ContactNotFound(f"no contact with id {contact_id}")
    save_contacts(path, kept)
