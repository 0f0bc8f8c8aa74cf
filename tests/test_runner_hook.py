"""hooks/runner.py (explorable figures, examples kept out of the browser) and the asset slimming of hooks/weight.py."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

import runner
import weight

SOURCE = 'import numpy as np\nspread = 0.9  # how far\nsteps = 300\ngate = "XOR"\n'


def test_the_default_comes_from_the_examples_own_line():
    assert runner.assignment(SOURCE, "spread", "here") == (2, "0.9")
    html = runner.control_html(
        {"name": "spread", "label": "Spread", "min": 0.2, "max": 2.5, "step": 0.1}, SOURCE, "x.py", "here", "e"
    )
    assert 'type="range"' in html and 'value="0.9"' in html and 'min="0.2"' in html and "<output" in html


def test_a_choice_menu_selects_the_examples_value():
    html = runner.control_html(
        {"name": "gate", "label": "Gate", "choices": {"AND": '"AND"', "XOR": '"XOR"'}}, SOURCE, "x.py", "here", "e"
    )
    assert '<option value="&quot;XOR&quot;" selected>XOR</option>' in html
    assert '<option value="&quot;AND&quot;">AND</option>' in html


@pytest.mark.parametrize(
    ("control", "message"),
    [
        ({"name": "missing", "label": "M", "min": 0, "max": 1, "step": 0.1}, "found 0"),
        ({"name": "spread", "label": "S", "min": 1, "max": 2, "step": 0.1}, "x.py:2"),
        ({"name": "steps", "label": "S", "min": 0, "max": 1000, "step": 7}, "must lie on the slider"),
        ({"name": "gate", "label": "G", "choices": {"AND": '"AND"'}}, "none of the choices"),
        ({"name": "spread", "label": "S", "min": 0, "max": 2, "step": 0.1, "colour": "red"}, "unknown keys"),
    ],
)
def test_a_control_that_cannot_start_at_the_examples_value_stops_the_build(control, message):
    with pytest.raises(PluginError, match=message):
        runner.control_html(control, SOURCE, "x.py", "docs/p.md: explore", "e")


def test_a_name_assigned_twice_is_refused():
    with pytest.raises(PluginError, match="found 2"):
        runner.assignment("a = 1\na = 2\n", "a", "here")


def test_the_form_sits_under_its_figure():
    content = '<p>Text</p><p><img alt="A" src="../figures/f.svg" /></p><p>After</p>'
    placed = runner.place(content, "<form></form>", "f.svg", "snippets/x.py", "docs/p.md")
    assert placed == '<p>Text</p><p><img alt="A" src="../figures/f.svg" /></p><form></form><p>After</p>'
    with pytest.raises(PluginError, match="shows no figure g.svg"):
        runner.place(content, "<form></form>", "g.svg", "snippets/x.py", "docs/p.md")


def test_slimmed_css_keeps_every_rule():
    css = "/* a comment */\n.a,\n.b {\n  color: red;\n  margin: 0 auto;\n}\n.c :not(.d) { top: 0; }\n"
    assert weight.slim_css(css) == ".a,.b{color: red;margin: 0 auto}.c :not(.d){top: 0}\n"


def test_slimmed_js_keeps_every_statement_and_leaves_template_literals_alone():
    js = '/* header\n * more\n */\n(function () {\n  // a note\n  var url = "https://x/";\n  run(url); // why\n})();\n'
    assert weight.slim_js(js) == '(function () {\nvar url = "https://x/";\nrun(url); // why\n})();\n'
    literal = "var code = `\n    indented\n`;\n"
    assert weight.slim_js(literal) == literal


def test_inline_scripts_in_a_page_are_slimmed_and_nothing_else_is():
    page = (
        "<head>\n  <script>\n    // why\n    var a = 1;\n  </script>\n"
        '  <script id="__config" type="application/json">\n    {"a": 1}\n  </script>\n'
        '  <script src="x.js"></script>\n</head>\n<pre>  kept\n</pre>\n'
    )
    assert weight.unindent(page) == (
        "<head>\n<script>var a = 1;\n</script>\n"
        '<script id="__config" type="application/json">\n    {"a": 1}\n  </script>\n'
        '<script src="x.js"></script>\n</head>\n<pre>  kept\n</pre>\n'
    )
