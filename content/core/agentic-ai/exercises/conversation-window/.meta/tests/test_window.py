"""The checks build conversations whose token counts they know, and ask for windows of them."""

import copy

import pytest

import window


def message(role, content):
    return {"role": role, "content": content}


SYSTEM = message("system", "You are a travel agent.")  # 5 words: 9 tokens
CHAT = [
    SYSTEM,
    message("user", "Hi there"),  # 6
    message("assistant", "Hello! Where to?"),  # 7   first turn: 13
    message("user", "Oslo in May"),  # 7
    message("assistant", "Lovely. Book it?"),  # 7   second turn: 14
]


def contents(messages):
    return [m["content"] for m in messages]


def window_of(messages, budget):
    try:
        return window.fit_window(messages, budget)
    except window.WindowError as error:
        pytest.fail(f"fit_window(..., {budget}) should find a window here, but it raised WindowError: {error}", pytrace=False)


def test_count_tokens():
    """Words of the content, split on any white space, plus 4."""
    cases = [
        (message("user", "Oslo in May"), 7),
        (message("assistant", ""), 4),
        (message("tool", "snow,   -3 C\n\twind 5 m/s"), 10),
        (message("system", "You are a travel agent."), 9),
    ]
    for given, expected in cases:
        assert window.count_tokens(given) == expected, (
            f"count_tokens({given!r}) should be {expected}: the words of the content "
            f"(content.split()) plus 4"
        )


def test_everything_fits():
    """When the whole conversation fits, all of it is kept, in order."""
    assert window_of(CHAT, 36) == CHAT, "With a budget of 36 (9 + 13 + 14), every message should be kept, in the order of the conversation"
    assert window_of(CHAT, 1000) == CHAT, "With a large budget, every message should be kept"


def test_the_oldest_turn_goes_first():
    """One token short: the oldest turn is dropped, the system message stays."""
    assert contents(window_of(CHAT, 35)) == ["You are a travel agent.", "Oslo in May", "Lovely. Book it?"], (
        "With a budget of 35, the first turn (13 tokens) no longer fits: keep the system message "
        "and the newest turn (9 + 14 = 23)"
    )
    assert contents(window_of(CHAT, 23)) == ["You are a travel agent.", "Oslo in May", "Lovely. Book it?"], (
        "A budget of exactly 23 holds the system message and the newest turn: 'at most budget'"
    )


def test_turns_stay_whole():
    """A turn is kept whole or not at all: never an answer without its question."""
    chat = CHAT + [message("user", "Yes please"), message("assistant", "Booked!"), message("tool", "booking 4411 made")]
    # turns: 13, 14, 6 + 5 + 7 = 18
    kept = window_of(chat, 9 + 18 + 12)
    assert contents(kept) == ["You are a travel agent.", "Yes please", "Booked!", "booking 4411 made"], (
        "With a budget of 39, the second turn (14 tokens) does not fit after the newest (18): "
        "drop it whole, even though its last message alone would fit. A turn starts at a "
        "'user' message and runs to the next one"
    )
    kept = window_of(chat, 9 + 18 + 14)
    assert contents(kept)[1:3] == ["Oslo in May", "Lovely. Book it?"], "With 41, the last two turns fit, in their order"


def test_the_window_is_unbroken():
    """At the first turn that does not fit, stop: no older turn is picked up after a gap."""
    chat = [
        SYSTEM,
        message("user", "Hi"),  # 5: a short old turn
        message("user", "I would like a long weekend somewhere cold in May please"),  # 15
        message("assistant", "Oslo then"),  # 6    turn: 21
        message("user", "Good"),  # 5
    ]
    kept = window_of(chat, 9 + 5 + 10)
    assert contents(kept) == ["You are a travel agent.", "Good"], (
        "The middle turn (21 tokens) does not fit, so stop there: the older short turn 'Hi' "
        "would fit, but keeping it would leave a hole in the conversation. Use break, not continue"
    )


def test_turns_keep_their_order():
    """The kept turns come out oldest first, as in the conversation."""
    chat = [SYSTEM] + [message("user", f"question {n}") for n in range(1, 6)]  # 6 tokens each
    kept = window_of(chat, 9 + 3 * 6)
    assert contents(kept) == ["You are a travel agent.", "question 3", "question 4", "question 5"], (
        "With room for three turns, keep the three newest in their order: question 3, 4, 5"
    )


def test_without_a_system_message():
    """A conversation without a system message: only turns."""
    chat = CHAT[1:]
    assert contents(window_of(chat, 14)) == ["Oslo in May", "Lovely. Book it?"], (
        "Without a system message, a budget of 14 holds just the newest turn"
    )
    assert window_of(chat, 27) == chat, "Without a system message, a budget of 27 holds both turns"


def test_messages_before_the_first_question():
    """Messages between the system message and the first user message form a turn."""
    chat = [SYSTEM, message("assistant", "Welcome to Fjord Travel!"), message("user", "Hi")]  # 8, then 5
    assert contents(window_of(chat, 9 + 8 + 5)) == ["You are a travel agent.", "Welcome to Fjord Travel!", "Hi"], (
        "The assistant's greeting before the first user message is a turn of its own: with "
        "room for everything, keep it"
    )
    assert contents(window_of(chat, 9 + 5)) == ["You are a travel agent.", "Hi"], (
        "With room for the newest turn only, the greeting goes"
    )
    assert window_of([SYSTEM], 9) == [SYSTEM], "A conversation of only the system message stays as it is"
    assert window_of([], 10) == [], "An empty conversation gives an empty window"


def test_too_small_a_budget():
    """If the newest turn does not fit with the system message: WindowError."""
    with pytest.raises(window.WindowError) as raised:
        window.fit_window(CHAT, 22)
    assert str(raised.value) == "the system message and the newest turn need 23 tokens; the budget is 22", (
        "The WindowError should say 'the system message and the newest turn need 23 tokens; "
        f"the budget is 22', not {str(raised.value)!r}"
    )
    with pytest.raises(window.WindowError, match="need 14 tokens; the budget is 13"):
        window.fit_window(CHAT[1:], 13)


def test_the_conversation_is_not_changed():
    """fit_window returns a new list and leaves the conversation as it was."""
    chat = copy.deepcopy(CHAT)
    kept = window_of(chat, 23)
    assert chat == CHAT, "fit_window should not change the list it was given: build a new one"
    assert kept is not chat, "fit_window should return a new list"
