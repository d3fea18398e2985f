"""The checks chunk texts whose word boundaries they know, and compare BM25 scores with the
formula computed here, step by step, on a small corpus."""

import math

import pytest

import bm25

CORPUS = [
    "The night train to Porto leaves Lisbon at ten.",
    "Lisbon trams climb steep hills; tram 28 is the famous one.",
    "Porto is famous for port wine and for its bridges over the Douro.",
    "Book train tickets online, or at the station before you board the train.",
    "The Douro valley grows the grapes for port wine.",
    "Trains to Faro leave Lisbon every two hours.",
]


def words_of(text):
    return [w for w in "".join(c if c.isalnum() else " " for c in text.lower()).split()]


def reference_idf(chunks, term):
    n = sum(1 for chunk in chunks if term in words_of(chunk))
    return math.log(1 + (len(chunks) - n + 0.5) / (n + 0.5))


def reference_score(chunks, query, index, k1=1.5, b=0.75):
    average = sum(len(words_of(chunk)) for chunk in chunks) / len(chunks)
    chunk = words_of(chunks[index])
    total = 0.0
    for term in sorted(set(words_of(query))):
        f = chunk.count(term)
        total += reference_idf(chunks, term) * f * (k1 + 1) / (f + k1 * (1 - b + b * len(chunk) / average))
    return total


def test_tokens():
    """Lower-case runs of letters and digits."""
    assert bm25.tokens("Tram 28: Lisbon's FAMOUS tram!") == ["tram", "28", "lisbon", "s", "famous", "tram"], (
        "tokens(\"Tram 28: Lisbon's FAMOUS tram!\") should be ['tram', '28', 'lisbon', 's', 'famous', "
        "'tram']: re.findall(r'[a-z0-9]+', text.lower()), repeats kept"
    )


@pytest.mark.parametrize(
    ("size", "overlap", "expected"),
    [
        (4, 1, ["w1 w2 w3 w4", "w4 w5 w6 w7", "w7 w8 w9 w10"]),
        (4, 2, ["w1 w2 w3 w4", "w3 w4 w5 w6", "w5 w6 w7 w8", "w7 w8 w9 w10"]),
        (4, 0, ["w1 w2 w3 w4", "w5 w6 w7 w8", "w9 w10"]),
        (3, 2, ["w1 w2 w3", "w2 w3 w4", "w3 w4 w5", "w4 w5 w6", "w5 w6 w7", "w6 w7 w8", "w7 w8 w9", "w8 w9 w10"]),
        (10, 3, ["w1 w2 w3 w4 w5 w6 w7 w8 w9 w10"]),
        (12, 5, ["w1 w2 w3 w4 w5 w6 w7 w8 w9 w10"]),
        (1, 0, [f"w{n}" for n in range(1, 11)]),
        (6, 5, ["w1 w2 w3 w4 w5 w6", "w2 w3 w4 w5 w6 w7", "w3 w4 w5 w6 w7 w8", "w4 w5 w6 w7 w8 w9", "w5 w6 w7 w8 w9 w10"]),
    ],
)
def test_chunk_boundaries(size, overlap, expected):
    """Ten words cut into chunks: each starts size - overlap words after the one before."""
    text = " ".join(f"w{n}" for n in range(1, 11))
    chunks = bm25.chunk_words(text, size, overlap)
    assert chunks == expected, (
        f"chunk_words(<w1 .. w10>, size={size}, overlap={overlap}) should be {expected}: chunks "
        f"start every {size - overlap} words, and the last chunk is the first that reaches the end"
    )


def test_chunk_white_space_and_short_texts():
    """Words are split on any white space and joined by one space; short texts give one chunk."""
    assert bm25.chunk_words("Lisbon  trams\nclimb\tsteep hills", 3, 1) == ["Lisbon trams climb", "climb steep hills"], (
        "Split on any white space (text.split()) and join each chunk's words with one space"
    )
    assert bm25.chunk_words("Tram 28", 5, 2) == ["Tram 28"], "A text shorter than size is one chunk"
    assert bm25.chunk_words("", 5, 2) == [], "An empty text has no chunks: []"
    assert bm25.chunk_words("   \n ", 5, 2) == [], "A text of white space has no chunks: []"


