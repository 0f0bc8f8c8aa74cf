"""Run it here, measured: what the in-browser Python costs a reader, in Chromium.

Run by hand from the repository root (a benchmark, not a test):

    uv run python bench/run_in_browser.py                 # 5 runs, report on stdout
    uv run python bench/run_in_browser.py --runs 5 --record
    uv run python bench/run_in_browser.py --check         # exit 1 if a target is missed

It builds the site (or takes --site DIR), serves it on 127.0.0.1 the way
GitHub Pages does (gzip for text types, .js, .json, .svg and .wasm; wheels and
zips as they are), drives Debian's Chromium with Playwright, and reports the
median of --runs runs, each in a fresh browser context (an empty cache):

1. bytes a page transfers before the first click (home, an article, a
   notebook page), and what the Run feature adds to them: run.js and the
   markup of the explorable figures' controls. Target: at most 5 KB;
2. bytes the first run transfers: a numpy example (by_hand.py, the first Run
   button of neurons/artificial-neuron/) and a matplotlib one (activations.py,
   the second);
3. cold click -> first output of the numpy example. Target: at most 4 s;
4. the same example again, warm: click -> "Finished". Target: at most 0.3 s;
5. an explorable figure, warm: ArrowRight on the first slider of
   neurons/artificial-neuron/, after one warm-up move, -> "Redrawn".
   Target: at most 0.5 s;
6. requests to any host but the loopback server: Chromium's proxy is a
   loopback trap that refuses and records every one (loopback itself is never
   proxied). Target: none. A test request at start checks the trap works.

Where the cold click's time goes comes from the Resource Timing entries of the
page and of the site's worker, and from a probe: a worker of this script's
own, served by the bench server only, that times loadPyodide, loadPackage and
the first import of numpy and matplotlib from the same files. Times are taken
in the page (performance.now() in a capturing listener, a MutationObserver for
the result), not with sleeps.

Standard library plus Playwright (in the uv environment) and Chromium
(/usr/bin/chromium, or AITB_CHROMIUM). 1 KB = 1000 bytes. Exit code 0, or 1
with --check when a target is missed, or 2 when the build or a run fails.
"""

from __future__ import annotations

import argparse
import datetime
import email.utils
import functools
import gzip
import http.server
import importlib.metadata
import importlib.util
import json
import mimetypes
import os
import posixpath
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "bench" / "RUNTIME.md"
CHROMIUM = os.environ.get("AITB_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
VIEWPORT = {"width": 1280, "height": 800}
KB = 1000
GZIP_LEVEL = 6
# What GitHub Pages compresses (by type): text, scripts, JSON, SVG and WebAssembly. Wheels and
# zips are compressed already and go as they are.
COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".map", ".svg", ".xml", ".txt", ".wasm", ".py", ".ipynb"}
TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".whl": "application/octet-stream",
    ".zip": "application/zip",
}
PAGES = {"home": "", "article": "neurons/artificial-neuron/", "notebook": "scale/notebooks/explore/"}
ARTICLE = PAGES["article"]
NUMPY_BUTTON, MATPLOTLIB_BUTTON = 0, 1  # by_hand.py and activations.py on the article
RUNTIME_PREFIXES = ("pyodide/", "javascripts/run-ui.js", "javascripts/run-worker.js", "stylesheets/run.css")

TARGETS = {
    "before_click_bytes": 5 * KB,  # what the Run feature adds to a page before its first click
    "page_bytes": 100 * KB,  # the site's page budget (bench/benchmark.py), here as the browser loads it
    "cold_first_output_s": 4.0,
    "warm_rerun_s": 0.3,
    "slider_s": 0.5,
}
COLD_TIMEOUT_MS = 180_000  # a bound for a cold start on a busy machine, not a measurement
WARM_TIMEOUT_MS = 60_000
PROBE_PATH = "__bench/probe.js"
BLANK_PATH = "__bench/blank.html"


def _benchmark():
    """bench/benchmark.py, for its machine() (loaded by path: bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("aitb_benchmark", ROOT / "bench" / "benchmark.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the host: the built site on loopback, as GitHub Pages serves it ---------------------------


class Host(http.server.ThreadingHTTPServer):
    """Serves `site` with gzip where Pages uses it and logs every response's bytes on the wire."""

    daemon_threads = True

    def __init__(self, site: Path, extra: dict[str, tuple[str, bytes]]):
        self.site = site
        self.extra = extra  # path -> (type, body): the bench's own probe files
        self.log: list[dict] = []
        self.lock = threading.Lock()
        self.gz: dict[Path, bytes] = {}
        for path in sorted(site.rglob("*")):  # compressed once, before any timing, as a CDN caches them
            if path.is_file() and path.suffix in COMPRESSIBLE:
                self.gz[path] = gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
        super().__init__(("127.0.0.1", 0), Served)

    def mark(self) -> int:
        with self.lock:
            return len(self.log)

    def since(self, mark: int) -> list[dict]:
        with self.lock:
            return list(self.log[mark:])


