import pytest

from embeddings import analogy, cosine_similarity, nearest

# Five made-up features per word: royal, male (-1 female), animal, vehicle, young.
WORDS = {
    "king": [0.9, 0.9, 0.0, 0.0, 0.1],
    "queen": [0.9, -0.9, 0.0, 0.0, 0.1],
    "man": [0.1, 0.9, 0.1, 0.0, 0.2],
    "woman": [0.1, -0.9, 0.1, 0.0, 0.2],
    "prince": [0.8, 0.8, 0.0, 0.0, 0.7],
    "princess": [0.8, -0.8, 0.0, 0.0, 0.7],
    "boy": [0.05, 0.8, 0.1, 0.0, 0.9],
    "girl": [0.05, -0.8, 0.1, 0.0, 0.9],
    "cat": [0.0, 0.05, 0.9, 0.1, 0.1],
    "kitten": [0.0, 0.05, 0.85, 0.0, 0.7],
    "dog": [0.0, 0.1, 0.9, 0.2, 0.1],
    "puppy": [0.0, 0.1, 0.85, 0.1, 0.75],
    "car": [0.0, 0.0, 0.0, 1.0, 0.05],
    "truck": [0.05, 0.1, 0.0, 0.95, 0.0],
}


def test_same_direction_is_one():
    """Vectors that point the same way have similarity 1, whatever their lengths."""
    assert cosine_similarity([1.0, 2.0], [2.0, 4.0]) == pytest.approx(1.0), (
        "cosine_similarity([1, 2], [2, 4]) should be 1.0: [2, 4] is [1, 2] made twice as long, "
        "so they point the same way. Divide the dot product by both lengths"
    )
    assert cosine_similarity([0.5, 0.5, 0.5], [3.0, 3.0, 3.0]) == pytest.approx(1.0), (
        "cosine_similarity([0.5, 0.5, 0.5], [3, 3, 3]) should be 1.0"
    )


def test_right_angle_and_opposite():
    """At a right angle the similarity is 0; pointing opposite ways it is -1."""
    assert cosine_similarity([1.0, 0.0], [0.0, 5.0]) == pytest.approx(0.0), (
        "cosine_similarity([1, 0], [0, 5]) should be 0.0: the dot product 1*0 + 0*5 is 0"
    )
    assert cosine_similarity([1.0, -2.0], [-3.0, 6.0]) == pytest.approx(-1.0), (
        "cosine_similarity([1, -2], [-3, 6]) should be -1.0: the vectors point opposite ways"
    )


def test_vectors_of_different_lengths():
    """The dot product is divided by the length of a times the length of b."""
    assert cosine_similarity([3.0, 4.0], [1.0, 0.0]) == pytest.approx(0.6), (
        "cosine_similarity([3, 4], [1, 0]) should be 0.6: the dot product is 3, the lengths "
        "are 5 and 1, and 3 / (5 * 1) = 0.6. Length = math.sqrt(sum of the squares)"
    )
    assert cosine_similarity([1.0, 1.0], [0.0, 2.0]) == pytest.approx(0.7071, abs=1e-4), (
        "cosine_similarity([1, 1], [0, 2]) should be about 0.7071: 2 / (sqrt(2) * 2)"
    )
    assert cosine_similarity(WORDS["king"], WORDS["prince"]) == pytest.approx(0.8889, abs=1e-4), (
        "The similarity of king and prince should be about 0.8889"
    )


def test_different_sizes_are_an_error():
    """Vectors with different numbers of values raise ValueError."""
    with pytest.raises(ValueError) as caught:
        cosine_similarity([1.0, 2.0, 3.0], [1.0, 2.0])
        pytest.fail(
            "cosine_similarity([1, 2, 3], [1, 2]) should raise ValueError: the vectors must have "
            "the same number of values (zip would quietly drop the extra one)",
            pytrace=False,
        )
    assert str(caught.value) == "vectors of different lengths: 3 and 2", (
        "cosine_similarity([1, 2, 3], [1, 2]) should raise ValueError with the message "
        "'vectors of different lengths: 3 and 2'"
    )


