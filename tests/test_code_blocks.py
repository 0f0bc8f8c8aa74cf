"""No example on the site goes untested, and no example file goes unshown.

Three harnesses run code: pytest-codeblocks runs blocks fenced exactly
```python (in docs/ and README.md), tests/test_snippets.py runs every file in
snippets/, and mkdocs-jupyter runs notebook pages at build time. These tests
close the gaps between them.
"""

from __future__ import annotations

import re

import pytest
from pytest_codeblocks.main import extract_from_file

from examples import (
    DOCS,
    PYTHON_NAMES,
    SNIPPETS,
    fences,
    figures_dir,
    includes,
    markdown_pages,
    rel,
    snippet_files,
    value_references,
)

PAGES = markdown_pages()


def is_pythonish(fence) -> bool:
    info = fence.info.lower()
    return fence.lang in PYTHON_NAMES or bool(re.search(r"\b(python|py)\b", info))


def unrun_python_blocks(page) -> list[str]:
    """Python blocks of a page that no harness would run, as 'page:line: why'."""
    collected = {block.lineno for block in extract_from_file(page) if block.syntax == "python"}
    problems = []
    for fence in fences(page):
        if not is_pythonish(fence):
            continue
        run_inline = fence.line in collected and fence.info == "python"
        if fence.includes:
            if fence.info == "python" or fence.line in collected:
                problems.append(
                    f"{fence.where}: a block that includes a snippet must carry a title "
                    '(```python title="snippets/…"), or the inline-block runner would run the include line'
                )
            for path in fence.includes:
                if not path.split(":")[0].endswith((".py", ".out")):
                    problems.append(
                        f"{fence.where}: included file {path} is neither an example (.py) nor its output (.out)"
                    )
        elif not run_inline:
            problems.append(
                f"{fence.where}: this ```{fence.info} block would never run. Fence inline code exactly "
                "```python (no title or options), or move it into snippets/ and include it"
            )
    return problems


@pytest.mark.parametrize("page", PAGES, ids=[rel(p) for p in PAGES])
def test_every_python_block_is_run(page):
    """A Python block is either run by pytest-codeblocks or is an include of a tested snippet."""
    problems = unrun_python_blocks(page)
    assert not problems, "\n".join(problems)


def test_unrun_blocks_are_reported_with_page_and_line(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n"
        "```python\nprint('runs')\n```\n\n"  # line 3: collected
        "```py\nprint('skipped')\n```\n\n"  # line 7
        '```python title="x.py"\nprint(1)\n```\n\n'  # line 11
        "~~~python\nprint(2)\n~~~\n\n"  # line 15
        '```python\n--8<-- "a/b/c.py"\n```\n\n'  # line 19: include without title
        '```python title="c.py"\n--8<-- "a/b/c.py"\n```\n',  # line 23: fine
        encoding="utf-8",
    )
    problems = unrun_python_blocks(page)
    assert sorted(int(p.split(":")[1]) for p in problems) == [7, 11, 15, 19], problems
    assert all(p.startswith(f"{page}:") for p in problems), problems


def test_every_snippet_is_shown():
    """Each file in snippets/ is included by a page; an unused example is dead weight.

    An example's recorded values (<name>.values.json) are shown through the [[value:...]] markers that use them.
    """
    shown = set(includes())
    shown |= {example.removesuffix(".py") + ".values.json" for example in value_references() if example}
    orphans = [rel(p) for p in snippet_files() if p.relative_to(SNIPPETS).as_posix() not in shown]
    assert not orphans, "files in snippets/ that no page includes (include them or delete them):\n" + "\n".join(orphans)


def test_every_included_snippet_exists():
    missing = [
        f"{place}: includes {path}, which is not in snippets/"
        for path, places in includes().items()
        for place in places
        if not (SNIPPETS / path).is_file()
    ]
    assert not missing, "\n".join(missing)


def test_outputs_are_shown_with_their_code():
    """A recorded output appears on a page that also shows the code that printed it."""
    shown = includes()
    problems = []
    for path, places in shown.items():
        if not path.endswith(".out"):
            continue
        code = path[: -len(".out")] + ".py"
        code_pages = {p.rsplit(":", 1)[0] for p in shown.get(code, [])}
        for place in places:
            if place.rsplit(":", 1)[0] not in code_pages:
                problems.append(f"{place}: shows {path} without showing {code}")
    assert not problems, "\n".join(problems)


def test_every_figure_is_drawn_by_an_example_of_its_page():
    problems = []
    for figure in sorted(DOCS.rglob("figures/*")):
        page_dirs = [d for d in (SNIPPETS / figure.parent.parent.relative_to(DOCS)).glob("*") if d.is_dir()]
        makers = [
            p
            for d in page_dirs
            for p in d.glob("*.py")
            if figure.name in p.read_text(encoding="utf-8") and figures_dir(p) == figure.parent
        ]
        if not makers:
            problems.append(f"{rel(figure)}: no example in snippets/ saves a file named {figure.name}")
        used = any(
            re.search(rf"\(figures/{re.escape(figure.name)}[)\s]", p.read_text(encoding="utf-8"))
            for p in figure.parent.parent.glob("*.md")
        )
        if not used:
            problems.append(f"{rel(figure)}: no page in {rel(figure.parent.parent)}/ shows it")
    assert not problems, "\n".join(problems)


def test_python_under_docs_is_only_notebook_pages():
    """mkdocs-jupyter turns .py files under docs/notebooks/ folders into pages; nothing else may be .py."""
    stray = [rel(p) for p in DOCS.rglob("*.py") if p.parent.name != "notebooks"]
    ipynb = [rel(p) for p in DOCS.rglob("*.ipynb")]
    assert not stray, "Python files in docs/ outside a notebooks/ folder:\n" + "\n".join(stray)
    assert not ipynb, "store notebooks as jupytext .py files, not .ipynb:\n" + "\n".join(ipynb)