class Served(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real host
    server: Host

    def do_GET(self):
        self.serve(body=True)

    def do_HEAD(self):
        self.serve(body=False)

    def serve(self, body: bool) -> None:
        host = self.server
        path = unquote(urlsplit(self.path).path)
        rel = posixpath.normpath(path).lstrip("/")
        rel = "" if rel == "." else rel
        headers: list[tuple[str, str]] = []
        compressed = False
        if rel in host.extra:
            status, (kind, data) = 200, host.extra[rel]
            raw = len(data)
        else:
            file = host.site / rel
            if ".." in Path(rel).parts or not (file.is_file() or file.is_dir()):
                status, file = 404, host.site / "404.html"
            elif file.is_dir() and not path.endswith("/"):
                status, file = 301, None
                headers.append(("Location", path + "/"))
            elif file.is_dir():
                status, file = 200, file / "index.html"
                if not file.is_file():
                    status, file = 404, host.site / "404.html"
            else:
                status = 200
            if file is None:
                kind, data, raw = "text/html; charset=utf-8", b"", 0
            else:
                data = file.read_bytes() if file.is_file() else b"Not found"
                raw = len(data)
                kind = TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                if file in host.gz and "gzip" in self.headers.get("Accept-Encoding", ""):
                    data, compressed = host.gz[file], True
                    headers.append(("Content-Encoding", "gzip"))
                if file.suffix in COMPRESSIBLE:
                    headers.append(("Vary", "Accept-Encoding"))
                headers.append(("Last-Modified", email.utils.formatdate(file.stat().st_mtime, usegmt=True)))
        reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}[status]
        headers = [
            ("Date", email.utils.formatdate(usegmt=True)),
            ("Content-Type", kind),
            ("Content-Length", str(len(data))),
            ("Cache-Control", "max-age=600"),  # what Pages sends
            *headers,
        ]
        head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        head_bytes = head.encode("latin-1")
        sent = data if body else b""
        try:
            self.wfile.write(head_bytes + sent)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return
        with host.lock:
            host.log.append(
                {
                    "path": rel,
                    "status": status,
                    "gzip": compressed,
                    "body": len(sent),
                    "head": len(head_bytes),
                    "raw": raw,
                }
            )

    def log_message(self, *args):
        pass


class Trap(http.server.ThreadingHTTPServer):
    """Chromium's proxy: every request for another host comes here, is recorded and refused."""

    daemon_threads = True

    def __init__(self):
        self.seen: list[str] = []
        super().__init__(("127.0.0.1", 0), Refuse)


class Refuse(http.server.BaseHTTPRequestHandler):
    server: Trap

    def refuse(self):
        self.server.seen.append(f"{self.command} {self.path}")
        self.send_response(403)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_CONNECT = refuse

    def log_message(self, *args):
        pass


# Threads of a renderer process, by the name Chromium gives them (/proc/<pid>/task/<tid>/comm).
THREAD_GROUPS = {
    "DedicatedWorker": "the worker's thread (Pyodide runs here)",
    "ThreadPoolForeg": "renderer thread pool (V8 compiles WebAssembly here)",
    "chromium": "renderer main thread (the page)",
    "CrRendererMain": "renderer main thread (the page)",
}


class Cpu:
    """Where the CPU went during an interval (Linux /proc): Chromium's processes and the whole machine.

    Chromium: utime + stime of every process in the browser's tree (a process's dead threads included),
    and how long its live threads waited for a CPU (run-queue delay, from each thread's schedstat).
    Machine: busy time of all CPUs (/proc/stat, all but idle and iowait), so the rest is other programs.
    """

    def __init__(self, marker: str):
        self.marker = marker  # on the command line of this script's browser process only
        self.tick = os.sysconf("SC_CLK_TCK")

    def _tree(self) -> list[int]:
        parents: dict[int, int] = {}
        root = None
        for entry in filter(str.isdigit, os.listdir("/proc")):
            try:
                parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                if root is None:
                    line = Path(f"/proc/{entry}/cmdline").read_bytes().decode(errors="replace")
                    if self.marker in line and "--type=" not in line:
                        root = int(entry)
            except (OSError, IndexError, ValueError):
                continue
        tree = {root} if root else set()
        while more := {pid for pid, ppid in parents.items() if ppid in tree} - tree:
            tree |= more
        return sorted(tree)

    def sample(self) -> dict:
        cpu: dict[int, float] = {}
        threads: dict[tuple[int, str], tuple[str, float, float]] = {}  # (pid, tid) -> (group, CPU s, wait s)
        for pid in self._tree():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                cpu[pid] = (int(fields[11]) + int(fields[12])) / self.tick
                renderer = "--type=renderer" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
                for tid in os.listdir(f"/proc/{pid}/task"):
                    task = Path(f"/proc/{pid}/task/{tid}")
                    fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
                    name = (task / "comm").read_text().strip()
                    group = THREAD_GROUPS.get(name, "renderer, other threads") if renderer else "other processes"
                    wait = int((task / "schedstat").read_text().split()[1]) / 1e9
                    threads[pid, tid] = (group, (int(fields[11]) + int(fields[12])) / self.tick, wait)
            except (OSError, IndexError, ValueError):
                continue
        ticks = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
        busy = (sum(ticks) - ticks[3] - ticks[4]) / self.tick
        return {"wall": time.perf_counter(), "cpu": cpu, "threads": threads, "busy": busy}

    @staticmethod
    def delta(before: dict, after: dict) -> dict:
        """Seconds in the interval; a thread that ended in it is left out of the groups and the wait."""
        groups: dict[str, float] = {}
        wait = 0.0
        for key, (group, cpu, waited) in after["threads"].items():
            _, cpu_before, wait_before = before["threads"].get(key, (group, 0.0, 0.0))
            groups[group] = groups.get(group, 0.0) + cpu - cpu_before
            wait += waited - wait_before
        return {
            "wall": after["wall"] - before["wall"],
            "chromium_cpu": sum(t - before["cpu"].get(pid, 0.0) for pid, t in after["cpu"].items()),
            "chromium_wait": wait,
            "machine_busy": after["busy"] - before["busy"],
            "groups": dict(sorted(groups.items(), key=lambda item: -item[1])),
        }


