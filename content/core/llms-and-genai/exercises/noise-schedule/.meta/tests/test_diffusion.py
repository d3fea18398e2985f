import numpy as np
import pytest

import diffusion
from diffusion import add_noise, alpha_bars, estimate_x0, linear_betas, main, training_example

BARS = np.cumprod(1.0 - np.linspace(1e-4, 0.02, 1000))  # the schedule of the checks
X0 = np.array([1.0, -0.5, 0.25, 0.0])  # a tiny "image" of four pixels
NOISE = np.array([0.3, 0.1, -2.0, 1.2])

DEFAULT_TABLE = """step  signal  noise
   0   1.000  0.010
 250   0.722  0.692
 500   0.279  0.960
 750   0.057  0.998
 999   0.006  1.000
"""


def generator(seed):
    """A numpy Generator made on the side of your code."""
    return diffusion.np.random.default_rng(seed)


def test_linear_betas():
    """linear_betas gives `steps` numbers from start to end, evenly spaced."""
    betas = linear_betas(5)
    assert isinstance(betas, np.ndarray) and betas.shape == (5,), "linear_betas(5) should be a NumPy array of 5 numbers"
    assert np.allclose(betas, [0.0001, 0.005075, 0.01005, 0.015025, 0.02]), (
        "linear_betas(5) should be [0.0001, 0.005075, 0.01005, 0.015025, 0.02]: from start=1e-4 "
        "to end=0.02, both included (np.linspace)"
    )
    assert np.allclose(linear_betas(4, 0.1, 0.4), [0.1, 0.2, 0.3, 0.4]), "linear_betas(4, 0.1, 0.4) should be [0.1, 0.2, 0.3, 0.4]"
    assert linear_betas(1000).shape == (1000,), "linear_betas(1000) should have 1000 numbers"


def test_alpha_bars():
    """alpha_bars is the running product of 1 - beta."""
    bars = alpha_bars(np.array([0.1, 0.2, 0.5]))
    assert np.allclose(bars, [0.9, 0.72, 0.36]), (
        "alpha_bars([0.1, 0.2, 0.5]) should be [0.9, 0.72, 0.36]: 0.9, then 0.9 * 0.8, then "
        "0.9 * 0.8 * 0.5 (np.cumprod of 1 - betas)"
    )
    assert np.allclose(alpha_bars(linear_betas(1000)), BARS), "alpha_bars(linear_betas(1000)) should be the running product of 1 - betas"


def test_add_noise():
    """add_noise mixes the signal and the noise: sqrt(bar) * x0 + sqrt(1 - bar) * noise."""
    assert np.allclose(add_noise(X0, 499, NOISE, BARS), [0.5683, -0.0442, -1.8497, 1.1519], atol=1e-4), (
        "add_noise(x0, 499, noise, bars) should be about [0.5683, -0.0442, -1.8497, 1.1519]: "
        "np.sqrt(bars[t]) * x0 + np.sqrt(1 - bars[t]) * noise, with t = 499"
    )
    early = add_noise(X0, 0, NOISE, BARS)
    assert np.allclose(early, X0, atol=0.03), "At step 0 the noisy signal should still be almost x0"
    late = add_noise(X0, 999, NOISE, BARS)
    assert np.allclose(late, NOISE, atol=0.01), "At step 999 almost nothing of x0 is left: the result is almost the noise"


def test_estimate_x0_undoes_the_noise():
    """Knowing the noise, estimate_x0 gives the clean signal back, at any step."""
    for t in [0, 120, 640, 999]:
        noisy = np.sqrt(BARS[t]) * X0 + np.sqrt(1.0 - BARS[t]) * NOISE
        assert np.allclose(estimate_x0(noisy, t, NOISE, BARS), X0, atol=1e-6), (
            f"estimate_x0(noisy, {t}, noise, bars) should give x0 back: subtract "
            "np.sqrt(1 - bars[t]) * noise, then divide by np.sqrt(bars[t])"
        )


