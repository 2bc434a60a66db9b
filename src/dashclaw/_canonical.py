"""The canonical JSON that an agent's signature covers, byte for byte the same in Python and JavaScript.

It is the JSON Canonicalization Scheme (RFC 8785), which is what `JSON.stringify` writes once object keys are
sorted: no whitespace; object keys sorted by UTF-16 code units; strings with only `"`, `\\`, the control
characters and unpaired surrogates escaped (short forms `\\b \\f \\n \\r \\t`, else lowercase `\\u00XX`), every
other character as UTF-8; numbers as ECMAScript writes them, so a float with an integral value has no
fraction (`1.0` is `1`), `1e-7` is `1e-7`, `1e21` is `1e+21` and `-0.0` is `0`. Integers are written with
all their digits (JavaScript holds them exactly up to 2**53). NaN and the infinities are not JSON.
"""

from __future__ import annotations

import math
import re

_ESCAPED = re.compile('[\\x00-\\x1f"\\\\\ud800-\udfff]')
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def canonical_json(value):
    """The canonical UTF-8 bytes of a JSON value (dicts, lists, tuples, strings, numbers, booleans, None)."""
    parts = []
    _write(value, parts)
    return "".join(parts).encode("utf-8", "surrogatepass")


def _write(value, parts):
    if value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(str(int(value)))
    elif isinstance(value, float):
        parts.append(_number(value))
    elif isinstance(value, str):
        parts.append(_string(value))
    elif isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise TypeError("object keys must be strings, not {}".format(type(key).__name__))
        parts.append("{")
        for index, key in enumerate(sorted(value, key=_utf16_units)):
            if index:
                parts.append(",")
            parts.append(_string(key))
            parts.append(":")
            _write(value[key], parts)
        parts.append("}")
    elif isinstance(value, (list, tuple)):
        parts.append("[")
        for index, item in enumerate(value):
            if index:
                parts.append(",")
            _write(item, parts)
        parts.append("]")
    else:
        raise TypeError("{} is not JSON".format(type(value).__name__))


def _utf16_units(key):
    return key.encode("utf-16-be", "surrogatepass")


def _string(text):
    def escape(match):
        char = match.group()
        return _SHORT_ESCAPES.get(char) or "\\u{:04x}".format(ord(char))

    return '"' + _ESCAPED.sub(escape, text) + '"'


def _number(value):
    """ECMAScript's Number::toString: the shortest digits that round-trip (as Python's repr), laid out as JS does."""
    if math.isnan(value) or math.isinf(value):
        raise ValueError("NaN and Infinity are not JSON")
    if value == 0:
        return "0"
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    all_digits = whole + fraction
    digits = all_digits.lstrip("0")
    point = len(whole) - (len(all_digits) - len(digits)) + int(exponent or 0)  # value = 0.<digits> * 10**point
    digits = digits.rstrip("0")
    count = len(digits)
    if count <= point <= 21:
        text = digits + "0" * (point - count)
    elif 0 < point <= 21:
        text = digits[:point] + "." + digits[point:]
    elif -6 < point <= 0:
        text = "0." + "0" * -point + digits
    else:
        power = point - 1
        text = (digits[0] + ("." + digits[1:] if count > 1 else "")) + "e" + ("+" if power >= 0 else "-") + str(abs(power))
    return "-" + text if value < 0 else text
