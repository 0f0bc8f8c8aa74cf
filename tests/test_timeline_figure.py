"""The timeline figure shows every event of data/timeline.yml, and the page's numbers are the file's.

snippets/history/timeline/timeline_figure.py draws docs/history/figures/history-timeline.svg from
data/timeline.yml; tests/test_snippets.py checks that the committed figure is what it draws now. These
tests check what the figure says against the data file itself: every event has the short label and
the kind the figure needs, each appears in the figure with its year and with a mark of its kind's
colour that no other mark covers, and the values the page's alt text shows (first and last year,
number of events) are those of the file.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter

import pytest
import yaml
from mkdocs.exceptions import PluginError

import timeline  # hooks/: on the tests' path
from examples import ROOT

TIMELINE = ROOT / "data" / "timeline.yml"
FIGURE = ROOT / "docs" / "history" / "figures" / "history-timeline.svg"
VALUES = ROOT / "snippets" / "history" / "timeline" / "timeline_figure.values.json"
EVENTS = yaml.safe_load(TIMELINE.read_text(encoding="utf-8"))["events"]
IDS = [f"{event['year']}-{event.get('label', '?')}" for event in EVENTS]


@pytest.mark.parametrize("event", EVENTS, ids=IDS)
def test_every_event_has_a_short_label_and_a_kind(event):
    assert isinstance(event.get("label"), str), f"{event['year']}: no label (data/timeline.yml, header)"
    assert 0 < len(event["label"]) <= timeline.LABEL_MAX, f"{event['year']}: label {event['label']!r} is too long"
    assert event.get("kind") in timeline.KINDS, f"{event['year']}: kind must be one of {sorted(timeline.KINDS)}"


def test_labels_are_distinct():
    repeated = [label for label, count in Counter(e.get("label") for e in EVENTS).items() if count > 1]
    assert not repeated, f"two events share a label, so the figure cannot tell them apart: {repeated}"


def figure_texts() -> list[str]:
    svg = FIGURE.read_text(encoding="utf-8")
    return [html.unescape(text) for text in re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)]


def test_the_figure_shows_every_event_with_its_year():
    texts = figure_texts()
    assert texts, f"{FIGURE.relative_to(ROOT)} has no <text> elements; is svg.fonttype still 'none'?"
    labels = Counter(texts)
    for event in EVENTS:
        assert labels[event["label"]] == 1, f"{event['year']}: label {event['label']!r} is not in the figure once"
    for year, count in Counter(str(event["year"]) for event in EVENTS).items():
        # A decade's year is also a tick label, so the figure may show it once more.
        assert labels[year] >= count, f"{year}: {count} events, but the figure shows the year {labels[year]} times"


MARK_SIZE = 6  # points: snippets/history/timeline/timeline_figure.py's MARK_SIZE
KIND_COLOURS = {"brain science": "#d84315", "machine learning": "#3f51b5"}


def event_marks() -> list[tuple[float, float, str]]:
    """The marks of the events, from the figure: (x, y) in points and the fill colour.

    Matplotlib writes each marker as a <use> element; the events' marks have a white edge, and the
    legend's do not.
    """
    svg = FIGURE.read_text(encoding="utf-8")
    marks = []
    for use in re.findall(r"<use\b[^>]*>", svg):
        if "stroke: #ffffff" in use:
            x, y = (float(re.search(rf'\b{axis}="([-0-9.]+)"', use)[1]) for axis in ("x", "y"))
            marks.append((x, y, re.search(r"fill: (#[0-9a-f]{6})", use)[1]))
    return marks


def test_every_event_has_a_mark_that_no_other_mark_covers():
    marks = event_marks()
    assert len(marks) == len(EVENTS), f"{len(EVENTS)} events, but the figure has {len(marks)} marks"
    colours = Counter(colour for _, _, colour in marks)
    assert colours == Counter(KIND_COLOURS[event["kind"]] for event in EVENTS), "a mark's colour is not its kind's"
    for i, (x, y, _) in enumerate(marks):
        for u, v, _ in marks[:i]:
            # Marks are squares and circles MARK_SIZE wide: they overlap if closer than that on both axes.
            assert max(abs(x - u), abs(y - v)) >= MARK_SIZE, f"two marks overlap at ({x:.0f}, {y:.0f}) points"


def test_the_values_the_page_shows_are_the_files():
    recorded = json.loads(VALUES.read_text(encoding="utf-8"))
    years = [event["year"] for event in EVENTS]
    assert recorded["n_events"] == len(EVENTS)
    assert (recorded["first_year"], recorded["last_year"]) == (years[0], years[-1])
    assert recorded["n_brain"] + recorded["n_machine"] == len(EVENTS)
    assert recorded["n_brain"] == sum(event["kind"] == "brain science" for event in EVENTS)


def test_the_timeline_reaches_the_present():
    assert EVENTS[-1]["year"] >= 2025


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("    label: " + "x" * 31 + "\n", r"timeline\.yml:2: label must be a short text, at most 30"),
        ("    label: '[[plain:Perceptron]]'\n", r"timeline\.yml:2: label is plain text"),
        ("    kind: biology\n", r"timeline\.yml:2: kind must be one of \['brain science', 'machine learning'\]"),
    ],
    ids=["label-too-long", "label-with-a-marker", "unknown-kind"],
)
def test_a_bad_label_or_kind_stops_the_build_with_the_line(tmp_path, entry, message):
    path = tmp_path / "timeline.yml"
    path.write_text(f"events:\n  - year: 1943\n    event: First.\n    source: s1\n{entry}", encoding="utf-8")
    with pytest.raises(PluginError, match=message):
        timeline.load(path, {"s1": object()})


def test_label_and_kind_reach_the_events(tmp_path):
    path = tmp_path / "timeline.yml"
    path.write_text(
        "events:\n  - year: 1943\n    event: First.\n    source: s1\n    label: First\n    kind: brain science\n",
        encoding="utf-8",
    )
    (event,) = timeline.load(path, {"s1": object()})
    assert (event.label, event.kind) == ("First", "brain science")
