"""The books of the shop, written for you: catalogue.py imports BOOKS from here."""

BOOKS = [
    {"id": "7", "title": "Dune", "year": 1965, "author": "Frank Herbert"},
    {"id": "3", "title": "Emma", "year": 1815, "author": "Jane Austen"},
    {"id": "12", "title": "The Dispossessed", "year": 1974, "author": "Ursula K. Le Guin"},
    {"id": "5", "title": "Persuasion", "year": 1817, "author": "Jane Austen"},
    {"id": "21", "title": "Beloved", "year": 1987, "author": "Toni Morrison"},
    {"id": "8", "title": "Children of Dune", "year": 1976, "author": "Frank Herbert"},
    {"id": "2", "title": "Mansfield Park", "year": 1814, "author": "Jane Austen"},
    {"id": "14", "title": "A Wizard of Earthsea", "year": 1968, "author": "Ursula K. Le Guin"},
    {"id": "22", "title": "Sula", "year": 1973, "author": "Toni Morrison"},
    {"id": "9", "title": "Dune Messiah", "year": 1969, "author": "Frank Herbert"},
    {"id": "13", "title": "The Left Hand of Darkness", "year": 1969, "author": "Ursula K. Le Guin"},
    {"id": "1", "title": "Pride and Prejudice", "year": 1813, "author": "Jane Austen"},
]
