"""Lighthouse against the built site, served with gzip on loopback.

Run by hand (a benchmark, not a test):

    cd bench && npm ci && cd ..        # once: Lighthouse 12.2.3, pinned
    uv run python bench/lighthouse.py  # builds the site, serves it, reports

It audits every page of the site (or those named with --page) with Debian's
Chromium, as a phone (Lighthouse's default) or with --desktop, and reports
Lighthouse's four category scores and the total bytes each page transfers.
Targets: 100 in accessibility, best practices and SEO, at least
PERFORMANCE_TARGET in performance (100 less a run's noise), and at most
100 KB per page. Exit code 1 with --check when a target is missed.

Page weight is the site's own measure, bench/benchmark.py's: the gzipped
bytes of every file a first visit loads. Lighthouse's "transferred" is shown
beside it, and is more: it also counts the HTTP headers of every response,
which depend on the server (here Python's, about 0.2 KB a response).

Phone scores move by several points from run to run, so each page is audited
--runs times (default 3) and the run with the median performance score is
reported.

The phone's CPU is emulated by slowing the host's down, and Lighthouse's
default factor (4x) assumes a fast desktop host; on a slower or busier one it
emulates a slower phone than the one its scores are calibrated for.
Lighthouse's documentation (docs/throttling.md, "Calibrating the CPU
slowdown") says to calibrate then, from the benchmarkIndex it measures on the
host. The index is measured before every load, and on this host it moves
from about 950 to 1900 within minutes, so one reading is a poor guide to the
next load. So every page is loaded --runs times first (`lighthouse -G`,
every page's first run, then every page's second...), and every load is
then audited (`lighthouse -A`) with the one factor that the median index of
all the loads calls for (slowdown_for). With Lighthouse's simulated
throttling the loads themselves are not slowed down, so the factor only
enters the audits. --cpu-slowdown N fixes the factor instead (--cpu-slowdown
4 is Lighthouse's default). The report names the factor and each run's
index.

Chromium's RenderDocument feature stays on, as it is in Chromium for readers
(CHROME_FLAGS). chrome-launcher, which Lighthouse starts Chromium with, turns
it off, and on this host that held the first frame of the longer pages for
one or two whole seconds after they had loaded and the main thread had gone
idle (no frame was begun on the main thread in that time). It did so with
all of a page's scripts deleted, and Lighthouse scores speed index from the
observed paints. bench/LIGHTHOUSE.md has the traces and the runs; Lighthouse
issue #17148 reports the same whole-second delays, on PageSpeed Insights
too. Each run still reports how long after the load event its first paint
came, and marks a run whose first paint is more than HELD_MS after it.
--render-document-off audits with chrome-launcher's flags as they are.

--without-theme-script is a control: it deletes Material's
JavaScript bundle from the built pages before auditing them, to show how much
of the performance score the theme's start-up script costs.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("AITB_CHROMIUM", "/usr/bin/chromium")
PERFORMANCE_TARGET = 98  # issue 14: 100, allowing two points for a run's noise
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BUDGET_BYTES = 100_000
PRESET: list[str] = []  # Lighthouse's default: a mid-range phone on a throttled network
HELD_MS = 500  # a first paint this long after the load event is marked as held
# benchmarkIndex -> CPU slowdown, the points of the calculator that Lighthouse's
# docs/throttling.md links to (github.com/patrickhulce/lighthouse-cpu-throttling-
# calculator, pages/index.js), joined by straight lines as there.
SLOWDOWN_POINTS = ((150, 1.0), (800, 2.0), (1300, 3.0), (1533, 4.0), (1766, 5.0), (2000, 6.0))
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".py", ".ipynb"}
BASE_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


def disabled_features() -> str:
    """chrome-launcher's own --disable-features list, less RenderDocument.

    Chromium reads only the last --disable-features it is given, so this one, in
    --chrome-flags after chrome-launcher's, replaces it: every other feature
    chrome-launcher turns off for tools stays off.
    """
    script = (
        "import {DEFAULT_FLAGS} from 'chrome-launcher/dist/flags.js';"
        "console.log(DEFAULT_FLAGS.find(f => f.startsWith('--disable-features=')) || '--disable-features=')"
    )
    found = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=ROOT / "bench", capture_output=True, text=True
    )
    if found.returncode != 0:
        raise SystemExit(f"could not read chrome-launcher's default flags:\n{found.stderr.strip()}")
    features = [f for f in found.stdout.strip().removeprefix("--disable-features=").split(",") if f]
    if "RenderDocument" not in features:
        raise SystemExit("chrome-launcher no longer turns RenderDocument off: drop disabled_features()")
    return "--disable-features=" + ",".join(f for f in features if f != "RenderDocument")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-compressed when the browser accepts it, as any real host does."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, *args):
        pass


def build(target: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(target)]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)


# Material's bundle, as overrides/main.html leaves it for loading after the first paint.
THEME_SCRIPT = re.compile(
    r'<script type="text/plain" data-after-paint="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>'
)


def drop_theme_script(site: Path) -> None:
    """The control run: the same pages without Material's bundle (search, palette toggle, copy buttons...)."""
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(THEME_SCRIPT.sub("", html), encoding="utf-8")
    home = (site / "index.html").read_text(encoding="utf-8")
    if "assets/javascripts/bundle." in home:
        raise SystemExit("--without-theme-script: the theme's <script> tag did not match; update THEME_SCRIPT")


