"""The glossary: every term defined once, every abbreviation on a page defined."""

from __future__ import annotations

import re

import pytest
from mkdocs.exceptions import PluginError

import glossary
from examples import DOCS, ROOT, prose_lines, rel

GLOSSARY = glossary.load(ROOT / "data" / "glossary.yml")
REQUIRED = [
    "neuron", "synapse", "parameter", "weight", "bias", "activation function", "training",
    "pre-training", "fine-tuning", "backpropagation", "perceptron", "neural network", "token",
    "LLM", "ChatGPT", "GPU",
]  # fmt: skip


def test_the_terms_the_issue_lists_are_defined():
    defined = {term.term for term in GLOSSARY.terms}
    assert not [t for t in REQUIRED if t not in defined]


# CONTRIBUTING.md is shown on the site too (docs/how-it-works/contributing.md includes it).
@pytest.mark.parametrize("page", [*sorted(DOCS.rglob("*.md")), ROOT / "CONTRIBUTING.md"], ids=lambda p: rel(p))
def test_every_abbreviation_on_a_page_is_in_the_glossary(page):
    problems = []
    for number, line in prose_lines(page):
        for word in GLOSSARY.undefined_abbreviations(line):
            problems.append(f"{rel(page)}:{number}: '{word}' is not in data/glossary.yml")
        if re.match(r"^\*\[[^\]]+\]:", line):
            problems.append(f"{rel(page)}:{number}: define abbreviations in data/glossary.yml, not on the page")
    assert not problems, "\n".join(problems)


GLOSSARY_YAML = """\
terms:
  neuron:
    definition: A cell.
    forms: [neurons]
  synapse:
    definition: A junction.
not_abbreviations: [AND]
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("  synapse:\n", "  neuron:\n"),
            r"glossary\.yml:5: term 'neuron': 'neuron' is already defined by 'neuron' at line 2",
        ),
        (
            ("  synapse:\n", "  Neurons:\n"),
            r"glossary\.yml:5: term 'Neurons': 'Neurons' is already defined by 'neuron'",
        ),
        (
            ("    definition: A junction.\n", "    meaning: A junction.\n"),
            r"glossary\.yml:5: term 'synapse' needs a definition",
        ),
        (("[AND]", "[AND, neuron]"), r"'neuron' is both a term and listed in not_abbreviations"),
    ],
    ids=["same-term-twice", "same-word-as-another-form", "no-definition", "term-and-not-abbreviation"],
)
def test_a_term_defined_twice_stops_the_build_with_the_line(tmp_path, change, message):
    path = tmp_path / "glossary.yml"
    path.write_text(GLOSSARY_YAML.replace(*change), encoding="utf-8")
    with pytest.raises(PluginError, match=message):
        glossary.load(path)


def test_abbreviations_cover_every_spelling(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(GLOSSARY_YAML, encoding="utf-8")
    spellings = glossary.load(path).spellings()
    assert {spelling: term.definition for spelling, term in spellings.items()} == {
        "neuron": "A cell.",
        "Neuron": "A cell.",
        "neurons": "A cell.",
        "Neurons": "A cell.",
        "synapse": "A junction.",
        "Synapse": "A junction.",
    }


def test_the_checker_finds_an_undefined_abbreviation(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("---\ndescription: ABC\n---\n\n# Title\n\nThe SVM and the `XYZ` code.\n", encoding="utf-8")
    found = [word for _, line in prose_lines(page) for word in glossary.ABBREVIATION.findall(line)]
    assert found == ["SVM"]


# --- tooltips: the first technical use of a term on a page ------------------------------------

TOOLTIP_GLOSSARY = GLOSSARY_YAML.replace(
    "not_abbreviations: [AND]",
    "  weight:\n    definition: A number.\n    forms: [weights]\n  layer:\n    definition: A set of units.\n"
    "    forms: [layers]\nnot_abbreviations: [AND]",
)


def tooltips(tmp_path, text: str, not_terms=()) -> str:
    import markdown

    path = tmp_path / "glossary.yml"
    path.write_text(TOOLTIP_GLOSSARY, encoding="utf-8")
    extension = glossary.GlossaryExtension(glossary.load(path))
    extension.page_not_terms = set(not_terms)
    return markdown.Markdown(extensions=["admonition", extension]).convert(text)


def marked(html: str) -> list[str]:
    return re.findall(r"<abbr title=\"[^\"]+\">([^<]+)</abbr>", html)


def test_only_the_first_use_of_a_term_on_a_page_gets_the_tooltip(tmp_path):
    html = tooltips(tmp_path, "A neuron has weights. Neurons sum weights.\n\nEach weight counts.")
    assert marked(html) == ["neuron", "weights"]
    assert "Neurons sum weights" in html and "Each weight counts" in html


def test_headings_links_titles_and_code_never_get_one(tmp_path):
    text = (
        '# The neuron\n\n## Its weights\n\n!!! note "A layer"\n    Text.\n\n'
        "[a neuron](x.md) and `weights` and\n\n    weight = 1\n\nthen the neuron, a layer, and weights."
    )
    html = tooltips(tmp_path, text)
    assert marked(html) == ["neuron", "layer", "weights"]
    assert "<h1>The neuron</h1>" in html and "<code>weights</code>" in html and "weight = 1" in html


def test_a_term_inside_another_hooks_marker_is_left_for_that_hook(tmp_path):
    """[[value:neuron.weights]] names an example's value: marking "weights" there would break the marker."""
    html = tooltips(tmp_path, "Kept [[value:neuron.weights]] and [[fact:layer_count]] whole; then the neuron.")
    assert "[[value:neuron.weights]]" in html and "[[fact:layer_count]]" in html
    assert marked(html) == ["neuron"]


def test_an_everyday_use_can_be_marked_plain_and_a_technical_one_chosen(tmp_path):
    html = tooltips(tmp_path, "The body's [[plain:weight]]; the six [[plain:layers]] of cortex. A weight, a layer.")
    assert marked(html) == ["weight", "layer"] and "The body's weight; the six layers of cortex." in html
    chosen = tooltips(tmp_path, "Layers of cells; layer 4. Later a network's [[term:layers]], and its layers.")
    assert marked(chosen) == ["layers"] and "a network's <abbr" in chosen
    assert "`[[term:x]]`" in tooltips(tmp_path, "Write ``` `[[term:x]]` ``` to choose.")


def test_a_page_can_say_a_word_never_means_the_term(tmp_path):
    html = tooltips(tmp_path, "Six layers of cells, layer 4, and a neuron.", not_terms={"layer"})
    assert marked(html) == ["neuron"]


def test_unknown_markers_and_not_terms_stop_the_build_with_the_line(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(TOOLTIP_GLOSSARY, encoding="utf-8")
    book = glossary.load(path)
    assert glossary.check_page(book, "a [[plain:weights]]\n", {"not_terms": ["layers"]}, "docs/p.md") == {"layer"}
    with pytest.raises(PluginError, match=r"docs/p\.md:3: \[\[plain:gravity\]\]: 'gravity' is not a term"):
        glossary.check_page(book, "# T\n\nThe [[plain:gravity]].\n", {}, "docs/p.md")
    with pytest.raises(PluginError, match=r"docs/p\.md: not_terms names \['lair'\]"):
        glossary.check_page(book, "", {"not_terms": ["lair"]}, "docs/p.md")
    assert glossary.check_page(book, "`[[plain:nothing]]`\n", {}, "docs/p.md") == set()
