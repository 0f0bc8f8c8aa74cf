"""The built site in a real browser: headless Chromium driven by Playwright.

Every page is served on loopback and visited. The tests fail on console
errors, requests to any other host, failed requests, images that do not
load, TeX left unrendered and formulas not drawn as math; they check the
palette toggle, search, notebook outputs and the copy button, and run axe-core
on every page in both palettes. With AITB_SCREENSHOTS=<folder> they also save
a desktop and a phone screenshot of every page (CI uploads them).

They need Debian's chromium package (/usr/bin/chromium); without it they are
skipped, unless AITB_BROWSER_TESTS=required (as in .ci/run, which installs it).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

from examples import CODE_IN_VIEW_LIMIT, ROOT, SNIPPETS, VISIBLE_CODE_LINES, article_pages

# Left out by the quick mode, `uv run pytest -m "not slow"`: a browser per worker and every page twice.
pytestmark = pytest.mark.slow

# No xdist group: these tests spread over the workers, each building the site once.

CHROMIUM = Path(os.environ.get("AITB_CHROMIUM", "/usr/bin/chromium"))  # Debian's package by default
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
REQUIRED = os.environ.get("AITB_BROWSER_TESTS") == "required"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 360, "height": 740}
# Material's script has started and set the page up. It starts after the first paint, and what is in the page as
# built (copy buttons, hooks/copybuttons.py) works only once it has. overrides/main.html sets the flag once it has
# handed the page to Material, which sets it up in that same call.
THEME_READY = "window.__themeStarted === true"
# The article's off-screen blocks, skipped while the page loads (docs/stylesheets/extra.css), are all rendered
# (overrides/partials/render-rest.js). Without JavaScript nothing is skipped.
PAGE_RENDERED = "window.__pageRendered === true || !document.documentElement.classList.contains('render-first-screen')"
# Elements that stick out of the viewport, outside the boxes that scroll on their own.
TOO_WIDE = """() => document.documentElement.scrollWidth <= innerWidth ? [] :
  [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > innerWidth + 1
                 && !e.closest('pre, .highlight, .md-typeset__scrollwrap, .math-display, .tabbed-labels'))
    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                          + ' "' + e.textContent.trim().slice(0, 40) + '"')"""
# TeX that survived the build: \( \[ $$ or a backslash command.
RAW_TEX = re.compile(r"\\\(|\\\[|\$\$|\\(frac|sum|sigma|mathbf|text|left|right)\b")


def needed(what: str, present: bool) -> None:
    if present:
        return
    if REQUIRED:
        pytest.fail(f"{what} is required (AITB_BROWSER_TESTS=required) but missing", pytrace=False)
    pytest.skip(f"{what} is not installed here; .ci/run installs it and runs these tests")


@pytest.fixture(scope="module")
def browser():
    needed("Chromium (/usr/bin/chromium, Debian package chromium)", CHROMIUM.exists())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(site):
    """The built site on a loopback port, as a static host would serve it."""
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def urls(site, server) -> dict[str, str]:
    """Every page of the site: its path in the build -> its URL on the server."""
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return {page: server + page.removesuffix("index.html") for page in pages}


class Visit:
    """A page opened in a fresh browser context, with everything that went wrong on the way."""

    def __init__(self, browser, url, viewport=DESKTOP, scheme="light", init_script=None, settle=True):
        self.context = browser.new_context(viewport=viewport, color_scheme=scheme)
        if init_script:
            self.context.add_init_script(init_script)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        # Navigations of the page so far, and for each request the count when it started: a request the browser
        # cancels because the page went on to another (a favicon still loading, say) is not a problem.
        self._navigations = 0
        self._started_at: dict = {}
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        self.page.on("request", self._request)
        self.page.on("requestfailed", self._failed)
        self.page.on("response", self._response)
        self.page.route("**/*", self._only_loopback)
        self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")
        if settle:
            self.page.wait_for_function(PAGE_RENDERED)

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _request(self, request):
        if request.is_navigation_request() and request.frame == self.page.main_frame:
            self._navigations += 1
        self._started_at[request] = self._navigations

    def _failed(self, request):
        left = self._started_at.get(request, self._navigations) < self._navigations
        if left and "ERR_ABORTED" in (request.failure or ""):
            return
        self.problems.append(f"failed request: {request.url} ({request.failure})")

    def _response(self, response):
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _only_loopback(self, route):
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            self.problems.append(f"request to another host: {route.request.url}")
            route.abort()

    def close(self):
        self.context.close()


def built_pages() -> list[str]:
    """Where each source page lands in the build (checked against the real build below).

    Known before the site is built, so that every page is its own test and
    pytest-xdist spreads the pages over the workers.
    """
    pages = []
    docs = ROOT / "docs"
    for source in sorted([*docs.rglob("*.md"), *docs.glob("*/notebooks/*.py")]):
        stem = source.relative_to(docs).with_suffix("").as_posix()
        stem = stem.removesuffix("index") if source.name == "index.md" else stem + "/"
        pages.append(stem + "index.html")
    return pages


PAGES = built_pages()


def test_every_built_page_is_visited(site):
    built = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert built == sorted(PAGES), "the browser tests' page list (built_pages) no longer matches the build"
    assert len(PAGES) > 20


# Any element of the article the stylesheet lets the browser skip while the page loads (content-visibility: auto),
# wherever it is, so that one render-rest.js does not look for is found too.
WAITING = """[...document.querySelectorAll('.md-content__inner *')]
  .filter(e => getComputedStyle(e).contentVisibility === 'auto')"""
STILL_SKIPPED = f"() => {WAITING}.map(e => e.tagName + '.' + e.className)"
# A block that may be skipped must lay out the same with and without the containment skipping brings (layout,
# style, paint): otherwise the page would jump under the reader's eyes as each block is rendered. The blocks
# render-rest.js rendered are those with content-visibility set on the element itself.
CONTAINED_MOVES = """() => {
  const blocks = [...document.querySelectorAll('.md-content__inner [style*="content-visibility"]')];
  const all = blocks.flatMap(b => [b, ...b.querySelectorAll('*')]);
  const box = e => { const r = e.getBoundingClientRect();
                      return [r.x, r.y, r.width, r.height].map(v => Math.round(v * 2) / 2).join(); };
  const before = all.map(box);
  blocks.forEach(b => { b.style.contain = 'layout style paint'; });
  const moved = all.filter((e, i) => box(e) !== before[i]);
  blocks.forEach(b => { b.style.contain = ''; });
  return moved.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
}"""


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_cleanly_and_renders_its_math(browser, urls, name):
    visit = Visit(browser, urls[name])
    page = visit.page
    broken = page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
    visit.problems += [f"image did not load: {src[:80]}" for src in broken]
    prose = page.evaluate(
        """() => { const a = document.querySelector('article').cloneNode(true);
                   a.querySelectorAll('pre, code, math, script, style').forEach(e => e.remove());
                   return a.innerText; }"""
    )
    visit.problems += [f"TeX left unrendered: {m.group(0)!r}" for m in RAW_TEX.finditer(prose)]
    undrawn = page.evaluate(
        "[...document.querySelectorAll('math')].filter(m => !m.getBoundingClientRect().width).length"
    )
    if undrawn:
        visit.problems.append(f"{undrawn} formulas not drawn as math")
    visit.problems += [f"still skipped once the page is rendered: {b}" for b in page.evaluate(STILL_SKIPPED)]
    visit.problems += [f"laid out differently when contained, at 1280 px: {e}" for e in page.evaluate(CONTAINED_MOVES)]
    # On a small phone nothing may push the page sideways (a phone would zoom the whole page out to fit it);
    # wide code, tables and formulas scroll inside their own boxes.
    page.set_viewport_size(SMALL_PHONE)
    visit.problems += [f"laid out differently when contained, at 360 px: {e}" for e in page.evaluate(CONTAINED_MOVES)]
    too_wide = page.evaluate(TOO_WIDE)
    if too_wide:
        visit.problems.append(f"wider than a {SMALL_PHONE['width']} px phone: {too_wide}")
    page.set_viewport_size(DESKTOP)
    shots = os.environ.get("AITB_SCREENSHOTS")
    if shots:
        folder = Path(shots)
        folder.mkdir(parents=True, exist_ok=True)
        slug = name.removesuffix("index.html").strip("/").replace("/", "-") or "home"
        page.screenshot(path=str(folder / f"{slug}-desktop.png"), full_page=True)
        page.set_viewport_size(PHONE)
        page.screenshot(path=str(folder / f"{slug}-phone.png"), full_page=True)
    visit.close()
    assert not visit.problems, "\n".join(f"{name}: {problem}" for problem in visit.problems)


# The palette and the browser's colour scheme as they are, read in the page.
SCHEME = """() => [document.body.getAttribute('data-md-color-scheme'),
                   [...document.querySelectorAll('meta[name=color-scheme]')].map(m => m.content).join(' ')]"""


def test_palette_toggle_switches_light_and_dark(browser, urls):
    visit = Visit(browser, urls["index.html"], scheme="light")
    page = visit.page
    page.locator("form[data-md-component=palette] label:visible").first.wait_for()  # Material has started
    states = [page.evaluate(SCHEME)]
    for _ in range(3):
        page.locator("form[data-md-component=palette] label:visible").first.click()
        page.wait_for_timeout(50)  # the meta follows through a MutationObserver callback
        states.append(page.evaluate(SCHEME))
    visit.close()
    schemes = [scheme for scheme, _ in states]
    assert "default" in schemes and "slate" in schemes, states
    # One colour-scheme meta, kept in step with the palette (scroll bars, form fields).
    expected = {"default": "light", "slate": "dark"}
    assert all(meta == expected[scheme] for scheme, meta in states), states
    assert not visit.problems, visit.problems


# What the page looks like before Material's script has run: recorded at DOMContentLoaded,
# which Material's script, loaded only after the first paint, cannot have reached.
BEFORE_THEME_SCRIPT = """
document.addEventListener('DOMContentLoaded', () => {
  window.__before = {
    scheme: document.body.getAttribute('data-md-color-scheme'),
    material: typeof window.component$ !== 'undefined',
  };
});
"""


@pytest.mark.parametrize("scheme,material", [("dark", "slate"), ("light", "default")])
def test_first_frame_already_has_the_readers_palette(browser, urls, scheme, material):
    """A reader whose system is dark never sees a light first frame, although Material's script starts later."""
    visit = Visit(browser, urls["neurons/artificial-neuron/index.html"], scheme=scheme, init_script=BEFORE_THEME_SCRIPT)
    before = visit.page.evaluate("window.__before")
    # Material's script starts after the first paint: wait for it (on a busy machine it can be late).
    visit.page.wait_for_function(THEME_READY)
    after = visit.page.evaluate(SCHEME)
    visit.close()
    assert before == {"scheme": material, "material": False}, before
    assert after[0] == material, after
    assert not visit.problems, visit.problems


