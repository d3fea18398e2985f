import io
import tokenize

KINDS = ["keyword", "name", "number", "string", "operator", "comment"]
NAMES = {tokenize.NAME: "name", tokenize.NUMBER: "number", tokenize.STRING: "string", tokenize.OP: "operator", tokenize.COMMENT: "comment"}


def census(source):
    counts = dict.fromkeys(KINDS, 0)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in NAMES:
            counts[NAMES[token.type]] += 1
    return counts


def operator_counts(source):
    counts = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.OP:
            name = tokenize.tok_name[token.exact_type]
            counts[name] = counts.get(name, 0) + 1
    return counts


def identifiers(source):
    seen = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and token.string not in seen:
            seen.append(token.string)
    return seen
