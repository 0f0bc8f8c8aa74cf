"""Tables in the page as built, in the scroll wrapper Material's script would move them into.

When Material's script starts, it takes every ``table:not([class])`` out of the
page and puts it back inside ``<div class="md-typeset__scrollwrap"><div
class="md-typeset__table">``. Moving a table makes the browser restyle far more
than the table: on the model-counting page that one move cost 0.27 s of main
thread at 4x CPU, after the first paint (bench/LIGHTHOUSE.md). This hook
writes the wrapper into the HTML instead and gives each table it wraps the
class BUILT, so that Material's script passes it by.

Material's stylesheet styles only ``table:not([class])``. So that a table with
BUILT looks the same, on_post_build widens each of those selectors in the
built copy of Material's stylesheet to ``table:is(:not([class]),.BUILT)``,
which has the same specificity (a class and an attribute weigh the same).
tests/test_browser.py checks that a built table looks as Material's own would
and is not wrapped twice.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

BUILT = "md-built-table"
MATERIAL_SELECTOR = "table:not([class])"
WIDENED = f"table:is(:not([class]),.{BUILT})"
# Material 9's stylesheet has a dozen rules on tables; far fewer means it has changed its selectors.
MIN_RULES = 8
_TABLE = re.compile(r"<(/?)table\b([^>]*)>", re.IGNORECASE)
_CLASS = re.compile(r"\sclass\s*=", re.IGNORECASE)


def wrapped(html: str, where: str) -> tuple[str, int]:
    """The page with each table Material would wrap already wrapped, and how many there were."""
    out: list[str] = []
    pos = 0
    opened: list[tuple[bool, int]] = []  # for each open <table>: whether this hook wrapped it, where it opens
    count = 0
    for match in _TABLE.finditer(html):
        closing, attrs = match.group(1), match.group(2)
        out.append(html[pos : match.start()])
        pos = match.end()
        if not closing:
            ours = not _CLASS.search(attrs)
            opened.append((ours, match.start()))
            if ours:
                count += 1
                out.append(
                    f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table class="{BUILT}"{attrs}>'
                )
            else:
                out.append(match.group(0))
            continue
        if not opened:
            line = html.count("\n", 0, match.start()) + 1
            raise PluginError(f"{where}: a </table> (line {line} of the page's HTML) closes no table")
        out.append(match.group(0) + ("</div></div>" if opened.pop()[0] else ""))
    if opened:
        line = html.count("\n", 0, opened[-1][1]) + 1
        raise PluginError(f"{where}: a <table> (line {line} of the page's HTML) is never closed")
    out.append(html[pos:])
    return "".join(out), count


def widened(css: str, where: str) -> str:
    """Material's stylesheet with its table rules applying to BUILT tables too."""
    found = css.count(MATERIAL_SELECTOR)
    if found == 0 and css.count(WIDENED) >= MIN_RULES:
        return css  # widened already: a live-preview rebuild that kept the built copy
    if found < MIN_RULES:
        raise PluginError(
            f"{where}: {found} rules on {MATERIAL_SELECTOR!r}, expected at least {MIN_RULES}; "
            "Material's table styles have changed, so hooks/tables.py must follow them"
        )
    return css.replace(MATERIAL_SELECTOR, WIDENED)


def on_page_content(html_text, page, config, files):
    return wrapped(html_text, page.file.src_uri)[0]


def on_post_build(config):
    sheets = sorted((Path(config["site_dir"]) / "assets" / "stylesheets").glob("main.*.min.css"))
    if len(sheets) != 1:
        raise PluginError(f"hooks/tables.py: expected one Material stylesheet main.*.min.css, found {len(sheets)}")
    sheet = sheets[0]
    sheet.write_text(widened(sheet.read_text(encoding="utf-8"), str(sheet)), encoding="utf-8")