def slowdown_for(benchmark_index: float) -> float:
    """The CPU slowdown that makes a host of this benchmarkIndex emulate Lighthouse's mid-range phone."""
    points = SLOWDOWN_POINTS
    if benchmark_index < points[0][0]:
        raise SystemExit(f"benchmarkIndex {benchmark_index:.0f}: this host is too slow to emulate Lighthouse's phone")
    for (low, low_factor), (high, high_factor) in zip(points, points[1:]):
        if benchmark_index <= high:
            return low_factor + (benchmark_index - low) / (high - low) * (high_factor - low_factor)
    (low, low_factor), (high, high_factor) = points[-2], points[-1]  # past the last point: the same slope
    return high_factor + (benchmark_index - high) / (high - low) * (high_factor - low_factor)


def every_page(site: Path) -> list[str]:
    """Every page of the built site, as a path under its root ('' for the home page)."""
    found = sorted(page.relative_to(site).as_posix() for page in site.rglob("index.html"))
    return [page.removesuffix("index.html") for page in found if not page.startswith(("assets/", "pyodide/"))]


def lighthouse(url: str, chrome_flags: str, *options: str) -> None:
    command = [
        str(LIGHTHOUSE), url, "--quiet", f"--chrome-path={CHROMIUM}", f"--chrome-flags={chrome_flags}",
        "--only-categories=" + ",".join(CATEGORIES), *PRESET, *options,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"Lighthouse failed on {url}:\n{done.stderr.strip()[-2000:]}")


def gather(url: str, work: Path, chrome_flags: str) -> float:
    """Load url once and keep what Lighthouse gathered; return the benchmarkIndex it measured just before."""
    lighthouse(url, chrome_flags, f"-G={work / 'artifacts'}")
    return json.loads((work / "artifacts" / "artifacts.json").read_text(encoding="utf-8"))["BenchmarkIndex"]


def audit(url: str, work: Path, chrome_flags: str, slowdown: float | None) -> dict:
    """Audit the load gather() kept, as a phone slowed down by slowdown (None: a desktop, as its preset has it)."""
    artifacts = work / "artifacts"
    saved = json.loads((artifacts / "artifacts.json").read_text(encoding="utf-8"))
    options = []
    if slowdown:  # the audit's CPU factor, written where the gathered settings keep it too
        saved["settings"]["throttling"]["cpuSlowdownMultiplier"] = slowdown
        (artifacts / "artifacts.json").write_text(json.dumps(saved), encoding="utf-8")
        options.append(f"--throttling.cpuSlowdownMultiplier={slowdown}")
    out = work / "report.json"
    lighthouse(url, chrome_flags, f"-A={artifacts}", "--output=json", f"--output-path={out}", *options)
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    failing = {
        c: [
            ref["id"]
            + (
                f" ({report['audits'][ref['id']]['displayValue']})"
                if report["audits"][ref["id"]].get("displayValue")
                else ""
            )
            for ref in report["categories"][c]["auditRefs"]
            if ref.get("weight") and (report["audits"][ref["id"]].get("score") or 0) < 1
        ]
        for c in CATEGORIES
    }
    observed = report["audits"]["metrics"]["details"]["items"][0]
    return {
        "scores": scores,
        "bytes": int(report["audits"]["total-byte-weight"]["numericValue"]),
        "failing": failing,
        "benchmark_index": saved["BenchmarkIndex"],
        "paint_after_load": observed["observedFirstContentfulPaint"] - observed["observedLoad"],
    }