# Every change to the body's attributes from the moment the page is parsed.
BODY_CHANGES = """
document.addEventListener('DOMContentLoaded', () => {
  window.__bodyChanges = [];
  new MutationObserver(changes => changes.forEach(c => window.__bodyChanges.push(c.attributeName)))
    .observe(document.body, {attributes: true});
});
"""


def test_the_theme_starts_without_restyling_the_whole_page_for_a_palette_switch(browser, urls):
    """Material marks the body as switching palettes when it starts, and unmarks it a frame later; each change
    restyles every element (overrides/main.html). That start-up pair is skipped, and a reader's own switch is
    still marked, as Material does it."""
    visit = Visit(browser, urls["neurons/biological-neuron/index.html"], init_script=BODY_CHANGES)
    page = visit.page
    page.wait_for_function(THEME_READY)
    # overrides/main.html hands the body back to Material once Material has unmarked it.
    page.wait_for_function("!Object.prototype.hasOwnProperty.call(document.body, 'removeAttribute')")
    at_start = page.evaluate("window.__bodyChanges.slice()")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("window.__bodyChanges.filter(n => n === 'data-md-color-switching').length >= 2")
    visit.close()
    assert "data-md-color-switching" not in at_start, at_start
    assert not visit.problems, visit.problems


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_finds_neuron_and_perceptron_and_opens_a_result(browser, urls, viewport):
    visit = Visit(browser, urls["index.html"], viewport=viewport)
    page = visit.page
    if viewport is PHONE:
        page.locator("label[for='__search']").first.click()
    box = page.locator("input[data-md-component='search-query']")
    box.click()
    found = {}
    for word in ("neuron", "perceptron"):
        box.fill("")
        box.press_sequentially(word)  # Material reacts to typed keys
        # Results for this query link to their pages with ?h=<query>.
        match = page.locator(f".md-search-result__item a[href*='h={word}']")
        match.first.wait_for(timeout=10_000)
        found[word] = match.count()
    match.first.click()
    page.wait_for_url(re.compile(r"h=perceptron"), timeout=10_000)
    page.locator("article mark").first.wait_for(timeout=10_000)
    marks = page.locator("article mark").count()
    visit.close()
    assert all(found.values()), found
    assert marks > 0, "the result page does not highlight the search term"
    assert not visit.problems, visit.problems


