import io
import keyword
import tokenize

from tokens import census, identifiers, operator_counts

KINDS = ["keyword", "name", "number", "string", "operator", "comment"]

PROGRAM = '''def area(width, height=2):
    """The area of a rectangle."""
    # a negative side makes no sense
    if width < 0 or height < 0:
        return None
    return width * height  # square units


sizes = [(3, 4), (1.5, 2), (0x10, 1_000)]
areas = {size: area(*size) for size in sizes if size[0] != 0}
total = sum(areas.values()) ** 0.5
'''


def live_tokens(source):
    """The judge's own reading of the source (this interpreter's tokenizer)."""
    return list(tokenize.generate_tokens(io.StringIO(source).readline))


def live_census(source):
    counts = dict.fromkeys(KINDS, 0)
    kinds = {tokenize.NUMBER: "number", tokenize.STRING: "string", tokenize.OP: "operator", tokenize.COMMENT: "comment"}
    for token in live_tokens(source):
        if token.type == tokenize.NAME:
            counts["keyword" if keyword.iskeyword(token.string) else "name"] += 1
        elif token.type in kinds:
            counts[kinds[token.type]] += 1
    return counts


def live_operators(source):
    counts = {}
    for token in live_tokens(source):
        if token.type == tokenize.OP:
            name = tokenize.tok_name[token.exact_type]
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_census_of_one_line():
    """census counts the tokens of one line by kind."""
    result = census("total = price * 2  # doubled\n")
    assert result == {"keyword": 0, "name": 2, "number": 1, "string": 0, "operator": 2, "comment": 1}, (
        "census('total = price * 2  # doubled\\n') should be {'keyword': 0, 'name': 2, 'number': 1, "
        "'string': 0, 'operator': 2, 'comment': 1}: two NAME tokens (total, price), one NUMBER, "
        "two OP tokens (= and *) and one COMMENT"
    )


def test_every_kind_is_always_there():
    """census always has the six kinds, with 0 for a kind the source does not use."""
    assert census("") == dict.fromkeys(KINDS, 0), (
        "census('') should be {'keyword': 0, 'name': 0, 'number': 0, 'string': 0, 'operator': 0, "
        "'comment': 0}: start from a dict with all six kinds at 0"
    )
    assert census("x\n") == {"keyword": 0, "name": 1, "number": 0, "string": 0, "operator": 0, "comment": 0}, (
        "census('x\\n') should count one name and 0 of every other kind"
    )


def test_keywords_are_told_from_names():
    """A NAME token whose text is a keyword counts as a keyword, not as a name."""
    result = census("if x is None and not y:\n    pass\n")
    assert (result["keyword"], result["name"]) == (6, 2), (
        "census('if x is None and not y:\\n    pass\\n') should count 6 keywords (if, is, None, and, "
        "not, pass) and 2 names (x, y): the tokenizer calls them all NAME, so ask "
        "keyword.iskeyword(token.string) to tell them apart"
    )


def test_soft_keywords_are_names():
    """match and case are names unless they start a match statement: the tokenizer gives NAME."""
    result = census("match = [1]\ncase = match\n")
    assert (result["keyword"], result["name"]) == (0, 3), (
        "census('match = [1]\\ncase = match\\n') should count 0 keywords and 3 names: match and case "
        "are soft keywords, and keyword.iskeyword says False for them"
    )


def test_numbers_strings_and_comments():
    """Every way of writing a number or a string is one token; comments are tokens too."""
    source = 'x = 0x1F + 1_000 + 2.5e-3 + 3j\ns = "a" + b"b" + """c"""  # three\n# alone\n'
    result = census(source)
    assert (result["number"], result["string"], result["comment"]) == (4, 3, 2), (
        "This source has 4 numbers (0x1F, 1_000, 2.5e-3, 3j), 3 strings (\"a\", b\"b\", a triple-quoted "
        "one) and 2 comments: census should count NUMBER, STRING and COMMENT tokens. Use the "
        "tokenize module rather than splitting the text yourself"
    )
    assert (result["name"], result["operator"]) == (2, 7), (
        "The same source has 2 names (x, s) and 7 operators (two = and five +)"
    )


