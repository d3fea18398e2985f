"""Points on interleaved spiral arms, one class per arm, made with a fixed seed (nothing is downloaded).

    from spirals import make_spirals
    X, y = make_spirals(300, seed=1)
"""

import torch


def make_spirals(n: int, seed: int = 0, classes: int = 3) -> tuple[torch.Tensor, torch.Tensor]:
    """n points (a float tensor n x 2) and their arm, 0 .. classes - 1 (an int64 tensor)."""
    generator = torch.Generator().manual_seed(seed)
    labels = torch.randint(0, classes, (n,), generator=generator)
    t = torch.rand(n, generator=generator)
    angle = 3.0 * t + labels.float() * 2 * torch.pi / classes + 0.15 * torch.randn(n, generator=generator)
    return torch.stack([t * torch.cos(angle), t * torch.sin(angle)], dim=1) * 2, labels
