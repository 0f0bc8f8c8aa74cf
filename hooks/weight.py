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
3. The site's own stylesheets and page scripts (``SLIM_ASSETS``), loaded by
   every page, are written for people to read. In the build they lose their
   comments and indentation (about 0.9 KB gzipped a page): CSS comments and
   the spaces around braces, semicolons and commas; in scripts, lines that
   are only a comment, and the indentation of every line. Line breaks stay,
   so no statement changes. A script with a template literal (whose
   indentation may be content) is left as it is, and a test (tests/test_site.py)
   checks that the built copies still say the same. The scripts written into
   every page (overrides/main.html and its partials, and the theme's own),
   bare ``<script>`` elements, are slimmed the same way (about 1.2 KB
   gzipped a page).
"""

from __future__ import annotations

import re

_PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.DOTALL)
_PLAIN_TOKEN = re.compile(r'<span class="[npw]">([^<]*)</span>')
# Where whitespace is significant: left exactly as written.
_KEEP = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_INDENT = re.compile(r"\n[ \t]+")
SLIM_ASSETS = ("stylesheets/extra.css", "stylesheets/run.css", "javascripts/run.js", "javascripts/run-ui.js")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_SPACE = re.compile(r"\s*([{};,])\s*")


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
            out.append(_slim_inline_script(part))
    return "".join(out)


def _slim_inline_script(block: str) -> str:
    """A bare inline script (no type, no src: the site's own, from overrides/, and the theme's) slimmed as the
    site's script files are; everything else kept exactly as written."""
    if not (block.startswith("<script>") and block.endswith("</script>")):
        return block
    return "<script>" + slim_js(block[len("<script>") : -len("</script>")]) + "</script>"


def on_page_content(content, page, config, files):
    return slim(content)


def on_post_page(output, page, config):
    return unindent(output)


def on_post_template(output_content, template_name, config):
    """The not-found page, rendered from a template rather than a page, is slimmed the same way."""
    return unindent(output_content) if template_name == "404.html" else output_content


def slim_css(css: str) -> str:
    """The same rules without comments and without the spaces around braces, semicolons and commas."""
    css = re.sub(r"\s+", " ", _CSS_COMMENT.sub("", css))
    return _CSS_SPACE.sub(r"\1", css).replace(";}", "}").strip() + "\n"


def slim_js(js: str) -> str:
    """The same script without comment-only lines and indentation; unchanged if it has a template literal."""
    if "`" in js:
        return js
    lines, in_comment = [], False
    for line in js.splitlines():
        text = line.strip()
        if in_comment:
            in_comment = "*/" not in text
            continue
        if text.startswith("/*"):
            in_comment = "*/" not in text
            continue
        if text and not text.startswith("//"):
            lines.append(text)
    return "\n".join(lines) + "\n"


def on_post_build(config):
    from pathlib import Path

    site = Path(config["site_dir"])
    for name in SLIM_ASSETS:
        path = site / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            path.write_text(slim_css(text) if name.endswith(".css") else slim_js(text), encoding="utf-8")