def test_layout_tokens_are_not_counted():
    """NEWLINE, NL, INDENT, DEDENT and ENDMARKER are layout: census leaves them out."""
    result = census("def f():\n\n    return 1\n")
    assert result == {"keyword": 2, "name": 1, "number": 1, "string": 0, "operator": 3, "comment": 0}, (
        "census('def f():\\n\\n    return 1\\n') should be {'keyword': 2, 'name': 1, 'number': 1, "
        "'string': 0, 'operator': 3, 'comment': 0}: the tokens NEWLINE, NL, INDENT, DEDENT and "
        "ENDMARKER are not one of the six kinds, so skip them"
    )


def test_census_of_a_whole_program():
    """census of a program with a function, a comprehension and a docstring."""
    expected = live_census(PROGRAM)
    assert census(PROGRAM) == expected, (
        f"census of the program area.py should be {expected} (what this Python's tokenizer reads). "
        "Check each kind: keywords are NAME tokens that keyword.iskeyword accepts"
    )


def test_operator_counts_use_exact_names():
    """operator_counts names each operator by its exact type (PLUS, LPAR...), not just OP."""
    assert operator_counts("a[i] = (b + c) * -d ** 2\n") == {
        "LSQB": 1, "RSQB": 1, "EQUAL": 1, "LPAR": 1, "PLUS": 1, "RPAR": 1, "STAR": 1, "MINUS": 1,
        "DOUBLESTAR": 1,
    }, (
        "operator_counts('a[i] = (b + c) * -d ** 2\\n') should name every operator: {'LSQB': 1, "
        "'RSQB': 1, 'EQUAL': 1, 'LPAR': 1, 'PLUS': 1, 'RPAR': 1, 'STAR': 1, 'MINUS': 1, "
        "'DOUBLESTAR': 1}. The type of every operator token is OP; its exact_type says which one: "
        "tokenize.tok_name[token.exact_type]"
    )


def test_operator_counts_count_repeats():
    """The same operator twice counts twice; other tokens are left out."""
    assert operator_counts("f(a)(b)(c)\n") == {"LPAR": 3, "RPAR": 3}, (
        "operator_counts('f(a)(b)(c)\\n') should be {'LPAR': 3, 'RPAR': 3}: count each operator "
        "every time it occurs, and leave names out"
    )
    assert operator_counts("def f(a, b=1) -> int: return a // b\n") == {
        "LPAR": 1, "COMMA": 1, "EQUAL": 1, "RPAR": 1, "RARROW": 1, "COLON": 1, "DOUBLESLASH": 1,
    }, "operator_counts of 'def f(a, b=1) -> int: return a // b' should count -> as RARROW and // as DOUBLESLASH"
    assert operator_counts("# only a comment\n") == {}, "operator_counts of a source without operators should be {}"


def test_operator_counts_of_a_whole_program():
    """operator_counts of the program area.py."""
    expected = live_operators(PROGRAM)
    assert operator_counts(PROGRAM) == expected, (
        f"operator_counts of the program area.py should be {expected}"
    )


def test_identifiers_in_order_of_first_use():
    """identifiers gives each name once, in the order it first appears."""
    source = "total = price * count\nprice = total / count\nprint(total)\n"
    assert identifiers(source) == ["total", "price", "count", "print"], (
        "identifiers('total = price * count\\nprice = total / count\\nprint(total)\\n') should be "
        "['total', 'price', 'count', 'print']: each name once, in the order it first appears "
        "(not sorted)"
    )


def test_identifiers_leave_out_keywords():
    """Keywords are not identifiers; soft keywords such as match are."""
    assert identifiers("if a and not b:\n    match = None\n") == ["a", "b", "match"], (
        "identifiers('if a and not b:\\n    match = None\\n') should be ['a', 'b', 'match']: if, and, "
        "not and None are keywords"
    )
    assert identifiers("1 + 2\n") == [], "identifiers('1 + 2\\n') should be []"


def test_identifiers_of_a_whole_program():
    """identifiers of the program area.py."""
    expected = []
    for token in live_tokens(PROGRAM):
        if token.type == tokenize.NAME and not keyword.iskeyword(token.string) and token.string not in expected:
            expected.append(token.string)
    assert identifiers(PROGRAM) == expected, f"identifiers of the program area.py should be {expected}"
