"""Facts and citations: every number and source in the prose comes from data/facts.yml.

A page writes ``[[fact:brain_neurons]]``; the built page shows the value and
a citation that links to the fact's entry on the references page. A page
writes ``[[cite:rosenblatt1958]]`` to cite a source without a number. A page
that contains ``<!-- facts:references -->`` gets the generated list of
sources, their facts and the pages that use them. Unknown names, facts without
a source and malformed entries stop the build with the file and line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

import htmltext

FACTS_FILE = Path("data/facts.yml")
REFERENCES_PAGE = "references.md"
REFERENCES_MARKER = "<!-- facts:references -->"
TOKEN = re.compile(r"\[\[(fact|cite):([^\]\s]*)\]\]")
KINDS = ("measurement", "estimate", "rumour")
FACT_KEYS = {"value", "unit", "display", "measures", "kind", "source", "note"}
FACT_REQUIRED = FACT_KEYS - {"note"}
SOURCE_KEYS = {"authors", "year", "title", "where", "url"}
# How a source is cited in the text when its authors are not people with surnames
# (an institution, a group): "Stanford course pages 2000" instead of the whole name.
SOURCE_OPTIONAL = {"cite_as"}
# A citation is kept on one line; longer than this it would not fit a phone's.
CITATION_MAX_CHARS = 40


@dataclass
class Source:
    key: str
    authors: str
    year: int
    title: str
    where: str
    url: str
    cite_as: str | None = None

    @property
    def short(self) -> str:
        """ "Azevedo et al. 2009", "McCulloch and Pitts 1943" or "Drachman 2005"."""
        if self.cite_as:
            return f"{self.cite_as} {self.year}"
        people = [p.strip() for p in self.authors.split(";") if p.strip() and "et al" not in p]
        surnames = [p.split(",")[0].strip() for p in people]
        if len(surnames) == 2 and "et al" not in self.authors:
            return f"{surnames[0]} and {surnames[1]} {self.year}"
        more = len(surnames) > 1 or "et al" in self.authors
        return f"{surnames[0]}{' et al.' if more else ''} {self.year}"


@dataclass
class Fact:
    name: str
    value: float | list[float]
    unit: str
    display: str
    measures: str
    kind: str
    source: Source
    note: str = ""
    line: int = 0


@dataclass
class FactBook:
    facts: dict[str, Fact]
    sources: dict[str, Source]
    used_on: dict[str, list[str]] = field(default_factory=dict)  # fact name -> pages
    cited_on: dict[str, list[str]] = field(default_factory=dict)  # source key -> pages


def _lines(node: yaml.MappingNode) -> dict[str, int]:
    return {key.value: key.start_mark.line + 1 for key, _ in node.value}


def load(path: Path = FACTS_FILE, shown: str | None = None) -> FactBook:
    """Read and check the facts file; raise PluginError naming file and line."""
    where = shown or str(path)
    root, data = htmltext.read_yaml(path, where, "facts")
    if not isinstance(data, dict) or set(data) != {"sources", "facts"}:
        raise PluginError(f"{where}: expected exactly two mappings, 'sources' and 'facts'")
    top = {key.value: value for key, value in root.value}
    source_lines, fact_lines = _lines(top["sources"]), _lines(top["facts"])

    sources: dict[str, Source] = {}
    for key, entry in (data["sources"] or {}).items():
        at = f"{where}:{source_lines[key]}: source '{key}'"
        if not isinstance(entry, dict) or not SOURCE_KEYS <= set(entry) <= SOURCE_KEYS | SOURCE_OPTIONAL:
            got = sorted(entry) if isinstance(entry, dict) else entry
            raise PluginError(
                f"{at} needs exactly {sorted(SOURCE_KEYS)} (and may have {sorted(SOURCE_OPTIONAL)}), got {got}"
            )
        if not str(entry["url"]).startswith("https://"):
            raise PluginError(f"{at}: url must be an https:// link")
        sources[key] = Source(key=key, **{k: entry[k] for k in SOURCE_KEYS | SOURCE_OPTIONAL if k in entry})
        if len(sources[key].short) > CITATION_MAX_CHARS:
            raise PluginError(
                f"{at}: cited as '{sources[key].short}', longer than {CITATION_MAX_CHARS} characters, "
                "which does not fit a phone's line; give it a shorter cite_as"
            )

    facts: dict[str, Fact] = {}
    for name, entry in (data["facts"] or {}).items():
        at = f"{where}:{fact_lines[name]}: fact '{name}'"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise PluginError(f"{at}: names are lower_snake_case")
        if not isinstance(entry, dict):
            raise PluginError(f"{at} must be a mapping")
        missing = FACT_REQUIRED - set(entry)
        if missing:
            raise PluginError(f"{at} is missing {sorted(missing)}")
        unknown = set(entry) - FACT_KEYS
        if unknown:
            raise PluginError(f"{at} has unknown keys {sorted(unknown)}")
        if entry["kind"] not in KINDS:
            raise PluginError(f"{at}: kind must be one of {KINDS}, not {entry['kind']!r}")
        if entry["source"] not in sources:
            raise PluginError(f"{at}: source {entry['source']!r} is not in 'sources'")
        value = entry["value"]
        numbers = value if isinstance(value, list) else [value]
        if not numbers or not all(isinstance(v, (int, float)) for v in numbers):
            raise PluginError(
                f"{at}: value must be a number or a [low, high] list, not {value!r} "
                "(YAML reads 1e9 as text: write 1.0e+9 or 1_000_000_000)"
            )
        facts[name] = Fact(
            name=name,
            value=value,
            unit=entry["unit"],
            display=str(entry["display"]),
            measures=" ".join(str(entry["measures"]).split()),
            kind=entry["kind"],
            source=sources[entry["source"]],
            note=" ".join(str(entry.get("note", "")).split()),
            line=fact_lines[name],
        )
    return FactBook(facts=facts, sources=sources)


def render(fact: Fact, references_url: str) -> str:
    """The HTML a reader sees for one fact: value, kind if not measured, citation."""
    label = fact.source.short if fact.kind == "measurement" else f"{fact.kind} · {fact.source.short}"
    # The bracket already names the source; the link leads to its full reference.
    tip = f"{fact.kind.capitalize()}: {fact.measures}"
    return (
        f'<span class="fact fact--{fact.kind}">{html.escape(fact.display)}</span>'
        f'<sup class="fact-cite"><a href="{references_url}#fact-{fact.name}" '
        f'title="{html.escape(tip, quote=True)}">[{html.escape(label)}]</a></sup>'
    )


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def format_value(value: float | list[float]) -> str:
    """A value as the references page shows it: 86,100,000,000 = 8.61 × 10¹⁰."""
    if isinstance(value, list):
        return "–".join(format_value(v) for v in value)
    if abs(value) < 1e6:
        return f"{value:,}" if isinstance(value, int) else f"{value:g}"
    mantissa, exponent = f"{value:.3e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    plain = f"{int(value):,}" if float(value).is_integer() else f"{value:g}"
    return f"{plain} = {mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def page_title(path: Path) -> str:
    """A page's title as the nav shows it: front matter title, else its first heading."""
    text = path.read_text(encoding="utf-8")
    front = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    if front:
        meta = yaml.safe_load(front.group(1)) or {}
        if meta.get("title"):
            return str(meta["title"])
        text = text[front.end() :]  # a comment in the front matter is not the page's heading
    marker = "# # " if path.suffix == ".py" else "# "  # notebooks: a Markdown cell's heading
    heading = re.search(rf"^{re.escape(marker)}(.+)$", text, re.MULTILINE)
    return heading.group(1).strip() if heading else path.stem


