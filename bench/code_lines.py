"""Lines of code a reader sees on each article page when it loads (issue 14's measure).

Counts, in headless Chromium at 1280x800, the lines of every code listing
inside the page's content that is rendered at load: listings folded away by
hooks/fold.py do not count, outputs (`text` blocks) and notebooks' cells are
not listings of an article, and the reader has not pressed "Show all code".
Target: at most 40 lines on every article page.

    uv run python bench/code_lines.py            # build the site, print the table
    uv run python bench/code_lines.py --record   # also write bench/CODE_LINES.md
    uv run python bench/code_lines.py --site DIR # measure a built site

tests/test_browser.py asserts the same bound with the same count (both are
in tests/examples.py).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchmark  # noqa: E402 (the machine's name and the commit, as the other benchmarks give them)

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "bench" / "CODE_LINES.md"
sys.path.insert(0, str(ROOT / "tests"))
# One bound and one count for the bench and the tests.
from examples import CODE_IN_VIEW_LIMIT as TARGET  # noqa: E402
from examples import VISIBLE_CODE_LINES, article_pages  # noqa: E402


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site: Path):
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def measure(site: Path) -> dict[str, int]:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    counts = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            for uri in article_pages():
                page.goto(base + uri, wait_until="load")
                page.wait_for_selector("html[data-run-ready]", state="attached")
                counts[uri] = page.evaluate(VISIBLE_CODE_LINES)
            browser.close()
    finally:
        server.shutdown()
    return counts


def report(counts: dict[str, int]) -> str:
    worst = max(counts.values())
    lines = [
        f"Lines of code in view when an article page loads (target <= {TARGET} on every page)",
        "Chromium (headless, 1280x800), no stored preference (code folded as the site ships it)",
        "",
        f"{'page':<34} lines",
    ]
    lines += [f"{uri:<34} {n:5d}{'  over the target' if n > TARGET else ''}" for uri, n in counts.items()]
    lines += ["", f"worst: {worst} lines  {'PASS' if worst <= TARGET else 'MISS'}"]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    parser.add_argument("--record", action="store_true", help=f"write the report to {RECORD.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="code-lines-") as temp:
        site = args.site
        if site is None:
            site = Path(temp) / "site"
            subprocess.run(["mkdocs", "build", "--strict", "-q", "-d", str(site)], check=True, cwd=ROOT)
        text = report(measure(site))
    print(text)
    if args.record:
        found = benchmark.machine()
        machine = f"{found['cpu_model']} ({found['cpu_count']} cores)"
        header = (
            "# Code in view at load\n\nWritten by `uv run python bench/code_lines.py --record` "
            f"at commit `{benchmark.commit()}` on {machine}.\n\n"
        )
        RECORD.write_text(header + "```text\n" + text + "\n```\n", encoding="utf-8")
        print(f"Wrote {RECORD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
