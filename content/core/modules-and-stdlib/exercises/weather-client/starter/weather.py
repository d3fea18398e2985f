import json
import urllib.error
import urllib.request


def get_json(url):
    """Request url and return its JSON answer as Python values."""
    # Replace `pass` with your code.
    pass


def temperature(base_url, city):
    """Return the temperature of city, or None if the server does not know it (404)."""
    # Replace `pass` with your code.
    pass


def warmest(base_url):
    """Return the name of the warmest city on the server's list, skipping unknown cities."""
    # Replace `pass` with your code.
    pass
