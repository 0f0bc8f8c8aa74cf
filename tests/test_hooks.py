"""Unit tests of the build hooks in hooks/ (each small, each failing loudly)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

import facts
import htmltext
import mathml as mathhook
import notebooks
import provenance
from examples import ROOT

# --- htmltext ---------------------------------------------------------------


def test_map_prose_leaves_code_and_tags_alone():
    html = '<p title="[[x]]">a [[x]] <code>[[x]]</code> <pre><code>[[x]]</code></pre> b</p>'
    assert htmltext.map_prose(html, lambda t: t.replace("[[x]]", "X")) == (
        '<p title="[[x]]">a X <code>[[x]]</code> <pre><code>[[x]]</code></pre> b</p>'
    )


# --- math -------------------------------------------------------------------


def test_arithmatex_markup_becomes_mathml():
    html = '<p>A <span class="arithmatex">\\(x_i &lt; 1\\)</span>.</p><div class="arithmatex">\\[\\frac{1}{2}\\]</div>'
    out = mathhook.render_markdown_math(html)
    assert 'alttext="x_i &lt; 1"' in out and "<msub><mi>x</mi><mi>i</mi></msub><mo>&#x0003C;</mo>" in out
    assert '<div class="math-display" tabindex="0"><math alttext="\\frac{1}{2}"' in out and 'display="block"' in out
    assert "arithmatex" not in out


def test_notebook_dollars_become_mathml_but_not_in_code_or_prices():
    html = "<p>Sum $z = w x$ and $$y^2$$ cost 5$ each.</p><pre><code>$not math$</code></pre>"
    out = mathhook.render_notebook_math(html)
    assert out.count("<math ") == 2 and "<pre><code>$not math$</code></pre>" in out and "cost 5$ each" in out


def test_unknown_tex_stops_the_build_with_page_and_line(tmp_path):
    source = tmp_path / "page.md"
    source.write_text("# T\n\nSome $\\notacommand{x}$ here.\n", encoding="utf-8")
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(source), src_uri="page.md"))
    html = '<p>Some <span class="arithmatex">\\(\\notacommand{x}\\)</span> here.</p>'
    with pytest.raises(PluginError, match=r"docs/page\.md:3: unknown TeX command"):
        mathhook.on_page_content(html, page, None, None)


# --- facts ------------------------------------------------------------------

FACTS_YAML = """\
sources:
  s1:
    authors: Doe, J.; Roe, R.
    year: 2001
    title: A title
    where: A journal 1, 2-3
    url: https://doi.org/10/x
facts:
  neurons:
    value: 86_000_000_000
    unit: neurons
    display: about 86 billion
    measures: Neurons in a brain.
    kind: estimate
    source: s1
