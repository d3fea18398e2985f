import pytest

from tokenizer import decode, encode, vocabulary

# The first 20 merges that train() learns from the baker's corpus (exercise bpe-train).
MERGES = {
    (101, 32): 256,  # "e "
    (116, 104): 257,  # "th"
    (257, 256): 258,  # "the "
    (32, 258): 259,  # " the "
    (97, 107): 260,  # "ak"
    (260, 101): 261,  # "ake"
    (32, 97): 262,  # " a"
    (259, 115): 263,  # " the s"
    (116, 32): 264,  # "t "
    (114, 32): 265,  # "r "
    (115, 32): 266,  # "s "
    (114, 101): 267,  # "re"
    (111, 110): 268,  # "on"
    (105, 110): 269,  # "in"
    (46, 10): 270,  # ".\n"
    (98, 261): 271,  # "bake"
    (101, 110): 272,  # "en"
    (271, 265): 273,  # "baker "
    (97, 267): 274,  # "are"
    (102, 105): 275,  # "fi"
}
SPECIAL = {"<|endoftext|>": 276, "<|user|>": 277}
# Merges that cut the two bytes of "è" (195, 168) apart: "r" + 195, then 168 + "m".
SPLIT_E_GRAVE = {(114, 195): 256, (168, 109): 257}


def test_vocabulary_gives_the_bytes_of_every_token():
    """vocabulary maps 0-255 to their single bytes and each merged id to the bytes of its pair."""
    vocab = vocabulary(MERGES)
    assert type(vocab) is dict and len(vocab) == 276, (
        "vocabulary(MERGES) should have 276 entries: the 256 bytes and the 20 merges"
    )
    assert vocab[65] == b"A" and vocab[0] == b"\x00" and vocab[255] == b"\xff", (
        "vocabulary(...)[65] should be b'A': ids 0 to 255 are bytes([id])"
    )
    assert (vocab[256], vocab[258], vocab[273]) == (b"e ", b"the ", b"baker "), (
        "vocabulary(MERGES) should give 256 -> b'e ', 258 -> b'the ' and 273 -> b'baker ': a "
        "merged token is the bytes of its first id followed by the bytes of its second"
    )


def test_encode_merges_in_the_order_learnt():
    """encode turns text into bytes and applies the merges, the earliest learnt first."""
    assert encode("abc", {(98, 99): 256, (97, 98): 257}) == [97, 256], (
        'encode("abc", {(98, 99): 256, (97, 98): 257}) should be [97, 256]: (98, 99) was learnt '
        "first (its id is lower), so it is merged first; after that (97, 98) is gone"
    )
    assert encode("the baker bakes the cake", MERGES) == [258, 273, 271, 115, 259, 99, 261], (
        'encode("the baker bakes the cake", MERGES) should be [258, 273, 271, 115, 259, 99, 261]: '
        "'the ', 'baker ', 'bake', 's', ' the ', 'c', 'ake'"
    )


def test_encode_short_texts():
    """An empty text, one byte and one merged pair."""
    assert encode("", MERGES) == [], 'encode("", MERGES) should be []'
    assert encode("a", MERGES) == [97], 'encode("a", MERGES) should be [97]: one byte, nothing to merge'
    assert encode("ab", {(97, 98): 256}) == [256], (
        'encode("ab", {(97, 98): 256}) should be [256]: two bytes make one pair, which is merged'
    )
    assert encode("xyz", MERGES) == [120, 121, 122], 'encode("xyz", MERGES) should be the plain bytes [120, 121, 122]'


def test_encode_any_text():
    """Text the merges never saw still encodes, byte by byte."""
    assert encode("été 🙂", MERGES) == [195, 169, 116, 195, 169, 32, 240, 159, 153, 130], (
        'encode("été 🙂", MERGES) should be its UTF-8 bytes [195, 169, 116, 195, 169, 32, 240, 159, '
        "153, 130]: no merge applies, and every byte is a token"
    )


def test_special_tokens_stay_whole():
    """A special token in the text becomes its own id."""
    ids = encode("the cake<|endoftext|>the baker", MERGES, SPECIAL)
    assert ids == [258, 99, 261, 276, 258, 271, 114], (
        'encode("the cake<|endoftext|>the baker", MERGES, SPECIAL) should be '
        "[258, 99, 261, 276, 258, 271, 114]: <|endoftext|> becomes 276, and the text on each "
        "side of it is encoded on its own"
    )


