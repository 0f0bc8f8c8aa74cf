"""Notebook pages: executed by mkdocs-jupyter, made light, honest and accessible.

mkdocs-jupyter runs each notebook page (jupytext percent files under a
``notebooks/`` folder) when the site is built. This hook:

1. Keys mkdocs-jupyter's execution cache on everything an output can depend
   on. mkdocs-jupyter hashes only the notebook file and its own options, so a
   change to imported code or to the lock file would serve stale output. The
   cache folder is therefore named by a digest of the lock file, the Python
   version, and every file under ``snippets/``, ``data/`` and the notebooks.
2. Reports a failing cell as ``docs/<notebook>.py:<line>`` instead of a
   traceback through a temporary ``.ipynb``.
3. Replaces mkdocs-jupyter's page furniture (~600 KB of inlined JupyterLab CSS,
   a MathJax script pointing at a CDN, a Mermaid loader importing from a CDN,
   its own clipboard script) with Material's code blocks and the small
   notebook rules in docs/stylesheets/extra.css. Math is left to hooks/mathml.py.
4. Gives each plot the alt text written in its cell (``# %% alt="..."``) and
   the page the description in the notebook's header; both are required.
5. Offers the notebook as an ``.ipynb`` next to the ``.py`` for download.
6. Shows the values its Markdown cells and alt text name, ``[[value:synapses:words]]``,
   from the same run: the build executes a copy of the notebook with one more
   cell at the end, which reads the names from the kernel (hooks/capture.py)
   and prints them; that cell is taken out of the page before anything else.
"""

from __future__ import annotations

import hashlib
import html
import json
import platform
import re
import shutil
import tempfile
from pathlib import Path

import jupytext
from mkdocs.exceptions import PluginError

import capture
import htmltext
import values

PLUGIN = "mkdocs-jupyter"
CACHE_ROOT = Path(".cache/mkdocs-jupyter")
KEYED = ("snippets", "data", "docs")
KEY_FILES = ("uv.lock", "pyproject.toml")

_pages: dict[str, dict] = {}


def cache_digest(root: Path) -> str:
    """Digest of everything a notebook's output may depend on, besides itself."""
    hasher = hashlib.sha256()
    hasher.update(f"python {platform.python_version()}\n".encode())
    paths = [root / name for name in KEY_FILES]
    for folder in KEYED:
        paths += sorted(
            p
            for p in (root / folder).rglob("*")
            if p.is_file() and p.suffix in {".py", ".yml", ".yaml", ".csv", ".json", ".txt"}
        )
    for path in paths:
        hasher.update(str(path.relative_to(root)).encode() + b"\0")
        hasher.update(path.read_bytes() if path.exists() else b"<missing>")
        hasher.update(b"\0")
    # The cell that reads the values is executed with the notebook, so its code is part of the output too.
    hasher.update(values_cell(["name"]).encode())
    return hasher.hexdigest()[:20]


