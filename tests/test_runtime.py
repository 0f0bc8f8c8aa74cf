"""The in-browser Python runtime: pinned, fetched, verified and shipped (data/runtime.yml, tools/fetch_runtime.py,
hooks/runtime.py).

The real runtime's tests read the cache a build or `uv run python tools/fetch_runtime.py` fills (the fixture
calls the fetch itself, which does nothing when the cache is full). Fetching, fallback and verification are tested
on a tiny fake runtime built in a temporary folder and served from file:// URLs or a loopback HTTP server: no test
here uses the network.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import http.server
import io
import json
import os
import sys
import tarfile
import threading
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from mkdocs.exceptions import PluginError

import fetch_runtime
import runtime
import runtime_snapshot
from examples import DOCS, ROOT, SNIPPETS

LOCK = fetch_runtime.LOCK
VARIABLES = ("AITB_RUNTIME_CACHE", "AITB_NPM_REGISTRY", "AITB_PYPI_URL", "AITB_ARCHIVE_URL", "XDG_CACHE_HOME")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- the real runtime -------------------------------------------------------------


@pytest.fixture(scope="module")
def real():
    """(pin, cache, official lock) of the runtime the site ships; fetched if the cache lacks anything."""
    pin = fetch_runtime.load_pin()
    cache = fetch_runtime.cache_dir(pin.version)
    fetch_runtime.fetch(pin, cache)
    return pin, cache, fetch_runtime.read_lock(cache)


def test_every_pinned_file_is_cached_and_matches(real):
    pin, cache, _ = real
    status = fetch_runtime.check(pin, cache)
    assert status.ok, fetch_runtime.describe(pin, cache, status)


def test_the_pinned_package_sums_are_the_official_locks(real):
    pin, _, lock = real
    assert lock["info"]["version"] == pin.version
    packages = {item.package: item for item in pin.files.values() if item.package}
    assert packages, "no packages pinned"
    for name, item in packages.items():
        entry = lock["packages"][name]
        assert (item.name, item.sha256) == (entry["file_name"], entry["sha256"]), f"{pin.at(item.line)}: {name}"
    fetch_runtime.check_against_lock(pin, lock)


def test_the_site_ships_the_core_and_exactly_the_closure_of_the_wanted_packages(real):
    pin, _, lock = real
    assert pin.packages == ["numpy", "matplotlib"]
    closure = fetch_runtime.closure(lock, pin.packages)
    assert pin.shipped_packages == closure
    assert {"matplotlib-pyodide", "pillow", "fonttools", "contourpy", "python-dateutil", "six"} <= closure
    assert not {"scipy", "pandas", "micropip", "pyarrow"} & closure
    core = {name for name, item in pin.files.items() if not item.package}
    assert core == {"pyodide.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", LOCK}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


# Imported by an example but not meant to run in the browser, with the reason.
NOT_IN_THE_BROWSER = {
    # The notebook asks Jupyter's inline backend for SVG figures; it needs IPython, which the site does not ship.
    "matplotlib_inline": "docs/scale/notebooks/explore.py",
}


def test_the_examples_import_only_what_the_runtime_has(real):
    """A new import in an example that the shipped runtime lacks would fail in the reader's browser."""
    pin, _, lock = real
    available = set(fetch_runtime.import_names(lock, pin.shipped_packages))
    # Standard-library modules Pyodide leaves out of python_stdlib.zip (ssl, sqlite3, lzma...) are packages of
    # their own in the lock, of type cpython_module; the site ships none of them.
    left_out = {
        name
        for entry in lock["packages"].values()
        if entry.get("package_type") == "cpython_module"
        for name in entry["imports"]
    }
    stdlib = set(sys.stdlib_module_names) - left_out
    problems = []
    # Examples with no Run button (data/not_in_browser.yml, each with its reason) may import what the page lacks.
    no_button = set(yaml.safe_load((ROOT / "data" / "not_in_browser.yml").read_text(encoding="utf-8")) or {})
    for path in [*sorted(SNIPPETS.rglob("*.py")), *sorted(DOCS.glob("*/notebooks/*.py"))]:
        if path.relative_to(ROOT).as_posix() in no_button:
            continue
        local = {p.stem for p in path.parent.glob("*.py")}
        for name in sorted(imported_modules(path) - available - stdlib - local):
            if NOT_IN_THE_BROWSER.get(name) != path.relative_to(ROOT).as_posix():
                problems.append(f"{path.relative_to(ROOT)}: imports {name}, which the in-browser runtime lacks")
    assert not problems, "\n".join(problems) + "\nAdd its package to packages: in data/runtime.yml, or don't import it."


