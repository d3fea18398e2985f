"""The forward process of a diffusion model: how a signal is buried in noise, step by step."""

import argparse

import numpy as np


def linear_betas(steps: int, start: float = 1e-4, end: float = 0.02) -> np.ndarray:
    """The share of noise added at each step: steps numbers from start to end, evenly spaced."""
    raise NotImplementedError("linear_betas is not written yet")


def alpha_bars(betas: np.ndarray) -> np.ndarray:
    """How much of the signal's power is left after each step: the running product of 1 - beta."""
    raise NotImplementedError("alpha_bars is not written yet")


def add_noise(x0: np.ndarray, t: int, noise: np.ndarray, bars: np.ndarray) -> np.ndarray:
    """x0 after t + 1 steps, in one go: sqrt(bar) * x0 + sqrt(1 - bar) * noise."""
    raise NotImplementedError("add_noise is not written yet")


def estimate_x0(xt: np.ndarray, t: int, noise: np.ndarray, bars: np.ndarray) -> np.ndarray:
    """The clean signal, given the noisy one and the noise in it (what a denoiser predicts)."""
    raise NotImplementedError("estimate_x0 is not written yet")


def training_example(
    x0: np.ndarray, bars: np.ndarray, rng: np.random.Generator
) -> tuple[int, np.ndarray, np.ndarray]:
    """One training example for a denoiser: a random step t, the noisy input and the noise in it."""
    raise NotImplementedError("training_example is not written yet")


def build_parser() -> argparse.ArgumentParser:
    """The program's command line: --steps and --show."""
    parser = argparse.ArgumentParser(description="How much signal and noise are left at some steps.")
    parser.add_argument("--steps", type=int, default=1000, help="number of noising steps")
    parser.add_argument("--show", type=int, nargs="+", default=[0, 250, 500, 750, 999], help="steps to show")
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    options = parser.parse_args(argv)
    raise NotImplementedError("the table is not written yet")


if __name__ == "__main__":
    main()