def test_notebook_page_shows_its_executed_outputs(browser, urls):
    visit = Visit(browser, urls["how-it-works/notebooks/first-notebook/index.html"])
    outputs = visit.page.locator(".jp-OutputArea-output").all_inner_texts()
    images = visit.page.locator(".jp-OutputArea-output img").count()
    visit.close()
    assert any("1000 weighted sums, mean" in text for text in outputs), outputs
    assert images >= 1
    assert not visit.problems, visit.problems


# Records what the page copies, whichever way it does it: a 'copy' event
# (clipboard.js selects a hidden field) or the asynchronous clipboard API.
COPY_SPY = """
document.addEventListener('copy', () => {
  const field = document.activeElement;
  window.__copied = (field && 'value' in field && field.value) || String(document.getSelection());
}, true);
if (navigator.clipboard) {
  navigator.clipboard.writeText = text => { window.__copied = text; return Promise.resolve(); };
}
"""


def copies_what_it_shows(browser, url: str, blocks: str) -> None:
    """The first code block matching ``blocks`` on the page copies exactly the code it shows."""
    visit = Visit(browser, url, init_script=COPY_SPY)
    page = visit.page
    page.wait_for_function(THEME_READY)
    block = page.locator(blocks).filter(has=page.locator("code")).first
    block.hover()
    block.locator("button[data-md-type='copy']").click()  # Material's copy button
    page.wait_for_function("window.__copied !== undefined", timeout=5_000)
    copied = page.evaluate("window.__copied")
    shown = block.locator("code").inner_text()
    visit.close()
    assert copied.strip() and copied.strip() == shown.strip()
    assert not visit.problems, visit.problems


