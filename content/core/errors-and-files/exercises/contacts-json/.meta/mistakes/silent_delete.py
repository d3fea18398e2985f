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
    """Return the contact with this id; raise ContactNotFound if there is none."""
    for contact in load_contacts(path):
        if contact["id"] == contact_id:
            return contact
    raise ContactNotFound(f"no contact with id {contact_id}")


def update_phone(path, contact_id, phone):
    """Change the phone number of the contact with this id and return the contact."""
    contacts = load_contacts(path)
    for contact in contacts:
        if contact["id"] == contact_id:
            contact["phone"] = phone
            save_contacts(path, contacts)
            return contact
    raise ContactNotFound(f"no contact with id {contact_id}")


def delete_contact(path, contact_id):
    """Remove the contact with this id from the file."""
    contacts = load_contacts(path)
    kept = [contact for contact in contacts if contact["id"] != contact_id]
    save_contacts(path, kept)
