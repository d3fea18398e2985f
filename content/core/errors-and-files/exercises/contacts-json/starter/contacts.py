import json
from pathlib import Path


class ContactNotFound(Exception):
    """No contact in the file has the id that was asked for."""


def load_contacts(path):
    """Return the list of contacts in the JSON file at path ([] if there is no file)."""
    # Replace `pass` with your code.
    pass


def save_contacts(path, contacts):
    """Write the whole list of contacts to the JSON file at path."""
    # Replace `pass` with your code.
    pass


def create_contact(path, name, phone):
    """Add a new contact at the end of the file and return its id."""
    pass


def read_contacts(path):
    """Return the list of all contacts."""
    pass


def read_contact(path, contact_id):
    """Return the contact with this id; raise ContactNotFound if there is none."""
    pass


def update_phone(path, contact_id, phone):
    """Change the phone number of the contact with this id and return the contact."""
    pass


def delete_contact(path, contact_id):
    """Remove the contact with this id from the file."""
    pass