def start(server) -> str:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


# --- in the page ---------------------------------------------------------------------------------

# Before any page script: note when a worker is made and when each kind of message first comes
# back from it ("ready" is Pyodide started). Observation only; the page's code is unchanged.
WATCH_WORKERS = """(() => {
  const bench = window.__bench = {worker: {}};
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      if (bench.worker.created === undefined) bench.worker.created = performance.now();
      this.addEventListener('message', (event) => {
        const key = 'message_' + (event.data && event.data.type);
        if (bench.worker[key] === undefined) bench.worker[key] = performance.now();
      });
    }
  };
})();"""

# Arm a timer on a Run bar (index i) or on the first explorable figure (i = -1): a capturing
# listener notes the click (or key press), a MutationObserver the first output and the end.
ARM = """(i) => {
  const bench = window.__bench;
  const form = i < 0 ? document.querySelector('form.explore') : null;
  const bar = form ? null : document.querySelectorAll('.run-bar')[i];
  const target = form || bar;
  const status = () => form ? form.querySelector('.explore-status') : bar.querySelector('.run-status');
  const pre = () => {
    if (form) return form.querySelector('.explore-output');
    const box = bar.nextElementSibling;
    return box && box.matches('.run-output') ? box.querySelector('pre') : null;
  };
  const end = form ? /^(Redrawn|At the page|Stopped|Output cut)/ : /^(Finished|Stopped|Output cut)/;
  bench.t = {};
  target.addEventListener(form ? 'keydown' : 'click', () => {
    const t = bench.t;
    t.start = performance.now();
    let busy = false;
    const check = () => {
      const now = performance.now();
      const p = pre();
      if (t.output === undefined && p && p.textContent.length) t.output = now;
      const s = status();
      const text = s ? s.textContent : '';
      if (!end.test(text)) busy = true;
      else if (busy && t.end === undefined) {
        t.end = now;
        t.status = text;
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  }, {capture: true, once: true});
}"""

RESOURCES = """() => ({origin: performance.timeOrigin,
  entries: performance.getEntriesByType('resource').map(e => [e.name, e.startTime, e.responseEnd])})"""

# The probe: a worker of this script's own (served at __bench/probe.js, never part of the site)
# that times each step of starting Pyodide from the site's files, like run-worker.js does.
PROBE_JS = """"use strict";
self.onmessage = async (event) => {
  const base = event.data.base;
  const out = {};
  const quiet = {messageCallback() {}, errorCallback() {}};
  const step = async (name, work) => { const t = performance.now(); await work(); out[name] = performance.now() - t; };
  try {
    await step("pyodide.js", () => importScripts(base + "pyodide.js"));
    if (event.data.what === "compile") {
      await step("compile", () => WebAssembly.compileStreaming(fetch(base + "pyodide.asm.wasm")));
    } else if (event.data.what === "snapshot") {
      // As run-worker.js starts: Pyodide's memory restored from the site's snapshot.
      const info = await (await fetch(base + "runtime.json")).json();
      let memory = null, py = null;
      await step("snapshot: fetch and gunzip", async () => {
        const response = await fetch(base + info.snapshot.file, {integrity: info.snapshot.integrity});
        memory = new Uint8Array(await new Response(
          response.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
      });
      await step("loadPyodide from the snapshot", async () => {
        py = await loadPyodide({indexURL: base, fullStdLib: false, _loadSnapshot: memory});
      });
      await step("loadPackage numpy, after the snapshot", () => py.loadPackage("numpy", quiet));
      await step("import numpy, after the snapshot", () => py.runPython("import numpy"));
    } else {
      let py = null;
      const t = performance.now();
      // fsInit is called once the WebAssembly runtime is up, before Python starts.
      const fsInit = () => { out["loadPyodide: runtime up, before Python starts"] = performance.now() - t; };
      await step("loadPyodide", async () => { py = await loadPyodide({indexURL: base, fullStdLib: false, fsInit}); });
      await step("loadPackage numpy", () => py.loadPackage("numpy", quiet));
      await step("import numpy", () => py.runPython("import numpy"));
      await step("loadPackage matplotlib", () => py.loadPackage("matplotlib", quiet));
      await step("import matplotlib.pyplot",
        () => py.runPython("import os\\nos.environ['MPLBACKEND'] = 'Agg'\\nimport matplotlib.pyplot"));
      // A second Pyodide in the same worker: V8 has compiled the module's code by now.
      await step("loadPyodide again, same worker", () => loadPyodide({indexURL: base, fullStdLib: false}));
    }
  } catch (error) {
    out.error = String(error && error.message || error);
  }
  self.postMessage(out);
};
"""
RUN_PROBE = """(what) => new Promise((resolve) => {
  const worker = new Worker('/__PROBE__');
  worker.onmessage = (event) => { resolve(event.data); worker.terminate(); };
  worker.postMessage({base: new URL('/pyodide/', location.href).href, what});
})""".replace("__PROBE__", PROBE_PATH)


