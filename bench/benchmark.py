"""Benchmark the site: build time against a bare Material build, and page weight.

Run by hand from the repository root:

    uv run python bench/benchmark.py              # 5 timed builds per case
    uv run python bench/benchmark.py --runs 3 --json bench/results/latest.json
    uv run python bench/benchmark.py --check      # exit 1 if a target fails

It measures:

1. Build time of the real site (``mkdocs build --strict``), each run a fresh
   process, median of N runs, in two cases:
   (a) warm notebook cache (one untimed build fills it first);
   (b) empty notebook cache (``.cache/mkdocs-jupyter`` deleted before each run).
2. Build time of a bare baseline: the same Markdown pages and assets (no
   notebook pages) with a minimal Material config whose only extension is
   ``pymdownx.snippets`` (so ``--8<--`` lines resolve). Target: real/bare <= 3.
3. Page weight: for every built page except 404.html, the gzip-compressed
   (level 6) bytes of the HTML plus the same-site stylesheets, scripts and
   images it references. Target: <= 100 KB (1 KB = 1000 bytes) per page.
   Material's search index and search worker are listed on their own and are
   not part of the per-page totals.

Standard library plus PyYAML only. Temporary folders are removed at the end.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import os
import platform
import posixpath
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
RECORD = ROOT / "bench" / "RESULTS.md"
NOTEBOOK_CACHE = ROOT / ".cache" / "mkdocs-jupyter"

MAX_RATIO = 3.0  # real build time / bare build time
PAGE_BUDGET_KB = 100  # gzip bytes a first visit transfers, per page
KB = 1000  # bytes
GZIP_LEVEL = 6

NOTEBOOK_SUFFIXES = (".py", ".ipynb")
# What the bare copy of docs/ keeps besides Markdown: static assets.
ASSET_SUFFIXES = {".svg", ".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico"}
# Fetched by Material's JavaScript, not by the page's markup.
SEARCH_INDEX = "search/search_index.json"
SITEMAP = "sitemap.xml"
# A statement of overrides/partials/lazy-search.js, which every page carries inline (its comments slimmed away).
LAZY_SEARCH_MARK = "this.__searchIndex = /search"
INSTANT_MARK = '"navigation.instant"'  # in the page's __config when Material's instant navigation is on
PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-jupyter", "PyYAML")


class BuildError(RuntimeError):
    pass


# --- the machine -------------------------------------------------------------


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def machine() -> dict:
    cpu = ""
    for line in _read("/proc/cpuinfo").splitlines():
        if line.lower().startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    cpu = cpu or platform.processor() or platform.machine()

    memory_bytes = None
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            memory_bytes = int(line.split()[1]) * 1024
            break

    os_name = ""
    for line in _read("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            os_name = line.split("=", 1)[1].strip().strip('"')
            break
    os_text = f"{os_name} ({platform.system()} {platform.release()}, {platform.machine()})".strip()

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()

    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None

    try:
        load = list(os.getloadavg())
    except OSError:
        load = None

    return {
        "cpu_model": cpu,
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "memory_bytes": memory_bytes,
        "os": os_text,
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "packages": versions,
        "load_average_at_start": load,
    }


# --- builds ------------------------------------------------------------------


def build_env() -> dict:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def run_build(config: Path, site_dir: Path, cwd: Path, strict: bool) -> dict:
    """One `mkdocs build` in a fresh process; returns wall time and cache log counts."""
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config), "--site-dir", str(site_dir)]
    if strict:
        command.append("--strict")
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=build_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    log = done.stdout + done.stderr
    if done.returncode != 0:
        tail = "\n".join(log.strip().splitlines()[-25:])
        raise BuildError(f"build failed ({' '.join(command)}), exit {done.returncode}:\n{tail}")
    return {
        "seconds": seconds,
        "cache_hits": log.count("Cache hit:"),
        "cache_misses": log.count("Cache miss"),
    }


def timed_builds(label: str, runs: int, config: Path, cwd: Path, scratch: Path, strict: bool, before=None) -> dict:
    results = []
    for index in range(runs):
        site_dir = scratch / f"{label}-{index}"
        if before is not None:
            before()
        result = run_build(config, site_dir, cwd, strict)
        shutil.rmtree(site_dir, ignore_errors=True)
        results.append(result)
        print(f"  {label:<12} run {index + 1}/{runs}: {result['seconds']:.2f} s", file=sys.stderr, flush=True)
    times = [r["seconds"] for r in results]
    return {
        "runs_s": times,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "cache_hits": sum(r["cache_hits"] for r in results),
        "cache_misses": sum(r["cache_misses"] for r in results),
    }


def clear_notebook_cache() -> None:
    shutil.rmtree(NOTEBOOK_CACHE, ignore_errors=True)


def load_config() -> dict:
    with CONFIG.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def drop_notebooks(nav):
    """The nav without entries that point at notebook pages (None if nothing is left)."""
    if isinstance(nav, str):
        return None if nav.lower().endswith(NOTEBOOK_SUFFIXES) else nav
    if isinstance(nav, list):
        kept = [item for item in (drop_notebooks(entry) for entry in nav) if item is not None]
        return kept or None
    if isinstance(nav, dict):
        kept = {}
        for title, value in nav.items():
            value = drop_notebooks(value)
            if value is not None:
                kept[title] = value
        return kept or None
    return nav


def snippets_base_paths(config: dict) -> list[str]:
    """pymdownx.snippets base_path of the real config, made absolute."""
    for entry in config.get("markdown_extensions") or []:
        if isinstance(entry, dict) and "pymdownx.snippets" in entry:
            base = (entry["pymdownx.snippets"] or {}).get("base_path", ["."])
            base = [base] if isinstance(base, str) else list(base)
            return [str((ROOT / path).resolve()) for path in base]
    return [str(ROOT / "snippets")]


def make_bare_site(config: dict, where: Path) -> tuple[Path, dict]:
    """Write the bare baseline: a copy of the docs' Markdown and assets and a minimal config."""
    docs_src = (ROOT / config.get("docs_dir", "docs")).resolve()
    docs_copy = where / "docs"
    counts = {"markdown": 0, "assets": 0}
    for path in sorted(docs_src.rglob("*")):
        if not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix == ".md":
            counts["markdown"] += 1
        elif suffix in ASSET_SUFFIXES:
            counts["assets"] += 1
        else:
            continue
        target = docs_copy / path.relative_to(docs_src)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)

    bare = {
        "site_name": config.get("site_name", "Baseline"),
        "docs_dir": str(docs_copy),
        "theme": {"name": "material"},
        "markdown_extensions": [{"pymdownx.snippets": {"base_path": snippets_base_paths(config)}}],
    }
    nav = drop_notebooks(config.get("nav"))
    if nav is not None:
        bare["nav"] = nav
    config_path = where / "mkdocs.yml"
    config_path.write_text(yaml.safe_dump(bare, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return config_path, counts


# --- page weight -------------------------------------------------------------


class References(HTMLParser):
    """Collects stylesheet, script and image URLs, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = {name: (value or "") for name, value in attrs}
        if tag == "link":
            rel = attrs.get("rel", "").lower().split()
            if "stylesheet" in rel and attrs.get("href"):
                self.urls.append(("stylesheet", attrs["href"]))
            elif "icon" in rel and attrs.get("href"):
                self.urls.append(("icon", attrs["href"]))
        elif tag == "script" and (attrs.get("src") or attrs.get("data-after-paint")):
            # data-after-paint: Material's script, loaded after the first paint (overrides/main.html)
            self.urls.append(("script", attrs.get("src") or attrs["data-after-paint"]))
        elif tag == "img" and attrs.get("src"):
            self.urls.append(("image", attrs["src"]))

    handle_startendtag = handle_starttag


class GzipSizes:
    def __init__(self) -> None:
        self._sizes: dict[Path, tuple[int, int]] = {}

    def __call__(self, path: Path) -> tuple[int, int]:
        """(raw bytes, gzip bytes) of a file."""
        if path not in self._sizes:
            data = path.read_bytes()
            self._sizes[path] = (len(data), len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)))
        return self._sizes[path]


def resolve(url: str, page: str, site_url: str) -> tuple[str, str | None]:
    """Classify a reference: ("data"|"site"|"external", site-relative path or None)."""
    url = url.strip()
    if url.lower().startswith("data:"):
        return "data", None
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        absolute = url if parts.scheme else "https:" + url
        if site_url and absolute.split("#")[0].split("?")[0].startswith(site_url):
            path = urlsplit(absolute).path[len(urlsplit(site_url).path) :]
            return "site", posixpath.normpath(unquote(path) or ".")
        return "external", None
    path = unquote(parts.path)
    if not path:
        return "site", page
    if path.startswith("/"):
        prefix = urlsplit(site_url).path if site_url else "/"
        path = path[len(prefix) :] if path.startswith(prefix) else path.lstrip("/")
    else:
        path = posixpath.join(posixpath.dirname(page), path)
    path = posixpath.normpath(path)
    if url.split("?")[0].split("#")[0].endswith("/"):
        path = posixpath.join(path, "index.html")
    return "site", path


def search_worker(site: Path) -> str | None:
    """The search worker Material names in the __config block of the home page."""
    home = site / "index.html"
    if not home.exists():
        return None
    text = home.read_text(encoding="utf-8")
    marker = '<script id="__config" type="application/json">'
    start = text.find(marker)
    if start < 0:
        return None
    end = text.find("</script>", start)
    try:
        return json.loads(text[start + len(marker) : end]).get("search")
    except json.JSONDecodeError:
        return None


def page_weight(site: Path, site_url: str) -> dict:
    sizes = GzipSizes()
    pages = []
    resources: dict[str, dict] = {}
    problems = []
    # Material's JavaScript fetches these on a first visit over http(s) as
    # soon as the page loads: the sitemap when instant navigation is on, and
    # the search worker and index unless the page carries the site's
    # lazy-search script (overrides/partials/lazy-search.js), which holds them
    # back until the reader starts a search. What a page loads counts towards
    # its total.
    by_script = {}
    worker = search_worker(site)
    for label, path in (
        ("search index", SEARCH_INDEX),
        ("search worker", worker),
        ("sitemap (instant navigation only)", SITEMAP),
    ):
        if path and (site / path).is_file():
            raw, gz = sizes(site / path)
            by_script[path] = {"what": label, "raw_bytes": raw, "gzip_bytes": gz}
    search_files = {SEARCH_INDEX, worker}
    sitemap_gz = by_script.get(SITEMAP, {}).get("gzip_bytes", 0)
    search_gz = sum(e["gzip_bytes"] for path, e in by_script.items() if path in search_files)

    for html_path in sorted(site.rglob("*.html")):
        page = html_path.relative_to(site).as_posix()
        if html_path.name == "404.html":
            continue
        parser = References()
        parser.feed(html_path.read_text(encoding="utf-8"))
        parser.close()
        html_raw, html_gz = sizes(html_path)
        seen: set[str] = set()
        assets_gz = 0
        external = []
        for kind, url in parser.urls:
            where, path = resolve(url, page, site_url)
            if where == "data":
                continue
            if where == "external":
                external.append(url)
                continue
            if path in seen:
                continue
            seen.add(path)
            file = site / path
            if path.startswith("..") or not file.is_file():
                problems.append(f"{page}: {kind} {url} not found in the built site")
                continue
            raw, gz = sizes(file)
            assets_gz += gz
            entry = resources.setdefault(path, {"kind": kind, "raw_bytes": raw, "gzip_bytes": gz, "pages": 0})
            entry["pages"] += 1
        html = html_path.read_text(encoding="utf-8")
        lazy_search = LAZY_SEARCH_MARK in html
        by_script_gz = (sitemap_gz if INSTANT_MARK in html else 0) + (0 if lazy_search else search_gz)
        total = html_gz + assets_gz + by_script_gz
        pages.append(
            {
                "page": page,
                "html_raw_bytes": html_raw,
                "html_gzip_bytes": html_gz,
                "assets_gzip_bytes": assets_gz,
                "fetched_by_script_gzip_bytes": by_script_gz,
                "search_loaded_on_demand": lazy_search,
                "total_gzip_bytes": total,
                "assets": sorted(seen),
                "external": external,
                "pass": total <= PAGE_BUDGET_KB * KB,
            }
        )

    return {
        "budget_kb": PAGE_BUDGET_KB,
        "kb_bytes": KB,
        "gzip_level": GZIP_LEVEL,
        "pages": pages,
        "resources": dict(sorted(resources.items(), key=lambda item: -item[1]["gzip_bytes"])),
        "fetched_by_script": by_script,
        "problems": problems,
        "pass": all(page["pass"] for page in pages) and bool(pages),
    }


# --- report ------------------------------------------------------------------


def kb(n: int) -> str:
    return f"{n / KB:.1f}"


def machine_lines(m: dict) -> list[str]:
    """The machine's CPU, cores, memory and OS, as every benchmark report names them."""
    lines = [
        "Machine",
        f"  CPU     {m['cpu_model']}",
        f"  cores   {m['cpu_count']} ({m['cpu_usable']} usable by this process)",
    ]
    if m["memory_bytes"]:
        lines.append(f"  memory  {m['memory_bytes'] / 2**30:.1f} GiB")
    lines.append(f"  OS      {m['os']}")
    return lines


def report(results: dict) -> str:
    m = results["machine"]
    out = machine_lines(m)
    add = out.append
    add(f"  Python  {m['python']} ({m['python_implementation']})")
    add("  " + ", ".join(f"{name} {version}" for name, version in m["packages"].items()))
    if m["load_average_at_start"]:
        add("  load average at start: " + " ".join(f"{x:.2f}" for x in m["load_average_at_start"]))

    b = results["builds"]
    add("")
    add(f"Build time (wall, fresh process per run, median of {results['runs']})")
    rows = [
        ("real, warm notebook cache", b["real_warm"]),
        ("real, empty notebook cache", b["real_empty_cache"]),
        ("bare Material baseline", b["bare"]),
    ]
    for label, r in rows:
        runs = " ".join(f"{t:.2f}" for t in r["runs_s"])
        cache = ""
        if label.startswith("real"):
            cache = f"  [notebook cache: {r['cache_hits']} hits, {r['cache_misses']} misses]"
        add(f"  {label:<28} {r['median_s']:6.2f} s   (runs: {runs}){cache}")
    bare = b["bare_copy"]
    add(f"  baseline: {bare['markdown']} Markdown pages, {bare['assets']} assets, pymdownx.snippets only, not strict")
    for key, label in (("real_warm", "(a) warm cache "), ("real_empty_cache", "(b) empty cache")):
        ratio = results["ratios"][key]
        verdict = "PASS" if ratio <= MAX_RATIO else "FAIL"
        add(f"  ratio real/bare {label}: {ratio:5.2f}  (target <= {MAX_RATIO:g})  {verdict}")

    w = results["page_weight"]
    add("")
    add(
        f"Page weight, first visit, gzip level {w['gzip_level']} "
        f"(1 KB = {w['kb_bytes']} bytes, budget {w['budget_kb']} KB)"
    )
    width = max([len(p["page"]) for p in w["pages"]] + [4])
    add(f"  {'page':<{width}}  {'HTML gz B':>10}  {'assets gz B':>11}  {'by script B':>11}  {'total gz KB':>11}")
    for p in w["pages"]:
        verdict = "PASS" if p["pass"] else "FAIL (over budget)"
        add(
            f"  {p['page']:<{width}}  {p['html_gzip_bytes']:>10}  {p['assets_gzip_bytes']:>11}"
            f"  {p['fetched_by_script_gzip_bytes']:>11}  {kb(p['total_gzip_bytes']):>11}  {verdict}"
        )
    add("  assets referenced (raw B -> gz B, pages):")
    for path, r in w["resources"].items():
        add(f"    {path}: {r['raw_bytes']} -> {r['gzip_bytes']} ({r['pages']})")
    lazy = [p["page"] for p in w["pages"] if p["search_loaded_on_demand"]]
    add(
        "  fetched by Material's JavaScript (sitemap on load with instant navigation; the search files on load, or only"
    )
    add(f"  when the reader starts a search on pages with lazy search: {len(lazy)} of {len(w['pages'])}):")
    for path, r in w["fetched_by_script"].items():
        add(f"    {r['what']}: {path}: {r['raw_bytes']} -> {r['gzip_bytes']} gz B")
    external = sorted({url for p in w["pages"] for url in p["external"]})
    if external:
        add("  external references (not counted): " + ", ".join(external))
    for problem in w["problems"]:
        add(f"  warning: {problem}")
    add(f"  page budget: {'PASS' if w['pass'] else 'FAIL'}")

    add("")
    add(f"Overall: {'PASS' if results['pass'] else 'FAIL'}")
    return "\n".join(out)


# --- main --------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=(
            "Benchmark the site: median cold build time (warm and empty notebook cache) "
            "against a bare Material build of the same Markdown, and the gzip weight of "
            "every built page."
        ),
    )
    parser.add_argument("--runs", type=int, default=5, metavar="N", help="timed builds per case (default: 5)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write all numbers to this JSON file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target fails (default: always exit 0)")
    parser.add_argument(
        "--record",
        action="store_true",
        help=f"write the report, with the commit it measured, to {RECORD.relative_to(ROOT)}",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    config = load_config()
    results: dict = {"runs": args.runs, "machine": machine()}
    builds: dict = {}
    try:
        with tempfile.TemporaryDirectory(prefix="bench-") as temp:
            scratch = Path(temp)
            print("Building (progress on stderr) ...", file=sys.stderr, flush=True)

            # (a) warm cache: one untimed build fills it; its site is kept for page weight.
            real_site = scratch / "real-site"
            run_build(CONFIG, real_site, ROOT, strict=True)
            builds["real_warm"] = timed_builds("real-warm", args.runs, CONFIG, ROOT, scratch, strict=True)
            # (b) empty cache before every run. The last run leaves it filled again.
            builds["real_empty_cache"] = timed_builds(
                "real-empty", args.runs, CONFIG, ROOT, scratch, strict=True, before=clear_notebook_cache
            )

            # Baseline: bare Material config over a copy of the Markdown and assets.
            bare_dir = scratch / "bare"
            bare_config, counts = make_bare_site(config, bare_dir)
            run_build(bare_config, scratch / "bare-warmup", bare_dir, strict=False)  # untimed, like (a)
            shutil.rmtree(scratch / "bare-warmup", ignore_errors=True)
            builds["bare"] = timed_builds("bare", args.runs, bare_config, bare_dir, scratch, strict=False)
            builds["bare_copy"] = counts

            results["builds"] = builds
            results["ratios"] = {
                key: builds[key]["median_s"] / builds["bare"]["median_s"] for key in ("real_warm", "real_empty_cache")
            }
            results["max_ratio"] = MAX_RATIO
            results["ratios_pass"] = all(ratio <= MAX_RATIO for ratio in results["ratios"].values())
            results["page_weight"] = page_weight(real_site, config.get("site_url") or "")
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    results["pass"] = results["ratios_pass"] and results["page_weight"]["pass"]
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nWrote {args.json}")
    if args.record:
        RECORD.write_text(record(results), encoding="utf-8")
        print(f"\nWrote {RECORD.relative_to(ROOT)}")
    if args.check and not results["pass"]:
        return 1
    return 0


def commit() -> str:
    """The commit being measured, as `git describe --always --dirty` names it."""
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def record(results: dict) -> str:
    """bench/RESULTS.md: the report as committed, naming the commit it measured."""
    return (
        "# Benchmark results\n\n"
        f"Written by `uv run python bench/benchmark.py --runs {results['runs']} --record` "
        f"at commit `{commit()}`. Re-run it to refresh this file; bench/README.md says what is measured.\n\n"
        "```text\n" + report(results) + "\n```\n"
    )


if __name__ == "__main__":
    sys.exit(main())
