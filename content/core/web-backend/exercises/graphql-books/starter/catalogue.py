"""A GraphQL API for a bookshop's catalogue, with graphql-core."""

from typing import Any

from graphql import GraphQLError, GraphQLResolveInfo, build_schema, graphql_sync

from shelf import BOOKS  # the shop's books: a list of dicts

SDL = """
type Query {
  book(id: ID!): Book
  books(author: String, limit: Int = 10): [Book!]!
}

type Book {
  id: ID!
  title: String!
  year: Int!
}
"""
# Add the field `author: Author!` to Book, and the type Author (name, books).


def by_year(books: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The books sorted by year, oldest first. Written for you."""
    return sorted(books, key=lambda book: book["year"])


def resolve_book(root: None, info: GraphQLResolveInfo, id: str) -> dict[str, Any] | None:
    """The book with this id (a dict of BOOKS), or None."""
    raise NotImplementedError("resolve_book is not written yet")


def resolve_books(root: None, info: GraphQLResolveInfo, limit: int, author: str | None = None) -> list[dict[str, Any]]:
    """Books (of one author, when author is given), oldest first, at most `limit` of them."""
    raise NotImplementedError("resolve_books is not written yet")


def resolve_book_author(book: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any]:
    """The author of a book, as a dict {"name": ...}."""
    raise NotImplementedError("resolve_book_author is not written yet")


def resolve_author_books(author: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    """The books of an author (a dict {"name": ...}), oldest first."""
    raise NotImplementedError("resolve_author_books is not written yet")


schema = build_schema(SDL)
schema.query_type.fields["book"].resolve = resolve_book
schema.query_type.fields["books"].resolve = resolve_books
# Connect resolve_book_author and resolve_author_books to their fields the same way.


def run(query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """Answer a GraphQL query as the JSON body of a response: {"data": ...} and, on errors, "errors"."""
    raise NotImplementedError("run is not written yet")
