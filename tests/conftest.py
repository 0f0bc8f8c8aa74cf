"""Shared test set-up: the --update-outputs switch and one strict build per run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from examples import ROOT, markdown_pages, rel, update_inline_outputs


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
