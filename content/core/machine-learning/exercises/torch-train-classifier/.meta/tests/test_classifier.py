import math

import pytest
import torch
from torch import nn

from classifier import Classifier, count_parameters, pick_device, predict, train


def spirals(n, seed, classes=3):
    """Points on `classes` interleaved spiral arms: no straight line separates them."""
    generator = torch.Generator().manual_seed(seed)
    labels = torch.randint(0, classes, (n,), generator=generator)
    t = torch.rand(n, generator=generator)
    angle = 3.0 * t + labels.float() * 2 * torch.pi / classes + 0.15 * torch.randn(n, generator=generator)
    return torch.stack([t * torch.cos(angle), t * torch.sin(angle)], dim=1) * 2, labels


X, Y = spirals(300, seed=1)
X_NEW, Y_NEW = spirals(1000, seed=2)  # held out: the model never trains on these


def expected_parameters(inputs, hidden, classes):
    return (inputs * hidden + hidden) + (hidden * hidden + hidden) + (hidden * classes + classes)


@pytest.fixture(scope="module")
def trained():
    result = train(X, Y)
    assert isinstance(result, tuple) and len(result) == 2, "train should return a tuple (model, losses)"
    return result


def test_the_layers():
    """Classifier(2, 16, 3) has three Linear layers: 2 -> 16 -> 16 -> 3, with ReLU and dropout between."""
    model = Classifier(2, 16, 3)
    expected = nn.Sequential(
        nn.Linear(2, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 3)
    )
    assert str(model.layers) == str(expected), (
        "Classifier(2, 16, 3).layers should be nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Dropout(0.1), "
        "nn.Linear(16, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 3)), in this order; yours is\n"
        f"{model.layers}"
    )
    shapes = [tuple(parameter.shape) for parameter in model.parameters()]
    assert shapes == [(16, 2), (16,), (16, 16), (16,), (3, 16), (3,)], (
        f"Classifier(2, 16, 3) should have the weights and biases of nn.Linear(2, 16), nn.Linear(16, 16) and "
        f"nn.Linear(16, 3), in that order; its parameters have the shapes {shapes}"
    )
    output = model(torch.randn(5, 2))
    assert isinstance(output, torch.Tensor) and output.shape == (5, 3), (
        "Classifier(2, 16, 3) on a batch of 5 rows of 2 numbers should give a 5 x 3 tensor: one score per class"
    )


def test_relu_between_the_layers():
    """The layers have a ReLU between them: without it, three Linear layers are just one straight line."""
    model = Classifier(2, 16, 3)
    model.eval()
    a, b = torch.randn(20, 2) * 3, torch.randn(20, 2) * 3
    straight = model(a) + model(b) - model(torch.zeros(20, 2))
    assert not torch.allclose(straight, model(a + b), atol=1e-4), (
        "The model behaves like a single linear layer: put nn.ReLU() after the first and the second Linear layer"
    )


def test_dropout_and_eval_mode():
    """In training mode dropout makes the output random; model.eval() switches it off."""
    model = Classifier(2, 16, 3)
    x = torch.randn(50, 2)
    model.train()
    assert not torch.equal(model(x), model(x)), (
        "In training mode two runs on the same input should differ: put nn.Dropout(0.1) after each ReLU"
    )
    model.eval()
    assert torch.equal(model(x), model(x)), "In eval mode two runs on the same input should give the same output"


def test_count_parameters():
    """count_parameters counts every weight and bias."""
    for sizes in [(2, 16, 3), (4, 8, 2), (10, 32, 5)]:
        expected = expected_parameters(*sizes)
        result = count_parameters(Classifier(*sizes))
        assert result == expected, (
            f"count_parameters(Classifier{sizes}) should be {expected}, not {result}: "
            "sum(p.numel() for p in model.parameters())"
        )


