"""Computed values in the prose: [[value:example.name]] (hooks/values.py, hooks/capture.py).

Unit tests of the pieces, then the promise end to end on a copy of the
project: change an example, re-record, and no page keeps the old number.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

import capture
import notebooks
import values
from conftest import build_site, project_copy
from examples import ROOT, run_code, value_references

# --- reading values out of a program ---------------------------------------------


def test_capture_takes_numbers_and_short_texts_and_names_what_it_cannot_take():
    import numpy as np

    namespace = {"n": 3, "x": 0.5, "big": np.int64(268468224), "f": np.float64(2.5), "s": "Switch-C", "a": [1, 2]}
    found = capture.capture(namespace, ["n", "x", "big", "f", "s", "a", "missing"])
    assert found["values"] == {"n": 3, "x": 0.5, "big": 268468224, "f": 2.5, "s": "Switch-C"}
    assert type(found["values"]["big"]) is int
    assert "list" in found["problems"]["a"] and "no module-level name" in found["problems"]["missing"]
    assert capture.report({"n": 3}, ["n"]).startswith(capture.MARKER + "{")


def test_an_example_run_by_the_tests_hands_over_its_module_level_values():
    run = run_code(
        "import numpy as np\nwidth = 8192\nshare = np.float64(0.25)\nprint('done')\n", values=["width", "share"]
    )
    assert run.returncode == 0 and run.stdout == "done\n"
    assert run.values == {"values": {"share": 0.25, "width": 8192}, "problems": {}}
    assert run_code("width = 1\n").values is None  # nothing asked, nothing read


# --- how a value reads ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "spec", "shown"),
    [
        (268468224, None, "268,468,224"),
        (268468224, "sig.3", "268,000,000"),
        (603.3e12, "words", "603 trillion"),
        (603.3e12, "words.1", "600 trillion"),
        (15057, "sig.2", "15,000"),
        (383.4, "sig.2", "380"),
        (9.996, "sig.3", "10.0"),
        (3.14159, None, "3.14"),
        (0.283, ".0%", "28%"),
        (2.5, ".1f", "2.5"),
        (14500, "sig.2", "15,000"),  # half up, as a reader rounds
        ("Switch-C", None, "Switch-C"),
        (-0.4, ".1f", "\u22120.4"),  # the typographic minus the prose uses
        (-1234.5, "sig.2", "\u22121,200"),
        (0.25, "+.2f", "+0.25"),
        (9, "spelled", "nine"),
        (4.0, "Spelled", "Four"),
        (21, "spelled", "21"),
    ],
)
def test_formats(value, spec, shown):
    assert values.format_value(value, spec) == shown


@pytest.mark.parametrize(
    ("value", "spec", "message"),
    [
        ("Switch-C", ",", "takes no format"),
        (True, None, "truth value"),
        (2.5, "q", "is not a format"),
        (2.5, "spelled", "whole numbers"),
    ],
)
def test_a_format_that_does_not_apply_is_an_error(value, spec, message):
    with pytest.raises(ValueError, match=message):
        values.format_value(value, spec)


def test_references_name_an_example_of_the_page_or_a_path_under_snippets():
    assert values.resolve("growth.big_width", "neurons/networks.md") == ("neurons/networks/growth.py", "big_width")
    assert values.resolve("scale/comparisons/power.brains", "neurons/networks.md") == (
        "scale/comparisons/power.py",
        "brains",
    )
    assert values.resolve("weighted_sum.z", "how-it-works/index.md")[0] == "how-it-works/index/weighted_sum.py"
    for bad in ("big_width", "growth.2x", "../x.y"):
        with pytest.raises(ValueError):
            values.resolve(bad, "neurons/networks.md")


def test_markers_in_code_are_left_as_written():
    text = "Shown [[value:a.b]] and `[[value:c.d]]`.\n\n```python\nx = '[[value:e.f]]'\n```\n[[value:g.h:,]]\n"
    assert values.references_in_markdown(text) == [(1, "a.b", None), (6, "g.h", ",")]
    html = '<p>[[value:a.b]] <code>[[value:a.b]]</code> <img alt="[[value:a.b]] units" src="x.svg"></p>'
    out = values.replace_in_html(html, lambda m: ("<b>8</b>", "8"))
    assert out == '<p><b>8</b> <code>[[value:a.b]]</code> <img alt="8 units" src="x.svg"></p>'


# --- the build ----------------------------------------------------------------------


def page_in(tmp_path: Path, text: str) -> SimpleNamespace:
    source = tmp_path / "docs" / "neurons" / "networks.md"
    source.parent.mkdir(parents=True)
    source.write_text(text, encoding="utf-8")
    return SimpleNamespace(file=SimpleNamespace(abs_src_path=str(source), src_uri="neurons/networks.md"))


def test_a_page_shows_the_recorded_value_and_where_it_comes_from(tmp_path, monkeypatch):
    example = tmp_path / "snippets" / "neurons" / "networks" / "growth.py"
    example.parent.mkdir(parents=True)
    example.write_text("big = 268468224\n", encoding="utf-8")
    (example.parent / "growth.values.json").write_text('{"big": 268468224}\n', encoding="utf-8")
    monkeypatch.setattr(values, "_recorded", values.Recorded(tmp_path))
    page = page_in(
        tmp_path, "# T\n\nIt holds [[value:growth.big:,]] and [[value:growth.small]].\n\n[[value:other.big]]\n"
    )
    out = values.on_page_content("<p>It holds [[value:growth.big:,]].</p>", page, None, None)
    assert out == (
        '<p>It holds <span class="computed" title="Computed by snippets/neurons/networks/growth.py">'
        "268,468,224</span>.</p>"
    )
    with pytest.raises(
        PluginError,
        match=r"docs/neurons/networks\.md:3: \[\[value:growth\.small\]\]: .*"
        r"no recorded value 'small': record it with `uv run pytest --update-outputs -k growth`",
    ):
        values.on_page_content("<p>[[value:growth.small]]</p>", page, None, None)  # fmt: skip
    with pytest.raises(
        PluginError, match=r"docs/neurons/networks\.md:5: .*snippets/neurons/networks/other\.py does not"
    ):
        values.on_page_content("<p>[[value:other.big]]</p>", page, None, None)


def test_a_notebook_shows_what_its_kernel_held_and_drops_the_cell_that_read_it():
    cell = '<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div id="cell-id=x"><pre>{}</pre></div></div>'
    printed = capture.report({"synapses": 6.027e14, "fits": 383.4}, ["synapses", "fits", "gone"])
    content = (
        "<p>[[value:synapses:words.1]], about [[value:fits:sig.2]]</p>"
        + cell.format("x = 1")
        + cell.format(printed.replace('"', "&quot;"))
    )
    page, captured = notebooks.take_values_cell(content, "nb.py")
    assert printed not in page and page.endswith(cell.format("x = 1"))
    out = notebooks.show_values(page, captured, "# %% [markdown]\n# [[value:gone]]\n", "nb.py")
    assert "600 trillion</span>, about <span" in out and ">380</span>" in out
    with pytest.raises(PluginError, match=r"nb\.py:2: the notebook cannot give 'gone': .*no module-level name"):
        notebooks.show_values("<p>[[value:gone]]</p>", captured, "# %% [markdown]\n# [[value:gone]]\n", "nb.py")


def test_a_notebook_names_only_its_own_variables(tmp_path):
    notebook = tmp_path / "nb.py"
    notebook.write_text('# %% [markdown]\n# A [[value:growth.big]].\n\n# %% alt="[[value:n]] points"\nn = 3\n')
    with pytest.raises(PluginError, match=r"nb\.py:2: \[\[value:growth\.big\]\]: a notebook shows its own"):
        notebooks.value_names(notebook, "nb.py")
    notebook.write_text('# %% [markdown]\n# A [[value:big:,]].\n\n# %% alt="[[value:n]] points"\nn = 3\n')
    assert notebooks.value_names(notebook, "nb.py") == ["big", "n"]


def test_every_value_a_page_shows_names_an_example_that_exists():
    problems = [
        f"{', '.join(places)}: {name}" if not example else f"{', '.join(places)}: snippets/{example} does not exist"
        for example, names in value_references().items()
        for name, places in names.items()
        if not example or not (ROOT / "snippets" / example).is_file()
    ]
    assert not problems, "\n".join(problems)


# --- the promise, end to end ------------------------------------------------------------

EXAMPLE = "snippets/neurons/networks/growth.py"
PAGE = "neurons/networks/index.html"


def run_tests(root: Path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider", "--no-header", "-q", *args]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120)


def prose_of(page: Path) -> str:
    """The built page's text outside code, output and the computed-value spans' markup."""
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"<(pre|code|script|style|svg)\b.*?</\1>", " ", text, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", " ", text)


@pytest.mark.slow
@pytest.mark.timeout(300)  # three test runs and a site build in a copy: more than the 30 s one test may usually take
def test_changing_an_example_and_re_recording_leaves_no_stale_number(tmp_path):
    root = project_copy(tmp_path, "tests", "README.md")
    recorded = json.loads((root / EXAMPLE).with_suffix(".values.json").read_text(encoding="utf-8"))
    old = f"{recorded['big_parameters']:,}"
    example = root / EXAMPLE
    text = example.read_text(encoding="utf-8")
    assert "big_width, big_depth = 8192, 4" in text, "update this test: growth.py changed"
    example.write_text(text.replace("big_width, big_depth = 8192, 4", "big_width, big_depth = 8192, 6"))

    # Before re-recording, the tests refuse the change: the page would show the old number.
    stale = run_tests(root, "tests/test_snippets.py", "-k", "growth.py")
    assert stale.returncode == 1, stale.stdout[-3000:]
    assert "big_parameters: recorded 268468224, computed now 402702336" in stale.stdout, stale.stdout[-3000:]

    # Re-recording updates the output and the values together, and the page follows.
    done = run_tests(root, "tests/test_snippets.py", "-k", "growth.py", "--update-outputs")
    assert done.returncode == 0, done.stdout[-3000:]
    built = build_site(root / "site", config=root / "mkdocs.yml", cwd=root)
    assert built.returncode == 0, built.stderr[-3000:]
    prose = prose_of(root / "site" / PAGE)
    assert "402,702,336" in prose, "the new value is not on the page"
    assert old not in prose, f"the page still shows the old number {old}"