def test_the_hook_is_registered_and_the_cache_is_not_watched():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "hooks/runtime.py" in config["hooks"]
    default = fetch_runtime.cache_dir("0.27.7", env={"HOME": str(Path.home())})
    for watched in ["docs", *config["watch"]]:
        assert not runtime._inside(default, (ROOT / watched).resolve()), f"the default cache is inside {watched}"


def test_ci_fetches_the_runtime_before_the_tests_and_caches_it_by_the_pin():
    fetch = "uv run python tools/fetch_runtime.py --require-snapshot"
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert fetch in ci_run and "uv run pytest" in ci_run and ci_run.index(fetch) < ci_run.index("uv run pytest")
    for name, job in (("ci.yml", "test"), ("deploy.yml", "build"), ("newest-deps.yml", "test")):
        workflow = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
        steps = workflow["jobs"][job]["steps"]
        assert workflow["jobs"][job].get("env", {}).get("AITB_RUNTIME_CACHE"), f"{name}: AITB_RUNTIME_CACHE not set"
        cached = [
            s for s in steps if s.get("uses", "").startswith("actions/cache@") and "runtime.yml" in s["with"]["key"]
        ]
        assert len(cached) == 1, f"{name}: no actions/cache step keyed on data/runtime.yml"
        assert cached[0]["with"]["path"] == "${{ env.AITB_RUNTIME_CACHE }}"
        assert "hashFiles('data/runtime.yml', 'tools/runtime_snapshot.js')" in cached[0]["with"]["key"]
        runs = [s.get("run", "") for s in steps]
        first_test = next(i for i, run in enumerate(runs) if "uv run pytest" in run or "mkdocs build" in run)
        assert fetch in runs and steps.index(cached[0]) < runs.index(fetch) < first_test, f"{name}: fetch too late"


@pytest.mark.xdist_group("site")  # the same worker as tests/test_site.py, so the site is built once
def test_the_built_site_serves_exactly_the_pinned_files_the_trimmed_lock_runtime_json_and_the_snapshot(site, real):
    pin, cache, lock = real
    folder = site / "pyodide"
    assert {p.name for p in folder.iterdir()} == set(pin.files) | {"runtime.json", runtime_snapshot.SNAPSHOT}
    for item in pin.files.values():
        path = folder / item.name
        assert path.is_file() and not path.is_symlink(), f"{item.name}: not a plain file"
        if item.name != LOCK:
            assert fetch_runtime.sha256_of(path) == item.sha256, f"{item.name} differs from the pin"
    shipped = fetch_runtime.closure(lock, pin.packages)
    trimmed_bytes = (folder / LOCK).read_bytes()
    trimmed = json.loads(trimmed_bytes)
    assert trimmed["info"] == lock["info"]
    assert trimmed["packages"] == {name: lock["packages"][name] for name in shipped}
    assert trimmed_bytes == fetch_runtime.trimmed_lock(lock, shipped), "the trimmed lock's bytes are not stable"
    info = json.loads((folder / "runtime.json").read_text(encoding="utf-8"))
    modules = info["packages"]
    assert modules == sorted(modules) and {"numpy", "matplotlib", "mpl_toolkits", "pylab", "PIL"} <= set(modules)
    assert not {"scipy", "pandas", "micropip"} & set(modules)
    # The snapshot the site ships is the cache's current one, and runtime.json holds its integrity sum.
    snapshot = runtime_snapshot.current(cache)
    assert snapshot is not None, "the site was built without a current start-up snapshot"
    assert fetch_runtime.sha256_of(folder / runtime_snapshot.SNAPSHOT) == snapshot.gz_sha256
    assert info["snapshot"] == {"file": runtime_snapshot.SNAPSHOT, "integrity": snapshot.integrity}


# --- a tiny fake runtime --------------------------------------------------------------