def test_several_special_tokens():
    """Every special token is found, wherever it is, and nothing merges across one."""
    ids = encode("<|user|>a cake<|endoftext|><|user|>the", MERGES, SPECIAL)
    assert ids == [277, 97, 32, 99, 261, 276, 277, 257, 101], (
        'encode("<|user|>a cake<|endoftext|><|user|>the", MERGES, SPECIAL) should be '
        "[277, 97, 32, 99, 261, 276, 277, 257, 101]: split the text at the special tokens "
        "(re.split with a group keeps them), give each its id, encode the pieces between"
    )
    assert encode("te<|user|> a", MERGES, SPECIAL) == [116, 101, 277, 262], (
        'encode("te<|user|> a", MERGES, SPECIAL) should be [116, 101, 277, 262]: "e" and " " '
        "are on two sides of a special token, so they are not merged into 'e '"
    )


def test_text_that_only_looks_special():
    """Text that is not exactly a special token is ordinary text."""
    assert encode("<|eot|>", MERGES, SPECIAL) == list(b"<|eot|>"), (
        'encode("<|eot|>", MERGES, SPECIAL) should be its plain bytes: <|eot|> is not one of '
        "the special tokens (use re.escape: | has a meaning in a pattern)"
    )


def test_decode_joins_the_bytes():
    """decode joins the bytes of the tokens and reads them as UTF-8."""
    assert decode([258, 273, 271, 115, 259, 99, 261], MERGES) == "the baker bakes the cake", (
        "decode([258, 273, 271, 115, 259, 99, 261], MERGES) should be 'the baker bakes the cake'"
    )
    assert decode([], MERGES) == "", "decode([], MERGES) should be ''"


def test_decode_a_character_cut_by_the_merges():
    """Bytes of one character may sit in two tokens: join all the bytes first, then decode."""
    assert decode([99, 256, 257, 101], SPLIT_E_GRAVE) == "crème", (
        "decode([99, 256, 257, 101], {(114, 195): 256, (168, 109): 257}) should be 'crème': the two "
        "bytes of è are in tokens 256 and 257, so decoding each token on its own breaks it. "
        "Join the bytes of all the tokens, then decode once"
    )


def test_decode_invalid_utf8():
    """Bytes that are not valid UTF-8 become the replacement character, not an error."""
    try:
        text = decode([226], MERGES)
    except UnicodeDecodeError as error:
        pytest.fail(
            f"decode([226], MERGES) raised UnicodeDecodeError ({error}): byte 226 starts a 3-byte "
            "character that never comes. Use .decode('utf-8', errors='replace'), which puts the "
            "replacement character '\\ufffd' in place of broken bytes",
            pytrace=False,
        )
    assert text == "\ufffd", (
        "decode([226], MERGES) should be '\\ufffd' (the replacement character): byte 226 starts a "
        "3-byte character that never comes. Use .decode('utf-8', errors='replace')"
    )
    assert decode([104, 105, 255, 33], MERGES) == "hi\ufffd!", "decode([104, 105, 255, 33], MERGES) should be 'hi\\ufffd!'"


def test_decode_special_tokens():
    """A special token's id decodes to its text."""
    assert decode([258, 99, 261, 276, 277], MERGES, SPECIAL) == "the cake<|endoftext|><|user|>", (
        "decode([258, 99, 261, 276, 277], MERGES, SPECIAL) should be 'the cake<|endoftext|><|user|>'"
    )


def test_decode_unknown_ids():
    """An id that is no token raises ValueError naming the first unknown id."""
    for ids, special, unknown in [([104, 999, 1000], SPECIAL, 999), ([276], None, 276)]:
        with pytest.raises(ValueError) as caught:
            decode(ids, MERGES, special)
            pytest.fail(f"decode({ids}, MERGES, {special}) should raise ValueError: {unknown} is not a token", pytrace=False)
        assert str(caught.value) == f"unknown token id {unknown}", (
            f"decode({ids}, ...) should raise ValueError('unknown token id {unknown}'), naming the "
            "first id that is not in the vocabulary"
        )


@pytest.mark.parametrize(
    "text",
    ["the baker opens the shop at five.\n", "crème brûlée, s'il vous plaît", "日本語 🙂🍞", "<|user|>bread?<|endoftext|>"],
)
def test_round_trip(text):
    """decode(encode(text)) gives the text back."""
    assert decode(encode(text, MERGES, SPECIAL), MERGES, SPECIAL) == text, (
        f"decode(encode({text!r}, MERGES, SPECIAL), MERGES, SPECIAL) should give {text!r} back"
    )
