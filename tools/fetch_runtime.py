"""Fetch the Python runtime the site serves in the browser (Pyodide), and verify every file.

    uv run python tools/fetch_runtime.py            fetch what the cache lacks, then verify it all
    uv run python tools/fetch_runtime.py --check    verify the cache; download nothing

data/runtime.yml pins every file the site ships in <site>/pyodide/, by size
and sha256, and the archives they can come from, in order: the npm package,
a PyPI wheel that bundles the official files, the GitHub release archive.
For the files missing from the cache, the sources are tried in that order.
Each archive is downloaded at most once, to a temporary file removed
afterwards, and checked against its own pinned digest when it has one; only
the missing files are taken out of it, and each is checked against its
pinned sum before it enters the cache: it is written under a temporary name
and renamed only when it matches, so a wrong file never lands. A source that
fails (network, 404, wrong digest) says so on stderr and the next one is
tried; files still missing after the last source end the script with status
1, listing them and what each source said. A cached file that no longer
matches its sum is fetched again.

The cache is $AITB_RUNTIME_CACHE when that is set, otherwise
$XDG_CACHE_HOME/ai-and-the-brain/pyodide-<version> (~/.cache/... by default):
outside git, shared by every clone and build on the machine. The registries
can be pointed elsewhere, at a mirror or at a test's fake (file:// and
http:// work too): AITB_NPM_REGISTRY (default https://registry.npmjs.org),
AITB_PYPI_URL (a simple index, default https://pypi.org/simple) and
AITB_ARCHIVE_URL (the archive's whole URL).

The standard library and PyYAML only. hooks/runtime.py imports this module:
every build verifies the cache with `check` and calls `fetch` when a file is
missing.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

import yaml

# argparse, tarfile, zipfile and urllib.request are imported where they are used: a build that finds
# the cache full (hooks/runtime.py) needs none of them.

ROOT = Path(__file__).resolve().parent.parent
PIN_FILE = ROOT / "data" / "runtime.yml"
LOCK = "pyodide-lock.json"
COMMAND = "uv run python tools/fetch_runtime.py"
CACHE_ENV = "AITB_RUNTIME_CACHE"
# kind of source -> (environment variable that overrides where it is, default)
LOCATIONS = {
    "npm": ("AITB_NPM_REGISTRY", "https://registry.npmjs.org"),
    "pypi": ("AITB_PYPI_URL", "https://pypi.org/simple"),
    "archive": ("AITB_ARCHIVE_URL", None),
}
# What each kind of source needs in the pin, besides kind, folder and holds.
SOURCE_KEYS = {
    "npm": {"name", "version", "integrity"},
    "pypi": {"name", "version", "file", "sha256"},
    "archive": {"url", "sha256"},
}
HOLDS = ("core", "lock", "packages")
TOP_KEYS = {"pyodide", "sources", "packages", "files"}
TIMEOUT = 60  # seconds a download may go without data before it counts as failed
CHUNK = 1 << 20
HEX_SHA256 = re.compile(r"[0-9a-f]{64}")
SRI = re.compile(r"(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})")
FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")  # a plain name: no folder, nothing hidden

# libyaml's parser when PyYAML has it (the pin is read at every build), the pure-Python one otherwise.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Log = Callable[[str], None]


class RuntimeFilesError(Exception):
    """Something is wrong with the pin or the cached files; the message says which file and what to do."""


class PinError(RuntimeFilesError):
    """data/runtime.yml is malformed, or disagrees with the official lock."""


class VerifyError(RuntimeFilesError):
    """A cached file is missing or does not match its pinned sum."""


class FetchError(RuntimeFilesError):
    """Files are still missing after every source was tried."""


class SourceFailed(Exception):
    """One source could not help (network, 404, wrong digest, unreadable archive): try the next."""


# --- the pin --------------------------------------------------------------------


@dataclass(frozen=True)
class Pinned:
    """One file the site ships."""

    name: str
    sha256: str
    size: int
    line: int
    package: str | None = None  # its name in the lock, for a package's wheel

    @property
    def part(self) -> str:
        """Which part of the runtime it is, in the words of a source's `holds:`."""
        if self.package:
            return "packages"
        return "lock" if self.name == LOCK else "core"


