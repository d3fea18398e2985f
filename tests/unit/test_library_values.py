"""NumPy, pandas and PyTorch values cross the judge-subject channel by value, exactly."""

from __future__ import annotations

import json
import sys
from typing import Any

import numpy
import pandas
import pytest
import torch

from pyascent.grader.inside import wire

sys.modules.setdefault("_pyascent_inside_wire", wire)  # the sandbox's name for it
from pyascent.grader.inside import libraries  # noqa: E402  (needs the name above)

# What libraries.py raises: the wire module it was loaded beside (another test file may
# have loaded its own copy under the sandbox's name first).
REFUSED: type[Exception] = sys.modules["_pyascent_inside_wire"].ProtocolError


def across(value: Any) -> Any:
    """As the peer rebuilds it: through JSON, as on the socket."""
    sent = libraries.payload(value)
    assert sent is not None, f"{type(value).__name__} should cross by value"
    return libraries.rebuilt(json.loads(json.dumps(sent)))


def test_arrays_keep_dtype_shape_and_memory_order() -> None:
    c_order = numpy.arange(6, dtype=numpy.float32).reshape(2, 3)
    f_order = numpy.asfortranarray(numpy.arange(6, dtype=numpy.int16).reshape(3, 2))
    for array in (c_order, f_order, numpy.array(["ab", "c"]), numpy.array(["2026-01-02"], "M8[D]")):
        back = across(array)
        assert back.dtype == array.dtype and back.shape == array.shape
        assert (back == array).all()
        assert back.flags.f_contiguous == array.flags.f_contiguous
        assert back.flags.c_contiguous == array.flags.c_contiguous
        assert back.flags.writeable
    assert across(f_order).flags.f_contiguous and not across(f_order).flags.c_contiguous


def test_scalars_keep_their_numpy_type_and_exact_value() -> None:
    for scalar in (
        numpy.float64(0.1),
        numpy.int64(2**62 + 1),
        numpy.bool_(True),
        numpy.float32(1.1),
    ):
        back = across(scalar)
        assert type(back) is type(scalar) and back == scalar
    assert across(numpy.float64(1.5)) == 1.5


def test_object_arrays_and_unknown_values_stay_references() -> None:
    assert libraries.payload(numpy.array([object()])) is None
    assert libraries.payload(pandas.Series([{"a": 1}])) is None
    assert libraries.payload(pandas.Series(pandas.date_range("2026", periods=2, tz="UTC"))) is None
    assert libraries.payload([1, 2]) is None


def test_forged_payloads_are_refused() -> None:
    good = libraries.payload(numpy.arange(3))
    assert good is not None
    for forged in (
        {**good["lib"], "dtype": "|O"},
        {**good["lib"], "shape": [4]},
        {**good["lib"], "t": "??"},
    ):
        with pytest.raises(REFUSED):
            libraries.rebuilt({"lib": forged})
    column = {"dtype": "object", "plain": [{"r": 1}]}
    with pytest.raises(REFUSED, match="plain"):
        libraries.rebuilt({"lib": {"t": "ps", "values": column, "index": {"range": [0, 1, 1]}}})
    evil = {"dtype": "datetime64[ns, Evil/Zone]", "plain": [1]}
    with pytest.raises(REFUSED, match="dtype"):
        libraries.rebuilt({"lib": {"t": "ps", "values": evil, "index": {"range": [0, 1, 1]}}})


def test_frames_round_trip_with_their_dtypes_and_indexes() -> None:
    frame = pandas.DataFrame(
        {
            "city": ["Oslo", None, "Lima"],
            "temp": [1.5, numpy.nan, 20.25],
            "n": pandas.array([1, None, 3], dtype="Int64"),
            "kind": pandas.Categorical(["a", "b", "a"], categories=["b", "a"], ordered=True),
            "when": pandas.to_datetime(["2026-01-01", "2026-02-01", "2026-03-01"]),
            "mixed": [1, "x", None],
        },
        index=pandas.Index([10, 20, 30], name="id"),
    )
    pandas.testing.assert_frame_equal(across(frame), frame)
    grouped = frame.groupby(["city", "kind"], observed=True)["temp"].sum()
    pandas.testing.assert_series_equal(across(grouped), grouped)
    daily = pandas.Series([1, 2, 3], index=pandas.date_range("2026-01-01", periods=3, freq="D"))
    pandas.testing.assert_series_equal(across(daily), daily)
    assert across(daily).index.freqstr == "D"
    wide = frame.pivot_table(index="kind", columns="city", values="temp", observed=True)
    pandas.testing.assert_frame_equal(across(wide), wide)
    pandas.testing.assert_index_equal(across(frame.columns), frame.columns)


def test_tensors_cross_as_tensors_and_keep_requires_grad() -> None:
    weights = torch.randn(3, 2, requires_grad=True)
    back = across(weights)
    assert isinstance(back, torch.Tensor) and back.dtype == torch.float32
    assert torch.equal(back, weights.detach()) and back.requires_grad
    labels = across(torch.tensor([1, 0, 2]))
    assert labels.dtype == torch.int64 and not labels.requires_grad
    assert across(torch.nn.Parameter(torch.ones(2))).requires_grad
