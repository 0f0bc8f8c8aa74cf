"""Computed values: a number in the prose that an example computes is taken from that example.

A page writes ``[[value:growth.deep_params]]``, or with a format,
``[[value:growth.deep_params:,]]``, and the built page shows the value that
the module-level name ``deep_params`` held when ``growth.py``, in the page's
own snippet folder (``snippets/<section>/<page>/``), last ran. Another page's
example is named by its path under ``snippets/``:
``[[value:scale/comparisons/power.brain_h100s:sig.2]]``. The marker works in
the text, in tables and in a figure's alt text.

The value comes from the same run whose printed output the tests compare:
tests/test_snippets.py runs each example once, compares what it prints with
its ``.out`` file and what the names hold with its ``.values.json`` file, and
``uv run pytest --update-outputs`` re-records both. So re-recording an
example's output updates every sentence that quotes it, and a page can never
show a number its example no longer computes.

Notebook pages name the notebook's own variables, ``[[value:synapses:words]]``;
hooks/notebooks.py reads them from the kernel at the end of the build's run.

Formats: any Python format specification (``,`` ``,.0f`` ``.1f`` ``.0%``),
``sig.N`` (N significant digits: 15,057 -> "15,000" with ``sig.2``) and
``words.N`` (the same, in millions, billions, trillions: "603 trillion") and
``spelled`` (whole numbers up to twenty in words, "nine"; ``Spelled`` to start
a sentence, "Nine").
Without a format a whole number shows all its digits with thousands commas
and any other number three significant digits.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError

import htmltext

SNIPPETS = Path("snippets")
SUFFIX = ".values.json"
TOKEN = re.compile(r"\[\[value:(?P<ref>[^\]\s:]*)(?::(?P<spec>[^\]\s]*))?\]\]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ALT = re.compile(r'(<img\b[^>]*?\balt=")([^"]*)(")', re.IGNORECASE)
_WORDS = ((1e15, "quadrillion"), (1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SPELLED = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()


# --- where a value comes from -------------------------------------------------


def snippet_folder(page_src_uri: str) -> PurePosixPath:
    """snippets/<section>/<page>/ of docs/<section>/<page>.md, relative to snippets/."""
    return PurePosixPath(page_src_uri).with_suffix("")


def resolve(ref: str, page_src_uri: str) -> tuple[str, str]:
    """("neurons/networks/growth.py", "deep_params") for "growth.deep_params" on neurons/networks.md.

    Raises ValueError with the reason when the reference is malformed.
    """
    example, dot, name = ref.rpartition(".")
    if not dot or not example:
        raise ValueError(
            f"'{ref}' does not name an example: write [[value:<example>.<name>]], "
            "for example [[value:growth.deep_params]] for deep_params in the page's growth.py"
        )
    if not _NAME.fullmatch(name):
        raise ValueError(f"'{name}' is not a Python name")
    if "/" in example:
        path = PurePosixPath(example + ".py")
    else:
        path = snippet_folder(page_src_uri) / (example + ".py")
    if any(part in {"", ".", ".."} for part in path.parts):
        raise ValueError(f"'{example}' is not a path under snippets/")
    return path.as_posix(), name


def recorded_file(root: Path, example: str) -> Path:
    """snippets/<example>.values.json: what the example's names held when it last ran."""
    return root / SNIPPETS / (example.removesuffix(".py") + SUFFIX)


def references_in_markdown(text: str) -> list[tuple[int, str, str | None]]:
    """(line, ref, spec) of every marker outside code: what the build will replace on a Markdown page."""
    return [
        (number, match["ref"], match["spec"])
        for number, line in htmltext.markdown_prose_lines(text)
        for match in TOKEN.finditer(line)
    ]


# --- how a value reads -----------------------------------------------------------


def _significant(value: float, digits: int) -> str:
    """value rounded half up to `digits` significant digits, with thousands commas and no exponent."""
    if value == 0:
        return "0"
    number = Decimal(repr(value))
    exponent = number.adjusted()  # the power of ten of the first digit
    rounded = number.quantize(Decimal(1).scaleb(exponent - digits + 1), rounding=ROUND_HALF_UP)
    if rounded.adjusted() > exponent:  # 9.96 -> 10.0 with 3 digits: the first digit moved up
        rounded = number.quantize(Decimal(1).scaleb(exponent - digits + 2), rounding=ROUND_HALF_UP)
    return f"{rounded:,.{max(0, -rounded.as_tuple().exponent)}f}"


