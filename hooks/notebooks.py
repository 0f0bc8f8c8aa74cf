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
"""

from __future__ import annotations

import hashlib
import html
import platform
import re
import shutil
from pathlib import Path

import jupytext
from mkdocs.exceptions import PluginError

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


def on_pre_page(page, config, files):
    """Wrap mkdocs-jupyter's renderer so a failing cell names its source line."""
    if not is_notebook(page, config):
        return page
    render = page.render
    shown = f"docs/{page.file.src_uri}"

    def render_or_explain(*args, **kwargs):
        try:
            return render(*args, **kwargs)
        except Exception as error:
            if type(error).__name__ != "CellExecutionError":
                raise
            raise PluginError(explain_failure(Path(page.file.abs_src_path), shown, error)) from None

    page.render = render_or_explain
    return page


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


def clean(content: str) -> str:
    for pattern in _DROP:
        content = pattern.sub("", content)
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
    content = add_alt_text(clean(content), notebook, shown, cell_lines(path))
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