@dataclass(frozen=True)
class Source:
    """One archive the files can be taken from."""

    kind: str
    folder: str
    holds: frozenset[str]
    line: int
    name: str | None = None
    version: str | None = None
    file: str | None = None
    url: str | None = None
    digest: str | None = None  # as written in the pin: "sha512-<base64>" (npm) or a sha256 in hex

    @property
    def label(self) -> str:
        if self.kind == "npm":
            return f"npm {self.name}@{self.version}"
        if self.kind == "pypi":
            return f"PyPI {self.name}=={self.version}"
        return f"archive {self.url.rsplit('/', 1)[-1]}"


@dataclass(frozen=True)
class Pin:
    shown: str  # the pin file as messages name it: data/runtime.yml
    version: str
    sources: list[Source]
    packages: list[str]  # what the examples import; the lock's `depends` add the rest
    files: dict[str, Pinned]

    def at(self, line: int) -> str:
        return f"{self.shown}:{line}"

    @property
    def shipped_packages(self) -> set[str]:
        return {item.package for item in self.files.values() if item.package}

    @property
    def total_size(self) -> int:
        return sum(item.size for item in self.files.values())


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _mapping_lines(node: yaml.Node) -> dict:
    return {key.value: (_line(key), value) for key, value in node.value} if isinstance(node, yaml.MappingNode) else {}


