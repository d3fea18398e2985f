"""Values of the numeric libraries, by value across the judge-subject channel.

A NumPy array, a NumPy scalar, a pandas Series, DataFrame or Index and a PyTorch tensor
cross as their data: numbers as raw bytes, labels and text as plain values. Without this
they would cross as references, and every `df["a"]`, `arr.flags` or `x == 1.5` in a test
would be a round trip that answers with another reference (a NumPy scalar never equals
the float a test compares it with that way). Rebuilding never runs code from the peer: only
numeric dtypes, a short list of pandas dtypes by name, and constructors given arrays and
plain lists. Whatever does not fit (object arrays, tz-aware dates, a DataFrame of
dictionaries) returns None here and crosses as a reference, as before.

Standard library only at import: a library is used when the peer's value needs it, and
only if the sending side had it loaded.
"""

from __future__ import annotations

import base64
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyascent.grader.inside.wire import MAX_FRAME, ProtocolError
else:
    _wire = sys.modules["_pyascent_inside_wire"]
    ProtocolError, MAX_FRAME = _wire.ProtocolError, _wire.MAX_FRAME

KEY = "lib"
# bool, int, uint, float, complex, datetime, timedelta, fixed-width text: never objects
_ARRAY_KINDS = set("biufcMmUS")
_PLAIN = (type(None), bool, int, float, str)
# pandas dtypes rebuilt by name (besides NumPy's own and "category")
_PANDAS_DTYPES = {
    "str",
    "string",
    "boolean",
    *(f"{sign}Int{bits}" for sign in ("", "U") for bits in (8, 16, 32, 64)),
    "Float32",
    "Float64",
}
MAX_LABELS = 1_000_000


class _Unfit(Exception):
    """The value has a part this codec does not carry; it crosses as a reference."""


def payload(value: Any) -> dict[str, Any] | None:
    """The value as data, or None when it is not one of these libraries' plain values."""
    kind = type(value)
    module = kind.__module__.partition(".")[0]
    try:
        if module == "numpy":
            return _numpy(value, sys.modules["numpy"])
        if module == "pandas" and "pandas" in sys.modules:
            return _pandas(value, sys.modules["pandas"])
        if module == "torch" and "torch" in sys.modules:
            return _torch(value, sys.modules["torch"])
    except _Unfit:
        return None
    return None


def rebuilt(item: dict[str, Any]) -> Any:
    """Validate and rebuild what `payload` made (from an untrusted peer)."""
    data = item[KEY]
    if not isinstance(data, dict):
        raise ProtocolError("a library value that is not a record")
    tag = data.get("t")
    if tag == "nd":
        return _array_in(data)
    if tag == "ns":
        return _array_in({**data, "shape": []})[()]
    if tag in ("pd", "ps", "pi"):
        import pandas

        return _pandas_in(data, pandas)
    if tag == "tt":
        import torch

        tensor = torch.from_numpy(_array_in(data["a"]))
        return tensor.requires_grad_(True) if data.get("grad") is True else tensor
    raise ProtocolError("unknown library value")


# -- NumPy -----------------------------------------------------------------------------


def _numpy(value: Any, numpy: Any) -> dict[str, Any] | None:
    if type(value) is numpy.ndarray:
        return {KEY: _array(value)}
    if isinstance(value, numpy.generic) and value.dtype.kind in _ARRAY_KINDS:
        raw = numpy.asarray(value)
        return {KEY: {"t": "ns", "dtype": raw.dtype.str, "data": _b64(raw.tobytes())}}
    return None


def _array(value: Any) -> dict[str, Any]:
    if value.dtype.kind not in _ARRAY_KINDS or value.nbytes > MAX_FRAME // 2:
        raise _Unfit
    order = (
        "F" if value.ndim > 1 and value.flags.f_contiguous and not value.flags.c_contiguous else "C"
    )
    return {
        "t": "nd",
        "dtype": value.dtype.str,
        "shape": list(value.shape),
        "order": order,
        "data": _b64(value.tobytes(order=order)),
    }


def _array_in(data: dict[str, Any]) -> Any:
    import numpy

    dtype = numpy.dtype(str(data["dtype"]))
    if dtype.kind not in _ARRAY_KINDS:
        raise ProtocolError(f"refused an array of dtype {dtype}")
    shape = tuple(int(n) for n in data["shape"])
    if any(n < 0 for n in shape):
        raise ProtocolError("an array of negative size")
    raw = base64.b64decode(str(data["data"]), validate=True)
    count = 1
    for n in shape:
        count *= n
    if count * dtype.itemsize != len(raw):
        raise ProtocolError("array data does not match its shape")
    flat = numpy.frombuffer(raw, dtype=dtype)
    if data.get("order") == "F":
        return flat.reshape(shape, order="F").copy(order="F")
    return flat.reshape(shape).copy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# -- pandas ----------------------------------------------------------------------------


def _pandas(value: Any, pandas: Any) -> dict[str, Any] | None:
    if type(value) is pandas.DataFrame:
        if value.shape[0] * max(1, value.shape[1]) > MAX_LABELS:
            raise _Unfit
        columns = [_column(value.iloc[:, i]) for i in range(value.shape[1])]
        return {
            KEY: {
                "t": "pd",
                "columns": columns,
                "labels": _index(value.columns),
                "index": _index(value.index),
            }
        }
    if type(value) is pandas.Series:
        if len(value) > MAX_LABELS:
            raise _Unfit
        return {
            KEY: {
                "t": "ps",
                "values": _column(value),
                "index": _index(value.index),
                "name": _label(value.name),
            }
        }
    if isinstance(value, pandas.Index):
        return {KEY: {"t": "pi", "index": _index(value)}}
    return None


