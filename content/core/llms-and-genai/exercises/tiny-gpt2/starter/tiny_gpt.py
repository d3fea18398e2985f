"""A tiny GPT-2 built from a config with Hugging Face transformers: nothing is downloaded."""

import torch
from transformers import GPT2Config, GPT2LMHeadModel


def build_model(vocab_size: int, seed: int = 0) -> GPT2LMHeadModel:
    """A GPT-2 with random weights (fixed by seed): 2 layers of 2 heads, 16 numbers per token."""
    raise NotImplementedError("build_model is not written yet")


def count_parameters(model: torch.nn.Module) -> int:
    """How many numbers the model learns (a weight shared by two layers counts once)."""
    raise NotImplementedError("count_parameters is not written yet")


def next_token_logits(model: GPT2LMHeadModel, ids: list[int]) -> list[float]:
    """The model's scores for the token that comes after ids."""
    raise NotImplementedError("next_token_logits is not written yet")


def greedy_generate(model: GPT2LMHeadModel, ids: list[int], max_new_tokens: int) -> list[int]:
    """The max_new_tokens tokens that greedy decoding writes after ids (without ids)."""
    raise NotImplementedError("greedy_generate is not written yet")


def save_model(model: GPT2LMHeadModel, folder: str) -> None:
    """Write the config and the weights into folder."""
    raise NotImplementedError("save_model is not written yet")


def load_model(folder: str) -> GPT2LMHeadModel:
    """The model saved in folder, ready to use."""
    raise NotImplementedError("load_model is not written yet")
