"""Start a new page: the page, its first example with its recorded output, and its nav entry.

    uv run python tools/new_page.py learning "Sleep and memory"

creates

    docs/learning/sleep-and-memory.md                          the page, with placeholder prose
    snippets/learning/sleep-and-memory/first_example.py        a small example the page shows
    snippets/learning/sleep-and-memory/first_example.out       what the example prints
    mkdocs.yml                                                 "- Sleep and memory: learning/sleep-and-memory.md"

and the whole test suite passes on the result, so a writer starts from a page
that builds and is tested, and replaces its placeholders one at a time. The
page has the parts every article has, in their order (CONTRIBUTING, "How a
page looks"): In short, the example with its output, the analogy box, Try it
yourself and Read next.

Options: --slug sets the file name (the default comes from the title), and
--dry-run shows what would be created without writing anything. A problem with
the arguments (an unknown section, a page that already exists, an odd title)
stops the script before it writes anything, with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]

import glossary  # noqa: E402  (hooks/glossary.py: the terms the glossary test knows)
from examples import DOCS, SNIPPETS, rel, run_python  # noqa: E402  (tests/examples.py: the tests' runner)

CONFIG = ROOT / "mkdocs.yml"
EXAMPLE = "first_example"
RESERVED_SLUGS = {"index", "figures", "notebooks"}  # names the site already uses inside a section
MAX_TITLE = 80
# Characters with a meaning in Markdown or in this site's markers ([[fact:...]], $math$).
MARKUP = set("`$<>[]*_\\|")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Problem(Exception):
    """Something about the arguments that stops the script before it writes anything."""


class _TolerantLoader(yaml.SafeLoader):
    """A safe loader that reads tags such as !ENV or !!python/name as plain nulls (only the nav matters here)."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(text: str) -> dict:
    data = yaml.load(text, Loader=_TolerantLoader)
    if not isinstance(data, dict) or not isinstance(data.get("nav"), list):
        raise Problem("mkdocs.yml has no nav list")
    return data


def nav_sections(nav: list) -> dict[str, list]:
    """Section folder -> its nav list, for every nav section whose first entry is <folder>/index.md."""
    found = {}
    for item in nav:
        if not isinstance(item, dict):
            continue
        for children in item.values():
            if isinstance(children, list) and children and isinstance(children[0], str):
                match = re.fullmatch(r"([a-z0-9-]+)/index\.md", children[0])
                if match:
                    found[match[1]] = children
    return found


def nav_pages(node) -> list[str]:
    """Every file named anywhere in the nav."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        node = list(node.values())
    return [page for child in node for page in nav_pages(child)] if isinstance(node, list) else []


def slug_of(title: str) -> str:
    """'Sleep and memory' -> 'sleep-and-memory': lowercase ASCII letters and digits joined by hyphens."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def clean_title(title: str) -> str:
    """The title with its spaces tidied, or Problem saying what is odd about it."""
    if any(unicodedata.category(ch).startswith("C") for ch in title):
        raise Problem("the title has a line break or another control character; give it as one line of text")
    title = " ".join(title.split())
    if not title:
        raise Problem('the title is empty; give the page a title, e.g. "Sleep and memory"')
    if not any(ch.isalnum() for ch in title):
        raise Problem(f"the title {title!r} has no letters or digits")
    if len(title) > MAX_TITLE:
        raise Problem(
            f"the title is {len(title)} characters long; keep it to {MAX_TITLE} or fewer, as it appears in the nav"
        )
    odd = sorted(set(title) & MARKUP)
    if odd:
        raise Problem(
            f"the title {title!r} contains {' '.join(odd)}, which Markdown or the site's markers would read as "
            "markup; use plain words (you can style the heading in the page afterwards)"
        )
    return title


def undefined_abbreviations(title: str) -> list[str]:
    """Words of the title that tests/test_glossary.py would reject because data/glossary.yml lacks them."""
    return glossary.load(ROOT / "data" / "glossary.yml").undefined_abbreviations(title)


