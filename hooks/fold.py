"""Code out of the way until wanted: long programs and figure-drawing programs are folded.

A reader who does not read code should be able to read a page from top to
bottom; an engineer should find every line of it one click away. So, on every
page except notebooks, a Python example is folded into
``<details class="code-fold">`` when

* it is longer than FOLD_LINES lines, or
* it only draws a figure (it saves one and prints nothing: no ``.out``).

The fold's summary is the first sentence of the program's opening comment
(every example starts by saying what it does), with its file name and length,
and the example's result, its output or its figure, stays outside the fold, in
view. Short examples that make a paragraph's point stay open.

A page with folds gets a "Show all code" switch at the top, which
docs/javascripts/run.js makes work: it remembers the reader's choice across
pages, and opens every fold for printing. hooks/runbars.py puts an example's
Run bar after its fold, so a folded program runs without being opened. Without
JavaScript the folds work as plain ``<details>`` and the stylesheet hides the
switch. The rule is the same on every page, with no exceptions to
keep track of; bench/code_lines.py measures what it leaves in view.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import htmltext

FOLD_LINES = 25
ROOT = Path(__file__).resolve().parent.parent
BLOCK_START = re.compile(r'<div class="language-python highlight"[^>]*>')
FILENAME = re.compile(r'<span class="filename">([^<]*)</span>')
CODE = re.compile(r"<code>(.*?)</code>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
H1_END = re.compile(r"</h1>\s*")
IN_SHORT = re.compile(r'<div class="admonition abstract">\s*<p class="admonition-title">In short</p>')
TOGGLE = (
    '<p class="code-fold-all">The programs behind this page\'s numbers and figures are folded; '
    'their results stay in view. <button type="button" class="code-fold-toggle" aria-pressed="false">'
    "Show all code</button></p>"
)


def opening_sentence(source: str) -> str:
    """The first sentence of the comment a program opens with ('' when it opens with code)."""
    lines = []
    for line in source.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    text = " ".join(part for part in lines if part)
    match = re.match(r"(.+?[.?!])(\s|$)", text)
    return match.group(1) if match else text


def summary_of(source: str, title: str | None, lines: int) -> str:
    what = opening_sentence(source) or "The program"
    name = Path(title).name if title else "the program"
    return (
        f'<summary><span class="code-fold-what">{html.escape(what)}</span> '
        f'<span class="code-fold-size">{html.escape(name)}, {lines} lines of Python</span></summary>'
    )


def should_fold(source: str, title: str | None) -> bool:
    lines = len(source.rstrip("\n").splitlines())
    if lines > FOLD_LINES:
        return True
    if title and title.startswith("snippets/"):
        example = ROOT / title
        out = example.with_suffix(".out")
        prints = out.is_file() and out.stat().st_size > 0
        return "savefig(" in source and not prints
    return False


def fold(text: str, where: str) -> tuple[str, int]:
    """The page's HTML with its long and figure-only Python examples folded, and how many were."""
    parts, position, count = [], 0, 0
    for match in BLOCK_START.finditer(text):
        start = match.start()
        if start < position:
            continue  # inside a block already handled (cannot happen with Python blocks, kept safe)
        end = htmltext.div_end(text, start, where, "a code block's <div>")
        block = text[start:end]
        title_match = FILENAME.search(block)
        title = html.unescape(title_match.group(1)) if title_match else None
        code = CODE.search(block)
        source = html.unescape(TAG.sub("", code.group(1))) if code else ""
        inside_details = text.rfind("<details", 0, start) > text.rfind("</details>", 0, start)
        parts.append(text[position:start])
        if not inside_details and should_fold(source, title):
            lines = len(source.rstrip("\n").splitlines())
            parts.append(f'<details class="code-fold">{summary_of(source, title, lines)}{block}</details>')
            count += 1
        else:
            parts.append(block)
        position = end
    parts.append(text[position:])
    return "".join(parts), count


def on_page_content(html_text, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        return html_text
    where = f"docs/{page.file.src_uri}"
    folded, count = fold(html_text, where)
    if count:
        folded = with_toggle(folded, where)
    return folded


def with_toggle(text: str, where: str) -> str:
    """The page with the "Show all code" switch after its "In short" box, or after its title."""
    title = H1_END.search(text)
    at = title.end() if title else 0
    box = IN_SHORT.match(text, at)
    if box:
        at = htmltext.div_end(text, box.start(), where, 'the "In short" box')
    return text[:at] + TOGGLE + text[at:]
