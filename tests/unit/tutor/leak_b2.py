"""The two exercises of tutor.md B.2 and the replies a tutor might send about them.

A palindrome check that ignores case and punctuation, and a running mean: each with its
instructions, reference, a learner's buggy attempt, hidden tests and the failing test the
verdict showed, then leaking and acceptable replies.
"""

from __future__ import annotations

from pyascent.tutor.context import FailingTest, Level, TutorContext

from .leak_corpus import LESSONS, Exercise, Reply

# ---------------------------------------------------------------- palindrome (B.2)

PALINDROME_REFERENCE = '''def is_palindrome(text):
    """Return True when text reads the same both ways, ignoring case and punctuation."""
    letters = [ch.lower() for ch in text if ch.isalnum()]
    return letters == letters[::-1]
'''

PALINDROME_TESTS = '''from palindrome import is_palindrome


def test_simple():
    """A plain palindrome reads the same both ways."""
    assert is_palindrome("racecar") is True


def test_mixed_case():
    """Capital letters do not matter."""
    assert is_palindrome("Racecar") is True


def test_punctuation():
    """Spaces and punctuation are skipped."""
    assert is_palindrome("A man, a plan, a canal: Panama!") is True


def test_not_palindrome():
    """A word that differs backwards is not a palindrome."""
    assert is_palindrome("python") is False
'''

PALINDROME = Exercise(
    context=TutorContext(
        exercise_id="palindrome",
        title="Palindromes",
        instructions=(
            "In `palindrome.py`, write `is_palindrome(text)` that returns `True` when `text`"
            " reads the same forwards and backwards, and `False` otherwise. Ignore capital"
            ' letters, spaces and punctuation.\n\n```python\n>>> is_palindrome("racecar")\n'
            'True\n>>> is_palindrome("python")\nFalse\n```\n'
        ),
        main_file="palindrome.py",
        learner_files={
            "palindrome.py": "def is_palindrome(text):\n    return text == text[::-1]\n"
        },
        references=({"palindrome.py": PALINDROME_REFERENCE},),
        hidden_tests=(PALINDROME_TESTS,),
        status="failed",
        summary="1 of 4 tests failed: Capital letters do not matter.",
        failing=FailingTest(
            name="test_mixed_case",
            status="failed",
            title="Capital letters do not matter.",
            message="assert False is True",
            expected="True",
            actual="False",
            test_code='assert is_palindrome("Racecar") is True',
        ),
        hints=(
            'Compare letters only, all in the same case. What should "Racecar" look like'
            " before you compare it with its reverse?",
            "Build a cleaned-up version first: keep a character `ch` only when"
            " `ch.isalnum()` is true, and make it small with `ch.lower()`.",
            "A skeleton:\n```python\nletters = [___ for ch in text if ___]\n"
            "return letters == letters[::-1]\n```",
        ),
        lessons=LESSONS,
        attempts=2,
        failed_attempts=2,
    ),
    leaks=(
        Reply("verbatim", f"Here is the fixed function:\n```python\n{PALINDROME_REFERENCE}```"),
        Reply(
            "renamed",
            "Try this:\n```\ndef is_palindrome(s):\n    chars = [c.lower() for c in s if"
            " c.isalnum()]\n    return chars == chars[::-1]\n```\nDoes it pass now?",
        ),
        Reply(
            "reformatted",
            "```py\ndef is_palindrome( text ):\n    letters = [\n        ch.lower()\n"
            "        for ch in text\n        if ch.isalnum()\n    ]\n    return (letters ==\n"
            "            letters[::-1])\n```",
        ),
        Reply(
            "unfenced in prose",
            "You could write it like this:\n\ndef is_palindrome(text):\n    letters ="
            " [ch.lower() for ch in text if ch.isalnum()]\n    return letters =="
            " letters[::-1]\n\nThen run the tests again. Which test passes now?",
        ),
        Reply(
            "pseudo-code that is really Python",
            "In pseudo-code, the steps are:\n    letters = [ch.lower() for ch in text if"
            " ch.isalnum()]\n    return letters == letters[::-1]\nCan you turn that into"
            " your function?",
        ),
        Reply(
            "inline key line",
            "The key line is `letters = [ch.lower() for ch in text if ch.isalnum()]`, and"
            " then you compare it with its reverse. Can you see why?",
        ),
        Reply(
            "other algorithm (two pointers)",
            "A different way, with two pointers:\n```python\ndef is_palindrome(text):\n"
            "    left, right = 0, len(text) - 1\n    while left < right:\n"
            "        if not text[left].isalnum():\n            left += 1\n"
            "        elif not text[right].isalnum():\n            right -= 1\n"
            "        elif text[left].lower() != text[right].lower():\n            return False\n"
            "        else:\n            left += 1\n            right -= 1\n    return True\n```",
        ),
    ),
    acceptable=(
        Reply(
            "the learner's own code quoted back",
            "Your line `return text == text[::-1]` compares the whole text with its reverse."
            ' Walk me through it with "Racecar": what is its first letter, and its last?',
        ),
        Reply(
            "generic syntax",
            'A string method gives you a changed copy: `"Hello".upper()` gives `"HELLO"`.'
            ' Which method could make the capital R in "Racecar" match the small r?',
            level=Level.STRATEGY,
            code_examples=True,
        ),
        Reply(
            "an analogous example on other data",
            "The same idea on other data: keep only the digits of a phone number.\n"
            '```python\nphone = "+1 (555) 010-2000"\ndigits = [c for c in phone if'
            " c.isdigit()]\n```\nHow could you use this pattern on the letters of your text?",
            level=Level.STRATEGY,
            code_examples=True,
        ),
        Reply(
            "Socratic prose",
            'Try it by hand. Write "Racecar" backwards and put it under the original.'
            " Which two letters differ, and why does Python say they are not equal?",
            level=Level.CONCEPT,
        ),
    ),
)

