# The four inputs of a two-input unit as the corners of a square. One line
# separates the corners where AND fires from the others, and one line does
# it for OR. XOR takes two lines: one from each unit of the first layer.
from itertools import product

import matplotlib.pyplot as plt
import numpy as np

FIRE, QUIET, LINE, SHADE = "#e65100", "#1565c0", "#212121", "#ffe0b2"
corners = list(product((0, 1), repeat=2))
a_grid = np.linspace(-0.25, 1.25, 2)

# Each function fires where the sum a + b lies in a band; the band's edges
# are the lines a + b = edge, drawn halfway between corners that fire and
# corners that do not. None means no edge on that side.
panels = [
    ("AND: one line", lambda a, b: a and b, (1.5, None)),
    ("OR: one line", lambda a, b: a or b, (0.5, None)),
    ("XOR: two lines", lambda a, b: a != b, (0.5, 1.5)),
]

fig, axes = plt.subplots(1, 3, figsize=(7, 3.3), sharey=True)
for ax, (title, logic, (low, high)) in zip(axes, panels):
    top = 3.0 if high is None else high  # a + b = 3 lies outside the picture
    ax.fill_between(a_grid, low - a_grid, top - a_grid, color=SHADE, linewidth=0)
    for edge in (low, high):
        if edge is not None:
            ax.plot(a_grid, edge - a_grid, color=LINE, linewidth=1.8)
    for a, b in corners:
        fires = bool(logic(a, b))
        # The picture agrees with the logic: a corner lies in the shaded band
        # exactly when the function is 1 there.
        assert (low < a + b < top) == fires
        if fires:
            ax.scatter(a, b, s=110, color=FIRE, zorder=3)
        else:
            ax.scatter(
                a,
                b,
                s=110,
                facecolors="white",
                edgecolors=QUIET,
                linewidths=2,
                zorder=3,
            )
    ax.set_title(title, fontsize=11)
    ax.set_xlim(-0.25, 1.25)
    ax.set_ylim(-0.25, 1.25)
    ax.set_aspect("equal")
    ax.set_xticks([0, 1])
    ax.set_yticks([0, 1])
    ax.set_xlabel("input a (0 or 1)")
axes[0].set_ylabel("input b (0 or 1)")
axes[0].scatter([], [], s=60, color=FIRE, label="output 1 (fires)")
axes[0].scatter(
    [], [], s=60, facecolors="white", edgecolors=QUIET, linewidths=2, label="output 0"
)
fig.legend(loc="lower center", ncol=2, frameon=False)
fig.tight_layout(rect=(0, 0.08, 1, 1))
fig.savefig("mcculloch-pitts-square.svg")
