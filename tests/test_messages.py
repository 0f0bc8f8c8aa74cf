"""Failures point at the place: page and line, with a diff for a wrong output."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import project_copy
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


# The same messages for examples in snippets/, from the real tests run on a
# broken copy of the project.
EXAMPLE = "snippets/how-it-works/index/weighted_sum.py"
PAGE = "docs/how-it-works/index.md"


def run_tests(root: Path, *args: str) -> str:
    command = [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider", "--no-header", *args]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, f"expected one failing test, got exit code {done.returncode}:\n{done.stdout[-3000:]}"
    return done.stdout


def test_wrong_recorded_output_is_a_unified_diff_naming_page_and_files(tmp_path):
    root = project_copy(tmp_path, "tests", "README.md")
    recorded = root / EXAMPLE.replace(".py", ".out")
    lines = recorded.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[0] = "a line the example does not print\n"
    recorded.write_text("".join(lines), encoding="utf-8")
    out = run_tests(root, "tests/test_snippets.py", "-k", "weighted_sum")
    assert re.search(rf"the output shown on {PAGE}:\d+ is not what {EXAMPLE} prints now", out), out[-3000:]
    assert f"--- {EXAMPLE.replace('.py', '.out')} (recorded)" in out and f"+++ {EXAMPLE} (printed now)" in out
    assert "-a line the example does not print" in out


def test_failing_example_names_its_file_and_line(tmp_path):
    root = project_copy(tmp_path, "tests", "README.md")
    example = root / EXAMPLE
    text = example.read_text(encoding="utf-8")
    example.write_text(text + "assert 1 + 1 == 3, 'the claim in the prose'\n", encoding="utf-8")
    line = len(text.splitlines()) + 1
    out = run_tests(root, "tests/test_snippets.py", "-k", "weighted_sum")
    assert re.search(rf"{EXAMPLE} failed \(shown on {PAGE}:\d+\)", out), out[-3000:]
    assert re.search(rf'File "[^"]*{re.escape(EXAMPLE)}", line {line}', out), out[-3000:]
    assert "AssertionError: the claim in the prose" in out


def test_orphan_snippet_is_named(tmp_path):
    root = project_copy(tmp_path, "tests", "README.md")
    (root / "snippets" / "how-it-works" / "index" / "unused.py").write_text("print(1)\n", encoding="utf-8")
    out = run_tests(root, "tests/test_code_blocks.py", "-k", "every_snippet_is_shown")
    assert "files in snippets/ that no page includes" in out and "snippets/how-it-works/index/unused.py" in out, out


def test_include_of_a_missing_snippet_names_page_and_path(tmp_path):
    root = project_copy(tmp_path, "tests", "README.md")
    page = root / PAGE
    text = page.read_text(encoding="utf-8")
    include = '--8<-- "how-it-works/index/weighted_sum.py"'
    assert include in text
    page.write_text(text.replace(include, include.replace("sum.py", "sun.py")), encoding="utf-8")
    out = run_tests(root, "tests/test_code_blocks.py", "-k", "every_included_snippet_exists")
    assert "how-it-works/index/weighted_sun.py" in out and "how-it-works/index.md" in out, out[-3000:]