def test_copy_button_copies_the_code(browser, urls):
    copies_what_it_shows(browser, urls["how-it-works/index.html"], "div.highlight")


def test_copy_button_copies_a_notebook_cell(browser, urls):
    """A notebook cell's wrapper has an id with '=' in it (cell-id=…), which made the selector Material built for
    its copy button invalid, so the button copied nothing; the block's own id (hooks/copybuttons.py) avoids it."""
    copies_what_it_shows(
        browser, urls["how-it-works/notebooks/first-notebook/index.html"], ".jp-CodeCell div.highlight"
    )


def test_without_javascript_no_button_that_needs_it_is_shown(browser, urls):
    """Run bars, copy buttons, the fold switch and a figure's controls are written into the page, and only the
    page's scripts make them work: without JavaScript none of them shows, and the folds still open."""
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(urls["neurons/artificial-neuron/index.html"], wait_until="load")
    counts = page.evaluate(
        """() => Object.fromEntries(['.run-bar', '.md-code__nav', '.code-fold-all', 'form.explore'].map(s =>
             [s, [...document.querySelectorAll(s)].map(e => getComputedStyle(e).display)]))"""
    )
    page.locator("details.code-fold summary").first.click()
    opened = page.evaluate("document.querySelector('details.code-fold').open")
    context.close()
    assert all(counts[s] for s in counts), f"the page should have each kind of control in its HTML: {counts}"
    assert all(d == "none" for shown in counts.values() for d in shown), counts
    assert opened, "a fold should open as a plain <details> without JavaScript"


