import math

import numpy as np
import pytest
from scipy.interpolate import CubicSpline
from scipy.optimize import curve_fit

from cooling import cooling, fit_cooling, minutes_until, temperature_at

MINUTES = np.arange(0, 62, 2.0)


def model(t, room, start, k):
    return room + (start - room) * np.exp(-k * t)


def measured(room, start, k, seed, noise=0.4):
    """A cup of tea measured every 2 minutes by a slightly noisy thermometer."""
    rng = np.random.default_rng(seed)
    return model(MINUTES, room, start, k) + rng.normal(0, noise, MINUTES.size)


TEA = measured(21.0, 90.0, 0.08, seed=2024)
FRIDGE = measured(5.0, 60.0, 0.15, seed=7)  # soup cooling down in a fridge


def reference_fit(temps):
    """curve_fit on the same data, here in the tests."""
    params, covariance = curve_fit(model, MINUTES, temps)
    return params, np.sqrt(np.diag(covariance))


def test_cooling_formula():
    """cooling(t, room, start, k) = room + (start - room) * exp(-k * t)."""
    assert cooling(0.0, 20.0, 80.0, 0.1) == pytest.approx(80.0), (
        "cooling(0, room=20, start=80, k=0.1) should be 80.0: at t = 0 the tea is at its start "
        "temperature"
    )
    assert cooling(10.0, 20.0, 80.0, 0.1) == pytest.approx(20 + 60 * math.exp(-1)), (
        "cooling(10, 20, 80, 0.1) should be 20 + 60 * exp(-1), about 42.07: "
        "room + (start - room) * np.exp(-k * t)"
    )
    assert cooling(1000.0, 20.0, 80.0, 0.1) == pytest.approx(20.0), (
        "cooling(1000, 20, 80, 0.1) should be about 20.0: after a long time the tea is at room "
        "temperature"
    )


def test_cooling_works_on_arrays():
    """cooling takes an array of times and gives an array of temperatures (np.exp, not math.exp)."""
    try:
        result = cooling(np.array([0.0, 5.0, 10.0]), 20.0, 80.0, 0.1)
    except TypeError as error:
        pytest.fail(
            f"cooling(np.array([0, 5, 10]), 20, 80, 0.1) raised TypeError ({error}): math.exp "
            "takes one number; use np.exp, which works on whole arrays",
            pytrace=False,
        )
    assert isinstance(result, np.ndarray) and result.shape == (3,), (
        "cooling(np.array([0, 5, 10]), 20, 80, 0.1) should be an array of 3 temperatures: "
        "use np.exp, which works on whole arrays (math.exp takes one number)"
    )
    assert np.allclose(result, 20 + 60 * np.exp([0.0, -0.5, -1.0])), (
        "cooling(np.array([0, 5, 10]), 20, 80, 0.1) should be about [80.0, 56.39, 42.07]"
    )


def test_fit_finds_the_true_values():
    """fit_cooling recovers the tea's room temperature, start temperature and rate k."""
    fit = fit_cooling(MINUTES, TEA)
    assert isinstance(fit, dict) and {"room", "start", "k", "k_error"} <= set(fit), (
        "fit_cooling should return a dict with the keys 'room', 'start', 'k' and 'k_error'"
    )
    assert abs(fit["room"] - 21.0) < 0.5 and abs(fit["start"] - 90.0) < 0.5, (
        "The tea was made at 90 °C in a room at 21 °C: the fit should give room and start "
        f"within 0.5 of those, not room={fit['room']:.2f}, start={fit['start']:.2f}. Fit "
        "cooling to (t, temps) with scipy.optimize.curve_fit; params come in the order of "
        "cooling's arguments after t"
    )
    assert abs(fit["k"] - 0.08) < 0.005, (
        f"The tea cools at k = 0.08 per minute: the fit should be within 0.005, not {fit['k']:.4f}"
    )


