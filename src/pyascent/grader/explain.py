"""Plain-language explanations of Python errors, for someone in their first weeks.

Python 3.11's own messages (with "Did you mean ...?") are kept; this adds what the message
means and what to try next. Matching is on the exception type and message text.
"""

from __future__ import annotations

import re

_NONE_HINT = (
    "A value is None where something else was expected. This often means a function "
    "forgot to `return` its result, so calling it gave back None."
)


def explain_exception(kind: str, message: str) -> str:
    """One or two sentences on what went wrong and what to try."""
    if "NoneType" in message:
        return _NONE_HINT
    for pattern, text in _BY_MESSAGE:
        match = re.search(pattern, message)
        if match:
            return text.format(*match.groups())
    return _BY_TYPE.get(kind, f"Your code raised {kind}. Read the message and the line above.")


_BY_MESSAGE: list[tuple[str, str]] = [
    (
        r"name '(\w+)' is not defined",
        "Python does not know the name `{0}`. Check its spelling, and make sure it gets a "
        "value (or is defined with def / import) before this line runs.",
    ),
    (
        r"unsupported operand type\(s\) for (\S+): '(\w+)' and '(\w+)'",
        "You used `{0}` on a {1} and a {2}, which do not go together. Convert one first, "
        "for example with int(...), float(...) or str(...).",
    ),
    (
        r'can only concatenate str \(not "(\w+)"\) to str',
        "You joined text with a {0} using +. Turn the {0} into text first with str(...), "
        'or use an f-string such as f"total: {{value}}".',
    ),
    (
        r"(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:was|were) given",
        "`{0}` accepts {1} argument(s) but was called with {2}. Compare the def line of "
        "`{0}` with how the instructions call it.",
    ),
    (
        r"(\w+)\(\) missing (\d+) required positional arguments?: (.+)",
        "`{0}` was called without the argument(s) {2}. Check the def line and the call.",
    ),
    (
        r"object is not callable",
        "You put () after something that is not a function. Did a variable take the name "
        "of a function, such as `sum = 0` or `list = [...]`?",
    ),
    (
        r"\[Errno 27\] File too large",
        "Your code wrote more output than the limit allows. Is something printing in an "
        "endless loop?",
    ),
    (
        r"maximum recursion depth exceeded",
        "The function kept calling itself without stopping. Check that there is a base case "
        "that returns without calling the function again, and that every call gets closer to it.",
    ),
]

_BY_TYPE: dict[str, str] = {
    "IndexError": "You asked for a position that does not exist. Positions start at 0 and the "
    "last one is len(x) - 1.",
    "KeyError": "The dictionary has no such key. Check the spelling, or use `key in d` or "
    "d.get(key, default) first.",
    "ZeroDivisionError": "Dividing by zero is not allowed. Check the divisor before dividing.",
    "ValueError": "A value has the right type but unusable content, like int('ten').",
    "TypeError": "A value of the wrong type was used here. Check what type each value has "
    "(type(x) tells you).",
    "AttributeError": "That value has no attribute or method of this name. Check the spelling "
    "and what type the value is.",
    "RecursionError": "The function kept calling itself without stopping. Check the base case.",
    "MemoryError": "Your code used more memory than the limit allows. Is a list growing without "
    "end?",
    "UnboundLocalError": "A variable is used in a function before it gets a value there. If you "
    "meant a variable from outside the function, pass it in as an argument.",
    "EOFError": "Your code called input(), but nothing was typed: when graded, code runs without a "
    "keyboard. Call input() only where the instructions ask for it.",
    "ModuleNotFoundError": "Python could not find a module with that name. Check the spelling; "
    "only the standard library and installed packages are available.",
    "ImportError": "The import failed: the module exists but not the name you asked for. Check "
    "the spelling of the name after `import`.",
    "FileNotFoundError": "There is no file at that path. Check the file name and folder.",
    "PermissionError": "The sandbox does not allow this: checks may only touch their own folder.",
    "OSError": "The operating system refused an operation your code asked for.",
    "AssertionError": "An `assert` in your own code failed.",
    "StopIteration": "next() was called on an iterator that has no items left.",
    "KeyboardInterrupt": "The run was interrupted.",
    "SystemExit": "Your code called exit() or sys.exit() while being tested. Return a value "
    "instead of exiting.",
}

_SYNTAX: list[tuple[str, str]] = [
    (
        r"expected ':'",
        "A line that starts a block (if, elif, else, for, while, def) must end with a colon `:`.",
    ),
    (
        r"Maybe you meant '==' or ':=' instead of '='",
        "A single `=` stores a value; to compare two values use `==`.",
    ),
    (r"unterminated string literal", "A piece of text is missing its closing quote."),
    (r"unterminated triple-quoted string", "A triple-quoted string is never closed."),
    (r"was never closed", "A bracket is opened but never closed. Count ( [ { and ) ] }."),
    (r"does not match", "A closing bracket does not match the one that was opened."),
    (r"unmatched", "There is a closing bracket without an opening one."),
    (
        r"expected an indented block",
        "After a line that ends with `:` the next lines must be indented (4 spaces).",
    ),
    (
        r"unindent does not match",
        "This line's indentation does not line up with any line above it. Use 4 spaces per "
        "level, and do not mix tabs and spaces.",
    ),
    (r"unexpected indent", "This line is indented more than it should be."),
    (r"inconsistent use of tabs", "The file mixes tabs and spaces. Use spaces only."),
    (
        r"Perhaps you forgot a comma",
        "Two values stand side by side without an operator or comma between them.",
    ),
    (r"null bytes", "The file contains a null byte (\\x00); save it as plain UTF-8 text."),
    (
        r"invalid character",
        "The line holds a character Python does not accept in code, such as "
        "a curly quote copied from a web page.",
    ),
]


def explain_syntax(message: str) -> str:
    for pattern, text in _SYNTAX:
        if re.search(pattern, message):
            return text
    return (
        "Python could not read this line. Look at the marked spot and the end of the line above "
        "it: a missing bracket, quote, colon or comma is the usual cause."
    )
