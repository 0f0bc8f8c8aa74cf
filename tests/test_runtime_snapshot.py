"""The start-up snapshot (tools/runtime_snapshot.py and .js): made from the pinned core, recorded, remade when
stale, refused when damaged, and missing only with a reason.

The real snapshot's test reads the one in the runtime's cache (the fixture makes it if it is absent, about 4 s
with Node). The rest use a stand-in for Node: a small Python script that writes known bytes, so they run in
milliseconds and need no Node. tests/test_run_in_browser.py checks that the worker really starts from it.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
import sys
from pathlib import Path

import pytest

import fetch_runtime
import runtime_snapshot


@pytest.fixture(scope="module")
def real():
    pin = fetch_runtime.load_pin()
    cache = fetch_runtime.cache_dir(pin.version)
    fetch_runtime.fetch(pin, cache)
    sums = {name: item.sha256 for name, item in pin.files.items()}
    if runtime_snapshot.node() is None:
        pytest.skip("no Node.js 18 or newer: the site is built without a snapshot (the browser tests need Node too)")
    snapshot, _ = runtime_snapshot.ensure(cache, sums)
    return cache, sums, snapshot


def test_the_real_snapshot_is_pyodides_own_format_for_the_pinned_build(real):
    """Pyodide restores a snapshot only for the build id it was made with (its header holds it): this one's is
    the pinned pyodide.js's, and the memory is whole (header + the WebAssembly memory, a multiple of 64 KiB)."""
    cache, sums, snapshot = real
    assert runtime_snapshot.current(cache, sums) == snapshot
    record = json.loads((cache / runtime_snapshot.RECORD).read_text(encoding="utf-8"))
    with gzip.open(snapshot.path, "rb") as stream:
        header = stream.read(48)
    # Eight little-endian 32-bit words, each written as 8 hex digits (pyodide.asm.js, decodeBuildId).
    build_id = "".join(f"{int.from_bytes(header[i : i + 4], 'little'):08x}" for i in range(16, 48, 4))
    loader = (cache / "pyodide.js").read_text(encoding="utf-8")
    assert f'BUILD_ID:"{build_id}"' in loader, "the snapshot's build id is not the pinned Pyodide's"
    offset = int.from_bytes(header[4:8], "little")
    assert (record["size"] - offset) % 65536 == 0 and record["size"] - offset >= 16 * 2**20
    assert record["made_from"] == runtime_snapshot.inputs_of(cache, sums)


# --- with a stand-in for Node -------------------------------------------------------------------

STAND_IN = """#!{python}
import sys
if sys.argv[1:] == ["--version"]:
    print("v{major}.0.0")
    sys.exit(0)
script, cache, output = sys.argv[1:]
if "{fail}":
    print("Error: Pyodide could not start\\n    at loadPyodide", file=sys.stderr)
    sys.exit(1)
open(output, "wb").write(b"memory " * 1000)
"""


def stand_in(tmp_path: Path, major: int = 20, fail: bool = False) -> str:
    path = tmp_path / f"node-{major}-{int(fail)}"
    path.write_text(STAND_IN.format(python=sys.executable, major=major, fail="yes" if fail else ""))
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    for name in runtime_snapshot.INPUTS:
        (folder / name).write_bytes(f"the {name}\n".encode())
    maker = tmp_path / "runtime_snapshot.js"
    maker.write_text("// the maker\n")
    monkeypatch.setattr(runtime_snapshot, "SCRIPT", maker)
    monkeypatch.delenv(runtime_snapshot.NODE_ENV, raising=False)
    return folder


def test_a_snapshot_is_made_gzipped_in_the_same_bytes_and_recorded(cache, tmp_path, monkeypatch):
    monkeypatch.setenv(runtime_snapshot.NODE_ENV, stand_in(tmp_path))
    assert runtime_snapshot.current(cache) is None
    made, how = runtime_snapshot.ensure(cache)
    assert how == "made" and made.path == cache / runtime_snapshot.SNAPSHOT
    assert gzip.decompress(made.path.read_bytes()) == b"memory " * 1000
    first = made.path.read_bytes()
    assert runtime_snapshot.ensure(cache) == (made, "cached")
    # Made again, it is the same bytes (gzip without a time stamp), so a rebuild changes nothing.
    assert runtime_snapshot.make(cache).gz_sha256 == made.gz_sha256 and made.path.read_bytes() == first
    assert made.integrity.startswith("sha256-") and len(made.integrity) == 7 + 44
    assert not [p for p in cache.iterdir() if p.name.startswith("snapshot-")], "a temporary folder was left"


@pytest.mark.parametrize("changed", ["maker", "core file"])
def test_a_snapshot_is_stale_once_its_maker_or_a_core_file_changes(cache, tmp_path, monkeypatch, changed):
    monkeypatch.setenv(runtime_snapshot.NODE_ENV, stand_in(tmp_path))
    runtime_snapshot.make(cache)
    if changed == "maker":
        runtime_snapshot.SCRIPT.write_text("// a newer maker\n")
    else:
        (cache / "python_stdlib.zip").write_bytes(b"another standard library\n")
    assert runtime_snapshot.current(cache) is None
    assert runtime_snapshot.ensure(cache)[1] == "made"


def test_a_damaged_snapshot_stops_with_both_sums_and_the_repair(cache, tmp_path, monkeypatch):
    monkeypatch.setenv(runtime_snapshot.NODE_ENV, stand_in(tmp_path))
    made = runtime_snapshot.make(cache)
    made.path.write_bytes(b"not the snapshot")
    with pytest.raises(runtime_snapshot.SnapshotError) as failure:
        runtime_snapshot.current(cache)
    message = str(failure.value)
    assert str(made.path) in message and made.gz_sha256 in message
    assert "uv run python tools/fetch_runtime.py" in message


def test_without_node_there_is_no_snapshot_and_the_reason_is_given(cache, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert runtime_snapshot.node() is None
    snapshot, why = runtime_snapshot.ensure(cache)
    assert snapshot is None and "needs Node.js 18 or newer" in why
    # A Node too old for Pyodide counts as none.
    monkeypatch.setenv(runtime_snapshot.NODE_ENV, stand_in(tmp_path, major=16))
    assert runtime_snapshot.node() is None


def test_a_failing_maker_stops_with_what_it_said(cache, tmp_path, monkeypatch):
    monkeypatch.setenv(runtime_snapshot.NODE_ENV, stand_in(tmp_path, fail=True))
    with pytest.raises(runtime_snapshot.SnapshotError) as failure:
        runtime_snapshot.ensure(cache)
    assert "failed (exit 1)" in str(failure.value) and "Pyodide could not start" in str(failure.value)
    assert not (cache / runtime_snapshot.SNAPSHOT).exists() and not (cache / runtime_snapshot.RECORD).exists()


def test_ci_makes_the_snapshot_or_fails():
    """.ci/run and the workflows that build the site ask the fetch for the snapshot and fail without it."""
    root = Path(__file__).resolve().parent.parent
    runs = [(root / ".ci" / "run").read_text(encoding="utf-8")]
    runs += [(root / ".github" / "workflows" / f"{name}.yml").read_text(encoding="utf-8") for name in ("ci", "deploy")]
    for text in runs:
        assert "tools/fetch_runtime.py --require-snapshot" in text
    assert os.path.isfile(root / "tools" / "runtime_snapshot.js")
