"""The in-browser Python runtime: the site serves Pyodide itself, from ``<site>/pyodide/``.

Readers can run the examples in their browser: a Web Worker loads
``pyodide/pyodide.js``, then the packages a program imports, all from this
site, since no request may go to another host. data/runtime.yml pins every
file by size and sha256; tools/fetch_runtime.py keeps them in a cache outside
git. This hook:

1. Before the build, makes sure every pinned file is in the cache (fetching
   what is missing, so ``uv run mkdocs serve`` on a fresh clone just works),
   hashes every cached file again (about 0.03 s for the 27 MB) and stops the
   build on any mismatch, naming the file, both sums, the pin and the command
   that repairs the cache. It also checks that the pinned packages are exactly
   the wanted ones and their dependencies in the official lock, with its sums.
2. After the build, puts the files in ``<site>/pyodide/``: hard links to the
   cache where the file system allows, copies where it does not, never
   symbolic links (the Pages artifact would hold the link, not the file).
   Next to them it writes
   - ``pyodide-lock.json``: the official lock with only the shipped packages'
     entries, unchanged, and its ``info``; sorted, so the bytes are the same
     at every build. Pyodide can never ask for a package the site lacks.
   - ``runtime.json``, what the worker reads first: ``packages``, the module
     names those packages provide (``["PIL", ..., "matplotlib", ...,
     "numpy", ...]``, from the lock's ``imports``), so the worker can tell a
     reader plainly that an import is not available here; and ``snapshot``,
     the start-up snapshot's file name and its Subresource Integrity sum, or
     null when the site has none.
   - ``snapshot.bin.gz``: Python's memory once started, which the worker
     restores instead of starting Python (tools/runtime_snapshot.py). It is
     made once per cache, with Node.js; without Node the build says so and
     ships none, and the worker starts Python the ordinary way.

The cache is outside the repository by default, so ``mkdocs serve`` never
watches it; a cache inside the docs, the site or a watched folder is refused,
and so is a file of the docs that would land in ``<site>/pyodide/``.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import sys
import time
from pathlib import Path

from mkdocs.exceptions import PluginError

PIN = "data/runtime.yml"
FOLDER = "pyodide"
RUNTIME_JSON = "runtime.json"
TOOLS = Path(__file__).resolve().parent.parent / "tools"

log = logging.getLogger("mkdocs.hooks.runtime")


def _tool(name: str):
    """A module of tools/ (loaded once, by path): fetch_runtime fetches and verifies, runtime_snapshot makes
    the start-up snapshot."""
    path = TOOLS / f"{name}.py"
    loaded = sys.modules.get(name)
    if loaded is not None and Path(loaded.__file__).resolve() == path:
        return loaded
    if not path.is_file():
        raise PluginError(f"hooks/runtime.py needs {path}, which is missing")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


fetch_runtime = _tool("fetch_runtime")
runtime_snapshot = _tool("runtime_snapshot")
_state: dict = {}


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    try:
        pin = fetch_runtime.load_pin(root / PIN, shown=PIN)
    except fetch_runtime.RuntimeFilesError as error:
        raise PluginError(str(error)) from None
    cache = fetch_runtime.cache_dir(pin.version).resolve()
    for folder in [config.docs_dir, config.site_dir, *config.watch]:
        if _inside(cache, Path(folder).resolve()):
            raise PluginError(
                f"the Python runtime's cache, {cache}, is inside {folder}, which the build reads, writes or "
                f"watches; set {fetch_runtime.CACHE_ENV} to a folder outside it (or unset it for the default, "
                f"{fetch_runtime.cache_dir(pin.version, env={})})"
            )
    _state.clear()
    _state.update(pin=pin, cache=cache)
    return config


def on_pre_build(config):
    pin, cache = _state["pin"], _state["cache"]
    started = time.perf_counter()
    try:
        status = fetch_runtime.check(pin, cache)
        if status.bad:
            raise fetch_runtime.VerifyError(fetch_runtime.describe(pin, cache, status))
        if status.missing:
            log.info(f"{len(status.missing)} of {len(pin.files)} Pyodide files are not in {cache}: fetching them")
            fetch_runtime.fetch(pin, cache, log=log.info)
            fetch_runtime.verify(pin, cache)
        lock = fetch_runtime.read_lock(cache)
        fetch_runtime.check_against_lock(pin, lock)
    except fetch_runtime.RuntimeFilesError as error:
        raise PluginError(f"hooks/runtime.py: {error}") from None
    _state["lock"] = lock
    _state["snapshot"] = _snapshot(pin, cache)
    _state["seconds"] = time.perf_counter() - started


def _snapshot(pin, cache: Path):
    """The start-up snapshot for the verified cache, made when absent or stale; None when it cannot be."""
    if not set(runtime_snapshot.INPUTS) <= set(pin.files):
        return None  # a runtime without Pyodide's core (the tests' fake one): nothing to make it from, quietly
    try:
        snapshot, how = runtime_snapshot.ensure(cache, {name: item.sha256 for name, item in pin.files.items()})
    except runtime_snapshot.SnapshotError as error:
        raise PluginError(f"hooks/runtime.py: the start-up snapshot: {error}") from None
    if snapshot is None:
        log.info(f"{how}; readers' first Run will start Python without it, a few seconds slower")
    elif how == "made":
        log.info(f"made the start-up snapshot of Pyodide ({snapshot.gz_size / 1e6:.1f} MB gzipped) in {cache}")
    return snapshot


def runtime_json(lock: dict, packages, snapshot) -> bytes:
    """runtime.json: the modules a reader's program may import besides the standard library, and the snapshot."""
    found = None if snapshot is None else {"file": runtime_snapshot.SNAPSHOT, "integrity": snapshot.integrity}
    data = {"packages": fetch_runtime.import_names(lock, packages), "snapshot": found}
    return (json.dumps(data, sort_keys=True) + "\n").encode("utf-8")


def on_files(files, config):
    for file in files:
        if file.dest_uri == FOLDER or file.dest_uri.startswith(f"{FOLDER}/"):
            raise PluginError(
                f"docs/{file.src_uri}: <site>/{FOLDER}/ holds the Python runtime (hooks/runtime.py); "
                "move this file elsewhere"
            )
    return files


def place(source: Path, target: Path) -> str:
    """A hard link to the cached file, or a copy where the cache is on another file system."""
    try:
        os.link(source, target)
        return "linked"
    except OSError:
        shutil.copyfile(source, target)
        return "copied"


def on_post_build(config):
    pin, cache, lock = _state["pin"], _state["cache"], _state["lock"]
    started = time.perf_counter()
    target = Path(config.site_dir) / FOLDER
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    # The official lock is not copied: the site gets it trimmed, below.
    how = {place(cache / name, target / name) for name in pin.files if name != fetch_runtime.LOCK}
    packages = pin.shipped_packages
    (target / fetch_runtime.LOCK).write_bytes(fetch_runtime.trimmed_lock(lock, packages))
    snapshot = _state["snapshot"]
    if snapshot is not None:
        how.add(place(snapshot.path, target / runtime_snapshot.SNAPSHOT))
    (target / RUNTIME_JSON).write_bytes(runtime_json(lock, packages, snapshot))
    seconds = _state["seconds"] + time.perf_counter() - started
    log.debug(
        f"Pyodide {pin.version}: {len(pin.files)} files, {pin.total_size / 1e6:.1f} MB, "
        f"{' and '.join(sorted(how))} into {target} ({seconds:.3f} s in this hook)"
    )