def yaml_title(title: str) -> str:
    """The title as a nav key: as written when YAML reads it back unchanged, else double-quoted."""
    try:
        if yaml.safe_load(f"- {title}: x") == [{title: "x"}]:
            return title
    except yaml.YAMLError:
        pass
    return json.dumps(title, ensure_ascii=False)  # a JSON string is a valid double-quoted YAML string


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def nav_insert(text: str, section: str, title: str, page: str) -> str:
    """mkdocs.yml with `- <title>: <page>` as the last Markdown page of the section.

    The text is edited in place, so comments and layout survive. Notebook
    entries (.py) at the end of a section stay at its end: the new page goes
    just before them, after the section's last Markdown page.
    """
    lines = text.splitlines(keepends=True)
    index_line = re.compile(rf"""^(\s*)-\s+(["']?){re.escape(section)}/index\.md\2\s*(#.*)?$""")
    starts = [i for i, line in enumerate(lines) if index_line.match(line.rstrip("\r\n"))]
    if len(starts) != 1:
        raise Problem(f"could not find the line '- {section}/index.md' in mkdocs.yml once; add the nav entry by hand")
    start = starts[0]
    indent = indent_of(lines[start])

    # The section's entries: lines at its indentation starting with "- ", up to the first line less indented.
    items: list[tuple[int, int]] = []  # (first line, line after its last content line)
    for i in range(start, len(lines)):
        stripped = lines[i].strip()
        if not stripped:
            continue
        if indent_of(lines[i]) < indent:
            break
        if indent_of(lines[i]) == indent and stripped.startswith("- "):
            items.append((i, i + 1))
        elif not stripped.startswith("#"):  # an entry's own nested lines, not a comment after it
            items[-1] = (items[-1][0], i + 1)

    def is_notebook(item: tuple[int, int]) -> bool:
        value = lines[item[0]].split("#", 1)[0].strip().rstrip("'\"")
        return value.endswith(".py")

    trailing = len(items)
    while trailing > 1 and is_notebook(items[trailing - 1]):
        trailing -= 1
    if trailing < len(items):
        at = items[trailing][0]
        while at - 1 > items[trailing - 1][1] - 1 and lines[at - 1].strip().startswith("#"):
            at -= 1  # keep a comment written above the notebook entry with it
    else:
        at = items[-1][1]
    newline = "\r\n" if lines[start].endswith("\r\n") else "\n"
    entry = f"{' ' * indent}- {yaml_title(title)}: {page}{newline}"
    return "".join(lines[:at] + [entry] + lines[at:])


def page_text(section: str, slug: str, title: str) -> str:
    folder = f"{section}/{slug}"
    plain = title.replace('"', "'")  # Material writes the description into content="..." as it is
    return f"""---
description: >-
  {plain}: a placeholder description. Replace it with one sentence that
  tells search results and link previews what this page explains.
---

# {title}

!!! abstract "In short"

    - A first takeaway: what a curious reader should remember from this
      page, in their words. Replace it with a claim the page then shows.
    - A second takeaway. Two to four in all; a number in one comes from the
      facts file or an example, as everywhere.

Start the page here with a short paragraph for a curious reader who is not an
engineer: what this page explains, and why it matters for how AI relates to
the brain. Every number comes from the facts file, `data/facts.yml`, and every
term a reader may not know is defined once, in `data/glossary.yml`.

## A first example

The program below multiplies three inputs by their weights and adds up the
products, then checks that the same sum written out term by term agrees.
Replace it with an example that shows what this page claims, and keep an
`assert` line for each claim: if a claim stops being true, the tests fail.

```python title="snippets/{folder}/{EXAMPLE}.py"
--8<-- "{folder}/{EXAMPLE}.py"
```

```text title="Output"
--8<-- "{folder}/{EXAMPLE}.out"
```

The output above is what the example printed when it was recorded. The tests
run the example again and compare, so the page always shows what the code
really does.

!!! note "How far the analogy goes"

    Say here where the AI idea and the brain part ways.

## Try it yourself

- Change one of the weights in the example, and say what the reader should
  expect to see.

## Read next

- [The section's first page](index.md): replace this with one to three pages
  and a line on what the reader gets at each.
"""


def example_text(title: str) -> str:
    return f"""# A first example for the page "{title}".
# Three inputs, each multiplied by its weight, added up. Replace it with an
# example for the page, and keep an assert line for each claim the page makes.
inputs = [0.5, -1.0, 2.0]
weights = [0.8, 0.2, -0.5]

total = sum(x * w for x, w in zip(inputs, weights))
print(f"weighted sum = {{total:.2f}}")

# The same sum written out term by term gives the same number.
by_hand = 0.5 * 0.8 + (-1.0) * 0.2 + 2.0 * (-0.5)
assert abs(total - by_hand) < 1e-12
"""


def record_output(code: str) -> str:
    """What the example prints, run exactly as tests/test_snippets.py runs it."""
    with tempfile.TemporaryDirectory(prefix="new-page-") as tmp:
        path = Path(tmp) / f"{EXAMPLE}.py"
        path.write_text(code, encoding="utf-8")
        run = run_python(path)
    if run.returncode != 0 or run.stderr or run.files:
        raise RuntimeError(f"the first example did not run cleanly (exit code {run.returncode}):\n{run.stderr}")
    return run.stdout


@dataclass
class Plan:
    section: str
    slug: str
    title: str
    page: Path
    example: Path
    output: Path
    files: dict[Path, str]  # path -> new text, in the order they are written
    nav_entry: str