def _column(values: Any) -> dict[str, Any]:
    """One column's values: a NumPy array when its dtype is NumPy's, plain values otherwise."""
    dtype = values.dtype
    name = str(dtype)
    if name == "category":
        return {
            "category": _index(dtype.categories),
            "codes": _array(sys.modules["numpy"].asarray(values.array.codes)),
            "ordered": bool(dtype.ordered),
        }
    if type(dtype).__module__.startswith("numpy") and dtype.kind in _ARRAY_KINDS:
        return {"array": _array(values.to_numpy())}
    if name not in _PANDAS_DTYPES and name != "object":
        raise _Unfit
    plain = [_plain(v) for v in values.tolist()]
    return {"dtype": name, "plain": plain}


def _plain(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if value is not None and type(value).__name__ in ("NAType", "NaTType"):
        return None
    raise _Unfit


def _label(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if type(value) is tuple and all(type(v) in _PLAIN for v in value):
        return {"tuple": list(value)}
    raise _Unfit


def _index(index: Any) -> dict[str, Any]:
    pandas = sys.modules["pandas"]
    if len(index) > MAX_LABELS:
        raise _Unfit
    if type(index) is pandas.RangeIndex:
        return {"range": [index.start, index.stop, index.step], "name": _label(index.name)}
    if type(index) is pandas.MultiIndex:
        levels = [_column(index.get_level_values(i)) for i in range(index.nlevels)]
        return {"levels": levels, "names": [_label(n) for n in index.names]}
    freq = getattr(index, "freqstr", None)
    found = {"values": _column(index), "name": _label(index.name)}
    return {**found, "freq": freq} if isinstance(freq, str) else found


def _pandas_in(data: dict[str, Any], pandas: Any) -> Any:
    if data["t"] == "pi":
        return _index_in(data["index"], pandas)
    if data["t"] == "ps":
        values = _column_in(data["values"], pandas)
        index = _index_in(data["index"], pandas)
        return pandas.Series(values, index=index, name=_label_in(data.get("name")), copy=False)
    columns = [_column_in(c, pandas) for c in data["columns"]]
    labels = _index_in(data["labels"], pandas)
    index = _index_in(data["index"], pandas)
    if len(columns) != len(labels):
        raise ProtocolError("a DataFrame whose columns and labels differ in number")
    frame = pandas.DataFrame({i: column for i, column in enumerate(columns)}, index=index)
    if any(len(c) != len(index) for c in columns):
        raise ProtocolError("a DataFrame whose columns differ in length")
    frame.columns = labels
    return frame


def _column_in(data: dict[str, Any], pandas: Any) -> Any:
    if "array" in data:
        return _array_in(data["array"])
    if "category" in data:
        categories = _index_in(data["category"], pandas)
        codes = _array_in(data["codes"])
        if codes.dtype.kind != "i" or codes.ndim != 1:
            raise ProtocolError("category codes that are not integers")
        return pandas.Categorical.from_codes(
            codes, categories=categories, ordered=data["ordered"] is True
        )
    name = str(data["dtype"])
    if name != "object" and name not in _PANDAS_DTYPES:
        raise ProtocolError(f"refused a pandas dtype {name[:40]!r}")
    plain = data["plain"]
    if not isinstance(plain, list) or not all(type(v) in _PLAIN for v in plain):
        raise ProtocolError("a column of values that are not plain")
    return pandas.array(plain, dtype=object if name == "object" else name)


def _label_in(value: Any) -> Any:
    if isinstance(value, dict):
        items = value.get("tuple")
        if not isinstance(items, list) or not all(type(v) in _PLAIN for v in items):
            raise ProtocolError("a label that is not plain")
        return tuple(items)
    if type(value) not in _PLAIN:
        raise ProtocolError("a label that is not plain")
    return value


def _index_in(data: dict[str, Any], pandas: Any) -> Any:
    if "range" in data:
        start, stop, step = (int(n) for n in data["range"])
        return pandas.RangeIndex(start, stop, step, name=_label_in(data.get("name")))
    if "levels" in data:
        levels = [_column_in(level, pandas) for level in data["levels"]]
        names = [_label_in(n) for n in data["names"]]
        return pandas.MultiIndex.from_arrays(levels, names=names)
    values = _column_in(data["values"], pandas)
    freq = data.get("freq")
    index = pandas.Index(values, name=_label_in(data.get("name")))
    if isinstance(freq, str) and isinstance(index, pandas.DatetimeIndex):
        index = pandas.DatetimeIndex(index, freq=freq[:20])
    return index


# -- PyTorch ---------------------------------------------------------------------------


def _torch(value: Any, torch: Any) -> dict[str, Any] | None:
    if not isinstance(value, torch.Tensor) or value.layout != torch.strided:
        return None
    if value.is_complex() or value.dtype == torch.bfloat16:
        raise _Unfit
    array = value.detach().cpu().contiguous().numpy()
    grad = bool(value.requires_grad) and value.is_floating_point()
    return {KEY: {"t": "tt", "a": _array(array), "grad": grad}}