def _plugin(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise PluginError(f"hooks/notebooks.py needs the {PLUGIN} plugin in mkdocs.yml")
    return plugin


def on_config(config):
    root = Path(config.config_file_path).parent
    digest = cache_digest(root)
    plugin = _plugin(config)
    plugin.config["cache_dir"] = str(root / CACHE_ROOT / digest)
    if plugin.config["allow_errors"] or not plugin.config["execute"]:
        raise PluginError("mkdocs.yml: mkdocs-jupyter must have execute: true and allow_errors: false")
    # Old digests can never be hit again.
    if (root / CACHE_ROOT).is_dir():
        for old in (root / CACHE_ROOT).iterdir():
            if old.name != digest:
                shutil.rmtree(old, ignore_errors=True)
    return config


def is_notebook(page, config) -> bool:
    """A page mkdocs-jupyter took over (its on_files wrapped the file)."""
    return type(page.file).__name__ == "NotebookFile"


# --- failing cells at their source line --------------------------------------

_FAILED_CELL = re.compile(r"-{18}\n(?P<source>.*?)\n-{18}\n", re.DOTALL)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_CELL_FRAME = re.compile(r"^Cell In\[\d+\], line (\d+)", re.MULTILINE)


def cell_lines(path: Path) -> list[tuple[int, str]]:
    """(first line in the file, source) of every code cell of a percent notebook."""
    text = path.read_text(encoding="utf-8")
    notebook = jupytext.reads(text, fmt="py:percent")
    lines = text.splitlines()
    markers = [number for number, line in enumerate(lines, 1) if line.startswith("# %%")]
    # Cells come in file order, one per "# %%" marker; code starts on the next line.
    return [(marker + 1, cell.source) for cell, marker in zip(notebook.cells, markers) if cell.cell_type == "code"]


def explain_failure(path: Path, shown: str, error: Exception) -> str:
    """Turn nbclient's CellExecutionError into 'file:line: what went wrong'."""
    message = _ANSI.sub("", str(error))
    match = _FAILED_CELL.search(message)
    line = "?"
    if match:
        failing = match.group("source").strip()
        frames = _CELL_FRAME.findall(message)  # the notebook's own frames
        offset = int(frames[-1]) - 1 if frames else 0
        for first, source in cell_lines(path):
            if source.strip() == failing:
                line = str(first + offset)
                break
    last = [ln for ln in message.strip().splitlines() if ln.strip()][-1:]
    return f"{shown}:{line}: notebook cell failed: {last[0] if last else message}\n\n{message}"


# --- values the text shows, read from the kernel -------------------------------


def value_names(path: Path, shown: str) -> list[str]:
    """The variables the notebook's Markdown cells and alt text show with [[value:name]]."""
    text = path.read_text(encoding="utf-8")
    notebook = jupytext.reads(text, fmt="py:percent")
    places = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
    places += [str(cell.metadata.get("alt", "")) for cell in notebook.cells if cell.cell_type == "code"]
    names = []
    for match in (m for place in places for m in values.TOKEN.finditer(place)):
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", match["ref"]):
            raise PluginError(
                f"{shown}:{htmltext.line_of(text, match.group(0))}: {match.group(0)}: a notebook shows its own "
                "variables, [[value:name]] or [[value:name:format]]"
            )
        names.append(match["ref"])
    return sorted(set(names))


def values_cell(names: list[str]) -> str:
    """The last cell of the copy the build executes: it prints the values, read by hooks/capture.py."""
    code = Path(capture.__file__).read_text(encoding="utf-8")
    return (
        "\n\n# %%\n"
        "_aitb_capture = {}\n"
        f"exec({code!r}, _aitb_capture)\n"
        f"print(_aitb_capture['report'](dict(globals()), {names!r}))\n"
    )


_VALUES_OUTPUT = re.compile(re.escape(capture.MARKER) + r"(\{[^\n<]*\})")
_CODE_CELL_WRAPPER = '<div class="jp-Cell jp-CodeCell jp-Notebook-cell">'


def take_values_cell(content: str, shown: str) -> tuple[str, dict]:
    """(the page without its last code cell, what that cell printed): the values the build read."""
    start = content.rfind(_CODE_CELL_WRAPPER)
    if start < 0:
        raise PluginError(f"{shown}: the cell that reads the values is missing from the page")
    depth, end = 0, start
    for tag in re.finditer(r"<div\b|</div\s*>", content[start:]):
        depth += 1 if tag.group(0).startswith("<div") else -1
        if depth == 0:
            end = start + tag.end()
            break
    found = _VALUES_OUTPUT.search(html.unescape(content[start:end]))
    if depth != 0 or not found:
        raise PluginError(f"{shown}: the cell that reads the values printed nothing the build understands")
    return content[:start] + content[end:], json.loads(found.group(1))


def show_values(content: str, captured: dict, source_text: str, shown: str) -> str:
    """Replace the notebook's [[value:name]] markers with what the kernel held."""

    def show(match: re.Match) -> tuple[str, str]:
        name = match["ref"]
        try:
            if name in captured["problems"]:
                raise ValueError(f"the notebook cannot give '{name}': {captured['problems'][name]}")
            text = values.format_value(captured["values"][name], match["spec"])
        except ValueError as error:
            raise PluginError(f"{shown}:{htmltext.line_of(source_text, match.group(0))}: {error}") from None
        return values.render(text, "this notebook, when the site was built"), text

    return values.replace_in_html(content, show)


def on_pre_page(page, config, files):
    """Wrap mkdocs-jupyter's renderer: run a copy with the values cell, and name a failing cell's source line."""
    if not is_notebook(page, config):
        return page
    render = page.render
    shown = f"docs/{page.file.src_uri}"
    path = Path(page.file.abs_src_path)
    names = value_names(path, shown)
    _names[page.file.src_uri] = names

    def render_or_explain(*args, **kwargs):
        with tempfile.TemporaryDirectory(prefix="notebook-") as tmp:
            if names:
                # mkdocs-jupyter reads the file at page.file.abs_src_path when it renders (its cache
                # key was taken from the real file before this runs): point it at the copy meanwhile.
                copy = Path(tmp) / path.name
                copy.write_text(path.read_text(encoding="utf-8") + values_cell(names), encoding="utf-8")
                page.file.abs_src_path = str(copy)
            try:
                return render(*args, **kwargs)
            except Exception as error:
                if type(error).__name__ != "CellExecutionError":
                    raise
                raise PluginError(explain_failure(path, shown, error)) from None
            finally:
                page.file.abs_src_path = str(path)

    page.render = render_or_explain
    return page


_names: dict[str, list[str]] = {}


# --- lighter, accessible HTML -------------------------------------------------

_DROP = [
    re.compile(r"<(script|style)\b.*?</\1>", re.DOTALL),
    re.compile(r"<!-- (Load mathjax|MathJax configuration|End of mathjax configuration) -->"),
    re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>', re.DOTALL),
    re.compile(r'<div class="clipboard-copy-txt" id="cell-\d+">.*?</div>', re.DOTALL),
]
_CODE = re.compile(
    r'<div class="highlight-ipynb hl-(?P<lang>[\w-]+)[^"]*"><pre><span></span>(?P<code>.*?)</pre></div>',
    re.DOTALL,
)
_CELL = re.compile(r'(<div class="jp-Cell jp-CodeCell jp-Notebook-cell[^"]*" id="cell-id=[^"]+">)')
_DEFAULT_ALT = 'alt="No description has been provided for this image"'
# A text output wider than a phone scrolls sideways: keyboard users must be able to reach it (axe,
# scrollable-region-focusable), as Material makes code blocks reachable.
_TEXT_OUTPUT = re.compile(r'(<div class="jp-RenderedText[^"]*"[^>]*>\s*)<pre>')


def clean(content: str) -> str:
    for pattern in _DROP:
        content = pattern.sub("", content)
    content = _TEXT_OUTPUT.sub(r'\1<pre tabindex="0">', content)
    return _CODE.sub(
        lambda m: (
            f'<div class="highlight"><pre><span></span>'
            f'<code class="language-{m["lang"]}">{m["code"]}</code></pre></div>'
        ),
        content,
    )


def add_alt_text(content: str, notebook, shown: str, lines: list[tuple[int, str]]) -> str:
    """Put each code cell's alt="..." metadata on the images it outputs.

    Code cells appear in the HTML in the notebook's order, so the n-th code
    cell of the page is the n-th code cell of the source file.
    """
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    pieces = _CELL.split(content)
    # pieces: [before, opening tag 1, cell 1, opening tag 2, cell 2, ...]
    if len(pieces[1::2]) != len(code_cells):
        raise PluginError(f"{shown}: found {len(pieces[1::2])} code cells in the HTML, expected {len(code_cells)}")
    out = [pieces[0]]
    for index, (opening, body) in enumerate(zip(pieces[1::2], pieces[2::2])):
        # nbconvert draws every figure output, PNG or SVG, as an <img> with this placeholder alt.
        if _DEFAULT_ALT in body:
            alt = code_cells[index].metadata.get("alt")
            if not alt:
                raise PluginError(
                    f"{shown}:{lines[index][0] - 1}: this cell draws an image but has no alt text; "
                    'start it with # %% alt="what the image shows"'
                )
            body = body.replace(_DEFAULT_ALT, f'alt="{html.escape(alt, quote=True)}"')
        out.append(opening + body)
    return "".join(out)


def on_page_content(content, page, config, files):
    if not is_notebook(page, config):
        return content
    path = Path(page.file.abs_src_path)
    shown = f"docs/{page.file.src_uri}"
    source_text = path.read_text(encoding="utf-8")
    notebook = jupytext.reads(source_text, fmt="py:percent")
    description = notebook.metadata.get("description")
    if not description:
        raise PluginError(f"{shown}:1: add a description: line to the notebook's jupyter: header")
    page.meta["description"] = " ".join(str(description).split())
    _pages[page.file.src_uri] = {"notebook": notebook, "dest": Path(page.file.abs_dest_path)}
    captured = None
    if _names.get(page.file.src_uri):
        content, captured = take_values_cell(content, shown)
    content = add_alt_text(clean(content), notebook, shown, cell_lines(path))
    if captured is not None:
        content = show_values(content, captured, source_text, shown)
    name = path.stem
    download = (
        f'<p class="notebook-download">This page is a notebook, run when the site was built. '
        f'Download it as <a href="{name}.ipynb" download>{name}.ipynb</a> (for Jupyter) or '
        f'<a href="{name}.py" download>{name}.py</a> (a plain Python file, jupytext format).</p>\n'
    )
    heading_end = content.find("</h1>")
    if heading_end < 0:
        return download + content
    cut = heading_end + len("</h1>")
    return content[:cut] + download + content[cut:]


def on_post_page(output, page, config):
    entry = _pages.pop(page.file.src_uri, None)
    if entry is not None:
        target = entry["dest"].parent / (Path(page.file.abs_src_path).stem + ".ipynb")
        target.parent.mkdir(parents=True, exist_ok=True)
        jupytext.write(entry["notebook"], target, fmt="ipynb")
    return output
