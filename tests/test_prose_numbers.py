"""No number in a page's text is typed by hand when one of the page's own examples prints it.

A number the prose copies from an example's output goes stale the day the
example changes: the output is re-recorded, the tests pass, and the sentence
still says the old number. Such a number must be shown with
``[[value:example.name]]`` instead (hooks/values.py), so that it comes from the
same run as the output.

What counts as a copy: a number in the text (tables and alt text included)
equal to a number the page's examples print, or, after "about", "roughly" and
the like, equal to one of them rounded to the digits the text gives ("about
380" for 383.4). Left out, as words rather than results: whole numbers up to
12 (two inputs, three layers, 4 of 16 boxes: counts every output also
prints) and years. Anything else that is typed on purpose is listed, with its
reason, in tests/typed_numbers.yml.
"""

from __future__ import annotations

import html
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import yaml

from examples import DOCS, ROOT, SNIPPETS, fences, prose_lines, rel, without_markup

EXCEPTIONS_FILE = ROOT / "tests" / "typed_numbers.yml"
EXCEPTIONS: dict[str, dict[str, str]] = yaml.safe_load(EXCEPTIONS_FILE.read_text(encoding="utf-8")) or {}
SCALE = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "quadrillion": 15}
NUMBER = re.compile(
    r"(?<![\w.,])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:[eE](?P<exponent>[+-]?\d+))?(?![\w])"
    rf"(?:\s+(?P<word>{'|'.join(SCALE)})\b)?"
)
OUTPUT_NUMBER = re.compile(NUMBER.pattern.replace(r"(?![\w])", r"(?![^\Wx×]|x\w)"))
APPROXIMATELY = re.compile(r"(?:\babout|\baround|\broughly|\bapproximately|\bnearly|\balmost|~|≈)\s*$", re.I)
YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def numbers(text: str, output: bool = False) -> list[tuple[str, Decimal, int, bool]]:
    """(as written, value, significant digits written, follows "about") for each number in a text.

    In an output, "41x" is 41 times.
    """
    found = []
    for match in (OUTPUT_NUMBER if output else NUMBER).finditer(text):
        raw = match["digits"].replace(",", "")
        value = Decimal(raw)
        if match["exponent"]:
            value = value.scaleb(int(match["exponent"]))
        if match["word"]:
            value = value.scaleb(SCALE[match["word"]])
        significant = raw.replace(".", "").lstrip("0")
        if "." not in raw:
            significant = significant.rstrip("0")
        approximate = bool(APPROXIMATELY.search(text[: match.start()]))
        found.append((match.group(0), value, max(1, len(significant)), approximate))
    return found


def is_a_word(written: str, value: Decimal) -> bool:
    """Small whole numbers and years are words of the sentence, not results."""
    return (value == value.to_integral_value() and value <= 12) or bool(YEAR.fullmatch(written))


def rounded(value: Decimal, digits: int) -> Decimal:
    if value == 0:
        return value
    return value.quantize(Decimal(1).scaleb(value.adjusted() - digits + 1), rounding=ROUND_HALF_UP)


def copies(prose: list[tuple[int, str]], printed: set[Decimal]) -> list[tuple[int, str, Decimal]]:
    """(line, number as written, printed number) for every number the prose repeats from the output."""
    found = []
    for line, text in prose:
        for written, value, digits, approximate in numbers(text):
            if is_a_word(written, value):
                continue
            for number in sorted(printed):
                if number == value or (approximate and rounded(number, digits) == value):
                    found.append((line, written, number))
                    break
    return found


def printed_by_markdown_page(page: Path) -> set[Decimal]:
    """Every number the page's examples print: included outputs, and inline blocks' recorded outputs."""
    texts = []
    all_fences = fences(page)
    for fence in all_fences:
        texts += [(SNIPPETS / path).read_text(encoding="utf-8") for path in fence.includes if path.endswith(".out")]
    for block, after in zip(all_fences, all_fences[1:]):
        if block.info == "python" and after.lang == "text" and after.line > block.line:
            texts.append("\n".join(after.body))
    return {abs(value) for text in texts for _, value, _, _ in numbers(text, output=True)}


