"""Every article page follows the site's page pattern (CONTRIBUTING, "How a page looks").

The parts a test can see: "In short" right after the title, with two to four takeaways; "Read next" as the
last section, with a link; the analogy box under one title and kind; "Try it yourself" as a level-2 heading;
and no code folded by hand (hooks/fold.py folds it, the same way on every page).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from examples import DOCS, NOT_ARTICLES, rel

ARTICLES = [p for p in sorted(DOCS.rglob("*.md")) if p.relative_to(DOCS).as_posix() not in NOT_ARTICLES]
IN_SHORT = '!!! abstract "In short"'
ANALOGY = '!!! note "How far the analogy goes"'
LINK = re.compile(r"\]\(([^)\s]+\.md)(#[^)\s]*)?\)")


def body_lines(page: Path) -> list[str]:
    """The page's lines after its front matter, with fenced code blocks blanked (their lines are not prose)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = [""] * (end + 1) + lines[end + 1 :]
    fenced, out = False, []
    for line in lines:
        if line.lstrip().startswith("```"):
            fenced = not fenced
            out.append("")
            continue
        out.append("" if fenced else line)
    return out


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: rel(p))
def test_in_short_comes_right_after_the_title(page):
    lines = body_lines(page)
    title = next(i for i, line in enumerate(lines) if line.startswith("# "))
    following = next(i for i in range(title + 1, len(lines)) if lines[i].strip())
    assert lines[following] == IN_SHORT, (
        f"{rel(page)}:{following + 1}: an article opens with its takeaways: `{IN_SHORT}` right after the title"
    )
    bullets, i = 0, following + 1
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith("    ")):
        bullets += lines[i].startswith("    - ")
        i += 1
    assert 2 <= bullets <= 4, f"{rel(page)}:{following + 1}: 'In short' has {bullets} takeaways; write two to four"


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: rel(p))
def test_read_next_is_the_last_section_and_links_somewhere(page):
    lines = body_lines(page)
    headings = [(i, line) for i, line in enumerate(lines) if line.startswith("## ")]
    assert headings, f"{rel(page)}: no sections; end the page with '## Read next'"
    at, last = headings[-1]
    assert last == "## Read next", f"{rel(page)}:{at + 1}: the last section is {last!r}; end with '## Read next'"
    section = "\n".join(lines[at:])
    targets = [m.group(1) for m in LINK.finditer(section)]
    assert targets, f"{rel(page)}:{at + 1}: 'Read next' links to no page"
    for target in targets:
        assert (page.parent / target).resolve().is_file(), f"{rel(page)}:{at + 1}: 'Read next' links to {target}"


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: rel(p))
def test_boxes_and_headings_of_the_same_kind_look_the_same(page):
    for number, line in enumerate(body_lines(page), 1):
        where = f"{rel(page)}:{number}"
        assert not re.match(r"\?\?\?\+? ", line), f"{where}: code is folded by hooks/fold.py, not by hand"
        if re.match(r"(!!!|\?\?\?)\+? \w+ \".*analogy", line, re.IGNORECASE):
            assert line == ANALOGY, f"{where}: the analogy box is always `{ANALOGY}`"
        if re.match(r"#+ Try it\b", line):
            assert line == "## Try it yourself", f"{where}: the heading is always '## Try it yourself', level 2"


def test_every_article_is_checked():
    assert len(ARTICLES) >= 19 and all(p.suffix == ".md" for p in ARTICLES)