def test_fit_is_the_least_squares_fit():
    """The fitted values are curve_fit's best fit, for the tea and for soup in a fridge."""
    for temps, name in [(TEA, "the tea"), (FRIDGE, "the soup in the fridge")]:
        fit = fit_cooling(MINUTES, temps)
        params, _ = reference_fit(temps)
        found = [fit["room"], fit["start"], fit["k"]]
        assert np.allclose(found, params, rtol=1e-4), (
            f"For {name} the best fit is room={params[0]:.3f}, start={params[1]:.3f}, "
            f"k={params[2]:.4f}, not room={found[0]:.3f}, start={found[1]:.3f}, "
            f"k={found[2]:.4f}: curve_fit(cooling, t, temps) gives (params, covariance)"
        )


def test_uncertainty_of_k():
    """k_error is the standard error of k: the square root of its variance in the covariance."""
    for temps, name in [(TEA, "the tea"), (FRIDGE, "the soup in the fridge")]:
        fit = fit_cooling(MINUTES, temps)
        _, errors = reference_fit(temps)
        assert fit["k_error"] == pytest.approx(errors[2], rel=1e-3), (
            f"For {name} k_error should be about {errors[2]:.6f}: the square root of the "
            "covariance's diagonal, np.sqrt(np.diag(covariance)), at the position of k (the "
            "third parameter)"
        )


def test_minutes_until_a_temperature():
    """minutes_until finds when the fitted curve comes down to a temperature."""
    fit = {"room": 21.0, "start": 90.0, "k": 0.08}
    for target in (60.0, 40.0, 89.0):
        expected = -math.log((target - 21.0) / (90.0 - 21.0)) / 0.08
        result = minutes_until(fit, target, 60.0)
        assert result == pytest.approx(expected, abs=1e-6), (
            f"With room 21, start 90 and k 0.08 the tea reaches {target} °C after "
            f"{expected:.3f} minutes, not {result}: find the root of "
            "cooling(t, ...) - target between 0 and t_max with scipy.optimize.brentq"
        )


def test_minutes_until_a_temperature_never_reached():
    """A temperature the curve does not reach between 0 and t_max is a ValueError."""
    fit = {"room": 21.0, "start": 90.0, "k": 0.08}
    cases = [
        (15.0, 60.0, "is below the room temperature"),
        (95.0, 60.0, "is above the start temperature"),
        (40.0, 10.0, "is only reached after 16 minutes"),
    ]
    for target, t_max, why in cases:
        with pytest.raises(ValueError):
            minutes_until(fit, target, t_max)
            pytest.fail(
                f"minutes_until(fit, {target}, {t_max}) should raise ValueError: {target} °C {why}. "
                "brentq raises ValueError itself when the curve does not cross the target "
                "between 0 and t_max",
                pytrace=False,
            )


def test_temperature_between_measurements():
    """temperature_at reads the measurements between their times along a cubic spline."""
    when = np.array([1.0, 3.0, 30.0, 59.5])
    result = temperature_at(MINUTES, TEA, when)
    assert isinstance(result, np.ndarray) and result.shape == (4,), (
        "temperature_at(t, temps, when) should give one temperature per time in when"
    )
    expected = CubicSpline(MINUTES, TEA)(when)
    straight = np.interp(when, MINUTES, TEA)
    if np.allclose(result, straight) and not np.allclose(result, expected):
        pytest.fail(
            "temperature_at joins the points with straight lines (np.interp): use a cubic "
            "spline, scipy.interpolate.CubicSpline(t, temps), then call it with when",
            pytrace=False,
        )
    assert np.allclose(result, expected), (
        "temperature_at(t, temps, when) should be CubicSpline(t, temps)(when): a smooth curve "
        "through every measurement"
    )
    at_points = temperature_at(MINUTES, TEA, MINUTES[:3])
    assert np.allclose(at_points, TEA[:3]), (
        "At the measured times the spline should give the measurements themselves"
    )
