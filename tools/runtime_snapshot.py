"""The start-up snapshot of the site's Pyodide: made once per cache, shipped with the runtime.

A reader's first Run waits for Python to start in their browser. Pyodide's
standard library is Python source, so starting compiles every module Python
imports on the way up; on a 2-core machine that is seconds (bench/RUNTIME.md
measures it). tools/runtime_snapshot.js starts that Python once, in Node.js,
and saves its memory; the worker restores it instead of starting Python.

The snapshot is derived from the pinned files, not downloaded, so it is not
pinned in data/runtime.yml. It is made next to them in the runtime's cache,
gzipped (the server need not compress it), with ``snapshot.json`` beside it:
the sums of the snapshot, of the script that made it and of the files it was
made from. It is made again whenever one of those changes, and the build
checks the gzipped file against its record, as it checks the pinned files.

Making it needs Node.js 18 or newer (the browser tests need Node for axe-core
anyway). Without Node the site ships no snapshot and readers' workers start
Python the ordinary way, which is slower but gives the same results.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "runtime_snapshot.js"
SNAPSHOT = "snapshot.bin.gz"
RECORD = "snapshot.json"
# What the snapshot is made from: Pyodide's core. Packages are loaded after it
# is restored, so they are not inputs.
INPUTS = ("pyodide.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip")
NODE_ENV = "AITB_NODE"  # the Node.js to use, if not the `node` on PATH
MAKE_TIMEOUT = 300  # seconds: a bound for a busy machine; it takes about 4 s here
NODE_VERSION = re.compile(r"v(\d+)\.")


class SnapshotError(Exception):
    """The snapshot could not be made, or the cached one does not match its record."""


@dataclass
class Snapshot:
    path: Path
    gz_sha256: str
    gz_size: int

    @property
    def integrity(self) -> str:
        """The Subresource Integrity string of the gzipped file, for the worker's fetch."""
        return "sha256-" + base64.b64encode(bytes.fromhex(self.gz_sha256)).decode("ascii")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inputs_of(cache: Path, sums: dict[str, str] | None = None) -> dict[str, str]:
    """The sums of what a snapshot is made from: the maker script and Pyodide's core files.

    sums: the files' sums where already known (the pin's, once the cache is verified)."""
    sums = sums or {}
    made_from = {"runtime_snapshot.js": _sha256(SCRIPT)}
    for name in INPUTS:
        made_from[name] = sums.get(name) or _sha256(cache / name)
    return made_from


def node() -> str | None:
    """The Node.js to run the maker with, or None when there is none of version 18 or newer."""
    command = os.environ.get(NODE_ENV) or shutil.which("node")
    if not command:
        return None
    try:
        version = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = NODE_VERSION.match(version.strip())
    return command if match and int(match.group(1)) >= 18 else None


def current(cache: Path, sums: dict[str, str] | None = None) -> Snapshot | None:
    """The cached snapshot, if it was made from exactly these inputs; None if absent or stale.

    Raises SnapshotError when the record matches but the gzipped file does not (a damaged cache)."""
    record_path, path = cache / RECORD, cache / SNAPSHOT
    if not record_path.is_file() or not path.is_file():
        return None
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    if record.get("made_from") != inputs_of(cache, sums):
        return None
    found = _sha256(path)
    if found != record.get("gz_sha256"):
        raise SnapshotError(
            f"{path}: sha256 {found}, but {record_path} says {record.get('gz_sha256')}; delete both and run "
            "`uv run python tools/fetch_runtime.py` to make it again"
        )
    return Snapshot(path, found, path.stat().st_size)


def make(cache: Path, sums: dict[str, str] | None = None, command: str | None = None) -> Snapshot:
    """Make the snapshot from the cached Pyodide files, gzip it and record it. Raises SnapshotError."""
    command = command or node()
    if command is None:
        raise SnapshotError(f"it needs Node.js 18 or newer, as `node` on PATH or in ${NODE_ENV}")
    made_from = inputs_of(cache, sums)
    with tempfile.TemporaryDirectory(prefix="snapshot-", dir=cache) as folder:
        raw = Path(folder) / "snapshot.bin"
        try:
            done = subprocess.run(
                [command, str(SCRIPT), str(cache), str(raw)],
                capture_output=True,
                text=True,
                timeout=MAKE_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise SnapshotError(f"{SCRIPT.name} ran past {MAKE_TIMEOUT} s") from None
        if done.returncode != 0 or not raw.is_file():
            said = (done.stderr or done.stdout).strip().splitlines()[-12:]
            raise SnapshotError(f"{SCRIPT.name} failed (exit {done.returncode}):\n    " + "\n    ".join(said))
        data = raw.read_bytes()
        # mtime=0: the same bytes every time from the same snapshot.
        packed = Path(folder) / SNAPSHOT
        packed.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        record = {
            "made_from": made_from,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "gz_sha256": _sha256(packed),
            "gz_size": packed.stat().st_size,
        }
        os.replace(packed, cache / SNAPSHOT)
        (cache / RECORD).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return Snapshot(cache / SNAPSHOT, record["gz_sha256"], record["gz_size"])


def ensure(cache: Path, sums: dict[str, str] | None = None) -> tuple[Snapshot | None, str]:
    """The current snapshot, made if absent or stale; or None and why there is none."""
    absent = [name for name in INPUTS if not (cache / name).is_file()]
    if absent:
        return None, f"no snapshot: the runtime has no {', '.join(absent)} to make it from"
    found = current(cache, sums)
    if found is not None:
        return found, "cached"
    if node() is None:
        return None, f"no snapshot: making one needs Node.js 18 or newer (`node` on PATH, or ${NODE_ENV})"
    return make(cache, sums), "made"
