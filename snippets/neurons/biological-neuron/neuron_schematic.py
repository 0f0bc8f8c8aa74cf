# A labelled sketch of a neuron: dendrites, cell body, axon and a synapse
# onto the next cell. Shapes are schematic, not to scale.
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch

CELL = "#3f51b5"  # this neuron
NEXT = "#2e7d32"  # the next neuron
INK = "#333333"  # labels

fig, ax = plt.subplots(figsize=(7, 3.4))


def branch(x, y, angle, length, depth):
    """Draw a dendrite that forks in two, `depth` times."""
    x2, y2 = x + length * np.cos(angle), y + length * np.sin(angle)
    ax.plot(
        [x, x2],
        [y, y2],
        color=CELL,
        linewidth=0.8 + 1.2 * depth,
        solid_capstyle="round",
    )
    if depth > 0:
        for turn in (-0.45, 0.45):
            branch(x2, y2, angle + turn, 0.7 * length, depth - 1)


# Dendrites leave the cell body towards the left.
for angle in np.radians([150, 180, 210]):
    branch(2.0, 0.0, angle, 0.9, 2)
# Cell body (soma).
ax.add_patch(
    Circle((2.0, 0.0), 0.45, facecolor="#c5cae9", edgecolor=CELL, linewidth=2, zorder=3)
)
# Axon, ending in a few terminal branches with small knobs.
ax.plot([2.45, 7.6], [0, 0], color=CELL, linewidth=2.4, solid_capstyle="round")
for dy in (-0.55, 0.0, 0.55):
    ax.plot([7.6, 8.3], [0, dy], color=CELL, linewidth=1.4)
    ax.add_patch(Circle((8.38, dy), 0.09, color=CELL, zorder=3))
# The next neuron's dendrite, just across the gap from the middle knob.
ax.plot([8.62, 9.6], [0.0, 0.0], color=NEXT, linewidth=2.0)
ax.plot([9.6, 10.0], [0.0, 0.5], color=NEXT, linewidth=1.4)
ax.plot([9.6, 10.0], [0.0, -0.5], color=NEXT, linewidth=1.4)

labels = {
    "dendrites": ((-0.1, 1.75), (0.55, 1.0), "dendrites\ncollect inputs"),
    "soma": ((2.0, -1.55), (2.0, -0.47), "cell body (soma)\nadds them up"),
    "axon": ((5.0, 1.0), (5.0, 0.05), "axon\ncarries the spike"),
    "synapse": ((9.3, 1.3), (8.54, 0.06), "synapse\npasses it on"),
}
leader = {"arrowstyle": "-", "color": "#999999", "linewidth": 1}
for text_at, point_at, text in labels.values():
    ax.annotate(
        text,
        xy=point_at,
        xytext=text_at,
        ha="center",
        va="center",
        fontsize=10,
        color=INK,
        arrowprops=leader,
    )
ax.text(9.8, -0.85, "next neuron", ha="center", fontsize=9, color=NEXT)
# Which way the signal travels.
ax.add_patch(
    FancyArrowPatch(
        (3.6, -0.75),
        (6.8, -0.75),
        arrowstyle="-|>",
        mutation_scale=14,
        color="#d84315",
        linewidth=1.5,
    )
)
ax.text(5.2, -1.1, "signal travels this way", ha="center", fontsize=9, color="#d84315")

ax.set_xlim(-0.6, 10.2)
ax.set_ylim(-2.0, 2.2)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
fig.savefig("biological-neuron-schematic.svg")

# The four parts the text describes are all labelled.
drawn = {t.get_text().split("\n")[0] for t in ax.texts}
assert {"dendrites", "cell body (soma)", "axon", "synapse"} <= drawn
