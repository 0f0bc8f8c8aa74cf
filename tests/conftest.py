"""Shared test set-up: the --update-outputs switch and one strict build per run."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_codeblocks.main import CodeBlock

from examples import ROOT, markdown_pages, rel, update_inline_outputs

pytest_plugins = ["pytester"]


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="re-record the outputs and figures that pages show, instead of comparing them",
    )


def pytest_configure(config):
    """With --update-outputs, re-record inline outputs before any test reads the pages.

    Runs once, in the main process (pytest-xdist workers have `workerinput`).
    """
    if config.getoption("--update-outputs") and not hasattr(config, "workerinput"):
        for page in markdown_pages():
            if update_inline_outputs(page):
                print(f"re-recorded inline outputs in {rel(page)}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Report a wrong inline output as page:line and a unified diff.

    pytest-codeblocks prints the expected and the actual output one after the
    other; a diff shows at once which line changed.
    """
    outcome = yield
    report = outcome.get_result()
    block = getattr(item, "obj", None)
    if not (report.failed and call.when == "call" and isinstance(block, CodeBlock)):
        return
    message = str(call.excinfo.value) if call.excinfo else ""
    got = re.search(r"but got\n```\n(.*)```\Z", message, re.DOTALL)
    page = rel(Path(item.path))
    if block.expected_output is not None and got:
        diff = "".join(
            difflib.unified_diff(
                block.expected_output.splitlines(keepends=True),
                got.group(1).splitlines(keepends=True),
                fromfile=f"{page}:{block.lineno} (output shown on the page)",
                tofile=f"{page}:{block.lineno} (printed now)",
            )
        )
        report.longrepr = (
            f"{page}:{block.lineno}: the output shown after this block is not what it prints now:\n{diff}\n"
            "If the change is intended: uv run pytest --update-outputs"
        )
    else:
        report.longrepr = f"{page}:{block.lineno}: this code block failed:\n{message}"


# What a strict build of the site needs, copied by project_copy.
PROJECT_PARTS = (
    "docs",
    "snippets",
    "data",
    "hooks",
    "tools",  # hooks/runtime.py fetches and verifies the Python runtime with tools/fetch_runtime.py
    "overrides",
    "mkdocs.yml",
    "uv.lock",
    "pyproject.toml",
    "CONTRIBUTING.md",
)


def project_copy(tmp_path: Path, *extra: str, share_cache: bool = True) -> Path:
    """A copy of the project that builds, plus `extra` folders or files (say "tests", to run tests in it).

    Tests break the copy, never the real tree.
    """
    root = tmp_path / "project"
    for part in dict.fromkeys((*PROJECT_PARTS, *extra)):  # each once, though a caller may name one again
        source = ROOT / part
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".pytest_cache")
            shutil.copytree(source, root / part, ignore=ignore)
        else:
            shutil.copy2(source, root / part)
    if share_cache:
        # Same notebook and code, so the same cache key: reuse executed notebooks.
        (ROOT / ".cache").mkdir(exist_ok=True)
        (root / ".cache").symlink_to(ROOT / ".cache")
    return root


def build_site(target: Path, config: Path = ROOT / "mkdocs.yml", cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into target; returns the finished process."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config), "-d", str(target)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The whole site, built once per test run (per worker) in strict mode."""
    target = tmp_path_factory.mktemp("site")
    done = build_site(target)
    if done.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{done.stderr[-6000:]}", pytrace=False)
    return target