CORE = {"pyodide.js": b"// the loader\n", "pyodide.asm.wasm": b"\0asm, not really\n"}
# package -> what it depends on; `extra` is in the lock but nobody wants it.
DEPENDS = {"app": ["lib"], "lib": ["base"], "base": [], "extra": []}
WANTED = ["app"]


def wheel_name(package: str) -> str:
    return f"{package}-1.0-py3-none-any.whl"


def wheel_bytes(package: str) -> bytes:
    return f"the {package} wheel\n".encode()


def fake_lock() -> dict:
    packages = {
        name: {
            "name": name,
            "version": "1.0",
            "file_name": wheel_name(name),
            "sha256": sha256(wheel_bytes(name)),
            "depends": depends,
            "imports": [name, f"{name}_extras"] if name == "lib" else [name],
            "package_type": "package",
            "install_dir": "site",
        }
        for name, depends in DEPENDS.items()
    }
    return {"info": {"arch": "wasm32", "version": "9.9.9"}, "packages": packages}


LOCK_BYTES = json.dumps(fake_lock()).encode()
# Everything the fake site ships, and the bytes each file must have.
GOOD = {**CORE, LOCK: LOCK_BYTES, **{wheel_name(p): wheel_bytes(p) for p in ("app", "lib", "base")}}


def tar_bytes(files: dict[str, bytes], mode: str) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def npm_tarball(files: dict[str, bytes] | None = None) -> bytes:
    """Like npm's: the core and the official lock under package/."""
    files = files or {**CORE, LOCK: LOCK_BYTES}
    return tar_bytes({f"package/{name}": data for name, data in files.items()}, "w:gz")


def bundle_wheel(broken: str | None = None) -> bytes:
    """Like the PyPI wheel: the core, the packages, and a trimmed lock that is not the official one."""
    files = {**CORE, **{wheel_name(p): wheel_bytes(p) for p in DEPENDS}, LOCK: b'{"trimmed": true}'}
    if broken:
        files[broken] = b"not what the lock says\n"
    return zip_bytes({f"fake_notebook/assets/pyodide/{name}": data for name, data in files.items()})


def release_archive() -> bytes:
    """Like the release archive: everything under pyodide/."""
    files = {**GOOD, wheel_name("extra"): wheel_bytes("extra")}
    return tar_bytes({f"pyodide/{name}": data for name, data in files.items()}, "w:bz2")


def integrity(data: bytes) -> str:
    """npm's digest of a tarball."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def write_pin(folder: Path, npm: bytes, wheel: bytes) -> Path:
    """<folder>/data/runtime.yml for the fake runtime: its three archives, and the sums of what it ships."""
    files = "".join(
        f"  {name}:\n"
        + (f"    package: {name.split('-')[0]}\n" if name.endswith(".whl") else "")
        + f"    sha256: {sha256(data)}\n    size: {len(data)}\n"
        for name, data in GOOD.items()
    )
    text = f"""\
pyodide: "9.9.9"
sources:
  - kind: npm
    name: fake-pyodide
    version: "9.9.9"
    integrity: {integrity(npm)}
    folder: package
    holds: [core, lock]
  - kind: pypi
    name: fake-notebook
    version: "1.0"
    file: fake_notebook-1.0-py3-none-any.whl
    sha256: {sha256(wheel)}
    folder: fake_notebook/assets/pyodide
    holds: [core, packages]
  - kind: archive
    url: https://example.invalid/fake-9.9.9.tar.bz2
    sha256: null
    folder: pyodide
    holds: [core, lock, packages]
packages: [app]
files:
{files}"""
    path = folder / "data" / "runtime.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def publish(root: Path, npm: bytes, wheel: bytes, archive: bytes) -> None:
    """Lay the three archives out as the registries do, under `root`."""
    files = {
        "npm/fake-pyodide/-/fake-pyodide-9.9.9.tgz": npm,
        "files/fake_notebook-1.0-py3-none-any.whl": wheel,
        "releases/fake-9.9.9.tar.bz2": archive,
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    index = root / "simple" / "fake-notebook" / "index.html"
    index.parent.mkdir(parents=True)
    link = f"../../files/fake_notebook-1.0-py3-none-any.whl#sha256={sha256(wheel)}"
    index.write_text(f'<html><body><a href="{link}">fake_notebook-1.0-py3-none-any.whl</a></body></html>\n')


@pytest.fixture
def env(monkeypatch, tmp_path):
    """No AITB_ variable from the outside; the cache in tmp_path."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AITB_RUNTIME_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    return tmp_path / "cache"