def test_a_closed_folds_program_has_no_box(browser, urls):
    """A closed fold's code is not laid out at all (display: none, not Chromium's content-visibility), so the
    theme's script, which measures every code block when it starts, does not make the browser lay each one out
    (bench/LIGHTHOUSE.md). Opened, the program has its box."""
    visit = Visit(browser, urls["neurons/biological-neuron/index.html"])
    page = visit.page
    page.wait_for_function(THEME_READY)
    boxes = "[...document.querySelectorAll('details.code-fold .highlight')].map(e => e.getClientRects().length)"
    closed = page.evaluate(boxes)
    page.locator("details.code-fold summary").first.click()
    first_open = page.evaluate(boxes)[0]
    visit.close()
    assert closed and not any(closed), closed
    assert first_open > 0
    assert not visit.problems, visit.problems


# Every <table> taken out of the page from the start, recorded before the page's own scripts run.
TABLES_REMOVED = """
window.__tablesRemoved = 0;
new MutationObserver(changes => changes.forEach(c => c.removedNodes.forEach(n => {
  if (n.nodeName === 'TABLE' || (n.querySelector && n.querySelector('table'))) window.__tablesRemoved++;
}))).observe(document, {childList: true, subtree: true});
"""
# A table's look: the properties Material's table rules set, on the table and its first header and data cells.
TABLE_LOOK = """t => {
  const of = (e, props) => e ? props.map(p => getComputedStyle(e)[p]).join(' ') : null;
  return [of(t, ['display', 'fontSize', 'borderTopWidth', 'borderRadius', 'backgroundColor', 'maxWidth', 'width']),
          of(t.querySelector('th'), ['paddingTop', 'paddingLeft', 'fontWeight', 'minWidth', 'textAlign']),
          of(t.querySelector('td'), ['paddingTop', 'paddingLeft', 'borderTopWidth', 'verticalAlign', 'textAlign'])];
}"""


def test_tables_are_built_in_materials_wrapper_and_the_theme_leaves_them_there(browser, urls):
    """hooks/tables.py writes Material's scroll wrapper around each table, so Material's script does not take the
    table out and put it back (which restyled the page, bench/LIGHTHOUSE.md). The table looks as one Material
    styled itself would: a copy without the hook's class, beside it, has the same styles."""
    visit = Visit(browser, urls["scale/models/index.html"], init_script=TABLES_REMOVED)
    page = visit.page
    page.wait_for_function(THEME_READY)
    removed = page.evaluate("window.__tablesRemoved")
    wrappers = page.evaluate(
        """[...document.querySelectorAll('.md-typeset table')].map(t =>
             t.parentElement.className + ' < ' + t.parentElement.parentElement.className + ' < '
             + t.parentElement.parentElement.parentElement.className)"""
    )
    looks = page.evaluate(
        f"""(() => {{
          const look = {TABLE_LOOK};
          const built = document.querySelector('.md-typeset table');
          const plain = built.cloneNode(true);
          plain.removeAttribute('class');
          built.after(plain);
          return [look(built), look(plain)];
        }})()"""
    )
    visit.close()
    assert removed == 0, f"the theme took {removed} table(s) out of the page"
    assert wrappers == ["md-typeset__table < md-typeset__scrollwrap < md-content__inner md-typeset"], wrappers
    assert looks[0] == looks[1] and all(looks[0]), looks
    assert not visit.problems, visit.problems


