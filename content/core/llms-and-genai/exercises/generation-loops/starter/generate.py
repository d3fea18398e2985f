"""The two ways a transformer writes text: decoder-only (GPT) and encoder-decoder (T5, translation)."""

from collections.abc import Callable

Logits = list[float]


def decoder_only(
    model: Callable[[list[int]], Logits],
    prompt: list[int],
    max_new_tokens: int,
    context_size: int,
    eos_id: int | None = None,
) -> list[int]:
    """Greedy generation, GPT style: one stream of tokens, the model sees its last context_size."""
    raise NotImplementedError("decoder_only is not written yet")


def encoder_decoder(
    encoder: Callable[[list[int]], object],
    decoder: Callable[[object, list[int]], Logits],
    source: list[int],
    bos_id: int,
    eos_id: int,
    max_len: int,
) -> list[int]:
    """Greedy generation, encoder-decoder style: read the source once, then write the target."""
    raise NotImplementedError("encoder_decoder is not written yet")