class Failure(RuntimeError):
    pass


class Session:
    """One browser, the host and the trap; every visit gets a fresh context unless given one."""

    def __init__(self, browser, base: str, host: Host, trap: Trap, cpu: Cpu):
        self.browser, self.base, self.host, self.trap, self.cpu = browser, base, host, trap, cpu
        self.off_host: list[str] = []  # what pages and their workers asked of other hosts, as Playwright saw it

    def visit(self, path: str, context=None):
        if context is None:
            context = self.browser.new_context(viewport=VIEWPORT)
            context.add_init_script(WATCH_WORKERS)
            context.on("request", self._request)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        mark = self.host.mark()
        page.goto(self.base + path, wait_until="load")
        if not path.startswith("__bench"):
            page.wait_for_function("document.documentElement.hasAttribute('data-run-ready')")
        page.wait_for_load_state("networkidle")
        return context, page, self.host.since(mark), errors

    def _request(self, request):
        url = request.url
        if not url.startswith(("data:", "blob:")) and urlsplit(url).hostname != "127.0.0.1":
            self.off_host.append(url)

    def timed(self, page, index: int, act, timeout: int, cpu: bool = False) -> tuple[dict, list[dict]]:
        """Arm the timer on bar `index` (-1: the explorable figure), act, wait for the end."""
        page.evaluate(ARM, index)
        mark = self.host.mark()
        before = self.cpu.sample() if cpu else None
        act()
        page.wait_for_function("() => window.__bench.t.end !== undefined", timeout=timeout)
        times = page.evaluate("() => window.__bench.t")
        if before is not None:
            times["cpu"] = Cpu.delta(before, self.cpu.sample())
        return times, self.host.since(mark)


def wire(entries: list[dict]) -> dict:
    return {
        "requests": len(entries),
        "body": sum(e["body"] for e in entries),
        "head": sum(e["head"] for e in entries),
        "raw": sum(e["raw"] for e in entries),
    }


def run_markup_bytes(html: str) -> int:
    """gzip bytes the Run feature puts in a page's HTML: explorable-figure forms, data-norun, run.js's tag."""
    stripped = re.sub(r'<form class="explore".*?</form>', "", html, flags=re.DOTALL)
    stripped = re.sub(r' data-norun="[^"]*"', "", stripped)
    stripped = re.sub(r"<script[^>]*javascripts/run\.js[^>]*></script>", "", stripped)
    return gzip_size(html) - gzip_size(stripped)


def gzip_size(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=GZIP_LEVEL, mtime=0))


def measure_page(session: Session, name: str, site: Path) -> dict:
    context, page, entries, errors = session.visit(PAGES[name])
    context.close()
    if errors:
        raise Failure(f"{name}: script errors: {errors}")
    run_js = [e for e in entries if e["path"] == "javascripts/run.js"]
    html = (site / PAGES[name] / "index.html").read_text(encoding="utf-8")
    return {
        **wire(entries),
        "run_js_body": sum(e["body"] for e in run_js),
        "run_js_head": sum(e["head"] for e in run_js),
        "run_markup": run_markup_bytes(html),
        "runtime_requests": sorted(e["path"] for e in entries if e["path"].startswith(RUNTIME_PREFIXES)),
        "not_ok": sorted(f"{e['status']} {e['path']}" for e in entries if e["status"] >= 400),
    }


def relative(origin_from: float, t_from: float, origin: float, t: float) -> float:
    """Seconds from t_from (on the clock starting at origin_from) to t (on the clock starting at origin)."""
    return ((origin + t) - (origin_from + t_from)) / 1000


def breakdown(page, times: dict) -> dict:
    """Milestones of the cold click, in seconds after it: page and worker Resource Timing, worker messages."""
    marks: dict[str, float] = {}
    own = page.evaluate(RESOURCES)
    click = times["start"]
    origin = own["origin"]
    for name, _start, end in own["entries"]:
        for suffix, label in (("run-ui.js", "run-ui.js loaded"), ("run.css", "run.css loaded")):
            if name.split("?")[0].endswith(suffix) and end:
                marks[label] = relative(origin, click, origin, end)
    watched = page.evaluate("() => window.__bench.worker")
    if "created" in watched:
        marks["worker created"] = relative(origin, click, origin, watched["created"])
    workers = [w for w in page.workers if w.url.endswith("run-worker.js")]
    if workers:
        theirs = workers[0].evaluate(RESOURCES)
        steps = (
            ("pyodide/pyodide.js", "end", "pyodide.js loaded"),
            ("pyodide/pyodide.asm.js", "end", "pyodide.asm.js loaded"),
            ("pyodide/pyodide.asm.wasm", "end", "pyodide.asm.wasm downloaded"),
            ("pyodide/python_stdlib.zip", "end", "python_stdlib.zip downloaded"),
            ("pyodide/pyodide-lock.json", "end", "pyodide-lock.json loaded"),
            ("pyodide/runtime.json", "end", "runtime.json loaded"),
            ("pyodide/snapshot.bin.gz", "end", "snapshot.bin.gz downloaded"),
            ("pyodide/numpy-", "start", "numpy wheel asked for"),
            ("pyodide/numpy-", "end", "numpy wheel downloaded"),
        )
        for name, start, end in theirs["entries"]:
            path = urlsplit(name).path.lstrip("/")
            for prefix, which, label in steps:
                if path.startswith(prefix) and label not in marks:
                    marks[label] = relative(origin, click, theirs["origin"], start if which == "start" else end)
    if "message_ready" in watched:
        marks["worker ready (Pyodide started, harness loaded)"] = relative(
            origin, click, origin, watched["message_ready"]
        )
    marks["first output"] = (times["output"] - click) / 1000
    marks["Finished"] = (times["end"] - click) / 1000
    return marks