def point_at(monkeypatch, base: str) -> None:
    monkeypatch.setenv("AITB_NPM_REGISTRY", f"{base}/npm")
    monkeypatch.setenv("AITB_PYPI_URL", f"{base}/simple")
    monkeypatch.setenv("AITB_ARCHIVE_URL", f"{base}/releases/fake-9.9.9.tar.bz2")


@pytest.fixture
def server(tmp_path):
    """A loopback HTTP server for tmp_path/served; `requests` lists the paths asked for."""
    served = tmp_path / "served"
    served.mkdir()
    requests: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(served), **kwargs)

        def do_GET(self):
            requests.append(self.path)
            super().do_GET()

        def log_message(self, format, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield SimpleNamespace(root=served, url=f"http://127.0.0.1:{httpd.server_address[1]}", requests=requests)
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def cached_names(cache: Path) -> set[str]:
    return {p.name for p in cache.iterdir() if p.name != ".lock"}


def test_a_broken_first_source_falls_back_and_a_file_with_the_wrong_sum_never_lands(
    tmp_path, env, server, monkeypatch, capsys
):
    npm, wheel, archive = npm_tarball(), bundle_wheel(broken=wheel_name("lib")), release_archive()
    publish(server.root, npm, wheel, archive)
    point_at(monkeypatch, server.url)
    monkeypatch.setenv("AITB_NPM_REGISTRY", f"{server.url}/no-such-registry")  # the first source is broken
    pin = fetch_runtime.load_pin(write_pin(tmp_path, npm, wheel))

    report = fetch_runtime.fetch(pin, env)

    pypi, release = "PyPI fake-notebook==1.0", pin.sources[2].label
    assert report.fetched == {
        "pyodide.js": pypi,
        "pyodide.asm.wasm": pypi,
        wheel_name("app"): pypi,
        wheel_name("base"): pypi,
        # The wheel's lib refused for its sum, the official lock not in it: both from the release archive.
        wheel_name("lib"): release,
        LOCK: release,
    }
    assert "404" in " ".join(report.notes["npm fake-pyodide@9.9.9"])
    refused = [note for note in report.notes[pypi] if note.startswith("refused")]
    assert len(refused) == 1 and wheel_name("lib") in refused[0] and sha256(wheel_bytes("lib")) in refused[0]
    assert fetch_runtime.check(pin, env).ok
    assert {name: (env / name).read_bytes() for name in cached_names(env)} == GOOD, "a wrong or extra file landed"
    for path in ("/files/fake_notebook-1.0-py3-none-any.whl", "/releases/fake-9.9.9.tar.bz2"):
        assert server.requests.count(path) == 1, f"{path} downloaded {server.requests.count(path)} times"
    err = capsys.readouterr().err
    assert "npm fake-pyodide@9.9.9: download failed" in err and "trying the next source" in err
    assert f"refused fake_notebook/assets/pyodide/{wheel_name('lib')}" in err


def test_an_archive_with_the_wrong_digest_is_not_used_at_all(tmp_path, env, monkeypatch):
    npm, wheel, archive = npm_tarball(), bundle_wheel(), release_archive()
    publish(tmp_path / "registry", npm, wheel, archive)
    point_at(monkeypatch, (tmp_path / "registry").as_uri())  # file:// URLs this time
    pin_path = write_pin(tmp_path, npm, wheel)
    text = pin_path.read_text(encoding="utf-8")
    pin_path.write_text(text.replace(integrity(npm), integrity(b"another tarball")), encoding="utf-8")
    pin = fetch_runtime.load_pin(pin_path)

    report = fetch_runtime.fetch(pin, env)

    assert set(report.fetched.values()) == {"PyPI fake-notebook==1.0", pin.sources[2].label}
    assert report.fetched["pyodide.js"] == "PyPI fake-notebook==1.0", "a file was taken from the refused tarball"
    (note,) = report.notes["npm fake-pyodide@9.9.9"]
    assert f"the archive's digest is {integrity(npm)}, but {pin.at(pin.sources[0].line)} pins" in note
    assert fetch_runtime.check(pin, env).ok and cached_names(env) == set(GOOD)


def test_a_source_that_holds_none_of_the_missing_files_is_not_downloaded(tmp_path, env, server, monkeypatch):
    npm, wheel, archive = npm_tarball(), bundle_wheel(), release_archive()
    publish(server.root, npm, wheel, archive)
    point_at(monkeypatch, server.url)
    pin = fetch_runtime.load_pin(write_pin(tmp_path, npm, wheel))
    env.mkdir()
    for name, data in GOOD.items():
        if name != wheel_name("base"):
            (env / name).write_bytes(data)

    report = fetch_runtime.fetch(pin, env)

    assert report.fetched == {wheel_name("base"): "PyPI fake-notebook==1.0"}
    assert not any("npm" in path or "releases" in path for path in server.requests), server.requests


def test_when_every_source_fails_the_command_lists_the_missing_files_and_what_each_source_said(
    tmp_path, env, server, monkeypatch, capsys
):
    npm, wheel = npm_tarball(), bundle_wheel()
    pin_path = write_pin(tmp_path, npm, wheel)
    point_at(monkeypatch, server.url)  # nothing is published: every request is a 404

    assert fetch_runtime.main(["--pin", str(pin_path)]) == 1

    err = capsys.readouterr().err
    assert f"error: 6 runtime file(s) pinned in {pin_path} could not be fetched into {env}" in err
    for name in GOOD:
        assert f"  {name} ({pin_path}:" in err
    assert "What each source said:" in err
    for label in ("npm fake-pyodide@9.9.9", "PyPI fake-notebook==1.0", "archive fake-9.9.9.tar.bz2"):
        assert f"\n  {label}" in err and "404" in err.split(f"\n  {label}", 1)[1].split("\n")[0]
    assert not env.exists() or not any(p.name.startswith(".download-") for p in env.iterdir()), "a download was left"


def test_check_mode_verifies_and_downloads_nothing(tmp_path, env, server, monkeypatch, capsys):
    npm, wheel, archive = npm_tarball(), bundle_wheel(), release_archive()
    publish(server.root, npm, wheel, archive)
    point_at(monkeypatch, server.url)
    pin_path = write_pin(tmp_path, npm, wheel)

    assert fetch_runtime.main(["--check", "--pin", str(pin_path)]) == 1
    assert "6 runtime file(s) pinned in" in capsys.readouterr().err and not server.requests

    assert fetch_runtime.main(["--pin", str(pin_path)]) == 0
    out = capsys.readouterr().out
    assert "Pyodide 9.9.9: 6 files" in out and "from npm fake-pyodide@9.9.9" in out and "from PyPI" in out
    assert fetch_runtime.main(["--check", "--pin", str(pin_path)]) == 0
    assert "all were already in the cache" in capsys.readouterr().out


def fill(cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    for name, data in GOOD.items():
        (cache / name).write_bytes(data)


def test_a_corrupted_cached_file_fails_verification_naming_it(tmp_path, env, monkeypatch, capsys):
    npm, wheel = npm_tarball(), bundle_wheel()
    pin = fetch_runtime.load_pin(write_pin(tmp_path, npm, wheel))
    fill(env)
    assert fetch_runtime.check(pin, env).ok
    corrupt = b"flipped bits\n"
    (env / "pyodide.asm.wasm").write_bytes(corrupt)

    status = fetch_runtime.check(pin, env)
    assert [bad.item.name for bad in status.bad] == ["pyodide.asm.wasm"] and not status.missing
    with pytest.raises(fetch_runtime.VerifyError) as failure:
        fetch_runtime.verify(pin, env)
    message = str(failure.value)
    line = pin.files["pyodide.asm.wasm"].line
    assert f"pyodide.asm.wasm: expected sha256 {sha256(CORE['pyodide.asm.wasm'])}" in message
    assert f"{pin.shown}:{line}), got {sha256(corrupt)}" in message
    assert "uv run python tools/fetch_runtime.py" in message

    # The fetch replaces it with a verified copy.
    publish(tmp_path / "registry", npm, wheel, release_archive())
    point_at(monkeypatch, (tmp_path / "registry").as_uri())
    assert fetch_runtime.fetch(pin, env).fetched == {"pyodide.asm.wasm": "npm fake-pyodide@9.9.9"}
    assert "the cached copy does not match" in capsys.readouterr().err
    assert fetch_runtime.check(pin, env).ok


# --- the pin and the lock -------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('pyodide: "9.9.9"', "pyodide: 9.9"), r"runtime\.yml:1: pyodide \(the version\) must be a text"),
        (("kind: pypi", "kind: conda"), r"runtime\.yml:9: a source needs a kind, one of"),
        (("    folder: package\n", ""), r"runtime\.yml:3: a npm source needs exactly"),
        (("holds: [core, lock]", "holds: [wheels]"), r"runtime\.yml:3: holds must list some of"),
        (("url: https://", "url: http://"), r"runtime\.yml:16: the archive's url must be an https:// link"),
        (("sha256: null", "sha256: 12ab"), r"runtime\.yml:16: sha256 \(or null\) must be 64 lower-case hex digits"),
        (("  pyodide.js:", "  ../pyodide.js:"), r"runtime\.yml:23: '\.\./pyodide\.js' is not a plain file name"),
        (("    size: 14\n", "    size: -14\n"), r"runtime\.yml:23: the size of pyodide\.js must be a whole number"),
    ],
    ids=["unquoted-version", "unknown-kind", "missing-key", "unknown-part", "plain-http", "bad-sum", "path", "size"],
)
def test_a_malformed_pin_is_reported_with_its_line(tmp_path, change, message):
    path = write_pin(tmp_path, b"npm", b"wheel")
    text = path.read_text(encoding="utf-8")
    old, new = change
    assert old in text, f"the fake pin no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(fetch_runtime.PinError, match=message):
        fetch_runtime.load_pin(path)


