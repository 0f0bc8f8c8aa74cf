# Brain synapses, model parameters and brain neurons on one log-scale chart.
import matplotlib.pyplot as plt
from matplotlib.patches import Patch

BRAIN, MODEL, NEURONS = "#d84315", "#3f51b5", "#9e9e9e"
switch_c = 1.571e12  # every expert counted; fact: params_switch_c
bars = [  # label, count, colour
    ("synapses, whole brain\n(estimate)", 1e15, BRAIN),  # fact: brain_synapses
    ("synapses, neocortex", 1.5e14, BRAIN),  # fact: neocortex_synapses
    ("Switch-C, every expert\n(largest total)", switch_c, MODEL),
    ("PaLM (largest dense)", 540e9, MODEL),  # fact: params_palm
    ("GPT-3", 175e9, MODEL),  # fact: params_gpt3
    ("neurons, whole brain", 86.1e9, NEURONS),  # fact: brain_neurons
]


def words(n):
    """86.1e9 -> '86.1 billion', 1.571e12 -> '1.57 trillion'."""
    for name, size in [("quadrillion", 1e15), ("trillion", 1e12), ("billion", 1e9)]:
        if n >= size:
            return f"{n / size:.3g} {name}"
    return f"{n:,.0f}"


labels = [label for label, _, _ in bars][::-1]  # first bar at the top
counts = [count for _, count, _ in bars][::-1]
colours = [colour for _, _, colour in bars][::-1]
hatches = ["//" if c == NEURONS else "" for c in colours]

fig, ax = plt.subplots(figsize=(7, 3.8))
ax.barh(labels, counts, color=colours, hatch=hatches, edgecolor="white")
for y, count in enumerate(counts):
    ax.text(count * 1.4, y, words(count), va="center", fontsize=9, color="#333333")
ax.set_xscale("log")
ax.set_xlim(1e10, 1e17)
ax.set_xlabel("how many (log scale: each step is ten times more)")
legend = [
    Patch(color=BRAIN, label="synapses"),
    Patch(color=MODEL, label="model parameters"),
    Patch(
        facecolor=NEURONS,
        hatch="//",
        edgecolor="white",
        label="neurons (not like for like)",
    ),
]
ax.legend(handles=legend, loc="lower right", frameon=False, fontsize=9)
fig.tight_layout()
fig.savefig("comparisons-counts.svg")

# Even the largest total parameter count falls hundreds of times short of
# the brain's synapses, and every model outnumbers the brain's neurons.
synapses, neurons = bars[0][1], bars[-1][1]
models = [count for _, count, colour in bars if colour == MODEL]
assert all(synapses / count > 600 for count in models)
assert all(count > neurons for count in models)
assert words(switch_c) == "1.57 trillion"
