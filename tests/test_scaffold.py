"""The scaffold command, tools/new_page.py, starts a page that builds and passes its tests.

The tests run the command in a copy of the project (made the way
tests/test_build_errors.py makes one), never in the real tree; the last one
tries the nav editing on its own. The copy that gets a new page is made and
built once and shared, so the tests that use it run on one worker.
"""

from __future__ import annotations

import html
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import build_site, project_copy
from examples import ROOT, fences, run_python

# Left out by the quick mode, `uv run pytest -m "not slow"`: builds a copy of the site with a new page.
pytestmark = pytest.mark.slow

SECTION = "learning"
TITLE = "Dreams and a scaffold test"
SLUG = "dreams-and-a-scaffold-test"
PAGE = f"docs/{SECTION}/{SLUG}.md"
EXAMPLE = f"snippets/{SECTION}/{SLUG}/first_example.py"
OUTPUT = f"snippets/{SECTION}/{SLUG}/first_example.out"
NAV_LINE = f"      - {TITLE}: {SECTION}/{SLUG}.md\n"

spec = importlib.util.spec_from_file_location("new_page", ROOT / "tools" / "new_page.py")
new_page = sys.modules["new_page"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(new_page)


def copy_for_scaffold(tmp_path: Path) -> Path:
    """A copy of the project with what the command and the tests need: tools/, tests/ and README.md too."""
    return project_copy(tmp_path, "tools", "tests", "README.md")


def scaffold(root: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the copy's tools/new_page.py the way a contributor does, from the top of the project."""
    return subprocess.run(
        [sys.executable, "tools/new_page.py", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the copy's pages, examples and config, to show that nothing changed."""
    files = [root / "mkdocs.yml", *(root / "docs").rglob("*"), *(root / "snippets").rglob("*")]
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files if p.is_file()}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """(copy, mkdocs.yml before, finished command) after creating one page in a copy of the project."""
    root = copy_for_scaffold(tmp_path_factory.mktemp("scaffold"))
    before = (root / "mkdocs.yml").read_text(encoding="utf-8")
    done = scaffold(root, SECTION, TITLE)
    assert done.returncode == 0, f"the scaffold command failed:\n{done.stdout}\n{done.stderr}"
    return root, before, done


@pytest.fixture(scope="module")
def built(made) -> Path:
    root = made[0]
    done = build_site(root / "site", config=root / "mkdocs.yml", cwd=root)
    assert done.returncode == 0, f"the strict build of the copy with the new page failed:\n{done.stderr[-4000:]}"
    return root / "site"


# The tests that share the copy with the new page run on one worker, so it is made and built once.
shared_copy = pytest.mark.xdist_group("scaffold")


@shared_copy
@pytest.mark.timeout(120)  # the first of these also copies the project, scaffolds and builds
def test_creates_the_page_its_example_and_the_output(made):
    root, _, done = made
    for name in (PAGE, EXAMPLE, OUTPUT):
        assert (root / name).is_file(), f"{name} was not created"

    page = (root / PAGE).read_text(encoding="utf-8")
    front = yaml.safe_load(page.split("---\n")[1])
    assert TITLE in front["description"], "the placeholder description should name the page, so it is unique"
    assert f"\n# {TITLE}\n" in page

    shown = {tuple(f.includes): f.info for f in fences(root / PAGE) if f.includes}
    assert shown == {
        (f"{SECTION}/{SLUG}/first_example.py",): f'python title="{EXAMPLE}"',
        (f"{SECTION}/{SLUG}/first_example.out",): 'text title="Output"',
    }, "the page should show the example and its output with titled include fences"

    run = run_python(root / EXAMPLE)
    assert run.returncode == 0 and not run.stderr, run.stderr
    assert run.stdout and (root / OUTPUT).read_text(encoding="utf-8") == run.stdout, "the recorded output is stale"
    assert "assert " in (root / EXAMPLE).read_text(encoding="utf-8"), "the example should assert its claim"

    for name in (PAGE, EXAMPLE, OUTPUT, f"uv run pytest -k {SLUG}", "uv run mkdocs serve"):
        assert name in done.stdout, f"the command's report does not mention {name}:\n{done.stdout}"


@shared_copy
@pytest.mark.timeout(120)  # the first of these also copies the project, scaffolds and builds
def test_nav_gets_one_line_and_keeps_its_comments(made):
    root, before, _ = made
    after = (root / "mkdocs.yml").read_text(encoding="utf-8")
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert NAV_LINE in new, f"mkdocs.yml has no line {NAV_LINE!r}"
    assert [line for line in new if line != NAV_LINE] == old, "the command changed mkdocs.yml beyond the one nav line"
    assert sum(line.lstrip().startswith("#") for line in after.splitlines()) > 10, "the comments are gone"

    nav = new_page.nav_sections(new_page.read_config(after)["nav"])[SECTION]
    pages = [item for item in nav if not str(item).endswith(".py") and "notebooks/" not in str(item)]
    assert pages[-1] == {TITLE: f"{SECTION}/{SLUG}.md"}, f"the new page is not the section's last page: {nav}"


@shared_copy
@pytest.mark.timeout(120)  # the first of these also copies the project, scaffolds and builds
def test_strict_build_shows_the_new_page_with_its_output(made, built):
    root = made[0]
    built_page = built / SECTION / SLUG / "index.html"
    assert built_page.is_file(), f"the built site has no {SECTION}/{SLUG}/index.html"
    text = built_page.read_text(encoding="utf-8")
    printed = (root / OUTPUT).read_text(encoding="utf-8").strip()
    assert html.escape(printed, quote=False) in text, f"the built page does not show the output {printed!r}"
    assert "first_example.py" in text and "weights" in text, "the built page does not show the example's code"
    description = re.search(r'<meta name="description" content="([^"]*)"', text)
    assert description and TITLE in description[1], "the built page lacks its own description"
    section_page = (built / SECTION / "index.html").read_text(encoding="utf-8")
    assert f'href="{SLUG}/"' in section_page, "the section's index page does not link the new page in its nav"


@shared_copy
@pytest.mark.timeout(120)  # the first of these also copies the project, scaffolds and builds
def test_new_page_passes_its_tests_in_the_copy(made):
    root = made[0]
    files = [
        "tests/test_snippets.py",
        "tests/test_code_blocks.py",
        "tests/test_determinism.py",
        "tests/test_glossary.py",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *files, "-k", SLUG, "-p", "no:cacheprovider", "-n0", "-v"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert done.returncode == 0, f"the new page's tests failed in the copy:\n{done.stdout[-4000:]}{done.stderr[-2000:]}"
    for test_id in (
        f"test_snippets.py::test_example[{EXAMPLE}]",
        f"test_code_blocks.py::test_every_python_block_is_run[{PAGE}]",
    ):
        passed = re.search(rf"{re.escape(test_id)} PASSED", done.stdout)
        assert passed, f"{test_id} did not run and pass:\n{done.stdout}"


def test_unknown_section_is_refused(tmp_path):
    root = copy_for_scaffold(tmp_path)
    before = snapshot(root)
    done = scaffold(root, "dreams", "Sleep and memory")
    assert done.returncode == 2, done
    assert "error: unknown section 'dreams'; choose one of:" in done.stderr and "learning" in done.stderr, done.stderr
    assert snapshot(root) == before, "a refused command changed the project"


@pytest.mark.parametrize("taken", ["page", "snippets"], ids=["page-exists", "snippet-folder-exists"])
def test_existing_page_or_snippet_folder_is_refused(tmp_path, taken):
    root = copy_for_scaffold(tmp_path)
    if taken == "page":
        assert scaffold(root, SECTION, TITLE).returncode == 0
        place = PAGE
    else:
        (root / "snippets" / SECTION / SLUG).mkdir()
        place = f"snippets/{SECTION}/{SLUG}"
    before = snapshot(root)
    done = scaffold(root, SECTION, TITLE)
    assert done.returncode == 2, done
    assert f"error: {place} already exists; choose another title or --slug" in done.stderr, done.stderr
    assert snapshot(root) == before, "a refused command changed the project"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["   "], "the title is empty"),
        (["!!!"], "has no letters or digits"),
        (["Sleep\nand memory"], "line break"),
        (["Costs in $"], "contains $"),
        (["睡眠"], "choose one with --slug"),
        (["How QQXZ learns"], "QQXZ, which data/glossary.yml does not define"),
        (["Sleep", "--slug", "Sleep_Memory"], "must be lowercase letters and digits"),
        (["Index", "--slug", "index"], "already used for something else"),
    ],
    ids=["blank", "no-letters", "line-break", "markup", "no-ascii-slug", "undefined-abbreviation", "bad-slug", "index"],
)
def test_odd_titles_and_slugs_are_refused(tmp_path, args, message):
    root = copy_for_scaffold(tmp_path)
    before = snapshot(root)
    done = scaffold(root, SECTION, *args)
    assert done.returncode == 2 and "usage: new_page.py" in done.stderr, done
    assert message in done.stderr, done.stderr
    assert snapshot(root) == before, "a refused command changed the project"


def test_dry_run_creates_nothing(tmp_path):
    root = copy_for_scaffold(tmp_path)
    before = snapshot(root)
    done = scaffold(root, SECTION, TITLE, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert snapshot(root) == before, "--dry-run changed the project"
    for line in ("Would create:", PAGE, EXAMPLE, OUTPUT, NAV_LINE.strip(), "Nothing was written (--dry-run)."):
        assert line in done.stdout, f"--dry-run does not say {line!r}:\n{done.stdout}"


NAV = """\
nav:
  - Home: index.md
  # The sections.
  - Scale:
      - scale/index.md
      - Counting: scale/brain.md
      # Notebooks close their section.
      - scale/notebooks/explore.py
  - Learning:
      - learning/index.md
      - Evolution: learning/evolution.md
  - Glossary: glossary.md
"""


COUNTING = "      - Counting: scale/brain.md\n"
EVOLUTION = "      - Evolution: learning/evolution.md\n"


@pytest.mark.parametrize(
    ("section", "title", "after", "line"),
    [
        ("scale", "Watts", COUNTING, "      - Watts: scale/new.md\n"),
        ("learning", "Sleep: why", EVOLUTION, '      - "Sleep: why": learning/new.md\n'),
        ("learning", "Yes", EVOLUTION, '      - "Yes": learning/new.md\n'),
    ],
    ids=["before-the-notebook-and-its-comment", "title-with-a-colon-is-quoted", "title-yaml-would-misread"],
)
def test_nav_entry_goes_after_the_last_markdown_page(section, title, after, line):
    text = new_page.nav_insert(NAV, section, title, f"{section}/new.md")
    assert text.replace(line, "", 1) == NAV, "only the one line should be added"
    assert after + line in text, f"the entry is not right after {after!r}:\n{text}"
    assert {title: f"{section}/new.md"} in new_page.nav_sections(yaml.safe_load(text)["nav"])[section]