# overrides/partials/render-rest.js held back: the page stays as it loads until the test lets it go on.
HOLD_RENDER_REST = """Object.defineProperty(window, '__renderRest', {
  configurable: true,
  get() { return () => { window.__held = true; }; },
  set(real) { window.__letRenderRest = real; },
});"""
SKIPPED = f"""() => {WAITING}
  .filter(b => b.firstElementChild && !b.firstElementChild.checkVisibility({{contentVisibilityAuto: true}})).length"""
IN_VIEW = """() => [...document.querySelectorAll('.md-content__inner *')].map(e => [e, e.getBoundingClientRect()])
  .filter(([e, r]) => r.bottom > 0 && r.top < innerHeight && r.width > 0)
  .map(([e, r]) => e.tagName + ' ' + [r.x, r.y, r.width, r.height].map(v => Math.round(v)).join())"""


@pytest.mark.parametrize("viewport", [DESKTOP, SMALL_PHONE], ids=["desktop", "phone"])
def test_off_screen_prose_waits_while_the_page_loads_and_is_rendered_after(browser, urls, viewport):
    """docs/stylesheets/extra.css lets the browser skip the article's off-screen blocks while the page loads;
    once it has loaded, render-rest.js renders them all, and the first screen does not move."""
    visit = Visit(browser, urls["neurons/networks/index.html"], viewport=viewport, init_script=HOLD_RENDER_REST,
                  settle=False)  # fmt: skip
    page = visit.page
    page.wait_for_function("window.__held === true && typeof window.__letRenderRest === 'function'")
    skipped = page.evaluate(SKIPPED)
    first_screen = page.evaluate(IN_VIEW)
    page.evaluate("window.__letRenderRest()")
    page.wait_for_function("window.__pageRendered === true")
    still = page.evaluate(STILL_SKIPPED)
    after = page.evaluate(IN_VIEW)
    visit.close()
    assert skipped > 10, f"only {skipped} blocks below the first screen were skipped while the page loaded"
    assert not still, f"not rendered: {still[:3]}"
    assert after == first_screen, [(a, b) for a, b in zip(first_screen, after) if a != b][:3]
    assert not visit.problems, visit.problems


LAYOUT_SHIFT = """window.__shift = 0;
new PerformanceObserver(list => list.getEntries().forEach(e => { window.__shift += e.value; }))
  .observe({type: 'layout-shift', buffered: true});"""


@pytest.mark.parametrize("viewport", [DESKTOP, SMALL_PHONE], ids=["desktop", "phone"])
def test_a_page_opened_at_a_heading_shows_that_heading_and_does_not_move(browser, urls, viewport):
    """Opened at a heading far down, a page skips nothing while it loads (overrides/main.html): the heading is at
    the top of the window, below the header, and nothing on screen moves as the page settles."""
    url = urls["neurons/networks/index.html"] + "#try-it-yourself"
    visit = Visit(browser, url, viewport=viewport, init_script=LAYOUT_SHIFT)
    page = visit.page
    skipping = page.evaluate("document.documentElement.classList.contains('render-first-screen')")
    top = page.evaluate("document.getElementById('try-it-yourself').getBoundingClientRect().top")
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    shift = page.evaluate("window.__shift")
    visit.close()
    assert not skipping, "a page opened at a heading should not skip its off-screen blocks"
    assert header - 1 <= top <= header + 40, f"the heading is {top:.0f} px from the top, the header ends at {header}"
    assert shift == 0, f"the page moved as it loaded (layout shift {shift:.3f})"
    assert not visit.problems, visit.problems


def test_every_article_shows_little_code_at_load(browser, urls):
    """Long and figure-only programs are folded (hooks/fold.py): at most CODE_IN_VIEW_LIMIT lines of code are
    in view when an article page loads. bench/code_lines.py records the counts."""
    visit = Visit(browser, urls["index.html"])
    counts = {}
    for uri in article_pages():
        visit.page.goto(urls[uri + "index.html"], wait_until="load")
        visit.page.wait_for_selector("html[data-run-ready]", state="attached")
        counts[uri] = visit.page.evaluate(VISIBLE_CODE_LINES)
    visit.close()
    over = {uri: n for uri, n in counts.items() if n > CODE_IN_VIEW_LIMIT}
    assert not over, f"more than {CODE_IN_VIEW_LIMIT} lines of code in view at load: {over}"
    assert not visit.problems, visit.problems


