"""Numbers that examples type in from the facts file still match it.

Examples run on their own, so they cannot read data/facts.yml. When one needs
a fact's value it types the number and names the fact in a comment on the
same line, `brain = 86.1  # fact: brain_neurons` (here in billions). This test
holds each such line to the file: one number on it must equal the fact's value
(or an end of its range) times a power of ten, so a unit change is allowed but
a changed digit is not.
"""

from __future__ import annotations

import math
import re

import pytest

import facts
from examples import DOCS, ROOT, example_files, fences, markdown_pages, rel

# "fact: name" after a #, but not the [[fact:name]] of prose in a notebook's Markdown cell.
ANNOTATION = re.compile(r"#.*(?<!\[\[)\bfact:\s*([a-z][a-z0-9_]*)")
NAMES = re.compile(r"(?<!\[\[)\bfact:\s*([a-z][a-z0-9_]*)")
NUMBER = re.compile(r"(?<![\w.])-?\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?")
BOOK = facts.load(ROOT / "data" / "facts.yml")


def annotated_lines() -> list[tuple[str, str]]:
    """(place, line) for every line of example code that names a fact."""
    found = []
    for path in [*example_files(), *sorted(DOCS.rglob("notebooks/*.py"))]:
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [(f"{rel(path)}:{n}", line) for n, line in enumerate(lines, 1) if ANNOTATION.search(line)]
    for page in markdown_pages():
        for fence in fences(page):
            for n, line in enumerate(fence.body, fence.line + 1):
                if ANNOTATION.search(line):
                    found.append((f"{rel(page)}:{n}", line))
    return found


def matches(number: float, value: float) -> bool:
    if value == 0 or number == 0:
        return number == value
    if (number < 0) != (value < 0):
        return False
    exponent = math.log10(abs(value) / abs(number))
    return abs(exponent - round(exponent)) < 1e-9


def problem(place: str, line: str) -> str | None:
    """What is wrong with one annotated line: every fact it names must match a number on it."""
    code, comment = line.split("#", 1)
    numbers = [float(n.replace("_", "")) for n in NUMBER.findall(code)]
    for name in NAMES.findall(comment):
        fact = BOOK.facts.get(name)
        if fact is None:
            return f"{place}: names fact '{name}', which data/facts.yml does not have"
        values = fact.value if isinstance(fact.value, list) else [fact.value]
        if not any(matches(n, v) for n in numbers for v in values):
            return f"{place}: none of {numbers} is fact '{name}' ({fact.value} {fact.unit}) times a power of ten"
    return None


LINES = annotated_lines()


@pytest.mark.parametrize(("place", "line"), LINES, ids=[place for place, _ in LINES])
def test_typed_fact_matches_the_facts_file(place, line):
    assert (found := problem(place, line)) is None, found


def test_the_check_accepts_units_and_rejects_changed_digits():
    assert problem("x.py:1", "brain = 86.1  # fact: brain_neurons") is None
    assert problem("x.py:1", "v = -65.0  # mV (fact: resting_potential)") is None
    assert problem("x.py:1", "t = 2  # ms (fact: spike_duration)") is None
    assert "times a power of ten" in problem("x.py:1", "brain = 85.1  # fact: brain_neurons")
    assert "does not have" in problem("x.py:1", "x = 1  # fact: no_such_fact")
    assert problem("x.py:1", "v, c = 50257, 1024  # fact: gpt2_vocab, fact: gpt2_context") is None
    assert "'gpt2_context'" in problem("x.py:1", "v, c = 50257, 2048  # fact: gpt2_vocab, fact: gpt2_context")
    assert "none of []" in problem("x.py:1", "# a comment naming fact: gpt2_vocab")
    assert not ANNOTATION.search("# The brain has [[fact:brain_neurons]] neurons.")