def test_training_example():
    """training_example picks a step, draws noise with rng and returns (t, noisy x0, noise)."""
    example = training_example(X0, BARS, generator(11))
    assert type(example) is tuple and len(example) == 3, "training_example should return a tuple (t, noisy, noise)"
    t, noisy, noise = example
    assert type(t) is int and 0 <= t < 1000, (
        f"t should be a plain int from 0 to 999 (a step of the schedule), not {t!r}: int(rng.integers(len(bars)))"
    )
    assert noise.shape == X0.shape, "The noise should have the shape of x0: rng.standard_normal(x0.shape)"
    assert np.allclose(noisy, np.sqrt(BARS[t]) * X0 + np.sqrt(1.0 - BARS[t]) * noise), (
        "The noisy input should be add_noise(x0, t, noise, bars) with the t and the noise returned"
    )


def test_training_examples_cover_the_schedule():
    """Over many examples, t covers the whole schedule and the noise is standard normal."""
    rng = generator(5)
    steps = [training_example(X0, BARS, rng)[0] for _ in range(100)]
    assert min(steps) < 100 and max(steps) > 900, (
        f"100 examples had steps from {min(steps)} to {max(steps)}: t should be drawn from the "
        "whole schedule, 0 to len(bars) - 1"
    )
    big = np.zeros(20_000)
    _, _, noise = training_example(big, BARS, rng)
    assert abs(noise.mean()) < 0.05 and abs(noise.std() - 1.0) < 0.05, (
        f"The noise should be standard normal (mean 0, standard deviation 1); it had mean "
        f"{noise.mean():.2f} and standard deviation {noise.std():.2f}: rng.standard_normal"
    )


def test_training_example_uses_the_generator():
    """The same seed gives the same example; draw only with the rng given."""
    first = training_example(X0, BARS, generator(3))
    again = training_example(X0, BARS, generator(3))
    other = training_example(X0, BARS, generator(4))
    assert first[0] == again[0] and np.array_equal(first[2], again[2]), (
        "Two generators made with the same seed should give the same t and noise: draw with the "
        "rng you are given, never with np.random itself"
    )
    assert not np.array_equal(first[2], other[2]), "Generators with seeds 3 and 4 should give different noise"


def test_the_program_prints_the_table(run_program):
    """python diffusion.py prints how much signal and noise are left at steps 0, 250, 500, 750, 999."""
    result = run_program("diffusion.py")
    assert result.returncode == 0, f"python diffusion.py should end without an error:\n{result.stderr}"
    assert result.stdout == DEFAULT_TABLE, (
        "python diffusion.py should print the table of the instructions: a header line, then for "
        "each step t of --show, f\"{t:>4}  {signal:6.3f}  {noise:5.3f}\", where signal is "
        "sqrt(bars[t]) and noise sqrt(1 - bars[t])"
    )


def test_other_steps_and_schedule(capsys):
    """--steps sets the length of the schedule and --show the steps to print."""
    main(["--steps", "10", "--show", "0", "5", "9"])
    assert capsys.readouterr().out == "step  signal  noise\n   0   1.000  0.010\n   5   0.983  0.183\n   9   0.951  0.310\n", (
        "main(['--steps', '10', '--show', '0', '5', '9']) should print the table for a schedule of "
        "10 steps: steps 0, 5 and 9"
    )


def test_a_step_outside_the_schedule(run_program):
    """A step outside the schedule is refused with a clear message and exit code 2."""
    for show in ["10", "-1"]:
        result = run_program("diffusion.py", args=["--steps", "10", "--show", "3", show])
        assert result.returncode == 2 and f"step {show} is outside 0..9" in result.stderr, (
            f"python diffusion.py --steps 10 --show 3 {show} should stop with exit code 2 and the "
            f"error 'step {show} is outside 0..9' (parser.error does both)"
        )
        assert result.stdout == "", (
            f"Nothing should be printed when step {show} is refused, not even the header or step 3: "
            "check every step first, then print"
        )


def test_help():
    """--help describes the program and its two options (the starter's build_parser, kept as it is)."""
    text = diffusion.build_parser().format_help()
    for words in ["How much signal and noise are left at some steps.", "number of noising steps", "steps to show"]:
        assert words in text, (
            f"python diffusion.py --help should say {words!r}: keep build_parser of the starter as it is"
        )
