"""Page weight: leave out markup that changes nothing on screen.

Every page must stay under 100 KB gzipped on a first visit (bench/benchmark.py
measures it), and two kinds of markup cost bytes without drawing anything:

1. In code listings, Pygments wraps every name in ``<span class="n">``, every
   punctuation mark in ``<span class="p">`` and every run of spaces in
   ``<span class="w">``. Names and punctuation are drawn in the code's own
   text colour (Material's palettes set ``--md-code-hl-name-color`` to it,
   and docs/stylesheets/extra.css sets ``--md-code-hl-punctuation-color``),
   and whitespace has no style, so those spans are dropped (about 4 KB
   gzipped on a page with three programs). Every other token keeps its span
   and colour. A test (tests/test_site.py) checks that the stylesheets still
   say so.
2. The theme's templates indent the page's HTML. Outside ``<pre>``,
   ``<textarea>`` and ``<script>``, where whitespace is kept as written, a
   browser treats a line break followed by indentation like the line break
   alone, so the indentation goes (about 0.7 KB gzipped a page).
   mkdocs-minify-plugin does more, but it added 1.5 s (30%) to every build
   here, which the build-time target (bench/README.md) cannot afford.
"""

from __future__ import annotations

import re

_PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.DOTALL)
_PLAIN_TOKEN = re.compile(r'<span class="[npw]">([^<]*)</span>')
# Where whitespace is significant: left exactly as written.
_KEEP = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_INDENT = re.compile(r"\n[ \t]+")


def slim(html: str) -> str:
    """The same listings, without the spans of names, punctuation and whitespace."""
    return _PRE.sub(lambda block: _PLAIN_TOKEN.sub(r"\1", block.group(0)), html)


def unindent(html: str) -> str:
    """The page without the indentation after its line breaks, except where whitespace counts."""
    parts = _KEEP.split(html)
    # split() with two groups gives [text, kept, tag name, text, kept, tag name, ...]
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(_INDENT.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)


def on_page_content(content, page, config, files):
    return slim(content)


def on_post_page(output, page, config):
    return unindent(output)
