"""Search: index the prose, not the code listings or the MathML markup.

Material's search index is fetched by every page on its first visit, so its
size counts against each page's weight; code listings and formulas made up
two thirds of it. Readers search for ideas ("neuron", "perceptron"), which
the prose names. Blocks marked data-search-exclude are skipped by Material's
indexer; inline code and the page text around formulas stay searchable.
"""

from __future__ import annotations

import re

# Code listings (Material writes "language-python highlight" or "highlight")
# and displayed formulas.
_BLOCKS = re.compile(r'<div class="((?:language-[\w-]+ )?highlight|math-display)"')


def exclude_blocks(html: str) -> str:
    return _BLOCKS.sub(lambda m: f'<div class="{m.group(1)}" data-search-exclude', html)


def on_page_content(content, page, config, files):
    return exclude_blocks(content)
