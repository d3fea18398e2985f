import io
import keyword
import tokenize

KINDS = ["keyword", "name", "number", "string", "operator", "comment"]


def census(source):
    counts = dict.fromkeys(KINDS, 0)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME:
            counts["keyword" if keyword.iskeyword(token.string) else "name"] += 1
        elif token.type == tokenize.NUMBER:
            counts["number"] += 1
        elif token.type == tokenize.STRING:
            counts["string"] += 1
        elif token.type == tokenize.OP:
            counts["operator"] += 1
        elif token.type == tokenize.COMMENT:
            counts["comment"] += 1
    return counts


def operator_counts(source):
    counts = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.OP:
            name = tokenize.tok_name[token.exact_type]
            counts[name] = counts.get(name, 0) + 1
    return counts


def identifiers(source):
    names = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and not keyword.iskeyword(token.string):
            names.add(token.string)
    return sorted(names)
