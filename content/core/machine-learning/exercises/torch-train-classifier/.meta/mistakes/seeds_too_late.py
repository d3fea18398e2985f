"""A small neural network in PyTorch: an nn.Module, a training loop, predictions, on any device."""

import torch
from torch import nn


class Classifier(nn.Module):
    """Two hidden layers of `hidden` units with ReLU and dropout, then one score per class."""

    def __init__(self, in_features: int, hidden: int, classes: int) -> None:
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Linear(hidden, classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.layers(x)  # raw scores (logits): CrossEntropyLoss applies the softmax


def count_parameters(model: nn.Module) -> int:
    """How many numbers the model learns."""
    return sum(parameter.numel() for parameter in model.parameters())


def pick_device() -> str:
    """The GPU when PyTorch can use one, else the CPU."""
    return "cuda" if torch.cuda.is_available() else "cpu"


def train(X: torch.Tensor, y: torch.Tensor, hidden: int = 16, epochs: int = 150, lr: float = 0.05,
          seed: int = 0, device: str | None = None) -> tuple[Classifier, list[float]]:  # fmt: skip
    """Train a Classifier on all of X at once for `epochs` steps of Adam: the model and each step's loss."""
    model = Classifier(X.shape[1], hidden, int(y.max()) + 1).to(torch.device(device or pick_device()))
    torch.manual_seed(seed)
    where = next(model.parameters()).device
    inputs, targets = X.to(where), y.to(where)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    loss_function = nn.CrossEntropyLoss()
    losses = []
    for _ in range(epochs):
        optimizer.zero_grad()  # forget the previous step's gradients
        loss = loss_function(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return model, losses


def predict(model: nn.Module, X: torch.Tensor) -> torch.Tensor:
    """The most likely class of each row of X, as a tensor of ints on the CPU."""
    model.eval()  # dropout off: the same input always gives the same answer
    where = next(model.parameters()).device
    with torch.no_grad():
        return model(X.to(where)).argmax(dim=1).cpu()