# ---------------------------------------------------------------- running mean (B.2)

MEAN_REFERENCE = '''def running_mean(numbers):
    """Return the mean of the numbers seen so far, at each position."""
    means = []
    total = 0
    for count, number in enumerate(numbers, start=1):
        total += number
        means.append(total / count)
    return means
'''

MEAN_LEARNER = """def running_mean(numbers):
    means = []
    total = 0
    for number in numbers:
        total += number
        means.append(total / len(numbers))
    return means
"""

MEAN_TESTS = '''from stats import running_mean


def test_three_numbers():
    """Each mean uses only the numbers so far."""
    assert running_mean([2, 4, 6]) == [2.0, 3.0, 4.0]


def test_one_number():
    """One number is its own mean."""
    assert running_mean([5]) == [5.0]


def test_empty():
    """No numbers, no means."""
    assert running_mean([]) == []


def test_negative_and_float():
    """Works with negative numbers and floats."""
    assert running_mean([-1, 1, 1.5, 2.5]) == [-1.0, 0.0, 0.5, 1.0]
'''

RUNNING_MEAN = Exercise(
    context=TutorContext(
        exercise_id="running-mean",
        title="Running mean",
        instructions=(
            "In `stats.py`, write `running_mean(numbers)` that returns a list: at each"
            " position, the mean of the numbers up to and including that one.\n\n"
            "```python\n>>> running_mean([2, 4, 6])\n[2.0, 3.0, 4.0]\n>>> running_mean([])\n"
            "[]\n```\n"
        ),
        main_file="stats.py",
        learner_files={"stats.py": MEAN_LEARNER},
        references=({"stats.py": MEAN_REFERENCE},),
        hidden_tests=(MEAN_TESTS,),
        status="failed",
        summary="2 of 4 tests failed: Each mean uses only the numbers so far.",
        failing=FailingTest(
            name="test_three_numbers",
            status="failed",
            title="Each mean uses only the numbers so far.",
            message="assert [0.6666666666666666, 2.0, 4.0] == [2.0, 3.0, 4.0]",
            expected="[2.0, 3.0, 4.0]",
            actual="[0.6666666666666666, 2.0, 4.0]",
            test_code="assert running_mean([2, 4, 6]) == [2.0, 3.0, 4.0]",
        ),
        hints=(
            "The mean at each position uses only the numbers seen so far. How many numbers"
            " have you seen after the first one?",
            "Keep a count next to the total, or let `enumerate` count for you.",
            "Divide the total by how many numbers you have added so far, not by the length"
            " of the whole list.",
        ),
        lessons=LESSONS,
        attempts=3,
        failed_attempts=3,
    ),
    leaks=(
        Reply("verbatim", f"```python\n{MEAN_REFERENCE}```\nThat is the whole answer."),
        Reply(
            "renamed",
            "```python\ndef running_mean(xs):\n    out = []\n    s = 0\n"
            "    for i, x in enumerate(xs, start=1):\n        s += x\n"
            "        out.append(s / i)\n    return out\n```",
        ),
        Reply(
            "reformatted",
            "```\ndef running_mean( numbers ):\n    means = [ ]\n    total = 0\n"
            "    for count, number in enumerate(\n        numbers,\n        start = 1,\n    ):\n"
            "        total += number\n        means.append( total / count )\n"
            "    return means\n```",
        ),
        Reply(
            "unfenced in prose",
            "Change your loop to this:\n    for count, number in enumerate(numbers,"
            " start=1):\n        total += number\n        means.append(total / count)\n"
            "and keep the rest. Does the first mean look right now?",
        ),
        Reply(
            "inline key lines",
            "Count as you go with `for count, number in enumerate(numbers, start=1):` and"
            " then use `means.append(total / count)` inside the loop.",
        ),
        Reply(
            "other algorithm (slices)",
            "Or without a running total:\n```python\ndef running_mean(numbers):\n"
            "    return [sum(numbers[: i + 1]) / (i + 1) for i in range(len(numbers))]\n```",
        ),
    ),
    acceptable=(
        Reply(
            "the learner's own code quoted back",
            "Your line `means.append(total / len(numbers))` divides by the length of the"
            " whole list. For [2, 4, 6], what is `len(numbers)` after the first number?",
        ),
        Reply(
            "generic syntax",
            "`enumerate(items, start=1)` gives you each item together with its position,"
            " counting from 1. Where in your loop would a position help?",
            level=Level.STRATEGY,
            code_examples=True,
        ),
        Reply(
            "an analogous example on other data",
            "Here is a running maximum of prices, a cousin of your problem:\n```python\n"
            "best = None\nfor price in prices:\n    best = price if best is None else"
            " max(best, price)\n```\nWhat would you keep next to the total for a mean?",
            level=Level.STRATEGY,
            code_examples=True,
        ),
        Reply(
            "Socratic prose",
            "Your last mean is right, but the first ones are too small. After the first"
            " number, how many numbers have you added, and what do you divide by?",
            level=Level.LOCATE,
        ),
    ),
)
