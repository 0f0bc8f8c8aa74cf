"""Glossary: every technical term defined once, in data/glossary.yml.

The definitions go to Python-Markdown's abbr extension as its `glossary`
option, so it wraps every use of a term on every page in <abbr title="...">
and Material shows the definition as a tooltip. (Appending them to each
page as `*[term]: ...` lines instead tripled the build time: the abbr block
parser rescans the remaining lines for every definition.) A page containing ``<!-- glossary -->`` gets the
full list there. A term defined twice (also in another case, or as another
term's form) or a malformed entry stops the build with the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

import htmltext

# Words of two or more capitals (GPT, ReLU, NeuN, MLPs): abbreviations a reader may not know.
ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b")

GLOSSARY_FILE = Path("data/glossary.yml")
MARKER = "<!-- glossary -->"


@dataclass
class Term:
    term: str
    definition: str
    forms: list[str] = field(default_factory=list)
    line: int = 0

    @property
    def spellings(self) -> list[str]:
        """Every spelling that gets the tooltip: the term, its forms, and their capitalised versions."""
        out: list[str] = []
        for word in [self.term, *self.forms]:
            for spelling in (word, word[:1].upper() + word[1:]):
                if spelling not in out:
                    out.append(spelling)
        return out

    @property
    def anchor(self) -> str:
        return "term-" + re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")


@dataclass
class Glossary:
    terms: list[Term]
    not_abbreviations: list[str]

    def spellings(self) -> dict[str, Term]:
        return {spelling: term for term in self.terms for spelling in term.spellings}

    def undefined_abbreviations(self, text: str) -> list[str]:
        """Abbreviations in `text` the glossary neither defines nor lists as plain words.

        "MLP-based" counts as MLP. Used by the glossary test on every page and by tools/new_page.py on titles.
        """
        known = set(self.spellings()) | set(self.not_abbreviations)
        return [w for w in ABBREVIATION.findall(text) if w not in known and re.sub(r"-.*", "", w) not in known]


def load(path: Path, shown: str | None = None) -> Glossary:
    where = shown or str(path)
    root, data = htmltext.read_yaml(path, where, "the glossary")
    if not isinstance(data, dict) or set(data) != {"terms", "not_abbreviations"}:
        raise PluginError(f"{where}: expected exactly 'terms' and 'not_abbreviations'")
    top = {key.value: value for key, value in root.value}
    terms: list[Term] = []
    seen: dict[str, tuple[str, int]] = {}  # lower-cased spelling -> (term, line)
    # Walk the YAML nodes, not the loaded mapping: a key written twice would
    # silently keep only its last definition there.
    for key_node, value_node in top["terms"].value:
        line = key_node.start_mark.line + 1
        name = key_node.value
        at = f"{where}:{line}: term '{name}'"
        entry = yaml.load(yaml.serialize(value_node), Loader=htmltext.YAML_LOADER)
        if not isinstance(entry, dict) or "definition" not in entry or set(entry) - {"definition", "forms"}:
            raise PluginError(f"{at} needs a definition (and optional forms), got {entry!r}")
        definition = " ".join(str(entry["definition"]).split())
        if '"' in definition or "\n" in definition:
            raise PluginError(f"{at}: a definition is one line of plain text without double quotes")
        term = Term(name, definition, list(entry.get("forms") or []), line)
        for spelling in [name, *term.forms]:
            key = spelling.lower()
            if key in seen:
                first, first_line = seen[key]
                raise PluginError(f"{at}: '{spelling}' is already defined by '{first}' at line {first_line}")
            seen[key] = (name, line)
        terms.append(term)
    not_abbreviations = [str(word) for word in data["not_abbreviations"] or []]
    for word in not_abbreviations:
        if word.lower() in seen:
            raise PluginError(f"{where}: '{word}' is both a term and listed in not_abbreviations")
    return Glossary(terms, not_abbreviations)


def abbreviations(glossary: Glossary) -> dict[str, str]:
    """The abbr extension's glossary: every spelling of every term, with its definition."""
    return {spelling: term.definition for spelling, term in glossary.spellings().items()}


def glossary_markdown(glossary: Glossary) -> str:
    """The glossary page's list: one definition-list entry per term, alphabetically."""
    out = []
    for term in sorted(glossary.terms, key=lambda t: t.term.lower()):
        also = f" *(also: {', '.join(term.forms)})*" if term.forms else ""
        out.append(f'<strong id="{term.anchor}">{term.term}</strong>{also}\n:   {term.definition}\n')
    return "\n".join(out)


# --- MkDocs events ----------------------------------------------------------

_glossary: Glossary | None = None


def on_config(config):
    global _glossary
    root = Path(config.config_file_path).parent
    _glossary = load(root / GLOSSARY_FILE, shown=str(GLOSSARY_FILE))
    if "abbr" not in config.markdown_extensions:
        raise PluginError("hooks/glossary.py needs the abbr extension in mkdocs.yml")
    options = config.mdx_configs.setdefault("abbr", {})
    options["glossary"] = {**options.get("glossary", {}), **abbreviations(_glossary)}
    return config


def on_page_markdown(markdown, page, config, files):
    assert _glossary is not None
    if MARKER in markdown:
        return markdown.replace(MARKER, glossary_markdown(_glossary))
    return markdown
