"""Search: index the prose, and hand Material's indexer no more HTML than it needs.

Material's search index is fetched when a reader starts a search, and code
listings and formulas made up two thirds of it: blocks marked
data-search-exclude are skipped by Material's indexer. Inline code and the
text around formulas stay searchable.

Material's indexer also parses every page's full HTML, which after the
glossary's tooltips and the MathML was a third of the build. So just before
it runs, the page content is swapped for a lighter copy (excluded blocks,
formulas and tooltip wrappers removed: nothing the index keeps), and the
full content is put back right after, before the page is written.
"""

from __future__ import annotations

import re

from mkdocs.plugins import CombinedEvent, event_priority

# Code listings (Material writes "language-python highlight" or "highlight")
# and displayed formulas.
_BLOCKS = re.compile(r'<div class="((?:language-[\w-]+ )?highlight|math-display)"')
_EXCLUDED = re.compile(r'<div class="[^"]*" data-search-exclude>.*?</div>', re.DOTALL)
_MATH = re.compile(r"<math\b.*?</math>", re.DOTALL)
_ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.DOTALL)


def exclude_blocks(html: str) -> str:
    return _BLOCKS.sub(lambda m: f'<div class="{m.group(1)}" data-search-exclude', html)


def for_search(html: str) -> str:
    """What Material's indexer needs of a page: the same text, less markup."""
    html = _EXCLUDED.sub("", html)
    html = _MATH.sub("", html)
    return _ABBR.sub(r"\1", html)


def on_page_content(content, page, config, files):
    return exclude_blocks(content)


_full_content: dict[str, str] = {}


@event_priority(100)  # before Material's search plugin (priority 0)
def _lighten_for_search(context, page, config, nav):
    _full_content[page.file.src_uri] = page.content
    page.content = for_search(page.content)
    return context


@event_priority(-100)  # after it, before the page is rendered
def _restore_after_search(context, page, config, nav):
    page.content = _full_content.pop(page.file.src_uri)
    return context


on_page_context = CombinedEvent(_lighten_for_search, _restore_after_search)