def format_value(value, spec: str | None) -> str:
    """How a value reads in a sentence; raises ValueError for a format that does not apply."""
    if isinstance(value, str):
        if spec:
            raise ValueError(f"a text value takes no format, got ':{spec}'")
        return value
    if isinstance(value, bool):
        raise ValueError("a truth value is not shown in prose; compute the number or the phrase")
    return _minus(_number(value, spec))


def _minus(text: str) -> str:
    """A negative number with the typographic minus the prose uses: "−0.4", not "-0.4"."""
    return "\u2212" + text[1:] if text.startswith("-") else text


def _number(value, spec: str | None) -> str:
    if not spec:
        return f"{value:,}" if isinstance(value, int) else _significant(value, 3)
    if spec in {"spelled", "Spelled"}:
        if not (isinstance(value, int) or float(value).is_integer()):
            raise ValueError(f"':{spec}' spells out whole numbers, not {value!r}")
        number = int(value)
        text = _SPELLED[number] if 0 <= number < len(_SPELLED) else f"{number:,}"
        return text.capitalize() if spec == "Spelled" else text
    named = re.fullmatch(r"(sig|words)(?:\.(\d))?", spec)
    if named:
        kind, digits = named.group(1), int(named.group(2) or 3)
        if digits < 1:
            raise ValueError("sig and words need at least 1 significant digit")
        if kind == "words":
            for size, word in _WORDS:
                if abs(value) >= size:
                    return f"{_significant(value / size, digits)} {word}"
        return _significant(value, digits)
    try:
        return format(value, spec)
    except (ValueError, TypeError) as error:
        raise ValueError(f"':{spec}' is not a format for {value!r}: {error}") from None


# --- the page ------------------------------------------------------------------


def replace_in_html(content: str, show: Callable[[re.Match], tuple[str, str]]) -> str:
    """Replace every marker in the prose (as HTML) and in image alt text (as plain text).

    `show(match)` returns (html, plain) for one marker, or raises PluginError.
    """

    def in_text(text: str) -> str:
        return TOKEN.sub(lambda m: show(m)[0], text)

    def in_alt(match: re.Match) -> str:
        plain = TOKEN.sub(lambda m: html.escape(show(m)[1], quote=True), match.group(2))
        return match.group(1) + plain + match.group(3)

    return _ALT.sub(in_alt, htmltext.map_prose(content, in_text))


def render(text: str, where: str) -> str:
    """A computed value in the text: its digits, and where they come from for a reader who hovers."""
    return f'<span class="computed" title="Computed by {html.escape(where, quote=True)}">{html.escape(text)}</span>'


class Recorded:
    """The recorded values of the examples, read once per build and file."""

    def __init__(self, root: Path):
        self.root = root
        self._files: dict[str, dict | None] = {}

    def get(self, example: str, name: str):
        """The value, or raise ValueError saying what to do."""
        if not (self.root / SNIPPETS / example).is_file():
            raise ValueError(f"snippets/{example} does not exist")
        if example not in self._files:
            path = recorded_file(self.root, example)
            self._files[example] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
        values = self._files[example]
        if values is None or name not in values:
            raise ValueError(
                f"snippets/{example} has no recorded value '{name}': "
                f"record it with `uv run pytest --update-outputs -k {PurePosixPath(example).stem}`"
            )
        return values[name]


# --- MkDocs events ----------------------------------------------------------

_recorded: Recorded | None = None


def on_config(config):
    global _recorded
    _recorded = Recorded(Path(config.config_file_path).parent)
    return config


def on_page_content(content, page, config, files):
    """Markdown pages; notebook pages are done by hooks/notebooks.py with the kernel's values."""
    if "[[value:" not in content or type(page.file).__name__ == "NotebookFile":
        return content
    assert _recorded is not None
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")

    def show(match: re.Match) -> tuple[str, str]:
        try:
            example, name = resolve(match["ref"], page.file.src_uri)
            text = format_value(_recorded.get(example, name), match["spec"])
        except ValueError as error:
            line = htmltext.line_of(source, match.group(0)) or "?"
            raise PluginError(f"docs/{page.file.src_uri}:{line}: {match.group(0)}: {error}") from None
        return render(text, f"snippets/{example}"), text

    return replace_in_html(content, show)