"""


def write_facts(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "facts.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_real_facts_file_loads_and_every_fact_has_a_source():
    book = facts.load(ROOT / "data" / "facts.yml")
    assert book.facts
    for fact in book.facts.values():
        assert fact.source.url.startswith("https://") and fact.source.title and fact.source.year


def test_a_fact_renders_value_kind_and_citation(tmp_path):
    book = facts.load(write_facts(tmp_path, FACTS_YAML))
    html = facts.render(book.facts["neurons"], "../references/")
    assert '<span class="fact fact--estimate">about 86 billion</span>' in html
    assert 'href="../references/#fact-neurons"' in html and "[estimate · Doe and Roe 2001]" in html


def test_a_source_without_personal_authors_is_cited_by_its_cite_as(tmp_path):
    text = FACTS_YAML.replace("Doe, J.; Roe, R.", "The Long-Named Institute for Studies of Many Things")
    book = facts.load(write_facts(tmp_path, text.replace("    year: 2001\n", "    cite_as: LNI\n    year: 2001\n")))
    assert book.sources["s1"].short == "LNI 2001"
    assert "[estimate · LNI 2001]" in facts.render(book.facts["neurons"], "../references/")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("    source: s1\n", ""), r"facts\.yml:9: fact 'neurons' is missing \['source'\]"),
        (("    source: s1\n", "    source: nowhere\n"), r"facts\.yml:9: fact 'neurons': source 'nowhere' is not in"),
        (("    url: https://doi.org/10/x\n", ""), r"facts\.yml:2: source 's1' needs exactly"),
        (("kind: estimate", "kind: guess"), r"kind must be one of"),
        (("value: 86_000_000_000", "value: 86e9"), r"YAML reads 1e9 as text"),
        (
            ("Doe, J.; Roe, R.", "The Long-Named Institute for Studies of Many Things"),
            r"facts\.yml:2: .*longer than 40",
        ),
        (("    year: 2001\n", "    year: 2001\n    cited: Doe\n"), r"facts\.yml:2: source 's1' needs exactly"),
    ],
    ids=[
        "no-source",
        "unknown-source",
        "source-without-url",
        "bad-kind",
        "value-as-text",
        "long-citation",
        "unknown-key",
    ],
)
def test_bad_facts_stop_the_build_with_the_line(tmp_path, change, message):
    with pytest.raises(PluginError, match=message):
        facts.load(write_facts(tmp_path, FACTS_YAML.replace(*change)))


def test_unknown_fact_name_in_a_page_names_page_and_line(tmp_path, monkeypatch):
    monkeypatch.setattr(facts, "_book", facts.load(write_facts(tmp_path, FACTS_YAML)))
    source = tmp_path / "page.md"
    source.write_text("# T\n\nThere are [[fact:neurnos]] of them.\n", encoding="utf-8")
    page = SimpleNamespace(url="x/", file=SimpleNamespace(abs_src_path=str(source), src_uri="x.md"))
    files = SimpleNamespace(get_file_from_path=lambda p: SimpleNamespace(url="references/"))
    with pytest.raises(PluginError, match=r"docs/x\.md:3: unknown fact 'neurnos'.*known: neurons"):
        facts.on_page_content("<p>There are [[fact:neurnos]] of them.</p>", page, None, files)
    out = facts.on_page_content("<p>[[fact:neurons]] <code>[[fact:neurnos]]</code></p>", page, None, files)
    assert "about 86 billion" in out and "<code>[[fact:neurnos]]</code>" in out


# --- notebooks --------------------------------------------------------------


def test_notebook_cache_key_covers_imported_code_and_lock_file(tmp_path):
    for folder in ("snippets", "data", "docs/s/notebooks"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "uv.lock").write_text("lock 1")
    (tmp_path / "snippets" / "helper.py").write_text("X = 1")
    (tmp_path / "docs/s/notebooks/nb.py").write_text("# %%\nprint(1)")
    first = notebooks.cache_digest(tmp_path)
    assert notebooks.cache_digest(tmp_path) == first
    (tmp_path / "snippets" / "helper.py").write_text("X = 2")
    second = notebooks.cache_digest(tmp_path)
    (tmp_path / "uv.lock").write_text("lock 2")
    third = notebooks.cache_digest(tmp_path)
    (tmp_path / "data" / "numbers.csv").write_text("1,2")
    fourth = notebooks.cache_digest(tmp_path)
    assert len({first, second, third, fourth}) == 4


def test_a_failing_cell_is_reported_at_its_source_line(tmp_path):
    nb = tmp_path / "nb.py"
    nb.write_text(
        "# %% [markdown]\n# # Title\n\n# %%\nx = 1\n\n# %%\nz = 2\ny = x / 0\n",
        encoding="utf-8",
    )

    class CellExecutionError(Exception):
        pass

    error = CellExecutionError(
        "An error occurred while executing the following cell:\n"
        "------------------\nz = 2\ny = x / 0\n------------------\n\n"
        "Cell In[2], line 2\n----> 2 y = x / 0\n\x1b[0;31mZeroDivisionError\x1b[0m: division by zero\n"
    )
    message = notebooks.explain_failure(nb, "docs/s/notebooks/nb.py", error)
    assert message.startswith("docs/s/notebooks/nb.py:9: notebook cell failed: ZeroDivisionError: division by zero")


def test_notebook_furniture_is_replaced_by_material_code_blocks():
    html = (
        '<script src="">x</script><style>.a{}</style><div class="zeroclipboard-container">'
        '<clipboard-copy for="cell-1"><div>copy</div></clipboard-copy>\n</div>'
        '<div class="highlight-ipynb hl-python"><pre><span></span><span class="n">x</span></pre></div>'
        '<div class="clipboard-copy-txt" id="cell-1">x</div>'
    )
    assert notebooks.clean(html) == (
        '<div class="highlight"><pre><span></span><code class="language-python">'
        '<span class="n">x</span></code></pre></div>'
    )


# --- provenance -------------------------------------------------------------


def test_provenance_names_a_commit_here_and_says_so_outside_git(tmp_path):
    commit = provenance.git_commit(ROOT)
    assert commit and "unknown" not in commit
    assert provenance.git_commit(tmp_path).startswith("unknown")


def test_values_on_the_references_page_are_readable():
    assert facts.format_value(86_100_000_000) == "86,100,000,000 = 8.61 × 10¹⁰"
    assert facts.format_value(7000) == "7,000"
    assert facts.format_value(-65) == "-65"
    assert facts.format_value([1, 2]) == "1–2"
    assert facts.format_value(1e15) == "1,000,000,000,000,000 = 1 × 10¹⁵"
    assert facts.format_value(2.5e-3) == "0.0025"


def test_page_titles_for_back_links(tmp_path):
    titled = tmp_path / "a.md"
    titled.write_text("---\ntitle: From meta\n---\n\n# Heading\n", encoding="utf-8")
    headed = tmp_path / "b.md"
    # A YAML comment in the front matter looks like a heading, but is not the page's.
    headed.write_text("---\ndescription: x\n# Try-it controls (a comment)\n---\n\n# The heading\n", encoding="utf-8")
    notebook = tmp_path / "c.py"
    notebook.write_text("# %% [markdown]\n# # Notebook title\n", encoding="utf-8")
    assert [facts.page_title(p) for p in (titled, headed, notebook)] == ["From meta", "The heading", "Notebook title"]


# --- search -----------------------------------------------------------------


def test_code_listings_and_displayed_math_are_left_out_of_search():
    import search

    html = (
        '<div class="language-python highlight"><pre>x</pre></div>'
        '<div class="highlight"><pre>y</pre></div><div class="math-display"><math/></div>'
        '<div class="admonition note"><p>prose</p></div>'
    )
    out = search.exclude_blocks(html)
    assert out.count("data-search-exclude") == 3 and '<div class="admonition note"><p>' in out


def test_a_citation_links_to_its_source_and_unknown_keys_fail(tmp_path, monkeypatch):
    monkeypatch.setattr(facts, "_book", facts.load(write_facts(tmp_path, FACTS_YAML)))
    source = tmp_path / "page.md"
    source.write_text("# T\n\nAs shown [[cite:s1]] and [[cite:s2]].\n", encoding="utf-8")
    page = SimpleNamespace(url="x/", file=SimpleNamespace(abs_src_path=str(source), src_uri="x.md"))
    files = SimpleNamespace(get_file_from_path=lambda p: SimpleNamespace(url="references/"))
    out = facts.on_page_content("<p>As shown [[cite:s1]].</p>", page, None, files)
    assert 'href="../references/#source-s1"' in out and "[Doe and Roe 2001]" in out
    with pytest.raises(PluginError, match=r"docs/x\.md:3: unknown source 's2'"):
        facts.on_page_content("<p>and [[cite:s2]].</p>", page, None, files)


def test_short_citation_labels():
    def short(authors):
        return facts.Source("k", authors, 2000, "t", "w", "https://x").short

    assert short("Drachman, D. A.") == "Drachman 2000"
    assert short("McCulloch, W. S.; Pitts, W.") == "McCulloch and Pitts 2000"
    assert short("A, B.; C, D.; E, F.") == "A et al. 2000"
    assert short("Azevedo, F.; Carvalho, L.; et al.") == "Azevedo et al. 2000"


# --- timeline ---------------------------------------------------------------

import timeline  # noqa: E402

TIMELINE_YAML = """\
events:
  - year: 1943
    event: First.
    source: s1
    page: a.md
  - year: 1957
    event: Second.
    source: s1
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("    source: s1\n    page", "    source: nope\n    page"), r"timeline\.yml:2: source 'nope' is not in"),
        (("year: 1957", "year: 1900"), r"timeline\.yml:6: 1900 comes after 1943"),
        (("year: 1957", "year: late 1950s"), r"timeline\.yml:6: year must be a whole number"),
        (("    event: Second.\n", ""), r"timeline\.yml:6: event is missing \['event'\]"),
        (("    page: a.md\n", "    page: a.md\n    when: x\n"), r"unknown keys \['when'\]"),
    ],
    ids=["unknown-source", "out-of-order", "year-not-a-number", "missing-event", "unknown-key"],
)
def test_bad_timeline_entries_stop_the_build_with_the_line(tmp_path, change, message):
    path = tmp_path / "timeline.yml"
    path.write_text(TIMELINE_YAML.replace(*change), encoding="utf-8")
    with pytest.raises(PluginError, match=message):
        timeline.load(path, {"s1": object()})


