"""Fit Newton's law of cooling to measured temperatures with SciPy."""

import math

import numpy as np
from scipy.interpolate import CubicSpline
from scipy.optimize import brentq, curve_fit


def cooling(t, room, start, k):
    """Newton's law of cooling: the temperature after t minutes (t may be an array)."""
    return room + (start - room) * math.exp(-k * t)


def fit_cooling(t: np.ndarray, temps: np.ndarray) -> dict[str, float]:
    """The room temperature, start temperature and rate k that fit the measurements best."""
    params, covariance = curve_fit(cooling, t, temps)
    room, start, k = params
    errors = np.sqrt(np.diag(covariance))
    return {"room": float(room), "start": float(start), "k": float(k), "k_error": float(errors[2])}


def minutes_until(fit: dict[str, float], target: float, t_max: float) -> float:
    """When the fitted curve reaches target, between 0 and t_max minutes (ValueError if never)."""

    def gap(t: float) -> float:
        return cooling(t, fit["room"], fit["start"], fit["k"]) - target

    return float(brentq(gap, a=0.0, b=t_max))


def temperature_at(t: np.ndarray, temps: np.ndarray, when: np.ndarray) -> np.ndarray:
    """The measurements read between their times, along a cubic spline through them."""
    return CubicSpline(t, temps)(when)