def one_run(session: Session, site: Path, probe: bool) -> dict:
    result: dict = {"pages": {}}
    for name in PAGES:
        result["pages"][name] = measure_page(session, name, site)

    # The article: cold numpy run, the same run warm, then the explorable figure.
    context, page, _, errors = session.visit(ARTICLE)
    first = page.locator(".run-bar .run-run").nth(NUMPY_BUTTON)
    cold, entries = session.timed(page, NUMPY_BUTTON, first.click, COLD_TIMEOUT_MS, cpu=True)
    if not cold["status"].startswith("Finished"):
        raise Failure(f"by_hand.py, cold run: {cold['status']!r}")
    result["numpy_first_run"] = {**wire(entries), "files": entries}
    result["cold_first_output_s"] = (cold["output"] - cold["start"]) / 1000
    result["same_output"] = "Same output as recorded" in cold["status"]
    result["cold_finished_s"] = (cold["end"] - cold["start"]) / 1000
    result["cold_cpu"] = cold["cpu"]
    result["breakdown"] = breakdown(page, cold)
    warm, entries = session.timed(page, NUMPY_BUTTON, first.click, WARM_TIMEOUT_MS)
    if not warm["status"].startswith("Finished"):
        raise Failure(f"by_hand.py, warm run: {warm['status']!r}")
    result["warm_rerun_s"] = (warm["end"] - warm["start"]) / 1000
    result["warm_rerun_bytes"] = wire(entries)["body"]
    slider = page.locator("form.explore input[type=range]").first
    slider.focus()
    slide = functools.partial(page.keyboard.press, "ArrowRight")
    moved, entries = session.timed(page, -1, slide, COLD_TIMEOUT_MS)  # the warm-up: loads matplotlib
    result["slider_first_s"] = (moved["end"] - moved["start"]) / 1000
    result["slider_first_bytes"] = wire(entries)["body"]
    moved, _ = session.timed(page, -1, slide, WARM_TIMEOUT_MS, cpu=True)
    if not moved["status"].startswith("Redrawn"):
        raise Failure(f"explorable figure: {moved['status']!r}")
    result["slider_s"] = (moved["end"] - moved["start"]) / 1000
    result["slider_cpu"] = moved["cpu"]
    page.close()

    # A return visit: the same context (its HTTP cache and Chromium's cache of compiled code are warm), a new
    # page, so a new worker starts Pyodide again.
    _, page, entries, more_errors = session.visit(ARTICLE, context)
    first = page.locator(".run-bar .run-run").nth(NUMPY_BUTTON)
    again, entries = session.timed(page, NUMPY_BUTTON, first.click, COLD_TIMEOUT_MS)
    result["return_first_output_s"] = (again["output"] - again["start"]) / 1000
    result["return_bytes"] = wire(entries)["body"]
    context.close()
    if errors or more_errors:
        raise Failure(f"article: script errors: {errors + more_errors}")

    # The article again, fresh: the first run is the matplotlib example.
    context, page, _, errors = session.visit(ARTICLE)
    button = page.locator(".run-bar .run-run").nth(MATPLOTLIB_BUTTON)
    cold, entries = session.timed(page, MATPLOTLIB_BUTTON, button.click, COLD_TIMEOUT_MS)
    context.close()
    if not cold["status"].startswith("Finished"):
        raise Failure(f"activations.py, cold run: {cold['status']!r}")
    result["matplotlib_first_run"] = {**wire(entries), "files": entries}
    result["matplotlib_cold_finished_s"] = (cold["end"] - cold["start"]) / 1000

    if probe:
        result["probe"] = {}
        for what in ("compile", "start", "snapshot"):
            context, page, _, _ = session.visit(BLANK_PATH)
            found = page.evaluate(RUN_PROBE, what)
            context.close()
            if "error" in found:
                raise Failure(f"probe ({what}): {found['error']}")
            result["probe"].update({k: v / 1000 for k, v in found.items()})
    return result


# A page and a worker each ask another host for something; both requests must reach the trap, and
# Playwright must report both (it is what tells the site's requests from Chromium's own).
TRAP_CHECK = """async () => {
  await fetch('http://trap-check-page.invalid/').catch(() => null);
  const code = "fetch('http://trap-check-worker.invalid/').catch(() => null).then(() => postMessage(1))";
  await new Promise((resolve) => { new Worker(URL.createObjectURL(new Blob([code]))).onmessage = resolve; });
}"""


