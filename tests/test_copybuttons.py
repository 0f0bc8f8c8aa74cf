"""hooks/copybuttons.py: the copy button in each code block, pointing where Material's script will look.

That a button copies its whole program is checked in the browser (tests/test_browser.py).
"""

from __future__ import annotations

import copybuttons


def block(attrs: str = "", title: str = "") -> str:
    return f'<div class="language-python highlight"{attrs}>{title}<pre><span></span><code>x = 1</code></pre></div>'


def test_each_block_gets_an_id_and_a_button_that_points_at_the_pre_material_names_after_it():
    out, count = copybuttons.with_buttons(
        block() + '<div class="highlight"><pre><span></span><code>y</code></pre></div>'
    )
    assert count == 2
    assert out.count('<nav class="md-code__nav">') == 2
    assert '<div class="language-python highlight" id="code-1"><pre><span></span><nav class="md-code__nav">' in out
    assert 'data-clipboard-target="#__code_code-1 &gt; code"' in out
    assert '<div class="highlight" id="code-2">' in out and "#__code_code-2 &gt; code" in out
    # The button comes before the code, where Material put it.
    assert out.index("md-code__button") < out.index("<code>x = 1")


def test_a_block_with_an_id_and_a_title_keeps_both():
    title = '<span class="filename">snippets/a/b/c.py</span>'
    out, _ = copybuttons.with_buttons(block(' id="mine" data-search-exclude', title))
    assert out.startswith(f'<div class="language-python highlight" id="mine" data-search-exclude>{title}<pre>')
    assert "#__code_mine &gt; code" in out and 'id="code-' not in out


def test_code_that_is_not_a_highlighted_block_gets_no_button():
    html = "<p>Inline <code>x</code>.</p><pre>plain</pre>"
    assert copybuttons.with_buttons(html) == (html, 0)