def _text(value, at: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PinError(f'{at}: {what} must be a text (quote versions: "0.27.7"), got {value!r}')
    return value


def _sha256(value, at: str, what: str = "sha256") -> str:
    if not isinstance(value, str) or not HEX_SHA256.fullmatch(value):
        raise PinError(f"{at}: {what} must be 64 lower-case hex digits, got {value!r}")
    return value


def _source(entry, node: yaml.Node, at: str) -> Source:
    if not isinstance(entry, dict) or entry.get("kind") not in SOURCE_KEYS:
        kind = entry.get("kind") if isinstance(entry, dict) else entry
        raise PinError(f"{at}: a source needs a kind, one of {sorted(SOURCE_KEYS)}, got {kind!r}")
    kind = entry["kind"]
    expected = SOURCE_KEYS[kind] | {"kind", "folder", "holds"}
    if set(entry) != expected:
        raise PinError(f"{at}: a {kind} source needs exactly {sorted(expected)}, got {sorted(entry)}")
    holds = entry["holds"]
    if not isinstance(holds, list) or not holds or not set(holds) <= set(HOLDS):
        raise PinError(f"{at}: holds must list some of {list(HOLDS)}, got {holds!r}")
    folder = _text(entry["folder"], at, "folder").strip("/")
    common = {"kind": kind, "folder": folder, "holds": frozenset(holds), "line": _line(node)}
    if kind == "npm":
        if not isinstance(entry["integrity"], str) or not SRI.fullmatch(entry["integrity"]):
            raise PinError(f"{at}: integrity must be npm's, like sha512-<base64>, got {entry['integrity']!r}")
        return Source(
            **common,
            name=_text(entry["name"], at, "name"),
            version=_text(entry["version"], at, "version"),
            digest=entry["integrity"],
        )
    if kind == "pypi":
        if not FILE_NAME.fullmatch(str(entry["file"])):
            raise PinError(f"{at}: file must be the wheel's file name, got {entry['file']!r}")
        return Source(
            **common,
            name=_text(entry["name"], at, "name"),
            version=_text(entry["version"], at, "version"),
            file=entry["file"],
            digest=_sha256(entry["sha256"], at),
        )
    url = _text(entry["url"], at, "url")
    if urllib.parse.urlsplit(url).scheme != "https":
        raise PinError(f"{at}: the archive's url must be an https:// link, got {url!r}")
    digest = None if entry["sha256"] is None else _sha256(entry["sha256"], at, "sha256 (or null)")
    return Source(**common, url=url, digest=digest)


def _pinned(name, entry, line: int, at: str) -> Pinned:
    if not isinstance(name, str) or not FILE_NAME.fullmatch(name):
        raise PinError(f"{at}: {name!r} is not a plain file name")
    if not isinstance(entry, dict) or not {"sha256", "size"} <= set(entry) <= {"sha256", "size", "package"}:
        got = sorted(entry) if isinstance(entry, dict) else entry
        raise PinError(f"{at}: file {name} needs sha256 and size (and package, for a wheel), got {got}")
    if not isinstance(entry["size"], int) or isinstance(entry["size"], bool) or entry["size"] <= 0:
        raise PinError(f"{at}: the size of {name} must be a whole number of bytes, got {entry['size']!r}")
    package = entry.get("package")
    if package is not None:
        _text(package, at, f"the package of {name}")
    return Pinned(name, _sha256(entry["sha256"], at), entry["size"], line, package)


def load_pin(path: Path = PIN_FILE, shown: str | None = None) -> Pin:
    """Read and check the pin file; raise PinError naming its file and line."""
    where = shown or _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
        root, data = yaml.compose(text, Loader=YAML_LOADER), yaml.load(text, Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise PinError(f"{where}: cannot read the runtime pin: {error}") from error
    if not isinstance(data, dict) or set(data) != TOP_KEYS:
        got = sorted(data) if isinstance(data, dict) else type(data).__name__
        raise PinError(f"{where}: expected exactly {sorted(TOP_KEYS)} at the top, got {got}")
    top = _mapping_lines(root)
    version = _text(data["pyodide"], f"{where}:{top['pyodide'][0]}", "pyodide (the version)")

    sources_line, sources_node = top["sources"]
    if not isinstance(data["sources"], list) or not data["sources"]:
        raise PinError(f"{where}:{sources_line}: sources must be a list of at least one archive")
    sources = [
        _source(entry, node, f"{where}:{_line(node)}") for entry, node in zip(data["sources"], sources_node.value)
    ]

    packages_line = top["packages"][0]
    packages = data["packages"]
    if not isinstance(packages, list) or not packages or not all(isinstance(p, str) for p in packages):
        raise PinError(f"{where}:{packages_line}: packages must list the package names the examples import")

    files_line, files_node = top["files"]
    if not isinstance(data["files"], dict) or not data["files"]:
        raise PinError(f"{where}:{files_line}: files must map each file's name to its sha256 and size")
    lines = _mapping_lines(files_node)
    files = {
        name: _pinned(name, entry, lines[name][0], f"{where}:{lines[name][0]}") for name, entry in data["files"].items()
    }
    if LOCK not in files:
        raise PinError(f"{where}:{files_line}: files must pin the official {LOCK}: its sums pin the packages")
    return Pin(where, version, sources, packages, files)


# --- the cache ------------------------------------------------------------------


def cache_dir(version: str, env: Mapping[str, str] | None = None) -> Path:
    """$AITB_RUNTIME_CACHE, else $XDG_CACHE_HOME/ai-and-the-brain/pyodide-<version> (~/.cache by default)."""
    env = os.environ if env is None else env
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV]).expanduser().absolute()
    xdg = env.get("XDG_CACHE_HOME", "")
    # The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path(env.get("HOME") or Path.home()) / ".cache"
    return base / "ai-and-the-brain" / f"pyodide-{version}"


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@dataclass(frozen=True)
class Mismatch:
    item: Pinned
    sha256: str
    size: int


@dataclass(frozen=True)
class Status:
    missing: list[Pinned]
    bad: list[Mismatch]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.bad


