"""Timeline: the History section's timeline page is generated from data/timeline.yml.

A page containing ``<!-- timeline -->`` gets a table of the events there, each
with its year, its source (a citation from data/facts.yml) and a link to the
page that explains it. An entry with an unknown source or page, a missing
field or years out of order stops the build, naming the file and line. An
entry's optional ``label`` (a short name) and ``kind`` (brain science or
machine learning) are for the timeline figure, which
snippets/history/timeline/timeline_figure.py draws from the same file; they
are checked here too, so that a bad one stops the build as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

import facts  # for its pure helpers; the facts loaded for this build are in _book()
import htmltext

TIMELINE_FILE = Path("data/timeline.yml")
MARKER = "<!-- timeline -->"
REQUIRED = {"year", "event", "source"}
OPTIONAL = {"page", "status", "label", "kind"}
STATUSES = {"popular account"}
KINDS = {"brain science", "machine learning"}
LABEL_MAX = 30  # characters: a label sits beside its mark in a figure a phone shows


@dataclass
class Event:
    year: int
    event: str
    sources: list[str]
    page: str | None
    status: str | None
    line: int
    label: str | None = None
    kind: str | None = None


def load(path: Path, sources: dict, shown: str | None = None) -> list[Event]:
    where = shown or str(path)
    root, data = htmltext.read_yaml(path, where, "the timeline")
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise PluginError(f"{where}: expected a list under 'events'")
    nodes = dict((k.value, v) for k, v in root.value)["events"].value
    events: list[Event] = []
    for entry, node in zip(data["events"], nodes):
        at = f"{where}:{node.start_mark.line + 1}"
        if not isinstance(entry, dict):
            raise PluginError(f"{at}: an event is a mapping with {sorted(REQUIRED)}")
        if missing := REQUIRED - set(entry):
            raise PluginError(f"{at}: event is missing {sorted(missing)}")
        if unknown := set(entry) - REQUIRED - OPTIONAL:
            raise PluginError(f"{at}: event has unknown keys {sorted(unknown)}")
        if not isinstance(entry["year"], int):
            raise PluginError(f"{at}: year must be a whole number, not {entry['year']!r}")
        cited = entry["source"] if isinstance(entry["source"], list) else [entry["source"]]
        if not cited or any(key not in sources for key in cited):
            raise PluginError(f"{at}: source {entry['source']!r} is not in data/facts.yml")
        if entry.get("status") not in STATUSES | {None}:
            raise PluginError(f"{at}: status must be one of {sorted(STATUSES)}")
        label = entry.get("label")
        if label is not None and not (isinstance(label, str) and 0 < len(label.strip()) <= LABEL_MAX):
            raise PluginError(f"{at}: label must be a short text, at most {LABEL_MAX} characters, not {label!r}")
        if label is not None and ("[[" in label or "*" in label):
            raise PluginError(f"{at}: label is plain text (it is drawn in a figure): no markers or emphasis")
        if entry.get("kind") not in KINDS | {None}:
            raise PluginError(f"{at}: kind must be one of {sorted(KINDS)}, not {entry.get('kind')!r}")
        if events and entry["year"] < events[-1].year:
            raise PluginError(f"{at}: {entry['year']} comes after {events[-1].year}; keep events oldest first")
        events.append(
            Event(
                year=entry["year"],
                event=" ".join(str(entry["event"]).split()),
                sources=cited,
                page=entry.get("page"),
                status=entry.get("status"),
                line=node.start_mark.line + 1,
                label=label,
                kind=entry.get("kind"),
            )
        )
    return events


def timeline_markdown(events: list[Event], link) -> str:
    """A table: year, event with its citation, and where to read more."""
    rows = ["| Year | What happened | Read more |", "|---|---|---|"]
    for event in events:
        label = " *(popular account, not supported by the sources)*" if event.status else ""
        more = f"[{link(event.page)[1]}]({link(event.page)[0]})" if event.page else ""
        cites = " ".join(f"[[cite:{key}]]" for key in event.sources)
        rows.append(f"| {event.year} | {event.event}{label} {cites} | {more} |")
    return "\n".join(rows) + "\n"


# --- MkDocs events ----------------------------------------------------------

_events: list[Event] = []
FACTS_HOOK = "hooks/facts.py"


def _book(config) -> facts.FactBook:
    """The facts the facts hook loaded for this build (MkDocs keeps hooks as plugins)."""
    hook = config.plugins.get(FACTS_HOOK)
    if hook is None or hook._book is None:
        raise PluginError(f"hooks/timeline.py needs {FACTS_HOOK} listed before it under hooks: in mkdocs.yml")
    return hook._book


def on_config(config):
    global _events
    root = Path(config.config_file_path).parent
    _events = load(root / TIMELINE_FILE, _book(config).sources, shown=str(TIMELINE_FILE))
    return config


def on_files(files, config):
    """Check every linked page exists; note the timeline's citations for the references page."""
    for event in _events:
        if event.page and files.get_file_from_path(event.page) is None:
            raise PluginError(f"{TIMELINE_FILE}:{event.line}: page {event.page} does not exist under docs/")
    timeline_pages = [
        f.src_uri for f in files.documentation_pages() if MARKER in Path(f.abs_src_path).read_text(encoding="utf-8")
    ]
    for page in timeline_pages:
        for key in {key for event in _events for key in event.sources}:
            cited = _book(config).cited_on.setdefault(key, [])
            if page not in cited:
                cited.append(page)
    return files


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown

    def link(target: str) -> tuple[str, str]:
        file = files.get_file_from_path(target)
        return get_relative_url(target, page.file.src_uri), facts.page_title(Path(file.abs_src_path))

    return markdown.replace(MARKER, timeline_markdown(_events, link))