def trap_works(session: Session) -> bool:
    context, page, _, _ = session.visit(BLANK_PATH)
    page.evaluate(TRAP_CHECK)
    context.close()
    names = ("trap-check-page.invalid", "trap-check-worker.invalid")
    ok = all(any(name in line for line in session.trap.seen) for name in names) and all(
        any(name in url for url in session.off_host) for name in names
    )
    session.trap.seen[:] = [line for line in session.trap.seen if ".invalid" not in line]
    session.off_host.clear()
    return ok


# --- summary and report --------------------------------------------------------------------------


def med(values) -> float:
    return statistics.median(values)


def summarise(runs: list[dict]) -> dict:
    s: dict = {"pages": {}}
    for name in PAGES:
        rows = [r["pages"][name] for r in runs]
        s["pages"][name] = {
            key: med([row[key] for row in rows])
            for key in ("requests", "body", "head", "run_js_body", "run_js_head", "run_markup")
        }
        s["pages"][name]["runtime_requests"] = sorted({p for row in rows for p in row["runtime_requests"]})
        s["pages"][name]["not_ok"] = sorted({p for row in rows for p in row["not_ok"]})
    for key in ("numpy_first_run", "matplotlib_first_run"):
        rows = [r[key] for r in runs]
        files: dict[str, list[int]] = {}
        for row in rows:
            for e in row["files"]:
                files.setdefault(e["path"], []).append(e["body"])
        s[key] = {k: med([row[k] for row in rows]) for k in ("requests", "body", "head", "raw")}
        s[key]["files"] = sorted(((path, med(sizes)) for path, sizes in files.items()), key=lambda item: -item[1])
    for key in (
        "cold_first_output_s", "cold_finished_s", "matplotlib_cold_finished_s", "warm_rerun_s", "slider_first_s",
        "slider_s", "warm_rerun_bytes", "slider_first_bytes", "return_first_output_s", "return_bytes",
    ):  # fmt: skip
        values = [r[key] for r in runs]
        s[key] = {"median": med(values), "min": min(values), "max": max(values), "runs": values}
    for key in ("cold_cpu", "slider_cpu"):
        s[key] = {k: med([r[key][k] for r in runs]) for k in runs[0][key] if k != "groups"}
        names = {name for r in runs for name in r[key]["groups"]}
        groups = {name: med([r[key]["groups"].get(name, 0.0) for r in runs]) for name in names}
        s[key]["groups"] = dict(sorted(groups.items(), key=lambda item: -item[1]))
    labels: dict[str, list[float]] = {}
    for r in runs:
        for label, seconds in r["breakdown"].items():
            labels.setdefault(label, []).append(seconds)
    s["breakdown"] = dict(sorted(((label, med(values)) for label, values in labels.items()), key=lambda i: i[1]))
    if all("probe" in r for r in runs):
        s["probe"] = {k: med([r["probe"][k] for r in runs]) for k in runs[0]["probe"]}
    return s


def verdicts(s: dict, site_off_host: list[str], trap_ok: bool) -> dict:
    t = TARGETS
    return {
        "before_click_bytes": all(
            p["run_js_body"] + p["run_js_head"] + p["run_markup"] <= t["before_click_bytes"]
            and not p["runtime_requests"]
            for p in s["pages"].values()
        ),
        "page_bytes": all(p["body"] + p["head"] <= t["page_bytes"] for p in s["pages"].values()),
        "cold_first_output_s": s["cold_first_output_s"]["median"] <= t["cold_first_output_s"],
        "warm_rerun_s": s["warm_rerun_s"]["median"] <= t["warm_rerun_s"],
        "slider_s": s["slider_s"]["median"] <= t["slider_s"],
        "no_other_host": trap_ok and not site_off_host,
    }


