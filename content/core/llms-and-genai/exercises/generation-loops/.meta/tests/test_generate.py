from generate import decoder_only, encoder_decoder

VOCAB = 10  # token ids 0 to 9
EOS = 0


def one_hot(token, size=VOCAB):
    """Logits that make `token` the clear favourite."""
    return [5.0 if i == token else 0.0 for i in range(size)]


class CountingModel:
    """A pretend GPT that always predicts 'the last token plus one'; it remembers what it saw."""

    def __init__(self):
        self.seen = []

    def __call__(self, tokens):
        self.seen.append(list(tokens))
        return one_hot((tokens[-1] + 1) % VOCAB)


class SumModel:
    """A pretend GPT whose guess depends on every token it sees: their sum, mod 10."""

    def __init__(self):
        self.seen = []

    def __call__(self, tokens):
        self.seen.append(list(tokens))
        return one_hot(sum(tokens) % VOCAB)


class Reverser:
    """A pretend translation model: the encoder reads the source once, the decoder writes it
    backwards and then the end token."""

    def __init__(self):
        self.encoded = []
        self.decoded = []

    def encoder(self, source):
        self.encoded.append(list(source))
        return {"reversed": list(reversed(source))}

    def decoder(self, memory, target):
        self.decoded.append((memory, list(target)))
        written = len(target) - 1  # target starts with the begin token
        words = memory["reversed"]
        return one_hot(words[written] if written < len(words) else EOS)


def test_decoder_only_writes_one_token_at_a_time():
    """decoder_only asks the model once per new token and returns only the new tokens."""
    model = CountingModel()
    assert decoder_only(model, [3], 4, context_size=8) == [4, 5, 6, 7], (
        "decoder_only(model, [3], 4, context_size=8) with a model that predicts 'last token + 1' "
        "should return [4, 5, 6, 7]: four new tokens, without the prompt"
    )
    assert len(model.seen) == 4, f"The model should be called 4 times (once per new token), not {len(model.seen)}"


def test_decoder_only_feeds_its_own_output_back():
    """Each call sees the prompt and every token written so far."""
    model = SumModel()
    result = decoder_only(model, [2, 1], 3, context_size=8)
    assert model.seen == [[2, 1], [2, 1, 3], [2, 1, 3, 6]], (
        f"The model saw {model.seen}; it should see [[2, 1], [2, 1, 3], [2, 1, 3, 6]]: the prompt, "
        "then the prompt and each new token, appended one by one"
    )
    assert result == [3, 6, 2], "decoder_only(sum model, [2, 1], 3, 8) should return [3, 6, 2]"


def test_decoder_only_keeps_to_the_context_window():
    """The model sees at most the last context_size tokens."""
    model = SumModel()
    result = decoder_only(model, [1, 2, 3, 4, 5], 2, context_size=3)
    assert model.seen == [[3, 4, 5], [4, 5, 2]], (
        f"With context_size=3 the model saw {model.seen}; it should see [[3, 4, 5], [4, 5, 2]]: "
        "only the last 3 tokens, tokens[-context_size:]"
    )
    assert result == [2, 1], "decoder_only(sum model, [1, 2, 3, 4, 5], 2, context_size=3) should return [2, 1]"


def test_decoder_only_stops_at_the_end_token():
    """Generation stops right after the end token, which is part of the result."""
    model = CountingModel()
    assert decoder_only(model, [7], 10, context_size=4, eos_id=EOS) == [8, 9, 0], (
        "decoder_only(model, [7], 10, context_size=4, eos_id=0) should return [8, 9, 0]: after "
        "writing the end token 0 it stops, even though 10 tokens were allowed"
    )
    assert len(model.seen) == 3, "After the end token the model should not be called again"


def test_decoder_only_without_an_end_token():
    """With no eos_id, it writes exactly max_new_tokens tokens."""
    model = CountingModel()
    assert decoder_only(model, [8], 4, context_size=2) == [9, 0, 1, 2], (
        "decoder_only(model, [8], 4, context_size=2) should return [9, 0, 1, 2]: without an "
        "eos_id, token 0 is an ordinary token"
    )
    assert decoder_only(CountingModel(), [8], 0, context_size=2) == [], "max_new_tokens=0 should give []"


def test_decoder_only_leaves_the_prompt_alone():
    """The prompt list the caller gave is not changed."""
    prompt = [1, 2]
    decoder_only(CountingModel(), prompt, 3, context_size=8)
    assert prompt == [1, 2], "decoder_only should not append to the caller's prompt: work on a copy, list(prompt)"


def test_greedy_tie_takes_the_first():
    """When two tokens have the same highest logit, the lower id wins."""
    result = decoder_only(lambda tokens: [0.0, 2.0, 1.0, 2.0], [5], 1, context_size=4)
    assert result == [1], "With logits [0, 2, 1, 2] the greedy choice should be 1: on a tie, the first"
    result = decoder_only(lambda tokens: [-3.0, -1.0, -2.0], [5], 1, context_size=4)
    assert result == [1], "With logits [-3, -1, -2] the greedy choice should be 1: the highest, even below 0"


def test_encoder_decoder_translates():
    """encoder_decoder writes the target token by token from the encoded source."""
    model = Reverser()
    result = encoder_decoder(model.encoder, model.decoder, [4, 7, 9], bos_id=1, eos_id=EOS, max_len=10)
    assert result == [9, 7, 4, 0], (
        "encoder_decoder(reverser, [4, 7, 9], bos_id=1, eos_id=0, max_len=10) should return "
        "[9, 7, 4, 0]: the source backwards and the end token, without the begin token"
    )


def test_encoder_runs_once():
    """The encoder reads the source once; every decoder step gets its result."""
    model = Reverser()
    encoder_decoder(model.encoder, model.decoder, [4, 7], bos_id=1, eos_id=EOS, max_len=10)
    assert model.encoded == [[4, 7]], (
        f"The encoder was called {len(model.encoded)} time(s); it should be called exactly once, "
        "with the source, before the loop: its result (the memory) is the same for every step"
    )
    memories = [memory for memory, _ in model.decoded]
    assert memories == [{"reversed": [7, 4]}] * 3, (
        "Every decoder call should get the encoder's result (the memory) as its first argument"
    )


def test_decoder_sees_the_target_so_far():
    """The decoder gets the begin token and the tokens written so far."""
    model = Reverser()
    encoder_decoder(model.encoder, model.decoder, [4, 7], bos_id=1, eos_id=EOS, max_len=10)
    targets = [target for _, target in model.decoded]
    assert targets == [[1], [1, 7], [1, 7, 4]], (
        f"The decoder saw the targets {targets}; it should see [[1], [1, 7], [1, 7, 4]]: the "
        "target starts with bos_id and grows by one token each step"
    )


def test_encoder_decoder_stops_at_max_len():
    """Without an end token, at most max_len tokens are written."""
    model = Reverser()
    result = encoder_decoder(model.encoder, model.decoder, [2, 3, 4, 5, 6], bos_id=1, eos_id=EOS, max_len=3)
    assert result == [6, 5, 4], (
        "encoder_decoder(reverser, [2, 3, 4, 5, 6], ..., max_len=3) should return [6, 5, 4]: "
        "it stops after max_len new tokens"
    )
    assert len(model.decoded) == 3, "With max_len=3 the decoder should be called 3 times"
