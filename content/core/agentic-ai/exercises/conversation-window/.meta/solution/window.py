"""Short-term memory: the newest part of a conversation that fits in the model's budget."""

Message = dict[str, str]

TOKENS_PER_MESSAGE = 4


class WindowError(ValueError):
    """Even the system message and the newest turn do not fit in the budget."""


def count_tokens(message: Message) -> int:
    """A rough token count: the words of the content, plus 4 for the message itself."""
    return len(message["content"].split()) + TOKENS_PER_MESSAGE


def fit_window(messages: list[Message], budget: int) -> list[Message]:
    """The system message and the newest whole turns whose tokens add up to at most budget."""
    system = messages[:1] if messages and messages[0]["role"] == "system" else []
    turns: list[list[Message]] = []
    for message in messages[len(system) :]:
        if message["role"] == "user" or not turns:
            turns.append([])
        turns[-1].append(message)
    used = sum(count_tokens(message) for message in system)
    kept: list[list[Message]] = []
    for turn in reversed(turns):
        cost = sum(count_tokens(message) for message in turn)
        if used + cost > budget:
            break
        kept.insert(0, turn)
        used += cost
    if turns and not kept:
        raise WindowError(f"the system message and the newest turn need {used + cost} tokens; the budget is {budget}")
    return system + [message for turn in kept for message in turn]
