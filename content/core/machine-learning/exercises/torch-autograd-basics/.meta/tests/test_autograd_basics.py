import pytest
import torch

from autograd_basics import cubic_gradient, fit_line, mse_gradients, standardize

GENERATOR = torch.Generator().manual_seed(0)
X = torch.randn(50, 3, generator=GENERATOR)
TRUE_W = torch.tensor([2.0, -1.0, 0.5])
Y = X @ TRUE_W + 0.3 + 0.1 * torch.randn(50, generator=GENERATOR)


def close(a, b, atol=1e-5):
    return torch.allclose(torch.as_tensor(a, dtype=torch.float32), torch.as_tensor(b, dtype=torch.float32), atol=atol)


def one_step(w, b, lr):
    """One step of gradient descent on the mean squared error, with the gradients written out by hand."""
    residual = X @ w + b - Y
    return w - lr * 2 * X.T @ residual / len(Y), b - lr * 2 * residual.mean()


def test_standardize():
    """standardize gives every column mean 0 and (population) standard deviation 1."""
    x = torch.randn(20, 3, generator=GENERATOR) * torch.tensor([1.0, 10.0, 100.0]) + 5
    result = standardize(x)
    assert isinstance(result, torch.Tensor) and result.shape == (20, 3) and result.dtype == torch.float32, (
        "standardize of a 20 x 3 float32 tensor should be a 20 x 3 float32 tensor"
    )
    assert close(result.mean(dim=0), torch.zeros(3)), (
        "Each COLUMN of standardize(x) should have mean 0: subtract x.mean(dim=0), the mean of each column"
    )
    expected = (x - x.mean(dim=0)) / x.std(dim=0, correction=0)
    assert close(result, expected), (
        "Each column should be divided by its population standard deviation, "
        "x.std(dim=0, correction=0) (divide by n, not n - 1)"
    )


def test_cubic_gradient():
    """cubic_gradient gives the gradient of sum(x**3 - 2x), which is 3x**2 - 2 at each number."""
    x = torch.tensor([0.0, 1.0, -2.0, 0.5])
    grad = cubic_gradient(x)
    assert isinstance(grad, torch.Tensor) and grad.shape == x.shape, (
        "cubic_gradient(x) should be a tensor of the same shape as x: x.grad after f.backward()"
    )
    assert close(grad, [-2.0, 1.0, 10.0, -1.25]), (
        f"cubic_gradient([0, 1, -2, 0.5]) should be [-2, 1, 10, -1.25] (3x**2 - 2), not {grad.tolist()}: "
        "make x require gradients, compute f = (x**3 - 2*x).sum(), call f.backward() and return x.grad"
    )
    grid = torch.linspace(-3, 3, 12).reshape(3, 4)
    assert close(cubic_gradient(grid), 3 * grid**2 - 2, atol=1e-4), (
        "cubic_gradient should work for a tensor of any shape: here 3 x 4"
    )


def test_mse_gradients():
    """mse_gradients gives the mean squared error and its gradients, as the formulas say."""
    w = torch.tensor([0.5, 0.2, -0.3])
    b = torch.tensor(0.7)
    result = mse_gradients(w, b, X, Y)
    assert isinstance(result, tuple) and len(result) == 3, "mse_gradients should return (loss, grad_w, grad_b)"
    loss, grad_w, grad_b = result
    residual = X @ w + b - Y
    assert isinstance(loss, float) and loss == pytest.approx(float((residual**2).mean()), rel=1e-5), (
        "The loss should be a float (loss.item()): the MEAN of (x @ w + b - y) ** 2"
    )
    assert close(grad_w, 2 * X.T @ residual / len(Y), atol=1e-4), (
        "grad_w should be w.grad after loss.backward(): 2 / n * x.T @ (x @ w + b - y)"
    )
    assert close(grad_b, 2 * residual.mean(), atol=1e-4) and grad_b.shape == (), (
        "grad_b should be b.grad after loss.backward(), a tensor with no dimensions: 2 * mean(x @ w + b - y)"
    )


def test_fit_line_first_steps():
    """fit_line starts from w = 0, b = 0 and takes plain gradient descent steps."""
    w1, b1, losses = fit_line(X, Y, lr=0.1, steps=1)
    assert isinstance(losses, list) and len(losses) == 1 and isinstance(losses[0], float), (
        "fit_line(x, y, steps=1) should return a list of 1 float loss: the loss before the step"
    )
    assert losses[0] == pytest.approx(float((Y**2).mean()), rel=1e-5), (
        "The first loss should be the mean of y ** 2: the loss of w = 0 and b = 0"
    )
    expected_w, expected_b = one_step(torch.zeros(3), torch.tensor(0.0), 0.1)
    assert close(w1, expected_w) and close(b1, expected_b), (
        "After one step w should be 0 - lr * grad_w and b should be 0 - lr * grad_b, with the gradients at 0"
    )
    w2, b2, _ = fit_line(X, Y, lr=0.1, steps=2)
    expected_w, expected_b = one_step(expected_w, expected_b, 0.1)
    assert close(w2, expected_w) and close(b2, expected_b), (
        "After two steps w and b are wrong: backward() adds to .grad, so empty it (w.grad.zero_()) after "
        "each update, or the second step also uses the first step's gradient"
    )


def test_fit_line_finds_the_line():
    """With the defaults (lr=0.1, 200 steps) the losses go down and w, b reach the least-squares line."""
    w, b, losses = fit_line(X, Y)
    assert len(losses) == 200, f"fit_line(x, y) should take 200 steps by default and return 200 losses, not {len(losses)}"
    assert all(later <= earlier + 1e-6 for earlier, later in zip(losses, losses[1:])), (
        "The loss should go down at every step (or stay put once the line is found)"
    )
    best = torch.linalg.lstsq(torch.cat([X, torch.ones(50, 1)], dim=1), Y[:, None]).solution.flatten()
    assert close(w, best[:3], atol=1e-3) and close(b, best[3], atol=1e-3), (
        f"After 200 steps w and b should be the least-squares line {best.tolist()}, not {w.tolist()} and {float(b)}"
    )
    assert w.requires_grad is False and b.requires_grad is False, (
        "Return w.detach() and b.detach(): plain tensors that no longer track gradients"
    )
    again = fit_line(X, Y, lr=0.1, steps=200)
    assert again[2] == losses, "fit_line(x, y) should be the same as fit_line(x, y, lr=0.1, steps=200)"
    slower = fit_line(X, Y, lr=0.01, steps=200)[2]
    assert slower[-1] > losses[-1], "A smaller lr (0.01) should go down more slowly: use lr in the update"
