"""Examples give the same output on every run: seeded randomness, no clock, no network.

Recorded outputs already catch an example whose output changes between runs;
this test names the usual cause before it becomes a flaky failure. The
network is blocked while examples run (tests/sandbox/sitecustomize.py).
"""

from __future__ import annotations

import re

import pytest

from examples import DOCS, example_files, fences, markdown_pages, rel

# Patterns that make output depend on something other than the code.
FORBIDDEN = {
    r"default_rng\(\s*\)": "seed the generator: numpy.random.default_rng(seed)",
    r"\bnp\.random\.(seed|rand|randn|randint|random|normal|uniform|choice|shuffle|permutation)\(": (
        "use a seeded numpy.random.default_rng(seed), not numpy's global generator"
    ),
    r"^\s*(import random\b|from random import)": "use a seeded numpy.random.default_rng(seed)",
    r"\b(datetime\.now|datetime\.today|date\.today|datetime\.utcnow)\(": "no clock in outputs",
    r"\btime\.(time|perf_counter|monotonic)\(\)": "no clock in outputs (time things in bench/, not in examples)",
    r"\b(urllib\.request|requests\.|http\.client|socket\.)": "examples may not use the network",
}


def sources() -> list[tuple[str, str]]:
    """(place, code) for every example: snippet files, notebook pages, inline blocks."""
    found = [(rel(p), p.read_text(encoding="utf-8")) for p in example_files()]
    found += [(rel(p), p.read_text(encoding="utf-8")) for p in sorted(DOCS.rglob("notebooks/*.py"))]
    for page in markdown_pages():
        for fence in fences(page):
            if fence.info == "python" and not fence.includes:
                found.append((fence.where, "\n".join(fence.body)))
    return found


def offences(place: str, code: str) -> list[str]:
    out = []
    for number, line in enumerate(code.splitlines(), 1):
        for pattern, advice in FORBIDDEN.items():
            if re.search(pattern, line):
                out.append(f"{place} (line {number} of the example): {line.strip()!r}: {advice}")
    return out


@pytest.mark.parametrize(("place", "code"), sources(), ids=[place for place, _ in sources()])
def test_example_is_deterministic(place, code):
    problems = offences(place, code)
    assert not problems, "\n".join(problems)


def test_the_check_finds_unseeded_and_clock_dependent_code():
    code = "rng = np.random.default_rng()\nx = np.random.rand(3)\nimport random\nprint(datetime.now())\n"
    assert len(offences("x.py", code)) == 4
    assert not offences("x.py", "rng = np.random.default_rng(seed=1)\nx = rng.normal(size=3)\n")


def test_examples_cannot_reach_the_network():
    from examples import run_code

    run = run_code("import socket\nsocket.create_connection(('127.0.0.1', 9), timeout=1)\n")
    assert run.returncode != 0 and "examples may not use the network" in run.stderr


def test_a_hanging_example_fails_within_the_timeout():
    from examples import run_code

    run = run_code("import time\ntime.sleep(60)\n", timeout=1)
    assert run.returncode == -1 and "timed out after 1 s" in run.stderr
