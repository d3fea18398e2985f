"""Tensors and autograd: let PyTorch work out the gradients, then use them to fit a line."""

import torch


def standardize(x: torch.Tensor) -> torch.Tensor:
    """Each column of x shifted to mean 0 and scaled to standard deviation 1 (population std)."""
    return (x - x.mean(dim=0)) / x.std(dim=0, correction=0)


def cubic_gradient(x: torch.Tensor) -> torch.Tensor:
    """The gradient of f(x) = sum(x ** 3 - 2 * x) at the point x, worked out by autograd."""
    x = x.detach().clone().requires_grad_(True)
    f = (x**3 - 2 * x).sum()
    f.backward()
    return x.grad


def mse_gradients(w: torch.Tensor, b: torch.Tensor, x: torch.Tensor, y: torch.Tensor):
    """The mean squared error of the line x @ w + b against y, and its gradients for w and b."""
    w = w.detach().clone().requires_grad_(True)
    b = b.detach().clone().requires_grad_(True)
    loss = ((x @ w + b - y) ** 2).mean()
    loss.backward()
    return loss.item(), w.grad, b.grad


def fit_line(x: torch.Tensor, y: torch.Tensor, lr: float = 0.1, steps: int = 200):
    """Gradient descent from w = 0, b = 0: the final w and b, and the loss before each step."""
    w = torch.zeros(x.shape[1], requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    losses = []
    for _ in range(steps):
        loss = ((x @ w + b - y) ** 2).mean()
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():  # the update itself is not part of the model
            w -= lr * w.grad
            b -= lr * b.grad
    return w.detach(), b.detach(), losses
