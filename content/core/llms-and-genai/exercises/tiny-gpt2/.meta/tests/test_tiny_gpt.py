import pytest

from tiny_gpt import build_model, count_parameters, greedy_generate, load_model, next_token_logits, save_model

PROMPT = [1, 2, 3]
# What build_model(20) (seed 0) gives, computed once with the pinned torch and transformers.
FIRST_LOGITS = [5.6349, 4.7218, -7.3892, -5.8535, 3.441]
GREEDY_8 = [9, 17, 17, 18, 9, 17, 18, 0]


def argmax(values):
    return values.index(max(values))


def logits_of(model, ids):
    logits = next_token_logits(model, ids)
    assert type(logits) is list and all(type(x) is float for x in logits), (
        "next_token_logits should return a plain list of floats: logits[0, -1].tolist()"
    )
    return logits


def test_the_config():
    """build_model makes a GPT-2 with exactly the settings of the instructions."""
    model = build_model(20)
    config = model.config
    settings = {
        "vocab_size": 20, "n_positions": 32, "n_embd": 16, "n_layer": 2, "n_head": 2, "initializer_range": 1.0,
    }  # fmt: skip
    for name, value in settings.items():
        assert getattr(config, name) == value, (
            f"build_model(20).config.{name} should be {value}: GPT2Config(vocab_size=vocab_size, "
            "n_positions=32, n_embd=16, n_layer=2, n_head=2, initializer_range=1.0, "
            "bos_token_id=None, eos_token_id=None)"
        )
    assert config.eos_token_id is None and config.bos_token_id is None, (
        "The tiny model has no begin or end token: bos_token_id=None, eos_token_id=None"
    )
    assert build_model(37).config.vocab_size == 37, "build_model(37) should have vocab_size 37"


def test_count_parameters():
    """count_parameters counts every number the model learns, the shared embedding once."""
    assert count_parameters(build_model(20)) == 7424, (
        f"count_parameters(build_model(20)) should be 7424, not {count_parameters(build_model(20))}: "
        "sum(p.numel() for p in model.parameters()). The output layer shares its weights with the "
        "token embedding, so they count once (model.state_dict() lists them twice)"
    )
    assert count_parameters(build_model(50)) == 7904, (
        "count_parameters(build_model(50)) should be 7904: 30 more tokens, 16 numbers each"
    )


def test_ready_to_use():
    """The model is in eval mode: no dropout, so the same input gives the same logits."""
    model = build_model(20)
    assert model.training is False, (
        "build_model should return the model in eval mode (model.eval()): a model made from a "
        "config starts in training mode, with dropout"
    )
    assert logits_of(model, PROMPT) == logits_of(model, PROMPT), (
        "next_token_logits(model, [1, 2, 3]) twice should give the same logits"
    )


def test_next_token_logits():
    """next_token_logits gives one score per token of the vocabulary, after the whole prompt."""
    model = build_model(20)
    logits = logits_of(model, PROMPT)
    assert len(logits) == 20, (
        f"For a vocabulary of 20, next_token_logits should give 20 scores, not {len(logits)}: "
        "the logits of the LAST position, logits[0, -1]"
    )
    assert logits[:5] == pytest.approx(FIRST_LOGITS, abs=1e-3), (
        f"next_token_logits(build_model(20), [1, 2, 3]) should begin {FIRST_LOGITS}: the logits "
        "of the last position. Seed torch with torch.manual_seed(seed) BEFORE making the model, "
        "and use the config of the instructions"
    )
    assert logits_of(model, [3]) != logits, (
        "next_token_logits(model, [3]) and (model, [1, 2, 3]) should differ: the model reads the whole prompt"
    )


def test_the_seed_fixes_the_weights():
    """The same seed gives the same model; another seed another one; the default seed is 0."""
    same = logits_of(build_model(20, seed=4), PROMPT) == logits_of(build_model(20, seed=4), PROMPT)
    assert same, (
        "build_model(20, seed=4) twice should give models with the same logits: call "
        "torch.manual_seed(seed) before GPT2LMHeadModel(config), which draws the random weights"
    )
    assert logits_of(build_model(20, seed=1), PROMPT) != logits_of(build_model(20, seed=2), PROMPT), (
        "build_model(20, seed=1) and build_model(20, seed=2) should give different models"
    )
    assert logits_of(build_model(20), PROMPT) == logits_of(build_model(20, seed=0), PROMPT), (
        "build_model(20) should be the same as build_model(20, seed=0): the default seed is 0"
    )


def test_greedy_generate():
    """greedy_generate writes max_new_tokens tokens, each the highest logit."""
    model = build_model(20)
    written = greedy_generate(model, PROMPT, 8)
    assert type(written) is list and len(written) == 8, (
        "greedy_generate(model, [1, 2, 3], 8) should return a list of the 8 new tokens, without "
        "the prompt: output[0, len(ids):].tolist()"
    )
    ids, expected = list(PROMPT), []
    for _ in range(8):
        ids.append(argmax(logits_of(model, ids)))
        expected.append(ids[-1])
    assert written == expected, (
        f"greedy_generate should pick the highest logit each time: {expected}, not {written}. "
        "Use model.generate(..., max_new_tokens=..., do_sample=False)"
    )
    assert written == GREEDY_8, f"greedy_generate(build_model(20), [1, 2, 3], 8) should be {GREEDY_8}"


def test_greedy_generate_other_lengths():
    """Another prompt and another length."""
    model = build_model(20)
    assert greedy_generate(model, [4, 12, 7, 7], 10) == [9, 0, 17, 17, 17, 19, 8, 0, 18, 16], (
        "greedy_generate(build_model(20), [4, 12, 7, 7], 10) should be [9, 0, 17, 17, 17, 19, 8, 0, 18, 16]"
    )
    assert greedy_generate(model, [5], 1) == [argmax(logits_of(model, [5]))], (
        "greedy_generate(model, [5], 1) should be one token: the highest logit after [5]"
    )


def test_save_and_load(tmp_path):
    """save_model writes the config and the weights; load_model gives the same model back."""
    folder = tmp_path / "tiny-gpt2"
    model = build_model(20, seed=3)
    save_model(model, str(folder))
    names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    assert "config.json" in names, (
        f"save_model(model, folder) should write config.json into the folder (it has {names}): "
        "model.save_pretrained(folder)"
    )
    loaded = load_model(str(folder))
    assert loaded.config.n_layer == 2 and loaded.config.vocab_size == 20, (
        "load_model(folder) should give a model with the saved config: GPT2LMHeadModel.from_pretrained(folder)"
    )
    assert logits_of(loaded, PROMPT) == pytest.approx(logits_of(model, PROMPT), abs=1e-6), (
        "The loaded model should give the same logits as the saved one: the weights are saved too"
    )
    assert loaded.training is False, "load_model should give the model in eval mode, ready to use"
