"""The forward process of a diffusion model: how a signal is buried in noise, step by step."""

import argparse

import numpy as np


def linear_betas(steps: int, start: float = 1e-4, end: float = 0.02) -> np.ndarray:
    """The share of noise added at each step: steps numbers from start to end, evenly spaced."""
    return np.linspace(start, end, steps)


def alpha_bars(betas: np.ndarray) -> np.ndarray:
    """How much of the signal's power is left after each step: the running product of 1 - beta."""
    return np.cumprod(1.0 - betas)


def add_noise(x0: np.ndarray, t: int, noise: np.ndarray, bars: np.ndarray) -> np.ndarray:
    """x0 after t + 1 steps, in one go: sqrt(bar) * x0 + sqrt(1 - bar) * noise."""
    return np.sqrt(bars[t]) * x0 + np.sqrt(1.0 - bars[t]) * noise


def estimate_x0(xt: np.ndarray, t: int, noise: np.ndarray, bars: np.ndarray) -> np.ndarray:
    """The clean signal, given the noisy one and the noise in it (what a denoiser predicts)."""
    return (xt - np.sqrt(1.0 - bars[t]) * noise) / np.sqrt(bars[t])


def training_example(
    x0: np.ndarray, bars: np.ndarray, rng: np.random.Generator
) -> tuple[int, np.ndarray, np.ndarray]:
    """One training example for a denoiser: a random step t, the noisy input and the noise in it."""
    t = int(rng.integers(len(bars)))
    noise = rng.standard_normal(x0.shape)
    return t, add_noise(x0, t, noise, bars), noise


def build_parser() -> argparse.ArgumentParser:
    """The program's command line: --steps and --show."""
    parser = argparse.ArgumentParser(description="How much signal and noise are left at some steps.")
    parser.add_argument("--steps", type=int, default=1000, help="number of noising steps")
    parser.add_argument("--show", type=int, nargs="+", default=[0, 250, 500, 750, 999], help="steps to show")
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    options = parser.parse_args(argv)
    bars = alpha_bars(linear_betas(options.steps))
    for t in options.show:
        if not 0 <= t < options.steps:
            parser.error(f"step {t} is outside 0..{options.steps - 1}")
    print("step  signal  noise")
    for t in options.show:
        print(f"{t:>4}  {np.sqrt(bars[t]):6.3f}  {np.sqrt(1.0 - bars[t]):5.3f}")


if __name__ == "__main__":
    main()