def first_visit_bytes(site: Path) -> dict[str, int]:
    """Each page's weight as bench/benchmark.py counts it (gzipped files of a first visit), by this report's names."""
    from benchmark import load_config, page_weight  # bench/, beside this script

    weights = page_weight(site, load_config().get("site_url") or "")
    return {
        (entry["page"].removesuffix("index.html") or "(home)"): entry["total_gzip_bytes"] for entry in weights["pages"]
    }


def median_run(runs: list[dict]) -> dict:
    """The run with the median performance score, with every run kept beside it for the report."""
    ordered = sorted(runs, key=lambda r: r["scores"]["performance"])
    return {**ordered[len(ordered) // 2], "runs": runs}


def work(temp: str, number: int, run: int) -> Path:
    return Path(temp) / str(number) / f"run{run}"


def describe(run: dict) -> str:
    """A run in the report: its score, and what it was measured with."""
    text = f"{run['scores']['performance']}"
    details = [f"index {run['benchmark_index']:.0f}"]
    if run["paint_after_load"] > HELD_MS:
        details.append(f"first paint held {run['paint_after_load'] / 1000:.1f} s after load")
    return f"{text} ({', '.join(details)})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--desktop", action="store_true", help="audit as a desktop instead of a phone")
    parser.add_argument("--record", action="store_true", help="also write the report to bench/LIGHTHOUSE.md")
    parser.add_argument("--runs", type=int, default=3, help="audits per page; the median is reported (default 3)")
    parser.add_argument(
        "--without-theme-script", action="store_true", help="control: audit the pages without Material's JavaScript"
    )
    parser.add_argument(
        "--page",
        action="append",
        metavar="PATH",
        help="audit this page only (e.g. neurons/artificial-neuron/); repeatable",
    )
    parser.add_argument("--site", type=Path, metavar="DIR", help="audit this built site instead of building one")
    parser.add_argument(
        "--render-document-off",
        action="store_true",
        help="keep chrome-launcher's flags as they are (RenderDocument off), to compare",
    )
    parser.add_argument(
        "--cpu-slowdown",
        type=float,
        metavar="N",
        help="as a phone, slow the CPU down N times instead of calibrating (Lighthouse's default is 4)",
    )
    args = parser.parse_args(argv)
    if args.desktop:
        PRESET.append("--preset=desktop")
    if not LIGHTHOUSE.exists():
        parser.error("Lighthouse is not installed: run `npm ci` in bench/ first")
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as temp:
        if args.site and args.without_theme_script:
            parser.error("--without-theme-script changes the pages: let it build its own site")
        site = args.site or Path(temp) / "site"
        if not args.site:
            build(site)
        if args.without_theme_script:
            drop_theme_script(site)
        gzipped = first_visit_bytes(site)
        pages = args.page or every_page(site)
        handler = functools.partial(GzipHandler, directory=str(site))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        chrome_flags = BASE_FLAGS if args.render_document_off else f"{BASE_FLAGS} {disabled_features()}"
        runs = max(1, args.runs)
        # Every page's first run, then every page's second, and so on: a page's runs are spread out
        # over the whole audit, not bunched in one spell of a busy or a quiet host.
        loads = [(run, number, path) for run in range(runs) for number, path in enumerate(pages)]
        try:
            indexes = [gather(base + path, work(temp, number, run), chrome_flags) for run, number, path in loads]
            slowdown = None
            if not args.desktop:
                slowdown = args.cpu_slowdown or round(slowdown_for(statistics.median(indexes)), 1)
            audited: dict[str, list[dict]] = {}
            for run, number, path in loads:
                audited.setdefault(path or "(home)", []).append(
                    audit(base + path, work(temp, number, run), chrome_flags, slowdown)
                )
            results = {name: median_run(page_runs) for name, page_runs in audited.items()}
        finally:
            httpd.shutdown()
            httpd.server_close()
    ok = True
    lines: list[str] = []
    print = functools.partial(_print_and_keep, lines)  # noqa: A001  (the report is also recorded)
    device = "desktop" if args.desktop else "phone (Lighthouse's default, throttled)"
    control = ", WITHOUT Material's JavaScript (control)" if args.without_theme_script else ""
    print(
        f"Lighthouse 12.2.3 as a {device}{control}, Chromium at {CHROMIUM}; "
        f"targets: performance >= {PERFORMANCE_TARGET}, the others 100, <= {BUDGET_BYTES // 1000} KB"
    )
    if not args.desktop:
        print(
            f"CPU slowdown {slowdown:g}x, as asked"
            if args.cpu_slowdown
            else f"CPU slowdown {slowdown:g}x for every run, calibrated from the median benchmarkIndex of all "
            f"{len(indexes)} loads, {statistics.median(indexes):.0f} (from {min(indexes):.0f} to {max(indexes):.0f}); "
            "Lighthouse's default 4x is for an index of about 1533"
        )
    print("Chromium's RenderDocument " + ("off, as chrome-launcher sets it" if args.render_document_off else "on"))
    print(f"median of {max(1, args.runs)} runs per page (by performance score)")
    width = max(len(name) for name in results) + 2
    short = {"performance": "perf.", "accessibility": "a11y", "best-practices": "best pr.", "seo": "SEO"}
    print(f"{'page':<{width}}" + "".join(f"{short[c]:>9}" for c in CATEGORIES) + f"{'gzipped':>11}{'transferred':>14}")
    for name, result in results.items():
        row = "".join(f"{result['scores'][c]:>9}" for c in CATEGORIES)
        weight = gzipped[name]
        print(f"{name:<{width}}{row}{weight / 1000:>8.1f} KB{result['bytes'] / 1000:>11.1f} KB")
        print(f"{'':<{width}}performance runs: " + "; ".join(describe(run) for run in result["runs"]))
        scores = result["scores"]
        ok &= (
            scores["performance"] >= PERFORMANCE_TARGET
            and all(scores[c] == 100 for c in CATEGORIES if c != "performance")
            and gzipped[name] <= BUDGET_BYTES
        )
    for name, result in results.items():
        for category, audits in result["failing"].items():
            if audits:
                print(f"  {name} / {category}: below full marks on {', '.join(audits)}")
    print("Overall: " + ("PASS" if ok else "FAIL"))
    if args.record:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True)
        record = ROOT / "bench" / "LIGHTHOUSE.md"
        flags = (
            (" --desktop" if args.desktop else "")
            + (" --without-theme-script" if args.without_theme_script else "")
            + (f" --cpu-slowdown {args.cpu_slowdown:g}" if args.cpu_slowdown else "")
            + (" --render-document-off" if args.render_document_off else "")
            + "".join(f" --page {page}" for page in args.page or [])
        )
        with record.open("a", encoding="utf-8") as handle:
            handle.write(
                f"\n## `uv run python bench/lighthouse.py{flags} --record` at commit `{commit.stdout.strip()}`\n\n"
                "```text\n" + "\n".join(lines) + "\n```\n"
            )
        sys.stdout.write(f"Appended to {record.relative_to(ROOT)}\n")
    return 1 if args.check and not ok else 0


def _print_and_keep(lines: list[str], *parts) -> None:
    line = " ".join(str(part) for part in parts)
    lines.append(line)
    sys.stdout.write(line + "\n")


if __name__ == "__main__":
    sys.exit(main())