def test_the_pin_must_agree_with_the_official_lock(tmp_path):
    path = write_pin(tmp_path, b"npm", b"wheel")
    pin = fetch_runtime.load_pin(path)
    lock = fake_lock()
    fetch_runtime.check_against_lock(pin, lock)
    lock["packages"]["lib"]["sha256"] = "0" * 64
    lock["packages"]["base"]["depends"] = ["extra"]
    with pytest.raises(fetch_runtime.PinError) as failure:
        fetch_runtime.check_against_lock(pin, lock)
    message = str(failure.value)
    lib = pin.files[wheel_name("lib")]
    assert f"{pin.at(lib.line)}: {lib.name}: the lock's sha256 is {'0' * 64}" in message
    assert f"{wheel_name('extra')} (package extra) is needed but not pinned" in message


def test_the_closure_follows_depends_and_names_an_unknown_package():
    assert fetch_runtime.closure(fake_lock(), ["app"]) == {"app", "lib", "base"}
    assert fetch_runtime.closure(fake_lock(), ["base", "extra"]) == {"base", "extra"}
    with pytest.raises(KeyError, match="scipy"):
        fetch_runtime.closure(fake_lock(), ["app", "scipy"])


def test_the_trimmed_lock_keeps_only_the_shipped_entries_unchanged_in_stable_bytes():
    lock = fake_lock()
    trimmed = fetch_runtime.trimmed_lock(lock, {"lib", "app", "base"})
    assert trimmed == fetch_runtime.trimmed_lock(json.loads(json.dumps(lock)), ["base", "app", "lib"])
    data = json.loads(trimmed)
    assert data["info"] == lock["info"] and list(data["packages"]) == ["app", "base", "lib"]
    assert data["packages"]["lib"] == lock["packages"]["lib"]
    assert fetch_runtime.import_names(lock, {"app", "base", "lib"}) == ["app", "base", "lib", "lib_extras"]