def check(page: Path, prose: list[tuple[int, str]], printed: set[Decimal]) -> list[str]:
    allowed = EXCEPTIONS.get(rel(page), {})
    return [
        f"{rel(page)}:{line}: {written} is typed by hand, but an example on this page prints it ({number}); "
        "show it with [[value:<example>.<name>]] (CONTRIBUTING.md, 'Numbers an example computes'), "
        f"or list it in {rel(EXCEPTIONS_FILE)} with the reason"
        for line, written, number in copies(prose, printed)
        if written not in allowed
    ]


MARKDOWN_PAGES = sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", MARKDOWN_PAGES, ids=[rel(p) for p in MARKDOWN_PAGES])
def test_no_page_types_a_number_its_examples_print(page):
    problems = check(page, list(prose_lines(page)), printed_by_markdown_page(page))
    assert not problems, "\n".join(problems)


# --- notebook pages: their Markdown cells against the outputs of the build's run ----------------

NOTEBOOKS = sorted(DOCS.rglob("notebooks/*.py"))
_OUTPUT = re.compile(r'<div class="[^"]*\bjp-OutputArea-output\b[^"]*"[^>]*>\s*<pre[^>]*>(.*?)</pre>', re.DOTALL)


def notebook_prose(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the Markdown cells and alt texts of a percent-format notebook, markers removed."""
    out, in_markdown = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# %%"):
            in_markdown = "[markdown]" in line
            alt = re.search(r'alt="([^"]*)"', line)
            if alt:
                out.append((number, alt.group(1)))
            continue
        if in_markdown:
            out.append((number, line.removeprefix("#")))
    return [(number, without_markup(text)) for number, text in out]


@pytest.mark.xdist_group("site")
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[rel(p) for p in NOTEBOOKS])
def test_no_notebook_types_a_number_it_prints(notebook, site):
    built = site / notebook.relative_to(DOCS).with_suffix("") / "index.html"
    outputs = [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in _OUTPUT.findall(built.read_text("utf-8"))]
    assert outputs, f"{rel(built)}: no printed output found; has mkdocs-jupyter's markup changed?"
    printed = {abs(value) for text in outputs for _, value, _, _ in numbers(text, output=True)}
    problems = check(notebook, notebook_prose(notebook), printed)
    assert not problems, "\n".join(problems)


def test_every_listed_exception_is_still_typed_on_its_page():
    """An exception whose number is gone from the page would hide the next real copy."""
    stale = []
    for page, listed in EXCEPTIONS.items():
        path = ROOT / page
        if not path.is_file():
            stale.append(f"{rel(EXCEPTIONS_FILE)}: {page} does not exist")
            continue
        prose = notebook_prose(path) if path.suffix == ".py" else list(prose_lines(path))
        written = {w for _, text in prose for w, *_ in numbers(text)}
        stale += [f"{rel(EXCEPTIONS_FILE)}: {page}: {n!r} is no longer in the text" for n in listed if n not in written]
    assert not stale, "\n".join(stale)


# --- the detector itself ---------------------------------------------------------------------------


def test_outputs_read_times_signs():
    assert [v for _, v, _, _ in numbers("fits 383x; 41 x; 8x7B; 2.5×", output=True)] == [383, 41, Decimal("2.5")]


def test_the_detector_finds_copies_and_leaves_words_alone():
    printed = {Decimal("268468224"), Decimal("383.4"), Decimal("40"), Decimal("7"), Decimal("0.25"), Decimal("1943")}
    prose = [
        (1, "Four layers hold 268,468,224 parameters."),  # a copy, with thousands commas
        (2, "It fits about 380 times; it fits 380 times."),  # rounded after "about" only
        (3, "the 40 points, 7 layers and the year 1943"),  # 40 is a copy; 7 and 1943 are words
        (4, "weights of 0.25 and 0.5, and about 268 million of them"),  # 0.25, and 268 million rounded
        (5, "H100s, version 2.0 and 405B"),  # part of a name, or a small number
    ]
    assert copies(prose, printed) == [
        (1, "268,468,224", Decimal("268468224")),
        (2, "380", Decimal("383.4")),
        (3, "40", Decimal("40")),
        (4, "0.25", Decimal("0.25")),
        (4, "268 million", Decimal("268468224")),
    ]
