"""hooks/tables.py: tables wrapped as Material's script would wrap them, and Material's table styles widened to them.

That the theme then leaves them in place, and that they look as Material's own tables, is checked in the
browser (tests/test_browser.py).
"""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

import tables

WRAP = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'


def test_a_table_material_would_wrap_is_wrapped_and_marked():
    html = "<p>Before</p>\n<table>\n<tr><td>1</td></tr>\n</table>\n<p>After</p>"
    out, count = tables.wrapped(html, "page.md")
    assert count == 1
    assert out == (
        f'<p>Before</p>\n{WRAP}<table class="{tables.BUILT}">\n<tr><td>1</td></tr>\n</table></div></div>\n<p>After</p>'
    )


def test_a_table_with_a_class_is_left_alone_and_other_attributes_are_kept():
    html = '<table class="dataframe"><tr><td>1</td></tr></table><table style="x"><tr><td>2</td></tr></table>'
    out, count = tables.wrapped(html, "page.md")
    assert count == 1
    assert out.startswith('<table class="dataframe"><tr><td>1</td></tr></table>')
    assert out.endswith(f'{WRAP}<table class="{tables.BUILT}" style="x"><tr><td>2</td></tr></table></div></div>')


def test_a_table_inside_another_closes_its_own_wrapper_only():
    html = '<table><tr><td><table class="inner"><tr><td>x</td></tr></table></td></tr></table>'
    out, _ = tables.wrapped(html, "page.md")
    assert out.endswith("</table></td></tr></table></div></div>")
    assert out.count("</div></div>") == 1


@pytest.mark.parametrize(
    "html,message",
    [
        ("<p>x</p>\n<table><tr><td>1</td></tr>", r"<table> \(line 2 of the page's HTML\) is never closed"),
        ("<p>x</p>\n</table>", "line 2 of the page's HTML"),
    ],
)
def test_an_unbalanced_table_stops_the_build_naming_the_page(html, message):
    with pytest.raises(PluginError, match=message) as error:
        tables.wrapped(html, "scale/models.md")
    assert "scale/models.md" in str(error.value)


def test_materials_table_rules_are_widened_with_the_same_specificity():
    rules = "".join(f".md-typeset table:not([class]) td{{padding:{n}px}}" for n in range(tables.MIN_RULES))
    out = tables.widened(rules, "main.css")
    assert "table:not([class]) " not in out
    assert out.count(".md-typeset table:is(:not([class]),.md-built-table) td{") == tables.MIN_RULES
    # Built twice (live preview keeps the copy): unchanged, not an error.
    assert tables.widened(out, "main.css") == out


def test_a_stylesheet_without_materials_table_rules_stops_the_build():
    with pytest.raises(PluginError, match="Material's table styles have changed"):
        tables.widened(".md-typeset table{x:y}", "main.css")