FOLDS = "() => [...document.querySelectorAll('details.code-fold')].map(d => d.open)"


def test_show_all_code_opens_every_fold_and_is_remembered_on_the_next_page(browser, urls):
    visit = Visit(browser, urls["neurons/artificial-neuron/index.html"])
    page = visit.page
    page.wait_for_selector("html[data-run-ready]", state="attached")
    assert page.evaluate(FOLDS) and not any(page.evaluate(FOLDS)), "the page should open with its long code folded"
    # A folded program's result stays in view: its Run bar and recorded output come after the fold.
    assert page.evaluate("document.querySelector('details.code-fold').nextElementSibling.className") == "run-bar"
    toggle = page.locator(".code-fold-toggle")  # by class: its name changes once pressed
    assert toggle.inner_text() == "Show all code"
    toggle.click()
    assert all(page.evaluate(FOLDS)) and toggle.get_attribute("aria-pressed") == "true"
    page.goto(urls["neurons/networks/index.html"], wait_until="load")
    page.wait_for_selector("html[data-run-ready]", state="attached")
    assert page.evaluate(FOLDS) and all(page.evaluate(FOLDS)), "the reader's choice was not remembered"
    page.get_by_role("button", name="Fold the long code").click()
    assert not any(page.evaluate(FOLDS))
    page.goto(urls["neurons/artificial-neuron/index.html"], wait_until="load")
    page.wait_for_selector("html[data-run-ready]", state="attached")
    assert not any(page.evaluate(FOLDS))
    visit.close()
    assert not visit.problems, visit.problems


def test_folded_code_prints_in_full_and_copies_whole(browser, urls):
    visit = Visit(browser, urls["neurons/artificial-neuron/index.html"], init_script=COPY_SPY)
    page = visit.page
    page.wait_for_selector("html[data-run-ready]", state="attached")
    page.wait_for_function(THEME_READY)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert all(page.evaluate(FOLDS)), "printing should show every fold's code"
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not any(page.evaluate(FOLDS)), "after printing the folds close again"
    fold = page.locator("details.code-fold").filter(has=page.locator(".filename", has_text="boundary.py")).first
    fold.locator("summary").click()
    block = fold.locator("div.highlight")
    block.hover()
    block.locator("button[data-md-type='copy']").click()
    page.wait_for_function("window.__copied !== undefined", timeout=5_000)
    source = (SNIPPETS / "neurons" / "artificial-neuron" / "boundary.py").read_text(encoding="utf-8")
    assert page.evaluate("window.__copied").strip() == source.strip()
    visit.close()
    assert not visit.problems, visit.problems


# Colours are read as the page settles: no transition may leave one half-way.
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }"
AXE_SERIOUS = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
     .filter(v => ['serious', 'critical'].includes(v.impact))
     .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ') '
               + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | '))"""


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations_in_either_palette(browser, urls, name):
    """axe-core on the page as the system's light setting shows it, then as the dark one, on a desktop and
    at a phone's width (where touch targets such as citations must be big enough)."""
    needed("axe-core (npm ci)", AXE.exists())
    visit = Visit(browser, urls[name], scheme="light")
    page = visit.page
    page.add_style_tag(content=NO_TRANSITIONS)
    page.add_script_tag(path=str(AXE))
    problems = []
    for viewport, width in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page.set_viewport_size(viewport)
        for scheme, material in (("light", "default"), ("dark", "slate")):
            page.emulate_media(color_scheme=scheme)
            page.wait_for_function(f"document.body.dataset.mdColorScheme === '{material}'", timeout=5_000)
            problems += [f"{name} [{scheme}, {width}]: {v}" for v in page.evaluate(AXE_SERIOUS)]
    visit.close()
    assert not problems, "\n".join(problems)
