"""Fail when a notebook file in the repository carries outputs.

Notebook pages are stored as jupytext text files (docs/<section>/notebooks/*.py)
and executed at every build, so their outputs are always fresh. A committed
.ipynb with outputs would be a copy that can go stale, and makes diffs
unreadable. Run by pre-commit (.pre-commit-config.yaml) and the test suite:

    uv run python tools/check_notebooks.py path/to/notebook.ipynb ...

Prints one line per problem, as `path:cell N: ...`, and exits 1 if there is any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def problems(path: Path) -> list[str]:
    if path.suffix != ".ipynb":
        return []
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"{path}: not a readable notebook ({error})"]
    found = []
    if path.parts and "docs" in path.parts:
        found.append(
            f"{path}: notebook pages are jupytext .py files (see CONTRIBUTING.md); "
            "convert it with `uv run jupytext --to py:percent`"
        )
    for number, cell in enumerate(notebook.get("cells", []), 1):
        if cell.get("outputs"):
            found.append(f"{path}:cell {number}: has {len(cell['outputs'])} output(s); clear them before committing")
        if cell.get("execution_count") is not None:
            found.append(f"{path}:cell {number}: has an execution count; clear outputs before committing")
    return found


def main(argv: list[str]) -> int:
    found = [line for name in argv for line in problems(Path(name))]
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
