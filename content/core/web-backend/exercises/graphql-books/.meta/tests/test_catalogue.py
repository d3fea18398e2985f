"""run answers GraphQL queries through the schema and the resolvers."""

import pytest

import catalogue


def ask(query, variables=None):
    try:
        answer = catalogue.run(query, variables)
    except NotImplementedError as error:
        pytest.fail(f"{error}", pytrace=False)
    assert isinstance(answer, dict) and "data" in answer, (
        f"run({query!r}) should return a dict with the key 'data', not {answer!r}"
    )
    return answer


def no_errors(answer, query):
    assert "errors" not in answer, (
        f"run({query!r}) should answer without errors, but it said: {answer.get('errors')}"
    )
    return answer["data"]


def test_one_book_with_the_fields_asked_for():
    """book(id:) answers exactly the fields asked for."""
    query = '{ book(id: "7") { title year } }'
    assert no_errors(ask(query), query) == {"book": {"title": "Dune", "year": 1965}}, (
        "{ book(id: \"7\") { title year } } should give {'book': {'title': 'Dune', 'year': 1965}}: "
        "resolve_book returns the dict of BOOKS whose id is \"7\""
    )
    query = '{ book(id: "21") { id title } }'
    assert no_errors(ask(query), query) == {"book": {"id": "21", "title": "Beloved"}}, (
        "{ book(id: \"21\") { id title } } should give the id and title of Beloved"
    )


def test_a_missing_book_is_null():
    """A book that does not exist is null, without an error."""
    query = '{ book(id: "99") { title } }'
    assert ask(query) == {"data": {"book": None}}, (
        "{ book(id: \"99\") { title } } should give {'data': {'book': None}}: resolve_book returns "
        "None when no book has that id, and an answer without errors has no 'errors' key"
    )


def test_the_author_of_a_book():
    """Book.author is resolved from the book's author name."""
    query = '{ book(id: "12") { title author { name } } }'
    assert no_errors(ask(query), query) == {"book": {"title": "The Dispossessed", "author": {"name": "Ursula K. Le Guin"}}}, (
        "{ book(id: \"12\") { title author { name } } } should give the author {'name': 'Ursula K. Le Guin'}: "
        "add author: Author! to Book, and connect resolve_book_author to it"
    )


def test_an_authors_books_nested():
    """Author.books gives the author's books, oldest first, as deep as the query goes."""
    query = '{ book(id: "5") { author { name books { title year } } } }'
    assert no_errors(ask(query), query) == {
        "book": {
            "author": {
                "name": "Jane Austen",
                "books": [
                    {"title": "Pride and Prejudice", "year": 1813},
                    {"title": "Mansfield Park", "year": 1814},
                    {"title": "Emma", "year": 1815},
                    {"title": "Persuasion", "year": 1817},
                ],
            }
        }
    }, (
        "The author of Persuasion should list her four books, oldest first: the type Author "
        "with books: [Book!]!, resolved by resolve_author_books with by_year"
    )
    query = '{ book(id: "8") { author { books { author { name } } } } }'
    data = no_errors(ask(query), query)
    assert data == {"book": {"author": {"books": [{"author": {"name": "Frank Herbert"}}] * 3}}}, (
        "Going back and forth (book, author, books, author) should work: each field has its resolver"
    )


def test_books_oldest_first_with_the_default_limit():
    """books with no arguments gives the 10 oldest books."""
    query = "{ books { title } }"
    titles = [book["title"] for book in no_errors(ask(query), query)["books"]]
    assert titles == [
        "Pride and Prejudice",
        "Mansfield Park",
        "Emma",
        "Persuasion",
        "Dune",
        "A Wizard of Earthsea",
        "Dune Messiah",
        "The Left Hand of Darkness",
        "Sula",
        "The Dispossessed",
    ], (
        "{ books { title } } should give the 10 oldest of the 12 books, oldest first: sort with "
        "by_year, then keep the first `limit` (10 by default, from the schema)"
    )


def test_books_of_an_author_with_a_limit():
    """books(author:, limit:) filters by author and keeps at most limit books."""
    query = '{ books(author: "Frank Herbert") { title } }'
    assert no_errors(ask(query), query) == {
        "books": [{"title": "Dune"}, {"title": "Dune Messiah"}, {"title": "Children of Dune"}]
    }, "books(author: \"Frank Herbert\") should give his three books, oldest first"
    query = '{ books(author: "Jane Austen", limit: 2) { title } }'
    assert no_errors(ask(query), query) == {"books": [{"title": "Pride and Prejudice"}, {"title": "Mansfield Park"}]}, (
        "books(author: \"Jane Austen\", limit: 2) should give only her two oldest books"
    )
    query = "{ books(limit: 12) { id } }"
    assert len(no_errors(ask(query), query)["books"]) == 12, "books(limit: 12) should give all 12 books"
    query = "{ books(limit: 0) { id } }"
    assert no_errors(ask(query), query) == {"books": []}, "books(limit: 0) should give []"
    query = '{ books(author: "Leo Tolstoy") { id } }'
    assert no_errors(ask(query), query) == {"books": []}, "books of an author with no books should be []"


def test_variables():
    """Variables fill in the arguments of a query."""
    query = "query ($id: ID!) { book(id: $id) { title } }"
    assert ask(query, {"id": "3"}) == {"data": {"book": {"title": "Emma"}}}, (
        "With the variables {'id': '3'}, the query should give Emma: pass variables to "
        "graphql_sync(schema, query, variable_values=variables)"
    )
    query = "query ($who: String, $n: Int) { books(author: $who, limit: $n) { title } }"
    assert ask(query, {"who": "Toni Morrison", "n": 1}) == {"data": {"books": [{"title": "Sula"}]}}, (
        "With the variables {'who': 'Toni Morrison', 'n': 1}, the query should give [Sula]"
    )


def test_errors_are_messages():
    """A field that does not exist gives data None and the error's message."""
    answer = ask('{ book(id: "7") { title price } }')
    assert answer == {"data": None, "errors": ["Cannot query field 'price' on type 'Book'."]}, (
        "A query with a field that is not in the schema should give {'data': None, 'errors': "
        "[\"Cannot query field 'price' on type 'Book'.\"]}: the list of each error's .message"
    )
    answer = ask("{ book { title } }")
    assert answer["data"] is None and len(answer.get("errors", [])) == 1, (
        "book without its required id should give data None and one error"
    )
    assert "'ID!' is required" in answer["errors"][0], "The error should say that the argument id of type 'ID!' is required"


def test_a_negative_limit_is_an_error():
    """limit below 0 raises GraphQLError("limit must be 0 or more")."""
    answer = ask("{ books(limit: -1) { title } }")
    assert answer.get("errors") == ["limit must be 0 or more"], (
        "books(limit: -1) should give the error 'limit must be 0 or more': raise "
        "GraphQLError(\"limit must be 0 or more\") in resolve_books"
    )
    assert answer["data"] is None, "With that error, data should be None (books can never be null)"
