# The timeline page's figure: every event of data/timeline.yml as a mark on a
# vertical time axis, oldest at the top, coloured by kind, each with its
# year and short label; events of the same year sit side by side. Saves
# history-timeline.svg.
#
# It reads the site's own data file, so it runs in a clone of the repository
# (python snippets/history/timeline/timeline_figure.py), not on its own.
from pathlib import Path

import matplotlib.pyplot as plt
import yaml
from matplotlib.lines import Line2D

TIMELINE = Path(__file__).resolve().parents[3] / "data" / "timeline.yml"
events = yaml.safe_load(TIMELINE.read_text(encoding="utf-8"))["events"]

# The same colours as the site's other figures: brain against model.
STYLE = {
    "brain science": ("#d84315", "o"),
    "machine learning": ("#3f51b5", "s"),
}
TEXT, AXIS = "#212121", "#757575"
FONT_SIZE = 10  # points
MARK_SIZE = 6  # points, a mark's width
LINE_HEIGHT = 1.45  # a label's height, in font sizes, so labels never touch

years = [event["year"] for event in events]
kinds = [event["kind"] for event in events]
labels = [event["label"] for event in events]

# The numbers the figure's description on the page gives.
first_year, last_year = years[0], years[-1]
span = last_year - first_year
n_events = len(events)
n_brain = kinds.count("brain science")
n_machine = kinds.count("machine learning")
assert n_brain + n_machine == n_events, "every event is one kind or the other"
# The longest stretch of years without an event: where it starts and ends.
gap_start, gap_end = max(zip(years, years[1:]), key=lambda pair: pair[1] - pair[0])
assert years == sorted(years), "data/timeline.yml lists events oldest first"


def spread(wanted, gap, low, high):
    """Label positions as close as possible to `wanted` (sorted), at least `gap`
    apart and between `low` and `high`: least squares under those limits,
    solved by pooling neighbours that would come too close."""
    shifted = [w - i * gap for i, w in enumerate(wanted)]
    blocks = []  # [mean, size] of runs of labels that move together
    for value in shifted:
        blocks.append([value, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, size = blocks.pop()
            before, count = blocks.pop()
            total = count + size
            blocks.append([(before * count + mean * size) / total, total])
    top, bottom = low, high - (len(wanted) - 1) * gap
    fitted = [min(max(mean, top), bottom) for mean, size in blocks for _ in range(size)]
    return [value + i * gap for i, value in enumerate(fitted)]


fig = plt.figure(figsize=(4.0, 8.4))
ax = fig.add_axes((0.02, 0.01, 0.96, 0.93))
ax.set_xlim(0, 1)
y_top, y_bottom = first_year - 3, last_year + 3
ax.set_ylim(y_bottom, y_top)  # time runs down the page, as in the table
ax.axis("off")

# How many years one label's height covers, from the axes' height in points.
axes_points = ax.get_position().height * fig.get_figheight() * 72
gap = LINE_HEIGHT * FONT_SIZE * (y_bottom - y_top) / axes_points
positions = spread(years, gap, y_top + gap / 2, y_bottom - gap / 2)

AXIS_X, ELBOW_X, LABEL_X, NAME_X = 0.14, 0.19, 0.26, 0.385
# Events of the same year sit side by side, the first listed on the axis and
# each next one a mark and a half to its right, so that no mark hides another.
axes_width = ax.get_position().width * fig.get_figwidth() * 72  # points
step = 1.5 * MARK_SIZE / axes_width
mark_x = [AXIS_X + step * years[:i].count(year) for i, year in enumerate(years)]
assert max(mark_x) + step / 2 < ELBOW_X, "too many events in one year for the gap"
ax.plot([AXIS_X, AXIS_X], [y_top + 1, y_bottom - 1], color=AXIS, linewidth=1.2)
for decade in range((first_year // 10 + 1) * 10, last_year + 1, 10):
    ax.plot([AXIS_X - 0.015, AXIS_X], [decade, decade], color=AXIS, linewidth=1)
    ax.text(
        AXIS_X - 0.025,
        decade,
        str(decade),
        ha="right",
        va="center",
        fontsize=FONT_SIZE - 1,
        color=AXIS,
    )

drawn = []  # the label texts, checked below
for year, kind, label, x, y in zip(years, kinds, labels, mark_x, positions):
    colour, marker = STYLE[kind]
    ax.plot(
        [x, ELBOW_X, LABEL_X - 0.015],
        [year, year, y],
        color=colour,
        linewidth=0.8,
        alpha=0.7,
    )
    ax.plot(
        x,
        year,
        marker=marker,
        markersize=MARK_SIZE,
        color=colour,
        markeredgecolor="white",
        markeredgewidth=0.8,
        zorder=3,
    )
    ax.text(
        LABEL_X,
        y,
        str(year),
        ha="left",
        va="center",
        fontsize=FONT_SIZE,
        fontweight="bold",
        color=colour,
    )
    drawn.append(
        ax.text(
            NAME_X, y, label, ha="left", va="center", fontsize=FONT_SIZE, color=TEXT
        )
    )

handles = [
    Line2D(
        [], [], linestyle="none", marker=marker, markersize=7, color=colour, label=kind
    )
    for kind, (colour, marker) in STYLE.items()
]
fig.legend(
    handles=handles,
    loc="upper center",
    ncol=2,
    frameon=False,
    fontsize=FONT_SIZE,
    handletextpad=0.3,
    columnspacing=1.5,
)

# Every event is drawn, no two marks cover each other, no two labels overlap,
# and all fit in the figure.
assert len(drawn) == n_events
centres = ax.transData.transform(list(zip(mark_x, years))) * 72 / fig.dpi  # points
for i, (a, b) in enumerate(centres):
    for j, (c, d) in enumerate(centres[:i]):
        apart = max(abs(a - c), abs(b - d))  # a mark is a square or a circle
        assert apart >= MARK_SIZE, f"the marks of {labels[j]} and {labels[i]} overlap"
assert all(b - a >= gap * 0.999 for a, b in zip(positions, positions[1:]))
renderer = fig.canvas.get_renderer()
boxes = [text.get_window_extent(renderer) for text in drawn]
assert not any(a.overlaps(b) for a, b in zip(boxes, boxes[1:]))
assert all(box.x1 < fig.bbox.x1 and box.y0 > 0 for box in boxes)

fig.savefig("history-timeline.svg")
