"""The glossary: every term defined once, every abbreviation on a page defined."""

from __future__ import annotations

import re

import pytest
from mkdocs.exceptions import PluginError

import glossary
from examples import DOCS, ROOT, fences, rel

GLOSSARY = glossary.load(ROOT / "data" / "glossary.yml")
REQUIRED = [
    "neuron", "synapse", "parameter", "weight", "bias", "activation function", "training",
    "pre-training", "fine-tuning", "backpropagation", "perceptron", "neural network", "token",
    "LLM", "ChatGPT", "GPU",
]  # fmt: skip


def prose_lines(page):
    """(line number, text) of a page's prose: no front matter, code, math, links or markers."""
    text = page.read_text(encoding="utf-8")
    # HTML comments are not shown; blank them, keeping the line numbers.
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.DOTALL)
    lines = text.splitlines()
    hidden = {n for fence in fences(page) for n in range(fence.line, fence.line + len(fence.body) + 2)}
    in_front = lines[:1] == ["---"]
    for number, line in enumerate(lines, 1):
        if in_front:
            in_front = not (number > 1 and line == "---")
            continue
        if number in hidden or line.startswith("--8<--"):  # an include: its file is checked on its own
            continue
        for pattern in (r"`[^`]*`", r"\$[^$]*\$", r"\[\[[^\]]*\]\]", r"\]\([^)]*\)", r"<[^>]+>", r"https?://\S+"):
            line = re.sub(pattern, " ", line)
        yield number, line


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
    assert glossary.abbreviations(glossary.load(path)) == {
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