def test_timeline_rows_cite_and_link(tmp_path):
    path = tmp_path / "timeline.yml"
    path.write_text(TIMELINE_YAML, encoding="utf-8")
    events = timeline.load(path, {"s1": object()})
    table = timeline.timeline_markdown(events, lambda page: (f"../{page}", "Page A"))
    assert "| 1943 | First. [[cite:s1]] | [Page A](../a.md) |" in table
    assert "| 1957 | Second. [[cite:s1]] |  |" in table


def test_the_real_timeline_loads_in_order_with_known_sources():
    book = facts.load(ROOT / "data" / "facts.yml")
    events = timeline.load(ROOT / "data" / "timeline.yml", book.sources)
    years = [e.year for e in events]
    assert years == sorted(years) and years[0] == 1943 and years[-1] >= 2022
    for event in events:
        if event.page:
            assert (ROOT / "docs" / event.page).is_file(), event.page


def test_alt_text_reaches_images_of_cells_without_output_too():
    import nbformat

    notebook = nbformat.v4.new_notebook()
    quiet = nbformat.v4.new_code_cell("x = 1")
    plot = nbformat.v4.new_code_cell("plot()", metadata={"alt": "A rising line."})
    notebook.cells = [quiet, plot]
    html = (
        '<div class="jp-Cell jp-CodeCell jp-Notebook-cell jp-mod-noOutputs" id="cell-id=a"><pre>x = 1</pre></div>'
        '<div class="jp-Cell jp-CodeCell jp-Notebook-cell" id="cell-id=b"><div class="jp-RenderedSVG">'
        '<img alt="No description has been provided for this image" src="data:image/svg+xml;base64,AA=="></div></div>'
    )
    out = notebooks.add_alt_text(html, notebook, "nb.py", [(2, "x = 1"), (5, "plot()")])
    assert 'alt="A rising line."' in out and "jp-mod-noOutputs" in out
    notebook.cells[1].metadata = {}
    with pytest.raises(PluginError, match=r"nb\.py:4: this cell draws an image but has no alt text"):
        notebooks.add_alt_text(html, notebook, "nb.py", [(2, "x = 1"), (5, "plot()")])


