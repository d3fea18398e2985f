from pathlib import Path

import pytest

from bpe import merge, pair_counts, train

CORPUS = (Path(__file__).parent / "corpus.txt").read_text(encoding="utf-8")

FIRST_20_MERGES = [
    ((101, 32), 256),  # "e "
    ((116, 104), 257),  # "th"
    ((257, 256), 258),  # "the "
    ((32, 258), 259),  # " the "
    ((97, 107), 260),  # "ak"
    ((260, 101), 261),  # "ake"
    ((32, 97), 262),  # " a"
    ((259, 115), 263),  # " the s"
    ((116, 32), 264),  # "t "
    ((114, 32), 265),  # "r "
    ((115, 32), 266),  # "s "
    ((114, 101), 267),  # "re"
    ((111, 110), 268),  # "on"
    ((105, 110), 269),  # "in"
    ((46, 10), 270),  # ".\n"
    ((98, 261), 271),  # "bake"
    ((101, 110), 272),  # "en"
    ((271, 265), 273),  # "baker "
    ((97, 267), 274),  # "are"
    ((102, 105), 275),  # "fi"
]


def test_pair_counts_counts_neighbours():
    """pair_counts counts every pair of neighbours."""
    assert pair_counts([1, 2, 3, 1, 2]) == {(1, 2): 2, (2, 3): 1, (3, 1): 1}, (
        "pair_counts([1, 2, 3, 1, 2]) should be {(1, 2): 2, (2, 3): 1, (3, 1): 1}: the pairs of "
        "neighbours are (1, 2), (2, 3), (3, 1) and (1, 2) again"
    )
    assert pair_counts(list(b"hello")) == {(104, 101): 1, (101, 108): 1, (108, 108): 1, (108, 111): 1}, (
        'pair_counts(list(b"hello")) should count the four pairs he, el, ll and lo once each'
    )


def test_pair_counts_overlapping_and_short():
    """Pairs may overlap; fewer than two ids have no pairs."""
    assert pair_counts([7, 7, 7]) == {(7, 7): 2}, (
        "pair_counts([7, 7, 7]) should be {(7, 7): 2}: positions 0-1 and 1-2 are both (7, 7)"
    )
    assert pair_counts([5]) == {}, "pair_counts([5]) should be {}: one id has no neighbour"
    assert pair_counts([]) == {}, "pair_counts([]) should be {}"


def test_pair_counts_in_the_order_pairs_first_appear():
    """The dict lists the pairs in the order they first appear (the tie rule of train needs it)."""
    assert list(pair_counts([9, 4, 1, 9, 4, 2])) == [(9, 4), (4, 1), (1, 9), (4, 2)], (
        "list(pair_counts([9, 4, 1, 9, 4, 2])) should be [(9, 4), (4, 1), (1, 9), (4, 2)]: add "
        "each pair to the dict the first time you meet it, going from left to right"
    )


def test_merge_replaces_every_occurrence():
    """merge puts new_id in place of every occurrence of the pair."""
    assert merge([1, 2, 3, 1, 2], (1, 2), 256) == [256, 3, 256], (
        "merge([1, 2, 3, 1, 2], (1, 2), 256) should be [256, 3, 256]"
    )
    assert merge([5, 1, 2], (1, 2), 300) == [5, 300], (
        "merge([5, 1, 2], (1, 2), 300) should be [5, 300]: a pair at the very end is merged too"
    )
    assert merge([2, 1, 3], (1, 2), 256) == [2, 1, 3], (
        "merge([2, 1, 3], (1, 2), 256) should be [2, 1, 3]: (2, 1) is not the pair (1, 2)"
    )


def test_merge_goes_left_to_right_without_overlaps():
    """In a run like 7 7 7, the leftmost pair is merged and the last 7 stays."""
    assert merge([7, 7, 7], (7, 7), 256) == [256, 7], (
        "merge([7, 7, 7], (7, 7), 256) should be [256, 7]: after merging a pair, carry on "
        "after both of its ids, so the middle 7 is not used twice"
    )
    assert merge([7, 7, 7, 7], (7, 7), 256) == [256, 256], "merge([7, 7, 7, 7], (7, 7), 256) should be [256, 256]"


