"""Fit Newton's law of cooling to measured temperatures with SciPy."""

import numpy as np
from scipy.interpolate import CubicSpline
from scipy.optimize import brentq, curve_fit


def cooling(t, room, start, k):
    """Newton's law of cooling: the temperature after t minutes (t may be an array)."""
    raise NotImplementedError("cooling is not written yet")


def fit_cooling(t: np.ndarray, temps: np.ndarray) -> dict[str, float]:
    """The room temperature, start temperature and rate k that fit the measurements best."""
    raise NotImplementedError("fit_cooling is not written yet")


def minutes_until(fit: dict[str, float], target: float, t_max: float) -> float:
    """When the fitted curve reaches target, between 0 and t_max minutes (ValueError if never)."""
    raise NotImplementedError("minutes_until is not written yet")


def temperature_at(t: np.ndarray, temps: np.ndarray, when: np.ndarray) -> np.ndarray:
    """The measurements read between their times, along a cubic spline through them."""
    raise NotImplementedError("temperature_at is not written yet")


if __name__ == "__main__":
    minutes = np.arange(0, 62, 2.0)
    rng = np.random.default_rng(2024)
    measured = 21 + (90 - 21) * np.exp(-0.08 * minutes) + rng.normal(0, 0.4, minutes.size)
    fit = fit_cooling(minutes, measured)
    print(fit)
    print(minutes_until(fit, 60.0, 60.0))
    print(temperature_at(minutes, measured, np.array([1.0, 3.0])))
