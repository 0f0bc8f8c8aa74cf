"""Math: TeX in pages becomes MathML when the site is built.

Markdown pages mark math with pymdownx.arithmatex (generic mode); notebook
pages keep the `$...$` that nbconvert leaves in their Markdown cells. Both
become MathML here, which browsers render natively and screen readers read,
so no script or font is fetched and nothing moves after the page loads.
TeX that cannot be converted stops the build, naming the page and line.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from latex2mathml.converter import convert
from mkdocs.exceptions import PluginError

import htmltext

# What pymdownx.arithmatex (generic: true) writes.
_ARITHMATEX = re.compile(
    r'<span class="arithmatex">\\\((?P<inline>.*?)\\\)</span>'
    r'|<div class="arithmatex">\\\[(?P<block>.*?)\\\]</div>',
    re.DOTALL,
)
# What nbconvert leaves in rendered notebook Markdown: $$...$$ and $...$.
_DOLLARS = re.compile(
    r"\$\$(?P<block>.+?)\$\$|(?<![\\$\w])\$(?P<inline>[^\s$](?:[^$]*?[^\s\\$])?)\$(?!\w)",
    re.DOTALL,
)
MATHML = "http://www.w3.org/1998/Math/MathML"
ET.register_namespace("", MATHML)
# Operators whose limits go above and below them in displayed formulas.
_BIG_OPERATORS = {"\u2211", "\u220f", "\u2210", "\u22c3", "\u22c2", "lim", "max", "min"}
_LIMITS = {f"{{{MATHML}}}msubsup": "munderover", f"{{{MATHML}}}msub": "munder", f"{{{MATHML}}}msup": "mover"}
# A backslash command that survived conversion means latex2mathml did not know it.
_LEFTOVER = re.compile(r">[^<]*\\[A-Za-z]+[^<]*<")


class MathError(ValueError):
    pass


def to_mathml(tex: str, display: bool) -> str:
    """Convert one formula; raise MathError if the result is not clean MathML."""
    try:
        mathml = convert(tex.strip(), display="block" if display else "inline")
    except Exception as error:  # latex2mathml raises many kinds
        raise MathError(f"cannot convert ${tex}$: {error}") from error
    leftover = _LEFTOVER.search(mathml)
    if leftover:
        raise MathError(f"unknown TeX command in ${tex}$: {leftover.group(0)[1:-1].strip()}")
    if display:
        mathml = limits_above_and_below(mathml)
    label = html.escape(" ".join(tex.split()), quote=True)
    mathml = mathml.replace("<math ", f'<math alttext="{label}" ', 1)
    if display:
        # Focusable: on a phone a wide formula scrolls sideways, and keyboard users must reach it (axe,
        # scrollable-region-focusable).
        return f'<div class="math-display" tabindex="0">{mathml}</div>'
    return mathml


def limits_above_and_below(mathml: str) -> str:
    """Set the limits of sums and products under and over them, as TeX does in display math.

    latex2mathml writes \\sum_{i=1}^{n} as <msubsup> (limits at the side) in
    every mode; in a displayed formula <munderover> is what readers expect.
    """
    root = ET.fromstring(mathml)
    changed = False
    for element in root.iter():
        first = element[0] if len(element) else None
        if element.tag in _LIMITS and first is not None and (first.text or "").strip() in _BIG_OPERATORS:
            element.tag = f"{{{MATHML}}}{_LIMITS[element.tag]}"
            changed = True
    return ET.tostring(root, encoding="unicode") if changed else mathml


def render_markdown_math(content: str) -> str:
    def one(match: re.Match) -> str:
        display = match.group("block") is not None
        tex = html.unescape(match.group("block") if display else match.group("inline"))
        return to_mathml(tex, display)

    return _ARITHMATEX.sub(one, content)


def render_notebook_math(content: str) -> str:
    def one(match: re.Match) -> str:
        display = match.group("block") is not None
        tex = html.unescape(match.group("block") if display else match.group("inline"))
        return to_mathml(tex, display)

    return htmltext.map_prose(content, lambda text: _DOLLARS.sub(one, text))


def on_page_content(content, page, config, files):
    notebook = "jupyter-wrapper" in content
    try:
        return render_notebook_math(content) if notebook else render_markdown_math(content)
    except MathError as error:
        source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
        tex = str(error).split("$")[1] if "$" in str(error) else ""
        line = htmltext.line_of(source, tex.strip()[:40]) if tex else None
        raise PluginError(f"docs/{page.file.src_uri}:{line or '?'}: {error}") from error
