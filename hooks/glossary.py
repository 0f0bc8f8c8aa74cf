"""Glossary: every technical term defined once, in data/glossary.yml, and explained where it is first used.

A Markdown extension (GlossaryExtension, below) wraps one use of each term per
page in <abbr title="definition">, which Material shows as a tooltip: the
first use in the running text. Headings, links, table headers, admonition
titles and code never get one, and a word is not marked again further down
the page. Where the first use is the everyday sense of the word ("the body's
weight", "six layers of cells"), the writer says so:

- ``[[plain:weight]]`` shows the word without a tooltip, and the next use
  becomes the first;
- ``[[term:weights]]`` marks this use as the technical one (and turns off the
  automatic mark for that term on the page);
- ``not_terms: [layer]`` in a page's front matter: on this page the word never
  means the glossary's term.

A page containing ``<!-- glossary -->`` gets the full list there. A term
defined twice (also in another case, or as another term's form), a marker or
front-matter entry naming an unknown term, or a malformed entry stops the
build with the file and line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString
from mkdocs.exceptions import PluginError

import htmltext

# Words of two or more capitals (GPT, ReLU, NeuN, MLPs): abbreviations a reader may not know.
ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b")

GLOSSARY_FILE = Path("data/glossary.yml")
LIST_MARKER = "<!-- glossary -->"


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


# --- the tooltips ------------------------------------------------------------

MARKER = re.compile(r"\[\[(term|plain):([^\]]+?)\]\]")
OTHER_MARKER = re.compile(r"\[\[(?:value|fact|cite):[^\]]*\]\]")
# Text inside these is never marked; markers in it are shown as the bare word.
UNMARKED = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "th", "abbr", "dt"}
# Code: left exactly as written, markers included (a page may show the syntax).
CODE = {"code", "pre", "script", "style", "math", "kbd", "samp"}


class Tooltips(Treeprocessor):
    """Mark the first technical use of each term on the page."""

    def __init__(self, md, extension: GlossaryExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root):
        spellings = self.extension.spellings
        if not spellings:
            return None
        words = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
        # Other hooks' markers ([[value:replay.share]], [[fact:...]], [[cite:...]]) are matched whole, so a
        # term inside one (here "replay") is never marked there: they are kept exactly as written.
        pattern = re.compile(
            rf"{MARKER.pattern}|(?P<other>{OTHER_MARKER.pattern})|(?<![\w-])(?P<word>{words})(?![\w-])"
        )
        not_terms = self.extension.page_not_terms

        # 1. Every run of text in document order, and what is in it.
        slots = []  # (element, "text" | "tail", parent, may be marked)

        def visit(element, parent, marked_ok):
            if element.tag in CODE:
                if element.tail:
                    slots.append((element, "tail", parent, marked_ok))
                return
            inner_ok = marked_ok and element.tag not in UNMARKED and "admonition-title" not in element.get("class", "")
            if element.text and not isinstance(element.text, AtomicString):
                slots.append((element, "text", None, inner_ok))
            for child in list(element):
                visit(child, element, inner_ok)
            if element is not root and element.tail and not isinstance(element.tail, AtomicString):
                slots.append((element, "tail", parent, marked_ok))

        visit(root, None, True)
        found = [(slot, list(pattern.finditer(getattr(slot[0], slot[1])))) for slot in slots]

        # 2. Which uses get the tooltip: the writer's [[term:]] marks, else the first plain use.
        explicit = {
            spellings[m.group(2)].term
            for slot, matches in found
            if slot[3]
            for m in matches
            if m.group(1) == "term" and m.group(2) in spellings
        }
        chosen, done = set(), set(explicit)
        for slot, matches in found:
            for m in matches:
                term = spellings.get(m.group("word") or m.group(2))
                if not slot[3] or term is None:
                    continue
                if m.group(1) == "term" or (m.group("word") and term.term not in done | not_terms):
                    chosen.add((id(slot[0]), slot[1], m.start()))
                    done.add(term.term)

        # 3. Rewrite the text runs: markers become their word, chosen words an <abbr>.
        for (element, where, parent, _ok), matches in found:
            if matches:
                self.rewrite(element, where, parent, matches, chosen, spellings)
        return None

    @staticmethod
    def rewrite(element, where, parent, matches, chosen, spellings):
        text = getattr(element, where)
        pieces = []  # str or Element, in order
        position = 0
        for m in matches:
            if m.group("other"):
                continue  # another hook's marker: stays in the text as it is
            word = m.group("word") or m.group(2)
            if (id(element), where, m.start()) in chosen:
                pieces.append(text[position : m.start()])
                abbr = ET.Element("abbr", {"title": spellings[word].definition})
                abbr.text = AtomicString(word)
                pieces.append(abbr)
            else:
                pieces.append(text[position : m.start()] + word)
            position = m.end()
        pieces.append(text[position:])
        # Join neighbouring text; then the run holds the first text, and each <abbr> the text after it.
        merged: list = []
        for piece in pieces:
            if isinstance(piece, str) and merged and isinstance(merged[-1], str):
                merged[-1] += piece
            else:
                merged.append(piece)
        head = merged.pop(0) if isinstance(merged[0], str) else ""
        setattr(element, where, head)
        # New elements go first inside the element (its text) or right after it (its tail).
        container, index = (element, 0) if where == "text" else (parent, list(parent).index(element) + 1)
        for piece in merged:
            if isinstance(piece, str):
                container[index - 1].tail = piece
            else:
                container.insert(index, piece)
                index += 1


class GlossaryExtension(Extension):
    """Python-Markdown extension: the glossary's tooltips (see the module docstring)."""

    def __init__(self, glossary: Glossary, **kwargs):
        super().__init__(**kwargs)
        self.spellings = glossary.spellings()
        self.page_not_terms: set[str] = set()  # set per page by on_page_markdown

    def extendMarkdown(self, md):
        # After the inline patterns (20): emphasis, links and code spans exist by then.
        md.treeprocessors.register(Tooltips(md, self), "glossary-tooltips", 15)


