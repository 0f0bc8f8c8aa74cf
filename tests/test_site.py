"""Checks on the built site: what a reader's browser will receive.

One strict build per test run (the `site` fixture in conftest.py) is shared by
every test here; pytest-xdist keeps them on one worker.
"""

from __future__ import annotations

import json
import platform
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import numpy
import pytest
import yaml

import glossary
import weight
from examples import ROOT

pytestmark = pytest.mark.xdist_group("site")

CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
RESOURCE_ATTRS = {  # tag -> attributes whose URL the browser fetches
    "script": ("src", "data-after-paint"),  # data-after-paint: loaded after the first paint (overrides/main.html)
    "link": ("href",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "track": ("src",),
}
NOT_FETCHED_LINKS = {"canonical", "alternate", "next", "prev", "me", "author", "license"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")
CSS_IMPORT = re.compile(r"""@import\s+['"]([^'"]+)""")


class Page(HTMLParser):
    """The parts of a built page the checks need."""

    def __init__(self, path: Path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.resources: list[tuple[str, str]] = []  # (tag, url)
        self.images: list[dict] = []  # img attributes inside the article
        self.title = ""
        self.description = None
        self.styles: list[str] = []  # inline CSS: <style> and style=""
        self.scripts: list[str] = []  # inline script text
        self.article_text: list[str] = []  # prose text (not code) of the article
        self._in: list[str] = []
        self._article_depth = 0
        self._code_depth = 0
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag not in {
            "img",
            "link",
            "meta",
            "br",
            "hr",
            "input",
            "source",
            "track",
            "embed",
            "col",
            "area",
            "base",
            "wbr",
        }:
            self._in.append(tag)
        if tag == "article":
            self._article_depth += 1
        if tag in {"code", "pre", "math", "script", "style", "svg"}:
            self._code_depth += 1
        for attr in RESOURCE_ATTRS.get(tag, ()):
            if tag == "link" and set(a.get("rel", "").split()) & NOT_FETCHED_LINKS:
                continue  # a link relation, not a download
            for url in a.get(attr, "").split(","):
                url = url.strip().split(" ")[0]
                if url:
                    self.resources.append((tag, url))
        if "style" in a:
            self.styles.append(a["style"])
        if tag == "img" and self._article_depth:
            self.images.append(a)
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content", "")

    def handle_endtag(self, tag):
        while self._in and self._in[-1] != tag:
            self._in.pop()
        if self._in:
            self._in.pop()
        if tag == "article":
            self._article_depth -= 1
        if tag in {"code", "pre", "math", "script", "style", "svg"}:
            self._code_depth = max(0, self._code_depth - 1)

    def handle_data(self, data):
        current = self._in[-1] if self._in else ""
        if current == "title":
            self.title += data
        elif current == "style":
            self.styles.append(data)
        elif current == "script":
            self.scripts.append(data)
        if self._article_depth and not self._code_depth:
            self.article_text.append(data)


def third_party(url: str) -> bool:
    parsed = urlparse(url)
    return bool(parsed.netloc) or parsed.scheme not in {"", "data", "blob"}


@pytest.fixture(scope="module")
def pages(site) -> dict[str, Page]:
    return {p.relative_to(site).as_posix(): Page(p) for p in sorted(site.rglob("*.html"))}


def test_site_has_every_nav_page(pages):
    def walk(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, dict):
            for value in node.values():
                yield from walk(value)

    for src in walk(CONFIG["nav"]):
        stem = re.sub(r"(index)?\.(md|py)$", "", src).rstrip("/")
        built = f"{stem}/index.html" if stem else "index.html"
        assert built in pages, f"{src} from the nav was not built as {built}"


def test_no_resource_from_another_host(pages, site):
    problems = []
    for name, page in pages.items():
        for tag, url in page.resources:
            if third_party(url):
                problems.append(f"{name}: <{tag}> loads {url}")
        for css in page.styles:
            for url in CSS_URL.findall(css) + CSS_IMPORT.findall(css):
                if third_party(url):
                    problems.append(f"{name}: inline CSS loads {url}")
        for script in page.scripts:
            for url in re.findall(r"""(?:import\(|from\s+|fetch\(|src\s*=\s*)['"`](https?://[^'"`]+)""", script):
                problems.append(f"{name}: inline script loads {url}")
    for css_file in site.rglob("*.css"):
        text = css_file.read_text(encoding="utf-8")
        for url in CSS_URL.findall(text) + CSS_IMPORT.findall(text):
            if third_party(url):
                problems.append(f"{css_file.relative_to(site)}: loads {url}")
    assert not problems, "\n".join(problems)


def test_every_content_image_has_alt_text(pages):
    problems = [
        f"{name}: <img src={img.get('src', '')[:60]!r}> has no alt text"
        for name, page in pages.items()
        for img in page.images
        if not img.get("alt", "").strip() or img.get("alt") == "No description has been provided for this image"
    ]
    assert not problems, "\n".join(problems)


def test_every_page_has_a_title_and_its_own_description(pages):
    site_description = " ".join(CONFIG["site_description"].split())
    problems = []
    for name, page in pages.items():
        if name == "404.html":
            continue
        if not page.title.strip():
            problems.append(f"{name}: no <title>")
        elif page.title.count(CONFIG["site_name"]) > 1:
            problems.append(f"{name}: the title repeats the site name: {page.title!r}")
        if not page.description:
            problems.append(f"{name}: no <meta name=description>")
        elif " ".join(page.description.split()) == site_description:
            problems.append(f"{name}: uses the site's description; give the page a `description:` of its own")
    assert not problems, "\n".join(problems)


def test_every_page_states_its_provenance(pages):
    expected = f"Python {platform.python_version()}, numpy {numpy.__version__}"
    problems = []
    for name, page in pages.items():
        text = " ".join(page.path.read_text(encoding="utf-8").split())
        if "data-provenance" not in text or expected not in re.sub(r"<[^>]+>", "", text):
            problems.append(f"{name}: footer does not state commit, {expected}")
        if re.search(r"commit\s*<(a|code)[^>]*>\s*(<code>)?\s*unknown", text):
            problems.append(f"{name}: commit unknown")
    assert not problems, "\n".join(problems)


def test_no_unrendered_math_or_markers(pages):
    # TeX, any [[kind:...]] marker a hook should have replaced, and an image Markdown could not parse.
    leftovers = re.compile(
        r"\\\(|\\\[|\$\$|\[\[(?:fact|cite|value|term|plain):|!\[[^\]]*\]\(|(?<![\w$])\$[^$\s][^$]*\$"
    )
    problems = []
    for name, page in pages.items():
        text = "".join(page.article_text)
        for match in leftovers.finditer(text):
            problems.append(f"{name}: left unrendered in the text: {match.group(0)[:60]!r}")
    assert not problems, "\n".join(problems)


def test_names_and_punctuation_in_code_are_drawn_in_the_codes_own_colour(site):
    """hooks/weight.py drops their spans; that is only safe while they have no colour of their own."""
    for css in ("main", "palette"):
        text = "".join(p.read_text(encoding="utf-8") for p in (site / "assets" / "stylesheets").glob(f"{css}.*.css"))
        assert "--md-code-hl-name-color:var(--md-code-fg-color)" in text, f"Material's {css} CSS colours names now"
        assert not re.search(r"\.highlight \.w\b", text), f"Material's {css} CSS styles whitespace tokens now"
    extra = (site / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    settings = re.findall(r"--md-code-hl-punctuation-color:\s*([^;]+);", extra)
    assert settings and set(settings) == {"var(--md-code-fg-color)"}, f"punctuation has its own colour: {settings}"


def test_math_is_mathml(pages):
    for name in ("how-it-works/index.html", "how-it-works/notebooks/first-notebook/index.html"):
        html = pages[name].path.read_text(encoding="utf-8")
        assert '<math alttext="' in html, f"{name}: no MathML"
        assert 'class="arithmatex"' not in html, f"{name}: arithmatex markup left for a script to render"
        assert "mathjax" not in html.lower(), f"{name}: mentions MathJax"


def test_facts_show_value_and_source(pages):
    html = pages["how-it-works/index.html"].path.read_text(encoding="utf-8")
    assert '<span class="fact fact--measurement">about 86 billion</span>' in html
    assert re.search(
        r'<sup class="fact-cite"><a href="\.\./references/#fact-brain_neurons" title="[^"]+">'
        r"\[Azevedo et al\. 2009\]</a></sup>",
        html,
    )
    refs = pages["references/index.html"].path.read_text(encoding="utf-8")
    assert 'id="fact-brain_neurons"' in refs and "https://doi.org/10.1002/cne.21974" in refs


def test_notebook_page_is_light_and_executed(pages, site):
    name = "how-it-works/notebooks/first-notebook/index.html"
    page = pages[name]
    html = page.path.read_text(encoding="utf-8")
    assert len(html.encode()) < 150_000, f"{name} is {len(html.encode())} bytes: stylesheet or images inlined?"
    assert "<style" not in html.split("<article", 1)[1], f"{name}: inline <style> in the article"
    assert "jp-OutputArea-output" in html and "1000 weighted sums, mean" in html, "no executed output"
    assert "clipboard-copy" not in html, "mkdocs-jupyter's copy script left in; Material's copy button is used"
    notebook = json.loads((page.path.parent / "first-notebook.ipynb").read_text(encoding="utf-8"))
    assert notebook["nbformat"] == 4 and any(c["cell_type"] == "code" for c in notebook["cells"])
    assert (page.path.parent / "first-notebook.py").is_file()


def test_the_checks_catch_a_bad_page(tmp_path):
    """The parser behind these checks sees what they must reject."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<html><head><title></title>"
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<link rel="canonical" href="https://example.org/">'
        "<style>body{background:url(https://cdn.example/x.png)}</style>"
        '<script src="//cdn.example/mathjax.js"></script></head><body>'
        '<article><p>Raw $x^2$ and \\(y\\) here.</p><img src="a.png"><pre><code>$ok$</code></pre></article>'
        "</body></html>",
        encoding="utf-8",
    )
    page = Page(bad)
    fetched = [url for _, url in page.resources if third_party(url)]
    assert fetched == ["https://fonts.googleapis.com/css?family=Roboto", "//cdn.example/mathjax.js"]
    assert CSS_URL.findall(page.styles[0]) == ["https://cdn.example/x.png"]
    assert page.images == [{"src": "a.png"}] and not page.title and page.description is None
    assert "".join(page.article_text) == "Raw $x^2$ and \\(y\\) here."


def test_search_finds_prose_but_not_code(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "perceptron" in text.lower() or "neuron" in text.lower()
    assert "import numpy as np" not in text, "code listings are in the search index (hooks/search.py)"


def test_timeline_page_lists_every_event_with_source_and_link(pages):
    book = yaml.safe_load((ROOT / "data" / "timeline.yml").read_text(encoding="utf-8"))
    html = pages["history/timeline/index.html"].path.read_text(encoding="utf-8")
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.DOTALL)[1:]
    assert len(rows) == len(book["events"])
    for row, event in zip(rows, book["events"]):
        assert f"<td>{event['year']}</td>" in row
        for key in event["source"] if isinstance(event["source"], list) else [event["source"]]:
            assert f'#source-{key}"' in row, f"{event['year']}: citation of {key} missing"
        if event.get("page"):
            target = event["page"].removesuffix(".md")
            assert f'href="../{target.split("/", 1)[1]}/"' in row, f"{event['year']}: link to {target} missing"


# As every page carries it: slimmed by hooks/weight.py.
LAZY_SEARCH = weight.slim_js((ROOT / "overrides" / "partials" / "lazy-search.js").read_text(encoding="utf-8"))


def test_search_loads_on_demand_and_the_theme_script_after_the_first_paint(pages):
    """The lazy-search script is in every page, before Material's bundle, which must wait for the first paint.

    A page whose bundle is an ordinary <script src> would start Material before anything is drawn (and,
    before the lazy-search script, load the search index on every visit).
    """
    for name, page in pages.items():
        html = page.path.read_text(encoding="utf-8")
        lazy = html.find(LAZY_SEARCH)
        inert = re.search(r'<script type="text/plain" data-after-paint="[^"]*javascripts/bundle\.', html)
        assert lazy >= 0, f"{name}: the lazy-search script is missing"
        assert inert and lazy < inert.start(), f"{name}: Material's bundle is not held for after the first paint"
        assert not re.search(r"<script[^>]* src=\"[^\"]*javascripts/bundle\.", html), f"{name}: bundle loads at once"
        assert "window.document$.next(document)" in html, f"{name}: nothing hands Material the document"


def test_glossary_terms_show_as_tooltips_and_on_the_glossary_page(pages):
    terms = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    listing = pages["glossary/index.html"].path.read_text(encoding="utf-8")
    for term in terms:
        entry = rf'<strong id="term-[^"]+">(<abbr[^>]*>)?{re.escape(term)}(</abbr>)?</strong>'
        assert re.search(entry, listing), f"glossary page lacks {term}"
    networks = pages["neurons/networks/index.html"].path.read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">synapses?</abbr>', networks), "no tooltip on 'synapse'"


# Everyday senses of glossary words: the reader must not get the technical definition there.
EVERYDAY_USES = [
    ("scale/brain/index.html", "the body's weight"),
    ("learning/universal/index.html", "six layers of cells"),
    ("learning/universal/index.html", "no layer 4"),
    ("learning/continual/index.html", "after training, rats"),
    ("learning/evolution/index.html", "biases about what to attend"),
    ("history/adaline/index.html", "echo return loss"),
    ("scale/model-size/index.html", "layer norms"),
]


@pytest.mark.parametrize(("name", "phrase"), EVERYDAY_USES, ids=[p for _, p in EVERYDAY_USES])
def test_an_everyday_use_of_a_glossary_word_gets_no_tooltip(pages, name, phrase):
    html = pages[name].path.read_text(encoding="utf-8")
    between = r"(?:\s|<[^>]+>)+"
    found = re.search(between.join(re.escape(word) for word in phrase.split()), html)
    assert found, f"{name}: the phrase {phrase!r} is gone; update EVERYDAY_USES"
    assert "<abbr" not in found.group(0), f"{name}: {phrase!r} carries a glossary tooltip: {found.group(0)!r}"


def test_a_term_is_explained_where_it_is_first_used_not_everywhere(pages):
    """At most a few tooltips per term and page, and none in a heading or the page's title."""
    spellings = glossary.load(ROOT / "data" / "glossary.yml").spellings()
    problems = []
    for name, page in pages.items():
        html = page.path.read_text(encoding="utf-8")
        terms = [spellings[word].term for word in re.findall(r"<abbr title=\"[^\"]*\">([^<]+)</abbr>", html)]
        problems += [f"{name}: {t!r} has {terms.count(t)} tooltips" for t in sorted(set(terms)) if terms.count(t) > 3]
        for heading in re.finditer(r"<(h[1-6]|title)\b[^>]*>.*?</\1>", html, re.DOTALL):
            if "<abbr" in heading.group(0):
                problems.append(f"{name}: a tooltip in a heading or the title: {heading.group(0)[:120]!r}")
    assert not problems, "\n".join(problems)


def test_every_citation_lands_on_an_entry_of_the_references_page(pages):
    """Facts and citations link to references/#fact-... and #source-...: each target must exist."""
    refs = pages["references/index.html"].path.read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', refs))
    problems, cited = [], 0
    for name, page in pages.items():
        html = page.path.read_text(encoding="utf-8")
        for target in re.findall(r'href="[^"]*references/#((?:fact|source)-[^"]+)"', html):
            cited += 1
            if target not in ids:
                problems.append(f"{name}: cites #{target}, which the references page does not have")
    assert cited > 50, f"only {cited} citations found: is the check looking at the right links?"
    assert not problems, "\n".join(problems)


class ProseBlocks(HTMLParser):
    """The article's prose, one string per paragraph, list item, cell or heading (code left out)."""

    BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption", "caption", "div"}
    SKIP = {"pre", "code", "script", "style", "math", "svg"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._article = self._skip = 0
        self.feed(html)
        self._flush()

    def _flush(self):
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag, attrs):
        self._article += tag == "article"
        if tag in self.SKIP:
            self._skip += 1
            self._current.append(" ¤ ")  # code or a formula stood here: the words around it are not neighbours
        if tag in self.BLOCKS or tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        self._article -= tag == "article"
        self._skip = max(0, self._skip - (tag in self.SKIP))
        if tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self._article and not self._skip:
            self._current.append(data)


# The same word twice, the first maybe capitalised ("The the"); "AND and" names a logic gate.
DOUBLED = re.compile(r"\b(?:([A-Za-z]+)|([A-Z])([a-z]+))\s+(?:\1|(?i:\2)\3)\b")


def test_no_page_repeats_a_word(pages):
    """'has about about 7,000': a fact's display text already says 'about', and so did the sentence."""
    problems = [
        f"{name}: {match.group(0)!r} in: {block[max(0, match.start() - 40) : match.end() + 40]!r}"
        for name, page in pages.items()
        for block in ProseBlocks(page.path.read_text(encoding="utf-8")).blocks
        for match in DOUBLED.finditer(block)
    ]
    assert not problems, "\n".join(problems)


def test_the_doubled_word_check_reads_across_markup_but_not_across_cells():
    html = (
        '<article><p>It has about <span class="fact">about 7,000</span> synapses.</p>'
        "<table><tr><td>yes</td><td>yes</td></tr></table><pre><code>x x</code></pre>"
        "<p>The the cat; AND and OR; weights <code>w</code> and <code>v</code> and more.</p></article>"
    )
    blocks = ProseBlocks(html).blocks
    assert blocks[:3] == ["It has about about 7,000 synapses.", "yes", "yes"]
    assert [m.group(0) for b in blocks for m in DOUBLED.finditer(b)] == ["about about", "The the"]