def render_citation(source: Source, references_url: str) -> str:
    """The HTML a reader sees for a citation: a bracketed link to the reference."""
    # Who and what; where it was published is on the references page the link leads to.
    tip = f"{source.authors} ({source.year}). {' '.join(source.title.split()).rstrip('.')}."
    return (
        f'<sup class="fact-cite"><a href="{references_url}#source-{source.key}" '
        f'title="{html.escape(tip, quote=True)}">[{html.escape(source.short)}]</a></sup>'
    )


def references_markdown(book: FactBook, page_urls: dict[str, str], titles: dict[str, str] | None = None) -> str:
    """The generated part of the references page, grouped by source."""
    titles = titles or {}

    def links(pages) -> str:
        pairs = sorted({(titles.get(src, src), page_urls[src]) for src in pages})
        return ", ".join(f"[{title}]({url})" for title, url in pairs)

    out: list[str] = []
    ordered = sorted(book.sources.values(), key=lambda s: (s.authors.casefold(), s.year))
    initials = list(dict.fromkeys(source.short[:1].upper() for source in ordered))
    jumps = " ".join(f"[{i}](#sources-{i.lower()}){{ .initial }}" for i in initials)
    out.append(f"Sources by initial: {jumps}\n")
    letter = None
    for source in ordered:
        facts = [f for f in book.facts.values() if f.source is source]
        # Sources under one level-2 heading per initial: the outline has no gap (h1, h2, h3), and a reader
        # on a phone can jump to a letter from the table of contents.
        initial = source.short[:1].upper()
        if initial != letter:
            letter = initial
            out.append(f"## {initial} {{ #sources-{initial.lower()} }}\n")
        # Written as HTML, so the heading gets no permalink mark: a hundred of them cost 1.1 KB gzipped, and
        # every citation on the site already links to this id.
        out.append(f'<h3 id="source-{source.key}">{html.escape(source.short)}</h3>\n')
        out.append(
            f"{source.authors} ({source.year}). *{' '.join(source.title.split())}*. {source.where}. <{source.url}>\n"
        )
        # Pages that cite the source itself; each fact below lists the pages that use it. (The union of
        # both, once written here, repeated every fact's pages and made this page the heaviest.)
        citing = set(book.cited_on.get(source.key, []))
        if citing or not facts:
            out.append(f"Cited on: {links(citing) or 'no page yet'}.\n")
        for fact in facts:
            value = format_value(fact.value)
            used = links(book.used_on.get(fact.name, [])) or "not yet used on a page"
            out.append(
                f'- <span id="fact-{fact.name}"></span>**{fact.display}** '
                f"({value} {fact.unit}; {fact.kind}) — {fact.measures}"
                + (f" *{fact.note}*" if fact.note else "")
                + f" Used on: {used}.\n"
            )
        out.append("")
    return "\n".join(out)


