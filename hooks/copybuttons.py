"""Copy buttons in the page as built, for Material's own clipboard handler to serve.

Material's ``content.code.copy`` feature adds a copy button to each code block
when its script starts: one block at a time, it inserts the button and then
measures the block, so on a page with many blocks the browser lays the page
out again for each one (bench/LIGHTHOUSE.md has what that cost a phone). This
hook writes the same markup into the HTML instead, and mkdocs.yml turns the
feature off. Copying still goes through Material: its script copies for any
button with ``data-clipboard-target``, feature or not, with its own rules
(annotation markers left out, trailing space trimmed) and its "Copied" notice.

Material names a block's <pre> ``__code_<id>``, where <id> is that of the
<pre>'s nearest ancestor with one. So each block's wrapper <div> gets an id
here (``code-1``, ``code-2``… unless it has one), and its button points at
``#__code_<that id> > code``; tests/test_browser.py checks that a copy button
copies its whole program.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(
    r'<div class="(?:language-[\w-]+ )?highlight"(?P<attrs>[^>]*)>'
    r'(?P<title><span class="filename">[^<]*</span>)?<pre><span></span><code'
)
_ID = re.compile(r'\bid="([^"]+)"')
TITLE = "Copy to clipboard"  # Material's English text for the button (its clipboard.copy string)


def button(block_id: str) -> str:
    return (
        '<nav class="md-code__nav"><button class="md-code__button" '
        f'title="{TITLE}" data-clipboard-target="#__code_{block_id} &gt; code" data-md-type="copy"></button></nav>'
    )


def with_buttons(text: str) -> tuple[str, int]:
    """The page with a copy button in every code block, and how many it got."""
    count = 0

    def add(match: re.Match) -> str:
        nonlocal count
        count += 1
        head = match.group(0)[: match.start("attrs") - match.start()]
        existing = _ID.search(match["attrs"])
        block_id = existing.group(1) if existing else f"code-{count}"
        attrs = match["attrs"] if existing else f' id="{block_id}"' + match["attrs"]
        return f"{head}{attrs}>{match['title'] or ''}<pre><span></span>{button(block_id)}<code"

    return _BLOCK.sub(add, text), count


def on_page_content(html_text, page, config, files):
    return with_buttons(html_text)[0]
