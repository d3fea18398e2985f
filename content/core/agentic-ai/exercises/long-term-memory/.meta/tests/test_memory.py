"""The checks fill a memory store with facts about a traveller and ask it to recall them."""

import math

import pytest

import memory


def store(*facts):
    """A MemoryStore with the facts (text, or (text, vector)) remembered in this order."""
    kept = memory.MemoryStore()
    for fact in facts:
        if isinstance(fact, tuple):
            kept.remember(*fact)
        else:
            kept.remember(fact)
    return kept


def test_words():
    """Lower-case runs of letters and digits, at least 3 characters, each once."""
    assert memory.words("Ada's 2 cats drink TEA at home, at 100 km/h!") == {
        "ada", "cats", "drink", "tea", "home", "100"
    }, (
        "words(\"Ada's 2 cats drink TEA at home, at 100 km/h!\") should be {'ada', 'cats', "
        "'drink', 'tea', 'home', '100'}: lower case, [a-z0-9]+, and only words of at least 3 "
        "characters ('s', '2', 'at', 'km' and 'h' are too short)"
    )
    assert memory.words("") == set(), "words('') should be an empty set"


def test_cosine():
    """a . b / (|a| |b|), 0.0 for a zero vector, ValueError for different lengths."""
    cases = [
        ([1.0, 0.0], [3.0, 0.0], 1.0, "same direction"),
        ([1.0, 0.0], [0.0, 2.0], 0.0, "at a right angle"),
        ([1.0, 2.0], [-2.0, -4.0], -1.0, "opposite directions"),
        ([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], 32 / math.sqrt(14 * 77), "32 / sqrt(14 * 77)"),
        ([3.0, 4.0], [4.0, 3.0], 0.96, "24 / (5 * 5)"),
    ]
    for a, b, expected, why in cases:
        assert memory.cosine(a, b) == pytest.approx(expected), f"cosine({a}, {b}) should be {expected} ({why})"
    assert memory.cosine([0.0, 0.0], [1.0, 2.0]) == 0.0, "cosine of a zero vector should be 0.0, not a ZeroDivisionError"
    assert memory.cosine([1.0, 2.0], [0.0, 0.0]) == 0.0, "cosine with a zero vector should be 0.0"
    with pytest.raises(ValueError):
        memory.cosine([1.0, 2.0], [1.0, 2.0, 3.0])


def test_recall_by_shared_words():
    """The facts sharing the most distinct words with the question come first."""
    kept = store(
        "Ada lives in Lisbon",
        "Ada prefers window seats on trains",
        "Ada drinks tea, green tea, mint tea",
        "Ada likes tea and coffee",
        "The office is in Porto",
    )
    assert kept.recall("Which seats does Ada like on trains?") == [
        "Ada prefers window seats on trains",
        "Ada likes tea and coffee",
        "Ada drinks tea, green tea, mint tea",
    ], (
        "recall('Which seats does Ada like on trains?') should put the fact with three shared "
        "words (ada, seats, trains) first, then facts with one (ada), newest first, at most 3"
    )
    assert kept.recall("Tea or coffee?") == ["Ada likes tea and coffee", "Ada drinks tea, green tea, mint tea"], (
        "recall('Tea or coffee?'): 'Ada likes tea and coffee' shares two words; the other tea "
        "fact shares one, however often it says 'tea': count distinct words, with sets"
    )


def test_ties_newest_first():
    """Between facts with the same score, the newest comes first."""
    kept = store("Ada flew to Oslo", "Ada took the train to Oslo", "Ada drove to Oslo")
    assert kept.recall("Oslo", limit=5) == ["Ada drove to Oslo", "Ada took the train to Oslo", "Ada flew to Oslo"], (
        "All three facts share one word with 'Oslo': the newest remembered should come first"
    )


def test_recall_limits():
    """At most limit facts (3 by default); none when no word is shared."""
    kept = store(*[f"Ada visited city number {n}" for n in range(1, 7)])
    assert len(kept.recall("Ada")) == 3, "By default recall should give at most 3 facts"
    assert kept.recall("Ada", limit=1) == ["Ada visited city number 6"], "recall('Ada', limit=1) gives only the newest"
    assert len(kept.recall("Ada", limit=5)) == 5, "recall('Ada', limit=5) should give 5 facts"
    assert kept.recall("Which bus?") == [], "A question sharing no word with any fact should recall nothing: []"
    assert kept.recall("is on at") == [], "Words shorter than 3 characters do not count, so 'is on at' recalls nothing"


