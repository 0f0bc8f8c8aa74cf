"""Helpers shared by the hooks: rewrite the text of an HTML page, never its code;
read the data files (YAML) with the line numbers their errors need.

Hooks that turn markers in prose into HTML (facts, notebook math) must leave
code samples alone, so that a page can show the marker itself as an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml
from mkdocs.exceptions import PluginError

# libyaml's parser when PyYAML was built with it (ten times faster on the
# facts file), the pure-Python one otherwise; both load the same safe subset.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Elements whose content is never prose, and any other tag.
_PROTECTED = re.compile(
    r"<(pre|code|script|style|math|textarea|svg)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>",
    re.DOTALL | re.IGNORECASE,
)


_DIV = re.compile(r"<(/?)div\b")


def div_end(text: str, start: int, where: str, what: str = "a <div>") -> int:
    """The index just past the </div> that closes the <div> opening at ``start``.

    A <div> never closed stops the build, naming the page and the line of its HTML where ``what`` opens.
    """
    depth = 0
    for match in _DIV.finditer(text, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return text.index(">", match.end()) + 1
    line = text.count("\n", 0, start) + 1
    raise PluginError(f"{where}: {what} (line {line} of the page's HTML) is never closed")


def map_prose(html: str, rewrite: Callable[[str], str]) -> str:
    """Apply ``rewrite`` to every run of text outside tags and code elements."""
    out: list[str] = []
    pos = 0
    for match in _PROTECTED.finditer(html):
        if match.start() > pos:
            out.append(rewrite(html[pos : match.start()]))
        out.append(match.group(0))
        pos = match.end()
    if pos < len(html):
        out.append(rewrite(html[pos:]))
    return "".join(out)


_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).+?\1")


def markdown_prose_lines(text: str):
    """(line number, line) of Markdown outside fenced blocks, with inline code blanked out.

    What markers like [[value:...]] and [[term:...]] may be written in: code shows them as they are.
    """
    fence = None
    for number, line in enumerate(text.splitlines(), 1):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
        else:
            yield number, _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)


def line_of(source: str, needle: str) -> int | None:
    """1-based line of the first occurrence of ``needle`` in ``source``."""
    index = source.find(needle)
    if index < 0:
        return None
    return source.count("\n", 0, index) + 1


def read_yaml(path, where: str, what: str):
    """(node tree, data) of a YAML file; the nodes know each entry's line for error messages."""
    try:
        text = path.read_text(encoding="utf-8")
        return yaml.compose(text, Loader=YAML_LOADER), yaml.load(text, Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise PluginError(f"{where}: cannot read {what}: {error}") from error
