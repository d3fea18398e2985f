"""A tiny GPT-2 built from a config with Hugging Face transformers: nothing is downloaded."""

import torch
from transformers import GPT2Config, GPT2LMHeadModel


def build_model(vocab_size: int, seed: int = 0) -> GPT2LMHeadModel:
    """A GPT-2 with random weights (fixed by seed): 2 layers of 2 heads, 16 numbers per token."""
    torch.manual_seed(seed)
    config = GPT2Config(
        vocab_size=vocab_size, n_positions=32, n_embd=16, n_layer=2, n_head=2,
        initializer_range=1.0, bos_token_id=None, eos_token_id=None,
    )  # fmt: skip
    model = GPT2LMHeadModel(config)
    return model


def count_parameters(model: torch.nn.Module) -> int:
    """How many numbers the model learns (a weight shared by two layers counts once)."""
    return sum(parameter.numel() for parameter in model.parameters())


def next_token_logits(model: GPT2LMHeadModel, ids: list[int]) -> list[float]:
    """The model's scores for the token that comes after ids."""
    with torch.no_grad():
        logits = model(torch.tensor([ids])).logits  # shape (1, len(ids), vocab_size)
    return logits[0, -1].tolist()


def greedy_generate(model: GPT2LMHeadModel, ids: list[int], max_new_tokens: int) -> list[int]:
    """The max_new_tokens tokens that greedy decoding writes after ids (without ids)."""
    output = model.generate(torch.tensor([ids]), max_new_tokens=max_new_tokens, do_sample=False)
    return output[0, len(ids):].tolist()


def save_model(model: GPT2LMHeadModel, folder: str) -> None:
    """Write the config and the weights into folder."""
    model.save_pretrained(folder)


def load_model(folder: str) -> GPT2LMHeadModel:
    """The model saved in folder, ready to use."""
    return GPT2LMHeadModel.from_pretrained(folder)