def plan(section: str, title: str, slug: str | None) -> Plan:
    """Check the arguments and work out every file's new text; raise Problem before anything is written."""
    title = clean_title(title)
    config_text = CONFIG.read_text(encoding="utf-8")
    config = read_config(config_text)
    sections = nav_sections(config["nav"])
    known = sorted(s for s in sections if (DOCS / s / "index.md").is_file())
    if section not in known:
        raise Problem(f"unknown section {section!r}; choose one of: {', '.join(known)}")

    if slug is None:
        slug = slug_of(title)
        if not slug:
            raise Problem(f"the title {title!r} gives no file name in plain letters; choose one with --slug")
    elif not SLUG.fullmatch(slug):
        raise Problem(
            f"--slug {slug!r} must be lowercase letters and digits joined by single hyphens, e.g. sleep-and-memory"
        )
    if slug in RESERVED_SLUGS:
        raise Problem(
            f"the file name {slug!r} is already used for something else in a section; choose another with --slug"
        )

    words = undefined_abbreviations(title)
    if words:
        raise Problem(
            f"the title uses {', '.join(words)}, which data/glossary.yml does not define; "
            "add it there first (the glossary test checks every abbreviation on a page)"
        )

    page = DOCS / section / f"{slug}.md"
    folder = SNIPPETS / section / slug
    page_path = f"{section}/{slug}.md"
    for taken in (page, page.with_suffix(""), folder):
        if taken.exists():
            raise Problem(f"{rel(taken)} already exists; choose another title or --slug")
    if page_path in nav_pages(config["nav"]):
        raise Problem(f"mkdocs.yml already has {page_path} in its nav; choose another title or --slug")

    new_config = nav_insert(config_text, section, title, page_path)
    after = nav_sections(read_config(new_config)["nav"]).get(section, [])
    if {title: page_path} not in after:
        raise RuntimeError(f"the nav entry for {page_path} did not read back from mkdocs.yml as expected")

    example = folder / f"{EXAMPLE}.py"
    code = example_text(title)
    output = example.with_suffix(".out")
    files = {
        page: page_text(section, slug, title),
        example: code,
        output: record_output(code),
        CONFIG: new_config,
    }
    return Plan(section, slug, title, page, example, output, files, f"- {yaml_title(title)}: {page_path}")


def write(planned: Plan) -> None:
    """Write the planned files; if one fails, remove those already written and restore mkdocs.yml."""
    created: list[Path] = []
    folder = planned.example.parent
    old_config = CONFIG.read_text(encoding="utf-8")
    try:
        folder.mkdir(parents=True)
        for path, text in planned.files.items():
            if path != CONFIG:
                created.append(path)
            path.write_text(text, encoding="utf-8", newline="")
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        CONFIG.write_text(old_config, encoding="utf-8", newline="")
        raise


def report(planned: Plan, dry_run: bool) -> str:
    verb = "Would create" if dry_run else "Created"
    lines = [f"{verb}:"]
    lines += [f"  {rel(path)}" for path in planned.files if path != CONFIG]
    lines.append(f"{'Would add' if dry_run else 'Added'} to the nav in mkdocs.yml, section {planned.section}:")
    lines.append(f"  {planned.nav_entry}")
    if dry_run:
        lines.append("Nothing was written (--dry-run).")
        return "\n".join(lines)
    lines += [
        "",
        "Next steps:",
        f"  1. Write the page, {rel(planned.page)}: replace the placeholder description,",
        "     the opening paragraph and the example's explanation with your own words.",
        f"  2. Replace the example, {rel(planned.example)}, with yours",
        "     (rename it if you like, and change the page's two include lines to match),",
        "     then record what it prints:",
        f"       uv run pytest --update-outputs -k {planned.slug}",
        "  3. Preview the site as you write:",
        "       uv run mkdocs serve",
        "  4. Run the page's tests (and the whole suite before you commit):",
        f"       uv run pytest -k {planned.slug}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="new_page.py",
        description="Create a new page with its first example, the example's recorded output and its nav entry.",
        epilog='Example: uv run python tools/new_page.py learning "Sleep and memory"',
    )
    parser.add_argument("section", help="the section folder under docs/, e.g. learning")
    parser.add_argument("title", help='the page title, e.g. "Sleep and memory"')
    parser.add_argument("--slug", help="the file name without .md (default: made from the title)")
    parser.add_argument("--dry-run", action="store_true", help="show what would be created, and write nothing")
    args = parser.parse_args(argv)
    try:
        planned = plan(args.section, args.title, args.slug)
    except Problem as problem:
        parser.error(str(problem))  # prints the usage and the problem, exits with code 2
    if not args.dry_run:
        write(planned)
    print(report(planned, args.dry_run))
    return 0


if __name__ == "__main__":
    sys.exit(main())
