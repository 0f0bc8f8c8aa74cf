"""The linters contributors run before committing are enforced here, in CI.

Each hook in .pre-commit-config.yaml runs with `pre-commit run <hook>
--all-files` on a throwaway copy of the working tree (tracked files plus new
ones not ignored by git), so fixers may rewrite files without touching yours.
A failing hook's output names the file and usually the line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from examples import ROOT

CONFIG = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
HOOKS = [hook["id"] for repo in CONFIG["repos"] for hook in repo["hooks"]]
# What the project promises to check; removing one of these from the config fails a test.
REQUIRED = {
    "ruff-check",
    "ruff-format",
    "codespell",
    "check-yaml",
    "end-of-file-fixer",
    "trailing-whitespace",
    "notebooks-without-outputs",
}


def working_tree_copy(target: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is skipped
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git = ["git", "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false"]
    subprocess.run([*git, "init", "-q"], cwd=target, check=True)
    subprocess.run([*git, "add", "-A"], cwd=target, check=True)
    return target


def run_hook(copy: Path, hook: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    env.pop("GIT_DIR", None)
    command = ["pre-commit", "run", hook, "--all-files", "--show-diff-on-failure"]
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)


def test_config_has_every_promised_check():
    assert REQUIRED <= set(HOOKS), f"missing from .pre-commit-config.yaml: {sorted(REQUIRED - set(HOOKS))}"
    for repo in CONFIG["repos"]:
        # Local hooks only: tools come from uv.lock, nothing is downloaded.
        assert repo["repo"] == "local", "use tools from uv.lock (repo: local, language: system)"


@pytest.mark.parametrize("hook", HOOKS)
def test_pre_commit_hook_passes(hook, tmp_path):
    copy = working_tree_copy(tmp_path / "repo")
    done = run_hook(copy, hook, tmp_path / "pre-commit-home")
    assert done.returncode == 0, (
        f"pre-commit hook {hook!r} fails; run `uv run pre-commit run {hook} --all-files` to fix what it can:\n"
        + done.stdout[-4000:]
        + done.stderr[-2000:]
    )


def test_a_misspelling_in_a_page_is_reported_with_its_line(tmp_path):
    copy = working_tree_copy(tmp_path / "repo")
    page = copy / "docs" / "glossary.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    typo = "rec" + "ieves"  # spelled in two parts so this file itself passes the check
    lines.insert(3, f"A neuron {typo} its inputs.")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run_hook(copy, "codespell", tmp_path / "pre-commit-home")
    assert done.returncode != 0
    assert f"docs/glossary.md:4: {typo} ==> receives" in done.stdout, done.stdout


def test_trailing_whitespace_is_fixed_and_reported(tmp_path):
    copy = working_tree_copy(tmp_path / "repo")
    hook = copy / "hooks" / "facts.py"
    hook.write_text(hook.read_text(encoding="utf-8") + "x = 1   \n", encoding="utf-8")
    done = run_hook(copy, "trailing-whitespace", tmp_path / "pre-commit-home")
    assert done.returncode != 0
    assert "Fixing hooks/facts.py" in done.stdout, done.stdout
    assert hook.read_text(encoding="utf-8").endswith("x = 1\n")


def test_notebook_with_outputs_is_rejected(tmp_path):
    notebook = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# A"]},
            {
                "cell_type": "code",
                "execution_count": 3,
                "metadata": {},
                "outputs": [{"name": "stdout", "output_type": "stream", "text": ["42\n"]}],
                "source": ["print(42)"],
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "scratch.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    command = ["python", str(ROOT / "tools" / "check_notebooks.py"), str(path)]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 1
    assert f"{path}:cell 2: has 1 output(s)" in done.stdout, done.stdout
    assert "execution count" in done.stdout
    notebook["cells"][1].update(outputs=[], execution_count=None)
    path.write_text(json.dumps(notebook), encoding="utf-8")
    assert subprocess.run(command, capture_output=True, text=True).returncode == 0
