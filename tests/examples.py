"""Where the site's examples are, and how the tests run them.

Pages live in docs/, example files in snippets/ with mirrored paths:

    docs/<section>/<page>.md  <->  snippets/<section>/<page>/<example>.py
                                   snippets/<section>/<page>/<example>.out   (what it prints)
    figures the example saves  ->  docs/<section>/figures/<file>

A page shows an example with a fenced block whose body is a single include
line, `--8<-- "<section>/<page>/<example>.py"`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
SANDBOX = ROOT / "tests" / "sandbox"
MATPLOTLIBRC = ROOT / "tests" / "matplotlibrc"
TIMEOUT = 30  # seconds an example may run
FIGURE_SUFFIXES = {".svg", ".png"}

_FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<mark>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
PYTHON_NAMES = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3", "pyi"}


def rel(path: Path) -> str:
    """A path as the failure messages show it: relative to the repository."""
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass
class Fence:
    page: Path
    line: int  # 1-based line of the opening fence
    info: str  # everything after the backticks: 'python title="x"'
    body: list[str]

    @property
    def lang(self) -> str:
        word = self.info.strip().lstrip("{").split()[0] if self.info.strip() else ""
        return word.lstrip(".").rstrip("}").lower()

    @property
    def where(self) -> str:
        return f"{rel(self.page)}:{self.line}"

    @property
    def includes(self) -> list[str]:
        """Snippet paths included by this fence, if its body is only include lines."""
        lines = [ln for ln in self.body if ln.strip()]
        found = [_INCLUDE.match(ln) for ln in lines]
        return [m["path"] for m in found if m] if lines and all(found) else []


def fences(page: Path) -> list[Fence]:
    """Every fenced block of a Markdown page (``` and ~~~, any indentation)."""
    out: list[Fence] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = _FENCE_OPEN.match(lines[i])
        if not match:
            i += 1
            continue
        mark = match["mark"]
        start, body = i + 1, []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(mark[0] * len(mark)):
            body.append(lines[i])
            i += 1
        if i >= len(lines):
            raise ValueError(f"{rel(page)}:{start}: code fence is never closed")
        out.append(Fence(page, start, match["info"].strip(), body))
        i += 1
    return out


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
        yield number, without_markup(line)


_NOT_PROSE = [
    re.compile(p) for p in (r"`[^`]*`", r"\$[^$]*\$", r"\[\[[^\]]*\]\]", r"\]\([^)]*\)", r"<[^>]+>", r"https?://\S+")
]


def without_markup(line: str) -> str:
    """A line of Markdown with its code, math, [[markers]], link targets, tags and URLs blanked out."""
    for pattern in _NOT_PROSE:
        line = pattern.sub(" ", line)
    return line


def markdown_pages() -> list[Path]:
    """Every Markdown file whose code blocks readers see: docs/ and README."""
    return sorted(DOCS.rglob("*.md")) + [ROOT / "README.md"]


# Pages that are not articles: the home page (a map of the site), the glossary, the references and
# the contributors' guide. Notebooks are not Markdown pages, so not articles either.
NOT_ARTICLES = {"index.md", "glossary.md", "references.md", "how-it-works/contributing.md"}


def article_pages() -> list[str]:
    """The site's article pages, as URLs relative to the site's root ("neurons/", "neurons/networks/")."""
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        uri = page.relative_to(DOCS).as_posix()
        if uri in NOT_ARTICLES:
            continue
        found.append(uri[: -len("index.md")] if uri.endswith("index.md") else uri[: -len(".md")] + "/")
    return found


# The lines of code a reader sees when a page loads: every rendered code listing of the content,
# not outputs (`text` blocks) and not what hooks/fold.py folded away. bench/code_lines.py records it;
# tests/test_browser.py holds every article page to CODE_IN_VIEW_LIMIT.
CODE_IN_VIEW_LIMIT = 40
VISIBLE_CODE_LINES = """() => [...document.querySelectorAll('.md-content pre > code')]
  .filter(code => !code.closest('.language-text') && code.checkVisibility())
  .map(code => code.textContent.replace(/\\n$/, '').split('\\n').length)
  .reduce((a, b) => a + b, 0)"""


def snippet_files() -> list[Path]:
    """Examples and recorded outputs; hidden files (the folder's .ruff.toml, caches) are tooling, not content."""
    return sorted(
        p
        for p in SNIPPETS.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and not any(part.startswith(".") for part in p.relative_to(SNIPPETS).parts)
    )


def example_files() -> list[Path]:
    return [p for p in snippet_files() if p.suffix == ".py"]


def includes() -> dict[str, list[str]]:
    """snippet path (relative to snippets/) -> places ("page.md:line") that include it."""
    found: dict[str, list[str]] = {}
    for page in markdown_pages():
        for fence in fences(page):
            for path in fence.includes:
                found.setdefault(path.split(":")[0], []).append(fence.where)
    return found


def page_of(example: Path) -> Path:
    """docs/<section>/<page>.md for snippets/<section>/<page>/<example>.py."""
    return DOCS / example.parent.relative_to(SNIPPETS).with_suffix(".md")


def figures_dir(example: Path) -> Path:
    return page_of(example).parent / "figures"


def recorded_output(example: Path) -> Path:
    return example.with_suffix(".out")


