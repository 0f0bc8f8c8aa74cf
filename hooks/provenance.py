"""Provenance: every page's footer names the commit and versions it was built from.

The outputs on a page are checked by the tests against this same commit, Python
and numpy (the lock file pins numpy), so the footer tells a reader exactly
which code produced what they read.
"""

from __future__ import annotations

import platform
import subprocess
from importlib.metadata import version
from pathlib import Path


def git_commit(root: Path) -> str:
    """Short commit id, marked when the working tree has uncommitted changes."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()

    try:
        commit = git("rev-parse", "--short=10", "HEAD")
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return f"{commit}+local changes" if dirty else commit


def on_config(config):
    root = Path(config.config_file_path).parent
    commit = git_commit(root)
    config.extra["provenance"] = {
        "commit": commit,
        "commit_url": (
            f"{config.repo_url.rstrip('/')}/commit/{commit}"
            if config.repo_url and "+" not in commit and " " not in commit
            else None
        ),
        "python": platform.python_version(),
        "numpy": version("numpy"),
    }
    return config