def test_training_brings_the_loss_down(trained):
    """train records one loss per epoch (150 by default), from about ln(3) down below 0.25."""
    model, losses = trained
    assert isinstance(losses, list) and len(losses) == 150 and all(isinstance(x, float) for x in losses), (
        "train(X, y) should return 150 losses by default, one float (loss.item()) per epoch"
    )
    assert losses[0] == pytest.approx(math.log(3), abs=0.2), (
        f"The first loss should be near ln(3) = 1.10 (an untrained model guesses evenly), not {losses[0]:.3f}: "
        "use nn.CrossEntropyLoss() on the raw scores"
    )
    assert losses[-1] < 0.25, (
        f"After 150 epochs the loss should be below 0.25, not {losses[-1]:.3f}. Each epoch: "
        "optimizer.zero_grad(), loss = loss_function(model(X), y), loss.backward(), optimizer.step()"
    )
    assert count_parameters(model) == expected_parameters(2, 16, 3), (
        "train(X, y) should train a Classifier(2, 16, 3): 2 features, hidden=16 by default, and one output per class"
    )


def test_predicts_new_points(trained):
    """On 1,000 points it never saw, the trained model is right at least 93 % of the time."""
    model, _ = trained
    predicted = predict(model, X_NEW)
    assert isinstance(predicted, torch.Tensor) and predicted.shape == (1000,) and predicted.dtype == torch.int64, (
        "predict(model, X) should return a tensor of 1000 class numbers (int64): logits.argmax(dim=1)"
    )
    accuracy = (predicted == Y_NEW).float().mean().item()
    assert accuracy >= 0.93, (
        f"The trained model is right on {accuracy:.1%} of new points; it should reach 93 % (a straight line "
        "gets about 70 %)"
    )


def test_predict_is_deterministic():
    """predict switches the model to eval mode, so dropout does not change its answers."""
    model = Classifier(2, 16, 3)  # a new model starts in training mode
    first = predict(model, X_NEW)
    model.eval()
    expected = model(X_NEW).argmax(dim=1)
    assert torch.equal(first, expected) and torch.equal(predict(model, X_NEW), first), (
        "predict should call model.eval() before running the model: in training mode dropout changes the "
        "answers at random"
    )


def test_the_seed_makes_training_repeatable(trained):
    """The same seed gives the same training, to the last digit; another seed another one."""
    _, losses = trained
    _, again = train(X, Y, hidden=16, epochs=150, lr=0.05, seed=0, device=None)
    assert again == losses, (
        "train(X, y) twice with the same seed should give exactly the same losses: call "
        "torch.manual_seed(seed) BEFORE making the model (its first weights are random)"
    )
    _, other = train(X, Y, seed=1, epochs=5)
    assert other != losses[:5], "train with seed=1 should start from other weights than seed=0"


def test_other_sizes():
    """hidden= sets the hidden layers' size; the number of classes comes from y."""
    labels = Y % 2 + 2 * (X[:, 0] > 0).long()  # four classes: 0, 1, 2, 3
    model, losses = train(X, labels, hidden=8, epochs=3, lr=0.01)
    assert len(losses) == 3, "train(..., epochs=3) should return 3 losses"
    assert count_parameters(model) == expected_parameters(2, 8, 4), (
        "train(X, y, hidden=8) with labels 0 to 3 should train a Classifier(2, 8, 4): the number of classes "
        "is y.max() + 1"
    )


def test_device():
    """pick_device says where to compute; train(..., device=...) puts the model there."""
    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert pick_device() == expected, f"pick_device() should be {expected!r} here: 'cuda' if torch.cuda.is_available() else 'cpu'"
    model, _ = train(X, Y, epochs=2, device="cpu")
    assert next(model.parameters()).device.type == "cpu", "train(..., device='cpu') should give a model on the CPU"
    assert predict(model, X_NEW[:4]).device.type == "cpu", "predict should give its answers on the CPU"
    if not torch.cuda.is_available():
        try:
            train(X, Y, epochs=1, device="cuda")
        except (AssertionError, RuntimeError):
            pass  # PyTorch cannot use a GPU here, and says so: the device asked for was used
        else:
            pytest.fail(
                "train(..., device='cuda') should try to use the GPU (and fail on this machine, which has none): "
                "use the device given, and pick_device() only when device is None",
                pytrace=False,
            )
