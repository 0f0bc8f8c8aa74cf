"""hooks/fold.py: which Python examples are folded, what the fold says, and where the switch goes.

The browser side (the switch, the remembered choice, printing, copying, at most 40 lines in view) is in
tests/test_browser.py; these tests feed the hook small pages of HTML as the build hands them over.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

import fold


def block(code: str, title: str | None = None) -> str:
    head = f'<span class="filename">{title}</span>' if title else ""
    return f'<div class="language-python highlight">{head}<pre><span></span><code>{code}</code></pre></div>'


def page(uri: str = "neurons/example.md"):
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


def program(lines: int, opening: str = "# Count the sheep, then say how many.\n# More words here.") -> str:
    return opening + "\n" + "".join(f"sheep = {n}\n" for n in range(lines - opening.count("\n") - 1))


def test_a_long_program_is_folded_behind_its_opening_sentence_and_its_size():
    html = "<h1>Title</h1><p>Text.</p>" + block(program(fold.FOLD_LINES + 1), "snippets/x/y/count.py")
    out = fold.on_page_content(html, page(), None, None)
    assert out.count('<details class="code-fold">') == 1
    assert '<summary><span class="code-fold-what">Count the sheep, then say how many.</span>' in out
    assert f"count.py, {fold.FOLD_LINES + 1} lines of Python" in out
    assert out.index("</summary>") < out.index('<div class="language-python highlight">') < out.index("</details>")


def test_a_block_with_attributes_of_its_own_is_folded_too():
    """runner.py marks an example with no Run button with data-norun before this hook sees it."""
    marked = block(program(40), "snippets/x/y/long.py").replace(
        'highlight">', 'highlight" data-norun="It reads a data file.">', 1
    )
    assert '<details class="code-fold">' in fold.on_page_content("<h1>T</h1>" + marked, page(), None, None)


def test_a_short_example_stays_open_and_the_page_gets_no_switch():
    html = "<h1>Title</h1>" + block(program(fold.FOLD_LINES), None)
    assert fold.on_page_content(html, page(), None, None) == html


def test_a_short_program_that_only_draws_a_figure_is_folded(tmp_path, monkeypatch):
    monkeypatch.setattr(fold, "ROOT", tmp_path)
    (tmp_path / "snippets/x/y").mkdir(parents=True)
    draws = "# Draw the curve.\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('curve.svg')\n"
    (tmp_path / "snippets/x/y/curve.py").write_text(draws)
    html = "<h1>T</h1>" + block(draws, "snippets/x/y/curve.py")
    assert '<details class="code-fold">' in fold.on_page_content(html, page(), None, None)
    # The same program printing something as well stays open: its printout is the point.
    (tmp_path / "snippets/x/y/curve.out").write_text("drawn\n")
    assert '<details class="code-fold">' not in fold.on_page_content(html, page(), None, None)


def test_the_switch_comes_after_the_in_short_box_or_else_after_the_title():
    long = block(program(40), "snippets/x/y/long.py")
    box = '<div class="admonition abstract">\n<p class="admonition-title">In short</p><ul><li>A.</li></ul>\n</div>'
    out = fold.on_page_content("<h1>T</h1>\n" + box + "<p>Text.</p>" + long, page(), None, None)
    assert out.index("</ul>") < out.index('class="code-fold-all"') < out.index("<p>Text.</p>")
    out = fold.on_page_content("<h1>T</h1>\n<p>Text.</p>" + long, page(), None, None)
    assert out.index("</h1>") < out.index('class="code-fold-all"') < out.index("<p>Text.</p>")
    assert out.count('class="code-fold-all"') == 1


def test_code_already_in_a_details_block_and_notebooks_are_left_alone():
    long = block(program(40), "snippets/x/y/long.py")
    inside = "<h1>T</h1><details><summary>Code</summary>" + long + "</details>"
    assert fold.on_page_content(inside, page(), None, None) == inside
    html = "<h1>T</h1>" + long
    assert fold.on_page_content(html, page("scale/notebooks/explore.ipynb"), None, None) == html


def test_an_unclosed_code_block_stops_the_build_naming_the_page():
    unclosed = r"docs/neurons/example.md: a code block's <div> \(line 1 of the page's HTML\) is never closed"
    with pytest.raises(PluginError, match=unclosed):
        fold.on_page_content('<h1>T</h1><div class="language-python highlight"><pre>', page(), None, None)


@pytest.mark.parametrize(
    "source,expected",
    [
        ("# One neuron. It adds.\nx = 1\n", "One neuron."),
        (
            "# A leaky neuron driven by two steps:\n# a weak one, then a strong one.\nx = 1\n",
            "A leaky neuron driven by two steps: a weak one, then a strong one.",
        ),
        ("x = 1\n", ""),
    ],
)
def test_the_summary_is_the_opening_comments_first_sentence(source, expected):
    assert fold.opening_sentence(source) == expected
