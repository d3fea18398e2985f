"""The two ways a transformer writes text: decoder-only (GPT) and encoder-decoder (T5, translation)."""

from collections.abc import Callable

Logits = list[float]


def argmax(logits: Logits) -> int:
    """The index of the highest score; on a tie, the first one."""
    return logits.index(max(logits))


def decoder_only(
    model: Callable[[list[int]], Logits],
    prompt: list[int],
    max_new_tokens: int,
    context_size: int,
    eos_id: int | None = None,
) -> list[int]:
    """Greedy generation, GPT style: one stream of tokens, the model sees its last context_size."""
    tokens = list(prompt)
    for _ in range(max_new_tokens):
        next_id = argmax(model(tokens[-context_size:]))
        tokens.append(next_id)
        if next_id == eos_id:
            break
    return tokens[len(prompt):]


def encoder_decoder(
    encoder: Callable[[list[int]], object],
    decoder: Callable[[object, list[int]], Logits],
    source: list[int],
    bos_id: int,
    eos_id: int,
    max_len: int,
) -> list[int]:
    """Greedy generation, encoder-decoder style: read the source once, then write the target."""
    target = [bos_id]
    for _ in range(max_len):
        next_id = argmax(decoder(encoder(source), target))
        target.append(next_id)
        if next_id == eos_id:
            break
    return target[1:]