def test_the_indexer_gets_the_text_without_the_heavy_markup():
    import search

    html = search.exclude_blocks(
        '<p>A <abbr title="A nerve cell.">neuron</abbr> sums $x$: <math><mi>x</mi></math>.</p>'
        '<div class="language-python highlight"><pre><code>x = 1</code></pre></div><p>After.</p>'
    )
    assert search.for_search(html) == "<p>A neuron sums $x$: .</p><p>After.</p>"


# --- weight -------------------------------------------------------------------


def test_listings_lose_only_the_spans_that_draw_nothing():
    import weight

    html = (
        '<p><span class="n">prose</span></p><pre><span></span><code><span class="n">x</span>'
        '<span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mi">1</span>'
        '<span class="c1"># note</span></code></pre>'
    )
    assert weight.slim(html.replace('"mi">1', '"mi">1</span><span class="p">,')) == (
        '<p><span class="n">prose</span></p><pre><span></span><code>x <span class="o">=</span> '
        '<span class="mi">1</span>,<span class="c1"># note</span></code></pre>'
    )


def test_indentation_goes_except_where_whitespace_counts():
    import weight

    html = (
        "<div>\n    <p>Some\n      words</p>\n  <pre><code>x = 1\n    y = 2</code></pre>\n"
        '  <textarea>\n  kept</textarea>\n  <script type="module">\n  let a;\n</script>\n</div>'
    )
    # (A bare <script> is slimmed instead: tests/test_runner_hook.py.)
    assert weight.unindent(html) == (
        "<div>\n<p>Some\nwords</p>\n<pre><code>x = 1\n    y = 2</code></pre>\n"
        '<textarea>\n  kept</textarea>\n<script type="module">\n  let a;\n</script>\n</div>'
    )
