"""Count the tokens of a piece of Python source, the way the tokenizer sees them."""

import io
import keyword
import tokenize

KINDS = ["keyword", "name", "number", "string", "operator", "comment"]


def _tokens(source: str) -> list[tokenize.TokenInfo]:
    """Every token of source, from the standard library's tokenizer."""
    return list(tokenize.generate_tokens(io.StringIO(source).readline))


def census(source: str) -> dict[str, int]:
    """How many tokens of each of the six kinds the source has (0 for a kind it has none of)."""
    counts = dict.fromkeys(KINDS, 0)
    for token in _tokens(source):
        if token.type == tokenize.NAME:
            kind = "keyword" if keyword.iskeyword(token.string) else "name"
        elif token.type == tokenize.NUMBER:
            kind = "number"
        elif token.type == tokenize.STRING:
            kind = "string"
        elif token.type == tokenize.OP:
            kind = "operator"
        elif token.type == tokenize.COMMENT:
            kind = "comment"
        else:
            continue  # NEWLINE, NL, INDENT, DEDENT, ENDMARKER: layout, not words
        counts[kind] += 1
    return counts


def operator_counts(source: str) -> dict[str, int]:
    """Each operator token's exact name (PLUS, LPAR...) with how often it occurs."""
    counts: dict[str, int] = {}
    for token in _tokens(source):
        if token.type == tokenize.OP:
            name = tokenize.tok_name[token.exact_type]
            counts[name] = counts.get(name, 0) + 1
    return counts


def identifiers(source: str) -> list[str]:
    """The names that are not keywords, each once, in the order they first appear."""
    seen: list[str] = []
    for token in _tokens(source):
        if token.type == tokenize.NAME and not keyword.iskeyword(token.string):
            if token.string not in seen:
                seen.append(token.string)
    return seen