def check(pin: Pin, cache: Path) -> Status:
    """Hash every cached file and compare it with the pin (about 0.03 s for Pyodide's 27 MB)."""
    missing, bad = [], []
    for item in pin.files.values():
        path = cache / item.name
        if not path.is_file():
            missing.append(item)
            continue
        digest = sha256_of(path)
        if digest != item.sha256:
            bad.append(Mismatch(item, digest, path.stat().st_size))
    return Status(missing, bad)


def describe(pin: Pin, cache: Path, status: Status) -> str:
    """What is wrong with the cache, file by file, and what to run."""
    lines = []
    if status.bad:
        lines.append(f"{len(status.bad)} cached runtime file(s) in {cache} do not match {pin.shown}:")
        lines += [
            f"  {bad.item.name}: expected sha256 {bad.item.sha256} ({bad.item.size:,} bytes, "
            f"{pin.at(bad.item.line)}), got {bad.sha256} ({bad.size:,} bytes)"
            for bad in status.bad
        ]
    if status.missing:
        lines.append(f"{len(status.missing)} runtime file(s) pinned in {pin.shown} are not in {cache}:")
        lines += [f"  {item.name} ({pin.at(item.line)})" for item in status.missing]
    lines.append(f"Run `{COMMAND}`: it fetches what is missing and replaces what does not match, verified.")
    return "\n".join(lines)


def verify(pin: Pin, cache: Path) -> None:
    status = check(pin, cache)
    if not status.ok:
        raise VerifyError(describe(pin, cache, status))


# --- fetching -------------------------------------------------------------------


@dataclass
class Report:
    """Where each file came from, and what each source said."""

    fetched: dict[str, str] = field(default_factory=dict)  # file name -> source label
    notes: dict[str, list[str]] = field(default_factory=dict)  # source label -> what happened


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def _locked(cache: Path):
    """One fetch at a time per cache (parallel test workers and builds share it)."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock; files still land whole, by rename
        yield
        return
    with (cache / ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _open(url: str, accept: str = "*/*"):
    """urlopen, with a file:// folder read as its index.html (a fake index is a folder of files)."""
    import urllib.request

    if urllib.parse.urlsplit(url).scheme == "file" and url.endswith("/"):
        url += "index.html"
    request = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": "ai-and-the-brain fetch_runtime"})
    return urllib.request.urlopen(request, timeout=TIMEOUT)