def test_the_cache_is_outside_git_by_default(monkeypatch, tmp_path):
    assert fetch_runtime.cache_dir("1.0", env={"AITB_RUNTIME_CACHE": str(tmp_path)}) == tmp_path
    assert fetch_runtime.cache_dir("1.0", env={"XDG_CACHE_HOME": "/x", "HOME": "/h"}) == Path(
        "/x/ai-and-the-brain/pyodide-1.0"
    )
    assert fetch_runtime.cache_dir("1.0", env={"XDG_CACHE_HOME": "relative", "HOME": "/h"}) == Path(
        "/h/.cache/ai-and-the-brain/pyodide-1.0"
    )


# --- the hook -------------------------------------------------------------------------


def project(tmp_path: Path, npm: bytes, wheel: bytes) -> SimpleNamespace:
    """A mkdocs config, as far as the hook reads it, for a project holding the fake pin."""
    root = tmp_path / "project"
    write_pin(root, npm, wheel)
    (root / "docs").mkdir()
    return SimpleNamespace(
        config_file_path=str(root / "mkdocs.yml"),
        docs_dir=str(root / "docs"),
        site_dir=str(root / "site"),
        watch=[str(root / "data"), str(root / "hooks")],
    )


def test_the_hook_fetches_what_is_missing_then_ships_the_files_and_the_trimmed_lock(tmp_path, env, monkeypatch):
    npm, wheel = npm_tarball(), bundle_wheel()
    publish(tmp_path / "registry", npm, wheel, release_archive())
    point_at(monkeypatch, (tmp_path / "registry").as_uri())
    config = project(tmp_path, npm, wheel)
    runtime.on_config(config)
    runtime.on_pre_build(config)
    assert cached_names(env) == set(GOOD)

    site = Path(config.site_dir)
    (site / "pyodide").mkdir(parents=True)
    (site / "pyodide" / "left-over.txt").write_text("from an older build")
    runtime.on_post_build(config)

    folder = site / "pyodide"
    assert {p.name for p in folder.iterdir()} == set(GOOD) | {"runtime.json"}
    for name, data in GOOD.items():
        path = folder / name
        assert not path.is_symlink()
        if name != LOCK:
            assert path.read_bytes() == data and os.path.samefile(path, env / name), f"{name} is not a hard link"
    assert (folder / LOCK).read_bytes() == fetch_runtime.trimmed_lock(fake_lock(), ["app", "lib", "base"])
    assert "extra" not in json.loads((folder / LOCK).read_bytes())["packages"]
    # A runtime without Pyodide's core files has nothing to make a snapshot from: none is shipped.
    assert json.loads((folder / "runtime.json").read_bytes()) == {
        "packages": ["app", "base", "lib", "lib_extras"],
        "snapshot": None,
    }

    # Where a hard link is impossible (another file system), the files are copied.
    def no_links(source, target):
        raise OSError("Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    runtime.on_post_build(config)
    path = folder / "pyodide.js"
    assert path.read_bytes() == CORE["pyodide.js"] and not os.path.samefile(path, env / "pyodide.js")


def test_the_hook_stops_the_build_on_a_corrupted_cached_file(tmp_path, env):
    config = project(tmp_path, npm_tarball(), bundle_wheel())
    fill(env)
    (env / wheel_name("lib")).write_bytes(b"tampered\n")
    runtime.on_config(config)
    with pytest.raises(PluginError) as failure:
        runtime.on_pre_build(config)
    message = str(failure.value)
    pin = fetch_runtime.load_pin(Path(config.config_file_path).parent / "data" / "runtime.yml")
    line = pin.files[wheel_name("lib")].line
    tampered = sha256(b"tampered\n")
    assert f"{wheel_name('lib')}: expected sha256 {sha256(wheel_bytes('lib'))}" in message
    assert f"data/runtime.yml:{line}), got {tampered}" in message
    assert "uv run python tools/fetch_runtime.py" in message


def test_the_hook_refuses_a_cache_the_build_would_watch_or_clean(tmp_path, env, monkeypatch):
    config = project(tmp_path, b"npm", b"wheel")
    for inside in (Path(config.docs_dir) / "cache", Path(config.site_dir) / "x", Path(config.watch[0]) / "cache"):
        monkeypatch.setenv("AITB_RUNTIME_CACHE", str(inside))
        with pytest.raises(PluginError, match="set AITB_RUNTIME_CACHE to a folder outside it"):
            runtime.on_config(config)


def test_a_page_in_the_runtimes_folder_stops_the_build():
    page = SimpleNamespace(src_uri="pyodide/notes.md", dest_uri="pyodide/notes/index.html")
    with pytest.raises(PluginError, match=r"docs/pyodide/notes\.md: <site>/pyodide/ holds the Python runtime"):
        runtime.on_files([page], None)
    other = SimpleNamespace(src_uri="pyodide-notes.md", dest_uri="pyodide-notes/index.html")
    assert runtime.on_files([other], None) == [other]