def word(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(results: dict) -> str:
    s, v, m = results["summary"], results["verdicts"], results["machine"]
    out: list[str] = []
    add = out.append
    add(
        f"In-browser Python (Pyodide {results['pyodide']}), median of {results['runs']} runs, each in a fresh "
        "browser context (empty cache)"
    )
    add(
        f"Chromium {results['chromium']} (headless, {VIEWPORT['width']}x{VIEWPORT['height']}), Playwright "
        f"{results['playwright']}; the site on 127.0.0.1 over HTTP/1.1, gzip level {GZIP_LEVEL} as GitHub Pages "
        "compresses (text, .js, .json, .svg, .wasm; not .whl, .zip)"
    )
    add("Bytes are as sent on the wire: bodies (gzip where used) and, apart, response headers. 1 KB = 1000 B.")

    add("")
    add("1. Before the first click (load, Material's script after paint, network idle)")
    add(f"  {'page':<9} {'requests':>8} {'body KB':>8} {'headers KB':>10}   {'run.js B (+headers)':>19} "
        f"{'run markup B':>12}   runtime files")  # fmt: skip
    for name, p in s["pages"].items():
        add(
            f"  {name:<9} {p['requests']:>8g} {p['body'] / KB:>8.1f} {p['head'] / KB:>10.1f}   "
            f"{p['run_js_body']:>10g} (+{p['run_js_head']:g}) {p['run_markup']:>12g}   "
            f"{', '.join(p['runtime_requests']) or 'none'}"
        )
        if p["not_ok"]:
            add(f"    not OK: {', '.join(p['not_ok'])}")
    add(
        "  run markup: gzip bytes of the HTML the Run feature adds (explorable-figure controls, data-norun, "
        "run.js's tag)"
    )
    worst = max(p["run_js_body"] + p["run_js_head"] + p["run_markup"] for p in s["pages"].values())
    add(
        f"  the Run feature before a click: at most {worst / KB:.2f} KB a page, no runtime file  "
        f"(target <= {TARGETS['before_click_bytes'] / KB:g} KB)  {word(v['before_click_bytes'])}"
    )
    heaviest = max(p["body"] + p["head"] for p in s["pages"].values())
    add(
        f"  whole page as loaded, heaviest {heaviest / KB:.1f} KB with headers  "
        f"(site budget <= {TARGETS['page_bytes'] / KB:g} KB)  {word(v['page_bytes'])}"
    )

    add("")
    add("2. The first run of a page: click -> Finished (run-ui.js, run.css, the worker, Pyodide, packages)")
    for key, label in (
        ("numpy_first_run", "numpy (by_hand.py)"),
        ("matplotlib_first_run", "matplotlib (activations.py)"),
    ):
        r = s[key]
        add(
            f"  {label:<28} {r['requests']:>3g} requests  {r['body'] / KB:8.1f} KB body  "
            f"(+{r['head'] / KB:.1f} KB headers; {r['raw'] / KB:.1f} KB uncompressed)"
        )
        add("    " + ", ".join(f"{path.removeprefix('pyodide/')} {size / KB:.0f}" for path, size in r["files"][:8]))

    same = sum(r["same_output"] for r in results["every_run"])
    add(f"  by_hand.py showed the output recorded on the page in {same} of {results['runs']} cold runs")

    add("")
    add(f"3-5. Times in seconds: median (min-max) of {results['runs']}")
    rows = (
        ("cold click -> first output, by_hand.py", "cold_first_output_s", "cold_first_output_s"),
        ("cold click -> Finished, by_hand.py", "cold_finished_s", None),
        ("cold click -> Finished, activations.py", "matplotlib_cold_finished_s", None),
        ("warm: by_hand.py again, click -> Finished", "warm_rerun_s", "warm_rerun_s"),
        ("slider, first move (loads matplotlib)", "slider_first_s", None),
        ("slider, warm: ArrowRight -> Redrawn", "slider_s", "slider_s"),
        ("return visit: click -> first output", "return_first_output_s", None),
    )
    for label, key, target in rows:
        r = s[key]
        tail = f"target <= {TARGETS[target]:g}  {word(v[target])}" if target else ""
        add(f"  {label:<44} {r['median']:7.2f}  ({r['min']:.2f}-{r['max']:.2f})  {tail}")
    add(
        f"  bytes: the warm re-run {s['warm_rerun_bytes']['median']:g} B, the first slider move "
        f"{s['slider_first_bytes']['median'] / KB:.0f} KB (matplotlib and its dependencies), the return visit "
        f"{s['return_bytes']['median'] / KB:.1f} KB"
    )
    add("  return visit: the article again in the same context (browser cache warm), so Pyodide starts again")
    add("  CPU in the interval (median): Chromium's processes, their threads' total wait for a CPU (summed over")
    cores = results["machine"]["cpu_usable"] or 1
    add(f"  threads, so it can exceed the wall time), and what other programs used of the {cores} CPUs x wall:")
    for key, label in (("cold_cpu", "cold run, click -> Finished"), ("slider_cpu", "warm slider move")):
        c = s[key]
        others = max(0.0, c["machine_busy"] - c["chromium_cpu"])
        add(
            f"    {label:<28} wall {c['wall']:5.2f} s: Chromium used {c['chromium_cpu']:5.2f} CPU-s and waited "
            f"{c['chromium_wait']:5.2f} s for a CPU; other programs used {others:5.2f} of {cores * c['wall']:5.2f}"
        )
        add("      " + "; ".join(f"{name} {seconds:.2f}" for name, seconds in c["groups"].items() if seconds >= 0.005))

    add("")
    add("Where a cold click's time goes (by_hand.py; median seconds after the click, each milestone on its own)")
    for label, seconds in s["breakdown"].items():
        add(f"  {seconds:6.2f}  {label}")
    if "probe" in s:
        add("  probe (a worker of the bench's own, fresh context, the same files; seconds per step):")
        for label, seconds in s["probe"].items():
            add(f"    {seconds:6.2f}  {label}")
        add("    (compile: WebAssembly.compileStreaming of pyodide.asm.wasm alone, in another fresh context;")
        add("    'again': a second loadPyodide in the same worker, reusing the code V8 compiled for the first;")
        add("    the steps without 'snapshot' start Python the ordinary way, as the worker does without one;")
        add("    those with it, in a third fresh context, restore it as the worker does)")

    add("")
    trap = (
        "the trap caught a test request from a page and from a worker at start"
        if results["trap_ok"]
        else "THE TRAP CHECK FAILED: the count below proves nothing"
    )
    off = results["site_off_host"]
    add(f"6. Requests by the pages and their workers to other hosts: {len(off)}  target 0  {word(v['no_other_host'])}")
    add(f"  ({trap}; Chromium's proxy is the trap, so a request for any other host goes to it and is refused)")
    for line in off[:10]:
        add(f"    {line}")
    own = results["chromium_off_host"]
    if own:
        add(f"  Chromium's own services asked too, not the site: {len(own)} requests, all refused by the trap:")
        hosts = sorted({re.sub(r"^(CONNECT |\w+ https?://)([^:/]+).*", r"\2", line) for line in own})
        add("    " + ", ".join(hosts))

    add("")
    for line in _benchmark().machine_lines(m):
        add(line)
    add(f"  Python  {m['python']} ({m['python_implementation']}), Playwright {results['playwright']}")
    add(f"  Chromium {results['chromium']} ({CHROMIUM})")
    for key, label in (("load_average_at_start", "at start"), ("load_average_at_end", "at end  ")):
        if m.get(key):
            add(f"  load average {label}: " + " ".join(f"{x:.2f}" for x in m[key]))
    add("")
    add(f"Overall: {'PASS' if all(v.values()) else 'MISS'}")
    return "\n".join(line.rstrip() for line in out)


def record(results: dict, text: str) -> str:
    commit = _benchmark().commit()
    return (
        "# In-browser Python: measured\n\n"
        f"Written by `{results['command']}` on {results['date']} at commit `{commit}`. "
        "Re-run it to refresh this file; bench/README.md says what is measured.\n\n"
        "```text\n" + text + "\n```\n"
    )


# --- main ----------------------------------------------------------------------------------------


def build(target: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(target)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise Failure(f"build failed ({' '.join(command)}), exit {done.returncode}:\n{tail}")


def pyodide_version(site: Path) -> str:
    try:
        lock = json.loads((site / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
        return lock["info"]["version"]
    except (OSError, KeyError, ValueError):
        return "unknown"


def measure(site: Path, runs: int, probe: bool) -> dict:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not (site / "pyodide" / "pyodide.asm.wasm").is_file():
        raise Failure(f"{site} has no pyodide/ folder: build with hooks/runtime.py")
    blank = b"<!doctype html><title>bench</title>"
    host = Host(site, {PROBE_PATH: ("text/javascript", PROBE_JS.encode()), BLANK_PATH: ("text/html", blank)})
    trap = Trap()
    base = start(host)
    start(trap)
    proxy = f"--proxy-server=http://127.0.0.1:{trap.server_address[1]}"  # loopback itself is never proxied
    results: dict = {
        "runs": runs,
        "pyodide": pyodide_version(site),
        "playwright": importlib.metadata.version("playwright"),
    }
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[*FLAGS, proxy])
            results["chromium"] = browser.version
            session = Session(browser, base, host, trap, Cpu(proxy))
            results["trap_ok"] = trap_works(session)
            every = []
            for index in range(runs):
                t = time.perf_counter()
                every.append(one_run(session, site, probe))
                r = every[-1]
                print(
                    f"  run {index + 1}/{runs}: first output {r['cold_first_output_s']:.2f} s, warm "
                    f"{r['warm_rerun_s']:.2f} s, slider {r['slider_s']:.2f} s ({time.perf_counter() - t:.0f} s)",
                    file=sys.stderr,
                    flush=True,
                )
            browser.close()
    except PlaywrightError as error:
        raise Failure(f"in the browser: {error}") from error
    finally:
        for server in (host, trap):
            server.shutdown()
            server.server_close()
    # What a page or a worker asked for (Playwright reports both) is the site's; the rest of what reached
    # the trap is Chromium's own (its updater, sign-in and the like), refused there like everything else.
    results["site_off_host"] = sorted(set(session.off_host))
    site_hosts = {urlsplit(url).hostname for url in session.off_host}
    results["chromium_off_host"] = sorted(
        {line for line in trap.seen if not any(host and host in line for host in site_hosts)}
    )
    results["every_run"] = every
    results["summary"] = summarise(every)
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, metavar="N", help="runs, each in fresh contexts (default: 5)")
    parser.add_argument("--site", type=Path, metavar="DIR", help="measure this built site instead of building one")
    parser.add_argument("--no-probe", action="store_true", help="skip the probe that times each start-up step")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write all numbers to this JSON file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed (default: always 0)")
    parser.add_argument("--record", action="store_true", help=f"write the report to {RECORD.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not Path(CHROMIUM).exists():
        parser.error(f"no Chromium at {CHROMIUM} (Debian package chromium, or set AITB_CHROMIUM)")

    command = "uv run python bench/run_in_browser.py " + " ".join(argv if argv is not None else sys.argv[1:])
    machine = _benchmark().machine()
    machine.pop("packages", None)
    temp = None
    try:
        if args.site:
            site = args.site.resolve()
        else:
            temp = Path(tempfile.mkdtemp(prefix="run-in-browser-"))
            site = temp / "site"
            print("Building the site ...", file=sys.stderr, flush=True)
            build(site)
        print(f"Measuring, {args.runs} runs (progress on stderr) ...", file=sys.stderr, flush=True)
        results = measure(site, args.runs, probe=not args.no_probe)
    except Failure as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    machine["load_average_at_end"] = list(os.getloadavg())
    results["machine"] = machine
    results["command"] = command.strip()
    results["date"] = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    results["verdicts"] = verdicts(results["summary"], results["site_off_host"], results["trap_ok"])
    text = report(results)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nWrote {args.json}")
    if args.record:
        RECORD.write_text(record(results, text), encoding="utf-8")
        print(f"\nWrote {RECORD.relative_to(ROOT)}")
    if args.check and not all(results["verdicts"].values()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