def test_merge_makes_a_new_list():
    """merge returns a new list and leaves the one it was given as it was."""
    ids = [1, 2, 3, 1, 2]
    merge(ids, (1, 2), 256)
    assert ids == [1, 2, 3, 1, 2], "merge should not change the list it is given: build a new list"


def test_train_on_a_tiny_text():
    """train merges the most frequent pair, again and again; a tie goes to the pair seen first."""
    assert train("aaabdaaabac", 259) == {(97, 97): 256, (256, 97): 257, (257, 98): 258}, (
        'train("aaabdaaabac", 259) should be {(97, 97): 256, (256, 97): 257, (257, 98): 258}: '
        '"aa" comes 4 times, so it becomes 256; then (256, 97) and (97, 98) both come twice, and '
        "the tie goes to (256, 97), the pair that appears first"
    )


def test_train_works_on_bytes():
    """train counts the UTF-8 bytes of the text, not its characters."""
    assert train("ééé", 257) == {(195, 169): 256}, (
        'train("ééé", 257) should be {(195, 169): 256}: in UTF-8, é is the two bytes 195 and 169, '
        "and that pair occurs three times. Start from list(text.encode(\"utf-8\")); ord(\"é\") is "
        "233, the number of the character, not a byte"
    )


def test_train_breaks_ties_by_first_appearance():
    """When pairs are equally frequent, the one that appears first in the text wins."""
    assert train("cdabcdab", 257) == {(99, 100): 256}, (
        'train("cdabcdab", 257) should be {(99, 100): 256}: "cd", "da" and "ab" all come twice, '
        'and "cd" appears first. max(counts, key=counts.get) keeps the first of equal counts'
    )


def test_train_stops_when_no_pair_repeats():
    """Training stops early when no pair occurs at least twice."""
    assert train("abab", 300) == {(97, 98): 256}, (
        'train("abab", 300) should be {(97, 98): 256}: after merging "ab" the text is [256, 256], '
        "whose only pair occurs once; merging it saves nothing, so training stops"
    )
    assert train("abcd", 300) == {}, 'train("abcd", 300) should be {}: no pair occurs twice'
    assert train("", 300) == {}, 'train("", 300) should be {}: an empty text has no pairs'


def test_train_with_no_room_for_merges():
    """vocab_size 256 leaves room for the 256 bytes only; below that is an error."""
    assert train("aaaa", 256) == {}, 'train("aaaa", 256) should be {}: the 256 bytes fill the vocabulary'
    assert train("aaaa", 257) == {(97, 97): 256}, 'train("aaaa", 257) should learn exactly one merge'
    with pytest.raises(ValueError) as caught:
        train("aaaa", 255)
        pytest.fail(
            'train("aaaa", 255) should raise ValueError: every one of the 256 bytes needs a token',
            pytrace=False,
        )
    assert str(caught.value) == "vocab_size must be at least 256: one token for every byte", (
        'train("aaaa", 255) should raise ValueError("vocab_size must be at least 256: one token '
        'for every byte")'
    )


def test_train_on_the_corpus():
    """On corpus.txt the first 20 merges are "e ", "th", "the ", " the " and so on."""
    merges = train(CORPUS, 276)
    assert type(merges) is dict, "train should return a dict that maps each merged pair to its new id"
    assert list(merges.items()) == FIRST_20_MERGES, (
        "train(corpus, 276) should learn 20 merges, in this order: (101, 32) 'e ' -> 256, "
        "(116, 104) 'th' -> 257, (257, 256) 'the ' -> 258, (32, 258) ' the ' -> 259, ... "
        "Train on text.encode('utf-8'), merge the most frequent pair each round, and give the "
        "new ids 256, 257, 258 in turn"
    )


def test_train_on_the_corpus_until_nothing_repeats():
    """With room for 1000 tokens, training on corpus.txt stops after 88 merges."""
    merges = train(CORPUS, 1000)
    assert len(merges) == 88, (
        f"train(corpus, 1000) learned {len(merges)} merges; it should stop after 88, when no "
        "pair occurs twice any more"
    )
    assert list(merges.items())[-1] == ((32, 303), 343), "The 88th merge should be (32, 303) -> 343"