def _read(url: str, accept: str = "*/*") -> tuple[bytes, str]:
    """(body, content type) of a small resource, or SourceFailed."""
    import urllib.error

    try:
        with _open(url, accept) as response:
            return response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        error.close()
        raise SourceFailed(f"{url}: {error}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise SourceFailed(f"{url}: {error}") from None


class _Links(HTMLParser):
    """The links of a PEP 503 simple index page: (file name, href)."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href, self._text = dict(attrs).get("href"), []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append(("".join(self._text).strip(), self._href))
            self._href = None


def _pypi_file(source: Source, index: str) -> tuple[str, str | None]:
    """(download URL, sha256 the index lists or None) of the pinned wheel, from a simple index (PEP 503/691)."""
    project = re.sub(r"[-_.]+", "-", source.name).lower()
    page = f"{index.rstrip('/')}/{project}/"
    body, kind = _read(page, "application/vnd.pypi.simple.v1+json, text/html;q=0.1")
    if kind.endswith("json"):
        try:
            files = json.loads(body)["files"]
            listed = [(f["filename"], f["url"], (f.get("hashes") or {}).get("sha256")) for f in files]
        except (ValueError, KeyError, TypeError) as error:
            raise SourceFailed(f"{page}: not a simple index: {error!r}") from None
    else:
        parser = _Links()
        parser.feed(body.decode("utf-8", "replace"))
        listed = []
        for name, href in parser.links:
            fragment = urllib.parse.urlsplit(href).fragment
            listed.append((name, href, fragment[7:] if fragment.startswith("sha256=") else None))
    for name, href, sha256 in listed:
        if name == source.file:
            return urllib.parse.urljoin(page, urllib.parse.urldefrag(href).url), sha256
    raise SourceFailed(f"{page} does not list {source.file}")


def _locate(source: Source, pin: Pin, env: Mapping[str, str]) -> str:
    """The URL of the source's archive, with the environment's overrides."""
    variable, default = LOCATIONS[source.kind]
    where = env.get(variable) or default
    if source.kind == "npm":
        # npm's layout for an unscoped package: <registry>/<name>/-/<name>-<version>.tgz
        return f"{where.rstrip('/')}/{source.name}/-/{source.name}-{source.version}.tgz"
    if source.kind == "pypi":
        url, listed = _pypi_file(source, where)
        if listed and listed != source.digest:
            raise SourceFailed(
                f"the index lists sha256 {listed} for {source.file}, but {pin.at(source.line)} pins {source.digest}"
            )
        return url
    return where or source.url


def _digest_of(hasher, source: Source) -> str:
    """The download's digest, written the way the pin writes the source's."""
    if source.kind == "npm":
        return f"{hasher.name}-{base64.b64encode(hasher.digest()).decode()}"
    return hasher.hexdigest()


@contextlib.contextmanager
def _downloaded(url: str, source: Source, pin: Pin, cache: Path, log: Log):
    """The archive in a temporary file next to the cache, checked against its digest; removed afterwards."""
    import urllib.error

    algorithm = SRI.fullmatch(source.digest).group(1) if source.kind == "npm" else "sha256"
    hasher = hashlib.new(algorithm)
    handle, name = tempfile.mkstemp(prefix=".download-", dir=cache)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            try:
                with _open(url) as response:
                    length = response.headers.get("Content-Length")
                    size = f" ({int(length) / 1e6:.1f} MB)" if length and length.isdigit() else ""
                    log(f"{source.label}: downloading {url}{size}")
                    while chunk := response.read(CHUNK):
                        hasher.update(chunk)
                        out.write(chunk)
            except urllib.error.HTTPError as error:
                error.close()
                raise SourceFailed(f"download failed: {url}: {error}") from None
            except (urllib.error.URLError, OSError, ValueError) as error:
                raise SourceFailed(f"download failed: {url}: {error}") from None
        got = _digest_of(hasher, source)
        if source.digest and got != source.digest:
            raise SourceFailed(
                f"{url}: the archive's digest is {got}, but {pin.at(source.line)} pins {source.digest}; "
                "nothing was taken from it"
            )
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


def _store(stream: IO[bytes], item: Pinned, cache: Path) -> tuple[bool, str, int]:
    """Copy one file into the cache if, and only if, its size and sha256 are the pinned ones."""
    handle, name = tempfile.mkstemp(prefix=f".{item.name}.", dir=cache)
    temporary = Path(name)
    try:
        hasher, size = hashlib.sha256(), 0
        with os.fdopen(handle, "wb") as out:
            while chunk := stream.read(CHUNK):
                hasher.update(chunk)
                out.write(chunk)
                size += len(chunk)
        digest = hasher.hexdigest()
        if digest != item.sha256 or size != item.size:
            return False, digest, size
        temporary.chmod(0o644)
        os.replace(temporary, cache / item.name)
        return True, digest, size
    finally:
        temporary.unlink(missing_ok=True)


def _members(archive: Path, paths: Iterable[str]):
    """(path, open stream) for each of `paths` found in a zip file (a wheel) or a tar file (any compression)."""
    import tarfile
    import zipfile

    wanted = set(paths)
    if zipfile.is_zipfile(archive):
        with zipfile.ZipFile(archive) as bundle:
            for info in bundle.infolist():
                if info.filename in wanted and not info.is_dir():
                    wanted.discard(info.filename)
                    with bundle.open(info) as stream:
                        yield info.filename, stream
        return
    with tarfile.open(archive, "r:*") as bundle:
        for member in bundle:
            path = member.name.removeprefix("./")
            if path in wanted and member.isfile():
                wanted.discard(path)
                with bundle.extractfile(member) as stream:
                    yield path, stream


def _take(
    archive: Path, source: Source, wanted: dict[str, Pinned], pin: Pin, cache: Path, log: Log, notes: list[str]
) -> set[str]:
    """Take the wanted files out of a downloaded archive, each verified; the names of those that landed."""
    import tarfile
    import zipfile

    by_path = {f"{source.folder}/{name}" if source.folder else name: name for name in wanted}
    landed, refused = set(), set()
    try:
        for path, stream in _members(archive, by_path):
            item = wanted[by_path[path]]
            ok, digest, size = _store(stream, item, cache)
            if ok:
                landed.add(item.name)
                continue
            refused.add(item.name)
            message = (
                f"refused {path}: sha256 {digest} ({size:,} bytes), but {pin.at(item.line)} pins "
                f"{item.sha256} ({item.size:,} bytes)"
            )
            notes.append(message)
            log(f"{source.label}: {message}")
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as error:
        notes.append(f"cannot read the archive or write the cache: {error}")
        log(f"{source.label}: cannot read the archive or write the cache: {error}")
    absent = sorted(set(wanted) - landed - refused)
    if absent:
        notes.append(f"does not hold {', '.join(absent)} (under {source.folder or 'its top'}/)")
    return landed


def fetch(pin: Pin, cache: Path, env: Mapping[str, str] | None = None, log: Log = _stderr) -> Report:
    """Make sure every pinned file is in the cache, verified; raise FetchError listing what is still missing."""
    env = os.environ if env is None else env
    cache.mkdir(parents=True, exist_ok=True)
    report = Report()
    with _locked(cache):
        status = check(pin, cache)  # again, under the lock: another process may have fetched meanwhile
        for bad in status.bad:
            log(f"{bad.item.name}: the cached copy does not match {pin.at(bad.item.line)}; fetching it again")
            (cache / bad.item.name).unlink()
        missing = {item.name: item for item in [*status.missing, *(bad.item for bad in status.bad)]}
        for source in pin.sources:
            if not missing:
                break
            wanted = {name: item for name, item in missing.items() if item.part in source.holds}
            if not wanted:
                continue  # it holds none of the missing files: not worth a download
            notes = report.notes.setdefault(source.label, [])
            try:
                url = _locate(source, pin, env)
                with _downloaded(url, source, pin, cache, log) as archive:
                    landed = _take(archive, source, wanted, pin, cache, log, notes)
            except SourceFailed as error:
                notes.append(str(error))
                log(f"{source.label}: {error}; trying the next source")
                continue
            for name in landed:
                report.fetched[name] = source.label
                del missing[name]
            if landed:
                notes.append(f"gave {len(landed)} file(s)")
            log(f"{source.label}: {len(landed)} of {len(wanted)} file(s) taken and verified")
        if missing:
            said = [f"  {label}: {'; '.join(notes) or 'nothing'}" for label, notes in report.notes.items()]
            tried = said or ["  (no source holds them)"]
            raise FetchError(
                f"{len(missing)} runtime file(s) pinned in {pin.shown} could not be fetched into {cache}:\n"
                + "\n".join(f"  {name} ({pin.at(item.line)})" for name, item in sorted(missing.items()))
                + "\nWhat each source said:\n"
                + "\n".join(tried)
            )
    return report


# --- the lock -------------------------------------------------------------------


def read_lock(cache: Path) -> dict:
    return json.loads((cache / LOCK).read_text(encoding="utf-8"))


def closure(lock: dict, wanted: Iterable[str]) -> set[str]:
    """The wanted packages and everything they depend on, by the lock's `depends`."""
    packages = lock["packages"]
    found: set[str] = set()
    todo = list(wanted)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        if name not in packages:
            raise KeyError(name)
        found.add(name)
        todo += packages[name].get("depends", [])
    return found


def check_against_lock(pin: Pin, lock: dict) -> None:
    """The pinned packages are exactly what the wanted ones need, with the official lock's file names and sums."""
    problems = []
    if lock.get("info", {}).get("version") != pin.version:
        problems.append(f"the lock is for Pyodide {lock.get('info', {}).get('version')}, the pin for {pin.version}")
    try:
        needed = closure(lock, pin.packages)
    except KeyError as error:
        problems.append(f"package {error.args[0]} is not in the official lock")
        needed = set()
    by_package = {item.package: item for item in pin.files.values() if item.package}
    for name in sorted(needed - set(by_package)):
        entry = lock["packages"][name]
        problems.append(f"{entry['file_name']} (package {name}) is needed but not pinned under files:")
    for name, item in sorted(by_package.items()):
        entry = lock["packages"].get(name)
        if needed and name not in needed:
            problems.append(f"{pin.at(item.line)}: package {name} is pinned but none of {pin.packages} needs it")
        if entry is None:
            continue
        if entry["file_name"] != item.name:
            problems.append(f"{pin.at(item.line)}: the lock's file for {name} is {entry['file_name']}, not {item.name}")
        if entry["sha256"] != item.sha256:
            problems.append(f"{pin.at(item.line)}: {item.name}: the lock's sha256 is {entry['sha256']}")
    if problems:
        raise PinError(f"{pin.shown} disagrees with the official {LOCK}:\n  " + "\n  ".join(problems))


def trimmed_lock(lock: dict, packages: Iterable[str]) -> bytes:
    """The official lock with only the shipped packages' entries, unchanged; keys sorted: the same bytes every time."""
    trimmed = dict(lock, packages={name: lock["packages"][name] for name in sorted(packages)})
    return (json.dumps(trimmed, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def import_names(lock: dict, packages: Iterable[str]) -> list[str]:
    """The module names the packages provide (the lock's `imports`), sorted."""
    return sorted({name for package in packages for name in lock["packages"][package].get("imports", [])})


# --- the command ----------------------------------------------------------------


def summary(pin: Pin, cache: Path, report: Report | None) -> str:
    line = f"Pyodide {pin.version}: {len(pin.files)} files, {pin.total_size / 1e6:.1f} MB, verified, in {cache}"
    if report is None or not report.fetched:
        return f"{line}\n(all were already in the cache)"
    counts: dict[str, int] = {}
    for label in report.fetched.values():
        counts[label] = counts.get(label, 0) + 1
    cached = len(pin.files) - len(report.fetched)
    parts = [f"{count} from {label}" for label, count in counts.items()] + ([f"{cached} cached"] if cached else [])
    return f"{line}\n(fetched {', '.join(parts)})"


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        description="Fetch and verify the Pyodide files the site serves (pinned in data/runtime.yml)."
    )
    parser.add_argument("--check", action="store_true", help="verify the cached files; download nothing")
    parser.add_argument("--pin", type=Path, default=PIN_FILE, help="the pin file (default: data/runtime.yml)")
    parser.add_argument(
        "--require-snapshot",
        action="store_true",
        help="fail if the start-up snapshot cannot be made (tools/runtime_snapshot.py; it needs Node.js)",
    )
    args = parser.parse_args(argv)
    try:
        pin = load_pin(args.pin)
        cache = cache_dir(pin.version)
        report = None
        if args.check:
            verify(pin, cache)
        else:
            report = fetch(pin, cache)
        check_against_lock(pin, read_lock(cache))
    except RuntimeFilesError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(summary(pin, cache, report))
    if args.check:
        return 0
    import runtime_snapshot  # tools/, beside this script

    try:
        snapshot, how = runtime_snapshot.ensure(cache, {name: item.sha256 for name, item in pin.files.items()})
    except runtime_snapshot.SnapshotError as error:
        print(f"error: the start-up snapshot: {error}", file=sys.stderr)
        return 1
    if snapshot is None:
        print(how, file=sys.stderr)
        return 1 if args.require_snapshot else 0
    print(f"start-up snapshot: {snapshot.gz_size / 1e6:.1f} MB gzipped, {how}, in {snapshot.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
