"""Short-term memory: the newest part of a conversation that fits in the model's budget."""

Message = dict[str, str]


class WindowError(ValueError):
    """Even the system message and the newest turn do not fit in the budget."""


def count_tokens(message: Message) -> int:
    """A rough token count: the words of the content, plus 4 for the message itself."""
    raise NotImplementedError("write count_tokens")


def fit_window(messages: list[Message], budget: int) -> list[Message]:
    """The system message and the newest whole turns whose tokens add up to at most budget."""
    # Step 1: set the system message aside (if the conversation starts with one).
    # Step 2: cut the rest into turns: a new turn starts at each "user" message.
    # Step 3: from the newest turn back, keep whole turns while they fit.
    raise NotImplementedError("write fit_window")
