"""Every example in snippets/ runs, prints what its page shows, and redraws its figures.

Re-record outputs and figures after an intended change with
`uv run pytest --update-outputs`.
"""

from __future__ import annotations

import difflib
import json
import math

import pytest

from examples import (
    FIGURE_SUFFIXES,
    SNIPPETS,
    example_files,
    figures_dir,
    includes,
    recorded_output,
    recorded_values,
    rel,
    replace_file,
    run_python,
    value_references,
)

EXAMPLES = example_files()
SHOWN = includes()
VALUES = value_references()


def diff(expected: str, actual: str, expected_name: str, actual_name: str, limit: int = 60) -> str:
    lines = list(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=expected_name,
            tofile=actual_name,
        )
    )
    cut = lines[:limit] + ([f"... {len(lines) - limit} more diff lines\n"] if len(lines) > limit else [])
    return "".join(cut)


@pytest.mark.parametrize("example", EXAMPLES, ids=[rel(p) for p in EXAMPLES])
def test_example(example, request):
    update = request.config.getoption("--update-outputs")
    name = example.relative_to(SNIPPETS).as_posix()
    shown_on = ", ".join(SHOWN.get(name, [])) or "no page (see test_every_snippet_is_shown)"
    wanted = VALUES.get(name, {})  # name -> places whose text shows its value
    run = run_python(example, values=list(wanted))
    if run.returncode != 0:
        pytest.fail(
            f"{rel(example)} failed (shown on {shown_on}); its own lines are in the traceback:\n{run.stderr}",
            pytrace=False,
        )
    if run.stderr:
        pytest.fail(f"{rel(example)} wrote to stderr (shown on {shown_on}):\n{run.stderr}", pytrace=False)

    problems = []
    out_file = recorded_output(example)
    if update and (run.stdout or out_file.exists()):
        replace_file(out_file, run.stdout.encode())
    elif out_file.exists():
        expected = out_file.read_text(encoding="utf-8")
        if expected != run.stdout:
            problems.append(
                f"the output shown on {shown_on} is not what {rel(example)} prints now:\n"
                + diff(expected, run.stdout, rel(out_file) + " (recorded)", rel(example) + " (printed now)")
            )
    elif run.stdout:
        problems.append(
            f"{rel(example)} prints output but {rel(out_file)} does not exist; "
            "record it with `uv run pytest --update-outputs` and show it on the page"
        )

    for filename, data in sorted(run.files.items()):
        target = figures_dir(example) / filename
        if target.suffix not in FIGURE_SUFFIXES:
            problems.append(f"{rel(example)} wrote {filename}: examples may only save figures ({FIGURE_SUFFIXES})")
        elif update:
            replace_file(target, data)
        elif not target.exists():
            problems.append(f"{rel(example)} saved {filename} but {rel(target)} does not exist; run --update-outputs")
        elif target.read_bytes() != data:
            old = target.read_text(encoding="utf-8", errors="replace")
            new = data.decode("utf-8", errors="replace")
            problems.append(
                f"the figure {rel(target)} (shown on {shown_on}) is not what {rel(example)} draws now:\n"
                + diff(old, new, rel(target) + " (committed)", filename + " (drawn now)", limit=30)
            )
    problems += check_values(example, run, wanted, update)
    if problems:
        pytest.fail(
            "\n\n".join(problems) + "\n\nIf the change is intended: uv run pytest --update-outputs", pytrace=False
        )


def same(a, b) -> bool:
    """Recorded and fresh values agree: exactly, or for floats to a billionth (last-bit differences between CPUs)."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, rel_tol=1e-9)
    return type(a) is type(b) and a == b


def check_values(example, run, wanted: dict[str, list[str]], update: bool) -> list[str]:
    """The values pages take from this example: there, and as recorded in its .values.json."""
    problems = []
    record = recorded_values(example)
    if wanted:
        captured = run.values or {"values": {}, "problems": {n: "the program did not finish normally" for n in wanted}}
        for name, why in captured["problems"].items():
            problems.append(
                f"{', '.join(wanted[name])} shows [[value:…{name}]], but {rel(example)} cannot give '{name}': {why}"
            )
        fresh = captured["values"]
    else:
        fresh = {}
    if update:
        if fresh:
            replace_file(record, (json.dumps(fresh, indent=2, sort_keys=True) + "\n").encode())
        elif record.exists():
            record.unlink()
        return problems
    recorded = json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}
    if not wanted and record.exists():
        problems.append(f"{rel(record)}: no page shows these values any more; delete it (or run --update-outputs)")
    changed = [
        f"  {name}: recorded {recorded.get(name, '(nothing)')!r}, computed now {value!r}"
        f" (shown on {', '.join(wanted[name])})"
        for name, value in fresh.items()
        if name not in recorded or not same(recorded[name], value)
    ]
    stale = [f"  {name}: recorded, but no page shows it" for name in recorded if name not in wanted]
    if changed or stale:
        problems.append(
            f"the values pages show from {rel(example)} are not what {rel(record)} records:\n"
            + "\n".join(changed + stale)
        )
    return problems