def test_remembering_again():
    """A fact remembered again is kept once, as the newest, with its new vector."""
    kept = store(("Ada lives in Lisbon", [1.0, 0.0]), ("Ada lives in Porto", [0.0, 1.0]), ("Ada lives in Lisbon", [0.0, 1.0]))
    assert kept.recall("Where does Ada live? Lisbon?", limit=5) == ["Ada lives in Lisbon", "Ada lives in Porto"], (
        "'Ada lives in Lisbon' was remembered twice: it should be there once, first (two words "
        "shared), and 'Ada lives in Porto' once after it"
    )
    assert kept.recall("Ada", limit=5) == ["Ada lives in Lisbon", "Ada lives in Porto"], (
        "A fact remembered again becomes the newest: on a tie it comes first"
    )
    assert kept.recall_similar([0.0, 1.0]) == ["Ada lives in Lisbon", "Ada lives in Porto"], (
        "Remembering a fact again keeps its new vector: [0.0, 1.0] now matches both facts, the newest first"
    )


def test_recall_similar():
    """By cosine: the most similar first, only from min_score, facts without a vector skipped."""
    kept = store(
        ("Ada prefers window seats on trains", [1.0, 0.0, 0.0]),
        ("Ada is allergic to peanuts", [0.0, 1.0, 0.0]),
        "Ada's passport number ends in 42",
        ("Ada lives in Lisbon", [0.6, 0.8, 0.0]),
        ("Ada speaks Portuguese", [0.8, 0.6, 0.0]),
    )
    assert kept.recall_similar([1.0, 0.0, 0.0], limit=5) == [
        "Ada prefers window seats on trains",
        "Ada speaks Portuguese",
        "Ada lives in Lisbon",
    ], (
        "recall_similar([1, 0, 0]) should rank by cosine: 1.0 (seats), 0.8 (Portuguese), 0.6 "
        "(Lisbon); peanuts (0.0) is below min_score 0.5, the passport fact has no vector"
    )
    assert kept.recall_similar([1.0, 0.0, 0.0], limit=1) == ["Ada prefers window seats on trains"], "limit=1 gives only the best"
    assert kept.recall_similar([0.0, 0.0, 1.0]) == [], "No fact is similar to [0, 0, 1]: []"
    exact = store(("Ada speaks Portuguese", [4.0, 3.0]), ("Ada speaks Danish", [1.0, 0.0]))
    assert exact.recall_similar([3.0, 4.0], min_score=0.96) == ["Ada speaks Portuguese"], (
        "With min_score=0.96, a cosine of exactly 0.96 ([4, 3] against [3, 4]: 24 / 25) should "
        "be kept: 'at least min_score' is >="
    )


def test_recall_similar_defaults_and_ties():
    """The defaults are limit=3 and min_score=0.5; ties are newest first."""
    kept = store(
        ("Ada flew to Oslo", [1.0, 0.0]),
        ("Ada took the train to Oslo", [2.0, 0.0]),
        ("Ada drove to Oslo", [3.0, 0.0]),
        ("Ada walked to Oslo", [4.0, 0.0]),
        ("Ada likes fjords", [0.55, 0.835]),  # cosine with [1, 0]: 0.55
        ("Ada likes snow", [0.45, 0.893]),  # cosine with [1, 0]: 0.45
    )
    assert kept.recall_similar([1.0, 0.0]) == ["Ada walked to Oslo", "Ada drove to Oslo", "Ada took the train to Oslo"], (
        "Four facts have cosine 1.0 with [1, 0]: the default limit is 3, newest first"
    )
    assert kept.recall_similar([1.0, 0.0], limit=10) == [
        "Ada walked to Oslo",
        "Ada drove to Oslo",
        "Ada took the train to Oslo",
        "Ada flew to Oslo",
        "Ada likes fjords",
    ], "By default min_score is 0.5: 'fjords' (about 0.55) is kept, 'snow' (about 0.45) is not"
