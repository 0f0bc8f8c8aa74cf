"""Run bars in the page as built: the Run and Edit buttons under every Python example.

run.js used to add these bars when a page loaded. Each bar it added to a long
page made the browser restyle the article once more after the text was on
screen, about 0.2 s of a phone's time on the longer pages (bench/LIGHTHOUSE.md),
and moved the text below each example down as it appeared. Written into the
HTML here, they cost nothing at load; the stylesheet hides them while the
page has no JavaScript (Material's ``no-js`` class on <html>), since only
run.js makes them work.

Where a bar goes, the same rule run.js followed:

* after an example's code block, or after its fold when hooks/fold.py folded
  it (a folded program runs without being opened);
* in a notebook, after a code cell's input;
* nowhere for an example marked ``data-norun`` (hooks/runner.py: it cannot run
  in the browser).

Listed after fold.py in mkdocs.yml, so that the folds already exist.
"""

from __future__ import annotations

import re

import htmltext

BAR = (
    '<div class="run-bar"><button type="button" class="md-button run-run">Run</button>'
    '<button type="button" class="md-button run-edit">Edit</button></div>'
)
_EXAMPLE = re.compile(
    r'<div class="language-python highlight"(?P<attrs>[^>]*)>|(?P<cell><div class="jp-Cell-inputWrapper"[^>]*>)'
)
_FOLD_END = re.compile(r"\s*</details>")


def with_bars(text: str, where: str) -> tuple[str, int]:
    """The page with a bar after each runnable example, and how many bars it got."""
    parts: list[str] = []
    position = 0
    count = 0
    for match in _EXAMPLE.finditer(text):
        notebook = match["cell"] is not None
        if match.start() < position:  # an example inside one already placed (none today)
            continue
        end = htmltext.div_end(text, match.start(), where)
        inner = text[match.start() : end]
        if notebook and "jp-CodeCell" not in text[text.rfind('<div class="jp-Cell ', 0, match.start()) : match.start()]:
            continue  # a Markdown cell's input: prose, not code
        if notebook and "highlight" not in inner:
            continue  # a code cell with no code
        if "data-norun=" in (inner if notebook else match["attrs"]):
            continue
        fold_end = _FOLD_END.match(text, end)
        if fold_end and text.rfind("<details", 0, match.start()) > text.rfind("</details>", 0, match.start()):
            end = fold_end.end()
        parts.append(text[position:end])
        parts.append(BAR)
        position = end
        count += 1
    parts.append(text[position:])
    return "".join(parts), count


def on_page_content(html_text, page, config, files):
    return with_bars(html_text, f"docs/{page.file.src_uri}")[0]
