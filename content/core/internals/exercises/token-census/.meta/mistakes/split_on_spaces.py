import keyword

KINDS = ["keyword", "name", "number", "string", "operator", "comment"]


def census(source):
    counts = dict.fromkeys(KINDS, 0)
    for word in source.split():
        if keyword.iskeyword(word):
            counts["keyword"] += 1
        elif word.isidentifier():
            counts["name"] += 1
        elif word[0].isdigit():
            counts["number"] += 1
        elif word[0] in "'\"":
            counts["string"] += 1
        elif word.startswith("#"):
            counts["comment"] += 1
        else:
            counts["operator"] += 1
    return counts


def operator_counts(source):
    return {}


def identifiers(source):
    seen = []
    for word in source.split():
        if word.isidentifier() and not keyword.iskeyword(word) and word not in seen:
            seen.append(word)
    return seen
