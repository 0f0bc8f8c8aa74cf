"""hooks/runbars.py: where the Run bars go in the page as built.

The browser side (pressing Run, the output, the traceback) is in tests/test_run_in_browser.py; these tests
feed the hook small pages of HTML as the build hands them over.
"""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

import runbars

BAR = runbars.BAR


def block(code: str = "x = 1", attrs: str = "") -> str:
    return f'<div class="language-python highlight"{attrs}><pre><span></span><code>{code}</code></pre></div>'


def test_a_bar_follows_each_example():
    html = "<p>One.</p>" + block() + "<p>Two.</p>" + block("y = 2")
    out, count = runbars.with_bars(html, "docs/x.md")
    assert count == 2
    assert out == "<p>One.</p>" + block() + BAR + "<p>Two.</p>" + block("y = 2") + BAR


def test_a_folded_example_gets_its_bar_after_the_fold_so_it_runs_without_being_opened():
    html = '<details class="code-fold"><summary>Draws a figure.</summary>' + block() + "</details><p>After.</p>"
    out, count = runbars.with_bars(html, "docs/x.md")
    assert count == 1
    assert out.index("</details>") < out.index(BAR) < out.index("<p>After.</p>")


def test_an_example_that_cannot_run_in_the_browser_gets_no_bar():
    html = block(attrs=' data-norun="It reads a data file."') + block("y = 2")
    out, count = runbars.with_bars(html, "docs/x.md")
    assert count == 1
    assert out.endswith(block("y = 2") + BAR)


def test_other_code_gets_no_bar():
    html = '<div class="language-text highlight"><pre><code>output</code></pre></div>'
    assert runbars.with_bars(html, "docs/x.md") == (html, 0)


def test_a_notebook_code_cell_gets_its_bar_after_its_input_and_a_markdown_cell_none():
    code_cell = (
        '<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">'
        '<div class="highlight-ipynb"><div class="highlight"><pre>x = 1</pre></div></div></div>'
        '<div class="jp-Cell-outputWrapper"><pre>1</pre></div></div>'
    )
    markdown_cell = (
        '<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">'
        "<p>Prose with a <code>highlight</code> word.</p></div></div>"
    )
    out, count = runbars.with_bars(markdown_cell + code_cell, "docs/n.py")
    assert count == 1
    input_end = out.index('<div class="jp-Cell-outputWrapper">')
    assert out[input_end - len(BAR) : input_end] == BAR


def test_an_unclosed_block_stops_the_build_naming_the_page_and_line():
    html = "<p>One.</p>\n" + block().removesuffix("</div>")
    with pytest.raises(PluginError, match=r"docs/x\.md: a <div> \(line 2 of the page's HTML\) is never closed"):
        runbars.with_bars(html, "docs/x.md")
