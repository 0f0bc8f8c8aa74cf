"""Read the values a page's text shows out of a finished program.

Standard library only, and no MkDocs: the tests' sandbox runs this inside
every example that a page takes values from (tests/sandbox/sitecustomize.py),
and hooks/notebooks.py appends its source to a notebook as a last cell, so
that a value comes from the same run as the output the reader sees.

A value is a module-level name holding a number, a truth value or a short
text; numpy scalars count as numbers. Anything else is reported by name, with
the reason, for the tests or the build to turn into an error with a place.
"""

from __future__ import annotations

import json
import math

MARKER = "aitb-values:"  # starts the line a notebook's last cell prints
MAX_TEXT = 200  # characters: a value is a number or a few words, not a table


def one(value):
    """(JSON-ready value, None) or (None, why it cannot be shown in a sentence)."""
    item = getattr(value, "item", None)
    if callable(item) and getattr(value, "shape", None) == ():
        value = item()  # a numpy scalar or a 0-d array
    if isinstance(value, bool) or isinstance(value, int):
        return value, None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None, f"it is {value}, not a finite number"
        return value, None
    if isinstance(value, str):
        if len(value) > MAX_TEXT or "\n" in value:
            return None, f"it is a text of {len(value)} characters or several lines, not a short phrase"
        return value, None
    return None, f"it is a {type(value).__name__}, not a number or a short text"


def capture(namespace: dict, names) -> dict:
    """{"values": {name: value}, "problems": {name: why}} for the names asked for."""
    values, problems = {}, {}
    for name in sorted(set(names)):
        if name not in namespace:
            problems[name] = "the program has no module-level name of that name"
            continue
        value, why = one(namespace[name])
        if why:
            problems[name] = why
        else:
            values[name] = value
    return {"values": values, "problems": problems}


def report(namespace: dict, names) -> str:
    """The line a notebook's last cell prints: the marker, then the capture as JSON."""
    return MARKER + json.dumps(capture(namespace, names), sort_keys=True)
