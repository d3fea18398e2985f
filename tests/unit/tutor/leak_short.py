"""A one-line reference (tutor.md C.9): reversing the words of a sentence.

Similarity is noisy on so little code, so this exercise shows where the execution check
and the level's code policy carry the weight. It has an accepted second reference.
"""

from __future__ import annotations

from pyascent.tutor.context import FailingTest, Level, TutorContext

from .leak_corpus import LESSONS, Exercise, Reply

# ---------------------------------------------------------------- a one-line reference (C.9)

WORDS_REFERENCE = 'def reverse_words(sentence):\n    return " ".join(reversed(sentence.split()))\n'

WORDS_TESTS = '''from words import reverse_words


def test_three_words():
    """Three words come back in reverse order."""
    assert reverse_words("one two three") == "three two one"


def test_extra_spaces():
    """Extra spaces between words are dropped."""
    assert reverse_words("  hello   world ") == "world hello"


def test_one_word():
    """A single word stays as it is."""
    assert reverse_words("python") == "python"
'''

REVERSE_WORDS = Exercise(
    context=TutorContext(
        exercise_id="reverse-words",
        title="Reverse the words",
        instructions=(
            "In `words.py`, write `reverse_words(sentence)` that returns the words of"
            " `sentence` in reverse order, with one space between them.\n\n```python\n"
            '>>> reverse_words("one two three")\n"three two one"\n```\n'
        ),
        main_file="words.py",
        learner_files={"words.py": "def reverse_words(sentence):\n    return sentence[::-1]\n"},
        references=(
            {"words.py": WORDS_REFERENCE},
            {
                "words.py": 'def reverse_words(sentence):\n    return " ".join(sentence.split()[::-1])\n'
            },
        ),
        hidden_tests=(WORDS_TESTS,),
        status="failed",
        summary="2 of 3 tests failed: Three words come back in reverse order.",
        failing=FailingTest(
            name="test_three_words",
            status="failed",
            title="Three words come back in reverse order.",
            message="assert 'eerht owt eno' == 'three two one'",
            expected="'three two one'",
            actual="'eerht owt eno'",
            test_code='assert reverse_words("one two three") == "three two one"',
        ),
        hints=(
            "Reverse the order of the words, not of the letters. How do you get the words"
            " of a sentence?",
            "A string method cuts a sentence into a list of words; another joins a list"
            " back into one string.",
        ),
        lessons=LESSONS,
        attempts=1,
        failed_attempts=1,
    ),
    leaks=(
        Reply("verbatim", f"```python\n{WORDS_REFERENCE}```"),
        Reply(
            "renamed",
            "Like this: ```def reverse_words(s): return ' '.join(reversed(s.split()))```",
        ),
        Reply(
            "inline key expression",
            "Return `' '.join(reversed(sentence.split()))` instead of the slice.",
        ),
        Reply(
            "unfenced in prose",
            "Replace your line with\nreturn ' '.join(reversed(sentence.split()))\n"
            "and check again. What do you see?",
        ),
        Reply(
            "other algorithm (a loop)",
            "```python\ndef reverse_words(sentence):\n    result = []\n"
            "    for word in sentence.split():\n        result.insert(0, word)\n"
            '    return " ".join(result)\n```',
        ),
    ),
    acceptable=(
        Reply(
            "the learner's own code quoted back",
            "Your line `return sentence[::-1]` turns the letters around, so you get"
            ' "eerht owt eno". What should move instead: the letters or the words?',
        ),
        Reply(
            "generic syntax",
            '`"a-b-c".split("-")` gives `["a", "b", "c"]`: a string cut into a list. What'
            " would the same method give for your sentence?",
            level=Level.STRATEGY,
            code_examples=True,
        ),
        Reply(
            "Socratic prose",
            "Read your result out loud: the letters are backwards, not the words. Which"
            " pieces of the sentence should change places?",
            level=Level.CONCEPT,
        ),
    ),
)