@pytest.mark.parametrize(("size", "overlap"), [(0, 0), (-2, 0), (4, 4), (4, 7), (4, -1)])
def test_chunk_settings_that_make_no_sense(size, overlap):
    """size below 1, or overlap outside 0 .. size - 1: ValueError."""
    with pytest.raises(ValueError) as raised:
        bm25.chunk_words("one two three four five", size, overlap)
    assert str(raised.value) == "size must be at least 1, and overlap from 0 to size - 1", (
        f"chunk_words(..., size={size}, overlap={overlap}) should raise ValueError('size must be at "
        f"least 1, and overlap from 0 to size - 1') before cutting anything, not {str(raised.value)!r}"
    )


def test_idf():
    """idf(term) = log(1 + (N - n + 0.5) / (n + 0.5))."""
    index = bm25.BM25Index(CORPUS)
    for term in ["lisbon", "the", "douro", "tram", "ferry"]:
        expected = reference_idf(CORPUS, term)
        assert index.idf(term) == pytest.approx(expected), (
            f"idf({term!r}) should be {expected:.6f}: N = 6 chunks, n = the number of chunks that "
            f"contain {term!r}, idf = log(1 + (N - n + 0.5) / (n + 0.5))"
        )


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("train to Porto", 0),
        ("train to Porto", 3),
        ("train to Porto", 5),
        ("port wine", 2),
        ("port wine", 4),
        ("PORT, wine!", 4),
        ("the the the Douro", 2),
        ("famous tram", 1),
        ("ferry", 0),
    ],
)
def test_scores(query, index):
    """Scores match the BM25 formula with k1 = 1.5 and b = 0.75."""
    expected = reference_score(CORPUS, query, index)
    actual = bm25.BM25Index(CORPUS).score(query, index)
    assert actual == pytest.approx(expected), (
        f"score({query!r}, {index}) should be {expected:.6f}: the sum, over the DISTINCT words of "
        "the query, of idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / average length)), "
        "with f the word's count in the chunk and lengths counted in tokens"
    )


def test_the_parameters():
    """k1 and b change the score as the formula says."""
    for k1, b in [(1.2, 0.0), (2.0, 1.0), (0.5, 0.3)]:
        index = bm25.BM25Index(CORPUS, k1=k1, b=b)
        for query, number in [("train", 3), ("the Douro", 4), ("Lisbon", 1)]:
            expected = reference_score(CORPUS, query, number, k1, b)
            assert index.score(query, number) == pytest.approx(expected), (
                f"With k1={k1} and b={b}, score({query!r}, {number}) should be {expected:.6f}"
            )


def test_one_chunk():
    """An index of a single chunk: its average length is its own length."""
    index = bm25.BM25Index(["Trams climb the hills of Lisbon"])
    expected = reference_score(["Trams climb the hills of Lisbon"], "Lisbon trams", 0)
    assert index.score("Lisbon trams", 0) == pytest.approx(expected), f"The score should be {expected:.6f}"


def test_search():
    """The best chunks first, only scores above 0, at most limit (3 by default)."""
    index = bm25.BM25Index(CORPUS)
    scores = {number: reference_score(CORPUS, "train to Porto", number) for number in range(len(CORPUS))}
    best = sorted((n for n in scores if scores[n] > 0), key=lambda n: -scores[n])
    results = index.search("train to Porto")
    assert [number for number, _ in results] == best[:3], (
        f"search('train to Porto') should give chunks {best[:3]}, best first, at most 3"
    )
    for number, score in results:
        assert score == pytest.approx(scores[number]), f"The score of chunk {number} should be {scores[number]:.6f}"
    assert [n for n, _ in index.search("train to Porto", limit=10)] == best, (
        f"With limit=10 every chunk with a score above 0 should come: {best}"
    )
    assert [n for n, _ in index.search("port wine", limit=1)] == [4], "search('port wine', limit=1) should give only chunk 4"
    assert index.search("ferry from Madeira") == [], "No chunk holds ferry, from or madeira: search should give []"


def test_ties_keep_the_order_of_the_chunks():
    """Chunks with the same score come in the order of the index."""
    chunks = ["Nothing here.", "Tram 28 climbs.", "Ferries cross.", "Tram 28 climbs."]
    results = bm25.BM25Index(chunks).search("tram", limit=5)
    assert [n for n, _ in results] == [1, 3], "Chunks 1 and 3 are the same: on a tie, the lower number comes first"


def test_an_empty_index():
    """An index of no chunks finds nothing."""
    assert bm25.BM25Index([]).search("tram") == [], "BM25Index([]).search('tram') should be []"