# --- MkDocs events ----------------------------------------------------------

_book: FactBook | None = None


def on_config(config):
    global _book
    _book = load(Path(config.config_file_path).parent / FACTS_FILE, shown=str(FACTS_FILE))
    return config


def on_files(files, config):
    """Note which pages use which fact or cite which source, for the back links."""
    assert _book is not None
    _book.used_on, _book.cited_on = {}, {}
    for file in files.documentation_pages():
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        for kind, name in TOKEN.findall(text):
            index = _book.used_on if kind == "fact" else _book.cited_on
            pages = index.setdefault(name, [])
            if file.src_uri not in pages:
                pages.append(file.src_uri)
    return files


def on_page_markdown(markdown, page, config, files):
    if REFERENCES_MARKER not in markdown:
        return markdown
    assert _book is not None
    # Links from the references page to the pages that use a fact.
    pages = {f.src_uri: Path(f.abs_src_path) for f in files.documentation_pages()}
    rel = {src: get_relative_url(src, page.file.src_uri) for src in pages}
    titles = {src: page_title(path) for src, path in pages.items()}
    return markdown.replace(REFERENCES_MARKER, references_markdown(_book, rel, titles))


def on_page_content(content, page, config, files):
    assert _book is not None
    refs = files.get_file_from_path(REFERENCES_PAGE)
    if refs is None:
        raise PluginError(f"docs/{REFERENCES_PAGE} is missing: facts link to it")
    references_url = get_relative_url(refs.url, page.url) if refs.url else "."
    source_text = Path(page.file.abs_src_path).read_text(encoding="utf-8")

    def replace(text: str) -> str:
        def one(match: re.Match) -> str:
            kind, name = match.group(1), match.group(2)
            known = _book.facts if kind == "fact" else _book.sources
            if name not in known:
                line = htmltext.line_of(source_text, match.group(0))
                what = "fact" if kind == "fact" else "source"
                raise PluginError(
                    f"docs/{page.file.src_uri}:{line}: unknown {what} '{name}' "
                    f"({what}s are defined in {FACTS_FILE}; known: {', '.join(sorted(known)) or 'none'})"
                )
            if kind == "fact":
                return render(known[name], references_url)
            return render_citation(known[name], references_url)

        return TOKEN.sub(one, text)

    return htmltext.map_prose(content, replace)