def check_page(glossary: Glossary, markdown: str, meta: dict, shown: str) -> set[str]:
    """The page's not_terms as terms; raise PluginError at the line of an unknown marker or entry."""
    spellings = glossary.spellings()
    for number, line in htmltext.markdown_prose_lines(markdown):
        for match in MARKER.finditer(line):
            if match.group(2) not in spellings:
                raise PluginError(
                    f"{shown}:{number}: {match.group(0)}: '{match.group(2)}' is not a term or form in {GLOSSARY_FILE}"
                )
    listed = meta.get("not_terms") or []
    if not isinstance(listed, list):
        raise PluginError(f"{shown}: not_terms in the front matter is a list of glossary terms")
    unknown = [word for word in listed if word not in spellings]
    if unknown:
        raise PluginError(f"{shown}: not_terms names {unknown}, which {GLOSSARY_FILE} does not define")
    return {spellings[word].term for word in listed}


def glossary_markdown(glossary: Glossary) -> str:
    """The glossary page's list: one definition-list entry per term, alphabetically."""
    out = []
    for term in sorted(glossary.terms, key=lambda t: t.term.lower()):
        also = f" *(also: {', '.join(term.forms)})*" if term.forms else ""
        out.append(f'<strong id="{term.anchor}">{term.term}</strong>{also}\n:   {term.definition}\n')
    return "\n".join(out)


# --- MkDocs events ----------------------------------------------------------

_glossary: Glossary | None = None


_extension: GlossaryExtension | None = None


def on_config(config):
    global _glossary, _extension
    root = Path(config.config_file_path).parent
    _glossary = load(root / GLOSSARY_FILE, shown=str(GLOSSARY_FILE))
    _extension = GlossaryExtension(_glossary)
    config.markdown_extensions.append(_extension)
    return config


def on_page_markdown(markdown, page, config, files):
    assert _glossary is not None and _extension is not None
    # Pages render one at a time, right after this event: the extension reads this page's settings.
    _extension.page_not_terms = check_page(_glossary, markdown, page.meta, f"docs/{page.file.src_uri}")
    if LIST_MARKER in markdown:
        return markdown.replace(LIST_MARKER, glossary_markdown(_glossary))
    return markdown