def value_references() -> dict[str, dict[str, list[str]]]:
    """example (relative to snippets/) -> name -> places ("page.md:line") whose text shows its value.

    The same markers, outside code, that hooks/values.py replaces when the site is built.
    """
    import values  # hooks/: on the tests' path

    found: dict[str, dict[str, list[str]]] = {}
    for page in sorted(DOCS.rglob("*.md")):
        src_uri = page.relative_to(DOCS).as_posix()
        for line, ref, _spec in values.references_in_markdown(page.read_text(encoding="utf-8")):
            place = f"{rel(page)}:{line}"
            try:
                example, name = values.resolve(ref, src_uri)
            except ValueError as error:
                example, name = "", f"{ref} ({error})"
            found.setdefault(example, {}).setdefault(name, []).append(place)
    return found


def recorded_values(example: Path) -> Path:
    return example.with_suffix(".values.json")


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    files: dict[str, bytes]  # files the example wrote, by name
    values: dict | None = None  # {"values": {...}, "problems": {...}} when values were asked for


def example_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "COV_"))}
    env.update(
        PYTHONPATH=str(SANDBOX),  # sitecustomize.py: no network
        PYTHONHASHSEED="0",
        PYTHONWARNINGS="error",
        PYTHONDONTWRITEBYTECODE="1",
        MPLBACKEND="Agg",
        MATPLOTLIBRC=str(MATPLOTLIBRC),
        SOURCE_DATE_EPOCH="0",  # no build date in saved figures
        TZ="UTC",
        LC_ALL="C.UTF-8",
    )
    return env


# Figures: matplotlib writes SVG coordinates to a millionth of a point; a hundredth (0.0035 mm) draws the same
# picture in 12% fewer gzipped bytes, which keeps the pages with several figures under their 100 KB. Only the
# numbers of geometry attributes are rounded, never text.
_GEOMETRY = re.compile(r'(\s(?:d|x|y|x1|x2|y1|y2|width|height|transform|cx|cy|r|points)=")([^"]*)(")')
_LONG_NUMBER = re.compile(r"-?\d+\.\d{3,}")


def _hundredths(match: re.Match) -> str:
    short = f"{float(match.group(0)):.2f}".rstrip("0").rstrip(".")
    return "0" if short == "-0" else short


def compact_svg(data: bytes) -> bytes:
    """An SVG figure with its coordinates rounded to hundredths of a point."""
    text = data.decode("utf-8")
    text = _GEOMETRY.sub(lambda m: m.group(1) + _LONG_NUMBER.sub(_hundredths, m.group(2)) + m.group(3), text)
    return text.encode("utf-8")


def run_python(code_file: Path, timeout: float = TIMEOUT, values: list[str] | None = None) -> Run:
    """Run one file as `python file` in a fresh, empty folder, as a reader would.

    `values`: module-level names to read from the finished program (tests/sandbox/sitecustomize.py).
    """
    with tempfile.TemporaryDirectory(prefix="example-") as tmp, tempfile.TemporaryDirectory() as side:
        work = Path(tmp)
        env = example_env()
        values_file = Path(side) / "values.json"
        env.pop("AITB_VALUES_NAMES", None)
        if values:
            env.update(AITB_VALUES_NAMES=json.dumps(sorted(values)), AITB_VALUES_FILE=str(values_file))
        try:
            done = subprocess.run(
                [sys.executable, str(code_file)],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as expired:
            out = expired.stdout.decode() if isinstance(expired.stdout, bytes) else (expired.stdout or "")
            return Run(-1, out, f"timed out after {timeout} s (examples must finish within {TIMEOUT} s)", {})
        files = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()}
        files = {name: compact_svg(data) if name.endswith(".svg") else data for name, data in files.items()}
        captured = json.loads(values_file.read_text(encoding="utf-8")) if values_file.is_file() else None
        return Run(done.returncode, done.stdout, done.stderr, files, captured)


def run_code(code: str, timeout: float = TIMEOUT, values: list[str] | None = None) -> Run:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as handle:
        handle.write(code)
    try:
        return run_python(Path(handle.name), timeout, values)
    finally:
        os.unlink(handle.name)


def replace_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    shutil.move(tmp, path)


EXPECTED_OUTPUT = "<!--pytest-codeblocks:expected-output-->"


def update_inline_outputs(page: Path) -> bool:
    """Re-record the output block after each `expected-output` marker of a page.

    The code is the Python block just before the marker (as pytest-codeblocks
    pairs them); it runs the way the tests run examples. Returns True if the
    page changed.
    """
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    all_fences = fences(page)
    changed = False
    for index, line in enumerate(lines):
        if line.strip() != EXPECTED_OUTPUT:
            continue
        before = [f for f in all_fences if f.line < index + 1]
        after = [f for f in all_fences if f.line > index + 1]
        if not before or not after or before[-1].info != "python":
            raise ValueError(f"{rel(page)}:{index + 1}: expected-output must follow a ```python block")
        run = run_code("\n".join(before[-1].body) + "\n")
        if run.returncode != 0:
            raise RuntimeError(f"{before[-1].where}: the block failed:\n{run.stderr}")
        output = after[0]
        start, end = output.line, output.line + len(output.body)  # body lines, 0-based slice
        new_body = run.stdout.splitlines(keepends=True)
        if lines[start:end] != new_body:
            lines[start:end] = new_body
            changed = True
            # positions after this block moved; re-parse before the next marker
            page.write_text("".join(lines), encoding="utf-8")
            return update_inline_outputs(page) or True
    return changed