def test_a_zero_vector_is_an_error():
    """A vector of zeros has no direction: ValueError, not ZeroDivisionError."""
    for a, b in [([0.0, 0.0], [1.0, 2.0]), ([1.0, 2.0], [0.0, 0.0])]:
        try:
            cosine_similarity(a, b)
        except ValueError as error:
            assert str(error) == "a zero vector has no direction", (
                f"cosine_similarity({a}, {b}) should raise ValueError with the message "
                "'a zero vector has no direction'"
            )
            continue
        except ZeroDivisionError:
            pass
        pytest.fail(
            f"cosine_similarity({a}, {b}) should raise ValueError: a vector of zeros has length 0 "
            "and no direction. Check each length before you divide",
            pytrace=False,
        )


def test_nearest_words_most_similar_first():
    """nearest gives the k most similar other words, the most similar first."""
    assert nearest("king", WORDS, 3) == ["prince", "man", "boy"], (
        'nearest("king", WORDS, 3) should be ["prince", "man", "boy"]: the three other words '
        "with the highest cosine similarity to king, highest first (king itself is left out)"
    )
    assert nearest("kitten", WORDS, 2) == ["puppy", "cat"], (
        'nearest("kitten", WORDS, 2) should be ["puppy", "cat"]'
    )
    assert nearest("truck", WORDS, 1) == ["car"], 'nearest("truck", WORDS, 1) should be ["car"]'


def test_nearest_gives_three_by_default():
    """Without k, nearest gives three words."""
    assert nearest("cat", WORDS) == ["dog", "kitten", "puppy"], (
        'nearest("cat", WORDS) should be ["dog", "kitten", "puppy"]: k is 3 when it is not given'
    )


def test_nearest_with_k_above_the_table():
    """A k larger than the table gives every other word, in order."""
    small = {word: WORDS[word] for word in ["car", "truck", "dog"]}
    assert nearest("car", small, 10) == ["truck", "dog"], (
        'nearest("car", {car, truck, dog}, 10) should be ["truck", "dog"]: every other word'
    )


def test_nearest_ties_in_alphabetical_order():
    """Words with the same similarity come in alphabetical order."""
    table = {
        "lorry": [0.0, 1.0],
        "van": [1.0, 1.0],
        "truck": [0.0, 1.0],
        "bus": [1.0, 1.0],
        "car": [1.0, 0.5],
    }
    assert nearest("car", table, 4) == ["bus", "van", "lorry", "truck"], (
        'nearest("car", ..., 4) should be ["bus", "van", "lorry", "truck"]: bus and van have the '
        "same vector, so the same similarity; a tie goes in alphabetical order (sort by "
        "similarity, highest first, then by the word)"
    )


def test_analogy_king_queen():
    """man is to king as woman is to queen: the word closest to king - man + woman."""
    assert analogy("man", "king", "woman", WORDS) == "queen", (
        'analogy("man", "king", "woman", WORDS) should be "queen": take the vector of king, '
        "subtract man, add woman, and find the word closest to the result"
    )
    assert analogy("cat", "kitten", "dog", WORDS) == "puppy", (
        'analogy("cat", "kitten", "dog", WORDS) should be "puppy": kitten - cat + dog'
    )
    assert analogy("king", "man", "queen", WORDS) == "woman", (
        'analogy("king", "man", "queen", WORDS) should be "woman": man - king + queen'
    )


def test_analogy_leaves_out_its_own_words():
    """The answer is never one of the three words of the question."""
    assert analogy("car", "truck", "king", WORDS) == "prince", (
        'analogy("car", "truck", "king", WORDS) should be "prince": truck - car + king is '
        "closest to king itself, but the three words of the question are left out"
    )
