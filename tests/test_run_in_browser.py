"""Run it here: the examples run in the reader's browser exactly as the tests ran them.

Every page with Python code is opened in headless Chromium; every Run button
is pressed, and what the page shows must equal the recorded output that
tests/test_snippets.py (for examples in snippets/) or pytest-codeblocks (for
blocks in the text) checked, byte for byte, or the output the build recorded
for a notebook cell. Examples that cannot run there are listed with a reason
in data/not_in_browser.yml; each has no Run button, and the list is kept
honest: an entry that would run identically after all fails the test.

The rest covers what a reader does to an example: edit, reset, stop an
endless loop, import a package the site does not ship, print without end,
raise an error, and move an explorable figure's controls with the keyboard.
No request may leave the loopback host, before or after Run, and axe finds
no violations with the output areas filled.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from examples import ROOT, SNIPPETS
from test_browser import AXE, AXE_SERIOUS, Visit, browser, needed, server, urls  # noqa: F401 (fixtures)

# Slow (a browser, and Python starting in it), with a longer bound than the suite's 30 s: a page's first
# run starts Pyodide, and a page may run a dozen examples, on a machine that may be busy.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

DOCS = ROOT / "docs"
NOT_IN_BROWSER = ROOT / "data" / "not_in_browser.yml"
RUN_TIMEOUT_MS = 120_000  # a cold start on a busy 2-core machine, with matplotlib; a bound, not a measurement
FENCE = re.compile(r"^```python\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
EXPECTED = re.compile(r"\s*<!--pytest-codeblocks:expected-output-->\s*\n```text\n(.*?)^```\n", re.DOTALL | re.M)

# Wait until the run of bar i has ended (its status says how), then read what it showed.
DONE = """i => { const s = document.querySelectorAll('.run-bar')[i].querySelector('.run-status');
                 return Boolean(s) && /^(Finished|Stopped|Output cut)/.test(s.textContent); }"""
FIGURES_LOADED = """i => [...document.querySelectorAll('.run-bar')[i].nextElementSibling.querySelectorAll('img')]
                          .every(image => image.complete)"""
RESULT = """i => { const bar = document.querySelectorAll('.run-bar')[i];
  const block = bar.previousElementSibling.matches('.highlight') ? bar.previousElementSibling
                : bar.previousElementSibling.querySelector('.highlight');
  const title = block.querySelector('.filename');
  const cell = block.closest('.jp-CodeCell');
  const recorded = cell ? [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="text/plain"] pre')]
                            .map(p => p.textContent).join('') : null;
  return {title: title ? title.textContent : null, code: block.querySelector('code').textContent,
          shown: bar.nextElementSibling.querySelector('pre').textContent,
          status: bar.querySelector('.run-status').textContent, notebook: recorded,
          figures: [...bar.nextElementSibling.querySelectorAll('img')].map(i => [i.alt, i.naturalWidth])}; }"""


def pages_with_code() -> dict[str, Path]:
    """Built page -> its source, for every page that shows Python code (known before the build)."""
    found = {}
    for source in sorted([*DOCS.rglob("*.md"), *DOCS.glob("*/notebooks/*.py")]):
        text = source.read_text(encoding="utf-8")
        if source.suffix == ".py" or "```python" in text or "CONTRIBUTING.md" in text:
            stem = source.relative_to(DOCS).with_suffix("").as_posix()
            found[stem.removesuffix("index") if source.name == "index.md" else stem + "/"] = source
    return found


PAGES = pages_with_code()


def not_in_browser() -> dict[str, str]:
    return yaml.safe_load(NOT_IN_BROWSER.read_text(encoding="utf-8")) or {} if NOT_IN_BROWSER.exists() else {}


def inline_blocks(source: Path) -> dict[str, str]:
    """Code of each ```python block in a Markdown page (CONTRIBUTING.md for the page including it) -> its output."""
    text = source.read_text(encoding="utf-8")
    if '--8<-- "CONTRIBUTING.md"' in text:
        text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    blocks = {}
    for match in FENCE.finditer(text):
        if match.group(1).lstrip().startswith("--8<--"):
            continue
        after = EXPECTED.match(text, match.end())
        blocks[match.group(1)] = after.group(1) if after else ""
    return blocks


def expected_output(result: dict, source: Path) -> tuple[str, str]:
    """What the page's recorded output for this example is, and where that record lives."""
    if result["notebook"] is not None:
        return result["notebook"], f"the output {source.relative_to(ROOT)} recorded in the build"
    if result["title"]:
        example = ROOT / result["title"]
        out = example.with_suffix(".out")
        return (out.read_text(encoding="utf-8") if out.exists() else ""), out.relative_to(ROOT).as_posix()
    blocks = inline_blocks(source)
    assert result["code"] in blocks, f"{source.relative_to(ROOT)}: a Python block in the page is not in its source"
    return blocks[result["code"]], f"the expected-output block in {source.relative_to(ROOT)}"


def opened(browser, url) -> Visit:  # noqa: F811
    """The page, once run.js has added its buttons (it loads after the first paint)."""
    visit = Visit(browser, url)
    visit.page.wait_for_selector("html[data-run-ready]", state="attached", timeout=30_000)
    return visit


def run_every_example(page) -> list[dict]:
    count = page.locator(".run-bar").count()
    results = []
    for i in range(count):
        page.evaluate("i => document.querySelectorAll('.run-bar')[i].querySelector('.run-run').click()", i)
        page.wait_for_function(DONE, arg=i, timeout=RUN_TIMEOUT_MS)
        page.wait_for_function(FIGURES_LOADED, arg=i, timeout=30_000)
        results.append(page.evaluate(RESULT, i))
    return results


@pytest.mark.parametrize("name", sorted(PAGES))
def test_examples_run_in_the_browser_as_recorded(browser, urls, name):  # noqa: F811
    source = PAGES[name]
    visit = opened(browser, urls[name + "index.html"])
    page = visit.page
    skipped = page.evaluate("[...document.querySelectorAll('[data-norun]')].length")
    results = run_every_example(page)
    problems = []
    for result in results:
        expected, where = expected_output(result, source)
        label = result["title"] or f"a Python block on {source.relative_to(ROOT)}"
        if result["shown"] != expected or not result["status"].startswith("Finished"):
            problems.append(
                f"{label}: in the browser it showed {result['shown']!r} ({result['status']}), "
                f"but {where} records {expected!r}"
            )
        for alt, width in result["figures"]:
            if not width:
                problems.append(f"{label}: a figure it drew did not display ({alt})")
            elif result["title"] and alt.startswith("Figure "):
                problems.append(f"{label}: drew a figure the page does not show ({alt})")
    visit.problems += problems
    visit.close()
    assert results or skipped, f"{name}: no Run buttons"
    assert not visit.problems, "\n".join(f"{name}: {problem}" for problem in visit.problems)


def test_examples_listed_as_not_in_browser_still_cannot_run_there(browser, server):  # noqa: F811
    """Each entry has no Run button, and running it in the same runtime really does not give its recorded output."""
    listed = not_in_browser()
    for example, reason in listed.items():
        assert (ROOT / example).is_file() and reason.strip(), f"data/not_in_browser.yml: {example}: no such example"
    if not listed:
        return
    visit = Visit(browser, server)
    for example in listed:
        code = (ROOT / example).read_text(encoding="utf-8")
        out = (ROOT / example).with_suffix(".out")
        shown, _ = direct_run(visit.page, code)
        assert shown != (out.read_text(encoding="utf-8") if out.exists() else ""), (
            f"data/not_in_browser.yml lists {example}, but it now runs identically in the browser: remove the entry"
        )
    visit.close()


def direct_run(page, code: str, explore: bool = False) -> tuple[str, dict[str, str]]:
    """Run code in a worker of the page's own runtime, without the page's buttons: its output, and the SVG
    figures it saved (name -> text)."""
    return page.evaluate(
        """async ([code, explore]) => {
          const w = new Worker(new URL('/javascripts/run-worker.js', location.href));
          let text = '';
          const svgs = {};
          const done = new Promise((resolve, reject) => {
            w.onerror = e => reject(new Error('the worker did not start: ' + e.message));
            w.onmessage = e => {
              if (e.data.type === 'out' || e.data.type === 'err') text += e.data.text;
              if (e.data.type === 'file' && e.data.name.endsWith('.svg'))
                svgs[e.data.name] = new TextDecoder().decode(e.data.data);
              if (e.data.type === 'done' || e.data.type === 'failed') resolve(); }; });
          w.postMessage({id: 1, cells: [code], filename: 'example.py', explore});
          await done; w.terminate(); return [text, svgs]; }""",
        [code, explore],
    )


def test_enough_examples_run_in_the_browser():
    """The share of examples with a Run button: at least 90% (the report prints it)."""
    total = len([p for p in SNIPPETS.rglob("*.py")]) + sum(
        len(inline_blocks(s)) for s in PAGES.values() if s.suffix == ".md"
    )
    listed = len(not_in_browser())
    share = (total - listed) / total
    print(f"examples that run in the browser: {total - listed} of {total} ({share:.0%})")
    assert share >= 0.9, f"only {total - listed} of {total} examples run in the browser ({share:.0%}); the aim is 90%"


# --- what a reader does to an example ----------------------------------------

FIRST = "document.querySelectorAll('.run-bar')[0]"


def status_of(page) -> str:
    return page.evaluate(f"{FIRST}.querySelector('.run-status').textContent")


def shown(page) -> str:
    return page.evaluate(f"{FIRST}.nextElementSibling.querySelector('pre').textContent")


def set_code(page, code: str) -> None:
    """Type over the first example, as a reader would after pressing Edit."""
    if not page.locator(".run-editing").count():
        page.locator(".run-bar").first.locator(".run-edit").click()
    editor = page.locator(".run-editing code").first
    editor.press("Control+A")
    editor.press("Delete")
    page.keyboard.insert_text(code)


def run_first(page):
    page.locator(".run-bar").first.get_by_role("button", name="Run").click()
    page.wait_for_function(DONE, arg=0, timeout=RUN_TIMEOUT_MS)


@pytest.fixture()
def by_hand(browser, urls):  # noqa: F811
    visit = opened(browser, urls["neurons/artificial-neuron/index.html"])
    yield visit
    visit.close()
    assert not visit.problems, "\n".join(visit.problems)


def test_edit_run_and_reset(by_hand):
    page = by_hand.page
    original = page.evaluate(f"{FIRST}.previousElementSibling.querySelector('code').textContent")
    set_code(page, "x = 6 * 7\nprint(f'the answer is {x}')\n")
    run_first(page)
    assert shown(page) == "the answer is 42\n"
    assert status_of(page).startswith("Finished")
    # An edit that breaks Python for whatever runs after it in the same worker.
    set_code(page, "import builtins\nbuiltins.print = lambda *args, **options: None\n")
    run_first(page)
    page.locator(".run-bar").first.get_by_role("button", name="Reset").click()
    assert page.evaluate(f"{FIRST}.previousElementSibling.querySelector('code').textContent") == original
    run_first(page)  # the page's own code again, in a fresh worker, so the broken print is gone
    assert shown(page) == (SNIPPETS / "neurons/artificial-neuron/by_hand.out").read_text(encoding="utf-8")
    assert "Same output as recorded" in status_of(page)


def test_a_traceback_names_the_readers_line(by_hand):
    page = by_hand.page
    set_code(page, "total = 0\nfor n in [1, 2, 0]:\n    total += 1 / n\n")
    run_first(page)
    text = shown(page)
    assert "Traceback (most recent call last):" in text and "ZeroDivisionError: division by zero" in text
    assert 'File "by_hand.py", line 3' in text and "total += 1 / n" in text
    assert "run-worker" not in text and "exec(" not in text  # the harness's own frames are not shown
    assert status_of(page).startswith("Stopped with an error")


def test_an_endless_loop_is_stopped_and_python_starts_afresh(by_hand):
    page = by_hand.page
    set_code(page, "print('started', flush=True)\nwhile True:\n    pass\n")
    bar = page.locator(".run-bar").first
    bar.get_by_role("button", name="Run").click()
    page.wait_for_function(f"{FIRST}.nextElementSibling.textContent.includes('started')", timeout=RUN_TIMEOUT_MS)
    bar.get_by_role("button", name="Stop").click()
    page.wait_for_function(DONE, arg=0, timeout=5_000)
    assert status_of(page) == "Stopped."
    set_code(page, "print('still here')\n")
    run_first(page)
    assert shown(page) == "still here\n"


def test_a_package_the_site_does_not_ship_is_refused_without_a_request(by_hand):
    page = by_hand.page
    run_first(page)  # the runtime is up; from here on no request may go anywhere
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    set_code(page, "import scipy\n")
    run_first(page)
    text = shown(page)
    assert "ModuleNotFoundError" in text and "'scipy' is not among them" in text
    assert "nothing is downloaded" in text
    # The browser may fetch the page's icon whenever it likes; that is not the import's doing.
    icon = page.evaluate("document.querySelector('link[rel~=icon]').href")
    made = [u for u in requests if not u.startswith("blob:") and u != icon]
    assert made == [], f"importing scipy made requests: {made}"


def test_the_readers_code_cannot_reach_another_host(by_hand):
    page = by_hand.page
    # A synchronous request, so that the refusal is an exception in the reader's own line.
    set_code(
        page,
        "from js import XMLHttpRequest\nrequest = XMLHttpRequest.new()\nrequest.open('GET', 'https://example.org/')\n",
    )
    run_first(page)
    text = shown(page)
    assert "may not contact other websites" in text and "example.org" in text, (text, status_of(page))
    # The unguarded originals the worker keeps are not reachable from Python (they are not globals).
    set_code(page, "import js\nprint([hasattr(js, n) for n in ('siteFetch', 'siteImport', 'open', 'offSite')])\n")
    run_first(page)
    assert shown(page) == "[False, False, False, False]\n", shown(page)


def test_a_standard_module_pyodide_leaves_out_gets_its_own_note(by_hand):
    page = by_hand.page
    set_code(page, "import sqlite3\n")
    run_first(page)
    text = shown(page)
    assert "ModuleNotFoundError" in text and "'sqlite3' is part of Python's standard library" in text, text


def test_output_cut_stays_cut_when_the_code_catches_it(by_hand):
    page = by_hand.page
    set_code(page, "for n in range(100_000):\n    try:\n        print(n)\n    except BaseException:\n        pass\n")
    run_first(page)
    assert status_of(page).startswith("Output cut after 50,000 characters"), status_of(page)


def test_python_starts_from_the_snapshot_and_each_worker_draws_its_own_random_numbers(by_hand):
    """The site ships a start-up snapshot (tests/test_runtime.py checks it is there) and the worker uses it; it
    was made with random seeded by 0, so the worker seeds it again: two fresh workers draw different numbers."""
    draws = by_hand.page.evaluate(
        """async () => {
          const one = () => new Promise((resolve, reject) => {
            const w = new Worker(new URL('/javascripts/run-worker.js', location.href));
            let snapshot = null, text = '';
            w.onerror = e => reject(new Error('the worker did not start: ' + e.message));
            w.onmessage = e => {
              if (e.data.type === 'ready') snapshot = e.data.snapshot;
              if (e.data.type === 'out' || e.data.type === 'err') text += e.data.text;
              if (e.data.type === 'done' || e.data.type === 'failed') { w.terminate(); resolve([snapshot, text]); } };
            w.postMessage({id: 1, cells: ['import random\\nprint(random.random())'], filename: 'draw.py'}); });
          return [await one(), await one()]; }"""
    )
    (snapshot_a, first), (snapshot_b, second) = draws
    assert snapshot_a is True and snapshot_b is True, "the worker started Python without the snapshot"
    assert float(first) != float(second), f"two fresh workers drew the same number: {first!r}"
    # What random gives after random.seed(0) in CPython: a worker that kept the snapshot's seed would print it.
    assert float(first) != 0.8444218515250481 and float(second) != 0.8444218515250481


def test_endless_output_is_cut_with_a_note(by_hand):
    page = by_hand.page
    set_code(page, "n = 0\nwhile True:\n    print(n)\n    n += 1\n")
    run_first(page)
    assert status_of(page).startswith("Output cut after 50,000 characters")
    assert len(shown(page)) == 50_000
    assert page.evaluate("document.querySelectorAll('.run-bar').length") >= 3  # the page is still whole


def test_every_example_of_a_page_runs_without_other_hosts_and_axe_is_clean(browser, urls):  # noqa: F811
    needed("axe-core (npm ci)", AXE.exists())
    visit = opened(browser, urls["history/perceptron/index.html"])
    page = visit.page
    results = run_every_example(page)
    assert results and all(r["status"].startswith("Finished") for r in results)
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(AXE_SERIOUS)  # the same bar as every page's own axe test
    visit.close()
    assert not found, "\n".join(found)
    assert not visit.problems, "\n".join(visit.problems)  # includes any request to another host


# --- explorable figures --------------------------------------------------------

EXPLORABLE = {
    page: source
    for page, source in PAGES.items()
    if source.suffix == ".md" and "\nexplore:\n" in source.read_text(encoding="utf-8").split("\n---\n", 2)[0]
}


def test_at_least_four_pages_have_explorable_figures():
    assert len(EXPLORABLE) >= 4, sorted(EXPLORABLE)


def svg_texts(svg: str) -> list[str]:
    return re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)


@pytest.mark.parametrize("name", sorted(EXPLORABLE))
def test_explorable_figure_moves_with_the_keyboard(browser, urls, name):  # noqa: F811
    """Keyboard on the first control redraws the figure and announces it; Back restores the static figure."""
    visit = opened(browser, urls[name + "index.html"])
    page = visit.page
    form = page.locator("form.explore").first
    assert form.is_visible()
    figure = form.get_attribute("data-figure")
    image = page.locator(f".md-content img[src$='{figure}']").first.element_handle()  # the same element after
    static = image.get_attribute("src")
    status = form.locator(".explore-status")
    assert status.get_attribute("aria-live") == "polite"
    control = form.locator("input, select").first
    control.focus()
    page.keyboard.press("ArrowRight" if control.evaluate("c => c.tagName") == "INPUT" else "ArrowUp")
    page.wait_for_function(
        "f => /^(Redrawn|Stopped)/.test(document.querySelector('form.explore .explore-status').textContent)",
        arg=figure,
        timeout=RUN_TIMEOUT_MS,
    )
    assert status.text_content().startswith("Redrawn"), f"{name}: {status.text_content()}\n{form.text_content()}"
    assert image.get_attribute("src").startswith("blob:")
    label = form.locator("label").first.text_content()
    assert f"Redrawn with {label}: " in image.get_attribute("alt"), (
        "the alt text should name the control as its label does"
    )
    # One step back is the page's setting again, and the status says so (a "10.0" in the code reads "10" on a slider).
    status.evaluate("s => { s.textContent = ''; }")  # so the wait below sees this run's end, not the last one's
    page.keyboard.press("ArrowLeft" if control.evaluate("c => c.tagName") == "INPUT" else "ArrowDown")
    page.wait_for_function(
        "() => /^(At the page|Redrawn|Stopped)/"
        ".test(document.querySelector('form.explore .explore-status').textContent)",
        timeout=RUN_TIMEOUT_MS,
    )
    assert status.text_content().startswith("At the page's settings"), f"{name}: {status.text_content()}"
    assert image.evaluate("i => i.complete && i.naturalWidth") > 0
    form.get_by_role("button", name="Back to the page's settings").press("Enter")
    page.wait_for_function("() => /^Back/.test(document.querySelector('form.explore .explore-status').textContent)")
    assert image.get_attribute("src") == static
    visit.close()
    assert not visit.problems, "\n".join(visit.problems)


@pytest.mark.parametrize("name", sorted(EXPLORABLE))
def test_explorable_defaults_reproduce_the_static_figure(browser, urls, name):  # noqa: F811
    """At the page's settings the example prints its recorded output and draws every label of the static figure."""
    visit = opened(browser, urls[name + "index.html"])
    page = visit.page
    form = page.locator("form.explore").first
    title = form.get_attribute("data-example")
    figure = form.get_attribute("data-figure")
    code = (ROOT / title).read_text(encoding="utf-8")
    text, svgs = direct_run(page, code, explore=True)
    visit.close()
    out = (ROOT / title).with_suffix(".out")
    assert text == (out.read_text(encoding="utf-8") if out.exists() else "")
    static = next(DOCS.glob(f"*/figures/{figure}")).read_text(encoding="utf-8")
    assert figure in svgs, f"{title} drew no {figure} in the browser"
    # The browser's matplotlib is an older release than the tests' (data/runtime.yml), so the SVG's bytes and
    # the grouping of its paths differ; every text it draws (titles, labels, ticks, numbers) must not.
    assert svg_texts(svgs[figure]) == svg_texts(static), f"{figure}: the labels drawn in the browser differ"
