"""Failures point at the place: page and line, with a diff for a wrong output."""

from __future__ import annotations

import shutil

from examples import ROOT


def run_pytest_on_page(pytester, markdown: str):
    pytester.makefile(".md", page=markdown)
    shutil.copy(ROOT / "tests" / "conftest.py", pytester.path / "conftest.py")
    shutil.copy(ROOT / "tests" / "examples.py", pytester.path / "examples.py")
    return pytester.runpytest_subprocess("--codeblocks", "-p", "no:cacheprovider", "-n", "0", "page.md")


def test_wrong_inline_output_shows_page_line_and_diff(pytester):
    result = run_pytest_on_page(
        pytester,
        "# Page\n\n```python\nprint('one')\nprint('two')\n```\n\n"
        "<!--pytest-codeblocks:expected-output-->\n```text\none\nthree\n```\n",
    )
    result.assert_outcomes(failed=1)
    text = result.stdout.str()
    assert "page.md:3: the output shown after this block is not what it prints now" in text
    assert "-three" in text and "+two" in text


def test_failing_inline_block_names_page_and_line(pytester):
    result = run_pytest_on_page(pytester, "# Page\n\nText.\n\n```python\nassert 1 + 1 == 3, 'arithmetic'\n```\n")
    result.assert_outcomes(failed=1)
    assert "page.md:5: this code block failed" in result.stdout.str()
