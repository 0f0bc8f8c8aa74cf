"""Broken input stops the build, and the message says where.

Each test copies the project to a temporary folder, breaks one thing, runs
the strict build there, and checks the error names the file (and line, where
the hook knows it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_site, project_copy

# Left out by the quick mode, `uv run pytest -m "not slow"`: each test builds a broken copy of the site.
pytestmark = pytest.mark.slow

PAGE = "docs/how-it-works/index.md"
NOTEBOOK = "docs/how-it-works/notebooks/first-notebook.py"


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer contains {old!r}; update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def failed_build(root: Path) -> str:
    done = build_site(root / "site", config=root / "mkdocs.yml", cwd=root)
    assert done.returncode != 0, "the build passed but should have failed"
    return done.stdout + done.stderr


CASES = {
    "missing-include": (
        PAGE,
        '--8<-- "how-it-works/index/weighted_sum.py"',
        '--8<-- "how-it-works/index/no_such_file.py"',
        ["how-it-works/index.md", "how-it-works/index/no_such_file.py"],
    ),
    "broken-link": (
        PAGE,
        "[references](../references.md)",
        "[references](../no-such-page.md)",
        ["how-it-works/index.md", "no-such-page.md"],
    ),
    "broken-anchor": (
        PAGE,
        "[references](../references.md)",
        "[references](../references.md#no-such-heading)",
        ["how-it-works/index.md", "no-such-heading"],
    ),
    "missing-image": (
        PAGE,
        "(figures/sigmoid.svg)",
        "(figures/no-such-figure.svg)",
        ["how-it-works/index.md", "figures/no-such-figure.svg"],
    ),
    "unknown-fact": (
        PAGE,
        "A human brain has [[fact:brain_neurons]]",
        "A human brain has [[fact:brain_neuron]]",
        ["docs/how-it-works/index.md:", "unknown fact 'brain_neuron'"],
    ),
    "unknown-value": (
        PAGE,
        "A human brain has [[fact:brain_neurons]]",
        "A human brain has [[value:weighted_sum.no_such_name]] and [[fact:brain_neurons]]",
        ["docs/how-it-works/index.md:", "no recorded value 'no_such_name'", "--update-outputs -k weighted_sum"],
    ),
    "unknown-glossary-word": (
        PAGE,
        "A human brain has [[fact:brain_neurons]]",
        "A human [[plain:brian]] has [[fact:brain_neurons]]",
        ["docs/how-it-works/index.md:", "'brian' is not a term or form"],
    ),
    "bad-math": (
        PAGE,
        "\\sigma(z) = \\frac{1}{1 + e^{-z}}",
        "\\sigma(z) = \\fracc{1}{1 + e^{-z}}",
        ["docs/how-it-works/index.md:", "\\fracc"],
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_broken_input_fails_the_build_and_names_the_place(tmp_path, case):
    name, old, new, expected = CASES[case]
    root = project_copy(tmp_path)
    edit(root, name, old, new)
    log = failed_build(root)
    for fragment in expected:
        assert fragment in log, f"the build failed, but its log does not mention {fragment!r}:\n{log[-3000:]}"


def test_page_missing_from_nav_fails_the_build(tmp_path):
    root = project_copy(tmp_path)
    (root / "docs" / "stray.md").write_text("---\ndescription: x\n---\n# Stray\n", encoding="utf-8")
    log = failed_build(root)
    assert "stray.md" in log and 'not included in the "nav"' in log, log[-3000:]


def test_failing_notebook_cell_names_the_notebook_line(tmp_path):
    root = project_copy(tmp_path, share_cache=False)
    edit(root, NOTEBOOK, "expected_spread = np.sqrt", "expected_spread = 1 / 0 + np.sqrt")
    log = failed_build(root)
    text = (root / NOTEBOOK).read_text(encoding="utf-8").splitlines()
    line = next(i for i, t in enumerate(text, 1) if "1 / 0" in t)
    assert f"{NOTEBOOK}:{line}: notebook cell failed: ZeroDivisionError" in log, log[-3000:]
    assert ".ipynb" not in log, f"the error names a temporary notebook file:\n{log[-3000:]}"
