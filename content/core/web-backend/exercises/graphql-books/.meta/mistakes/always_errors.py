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
  author: Author!
}

type Author {
  name: String!
  books: [Book!]!
}
"""


def by_year(books: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(books, key=lambda book: book["year"])


def resolve_book(root: None, info: GraphQLResolveInfo, id: str) -> dict[str, Any] | None:
    return next((book for book in BOOKS if book["id"] == id), None)


def resolve_books(root: None, info: GraphQLResolveInfo, limit: int, author: str | None = None) -> list[dict[str, Any]]:
    if limit < 0:
        raise GraphQLError("limit must be 0 or more")
    found = [book for book in BOOKS if author is None or book["author"] == author]
    return by_year(found)[:limit]


def resolve_book_author(book: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any]:
    return {"name": book["author"]}


def resolve_author_books(author: dict[str, Any], info: GraphQLResolveInfo) -> list[dict[str, Any]]:
    return by_year([book for book in BOOKS if book["author"] == author["name"]])


schema = build_schema(SDL)
schema.query_type.fields["book"].resolve = resolve_book
schema.query_type.fields["books"].resolve = resolve_books
schema.get_type("Book").fields["author"].resolve = resolve_book_author
schema.get_type("Author").fields["books"].resolve = resolve_author_books


def run(query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """Answer a GraphQL query as the JSON body of a response: {"data": ...} and, on errors, "errors"."""
    result = graphql_sync(schema, query, variable_values=variables)
    return {"data": result.data, "errors": [error.message for error in result.errors or []]}
