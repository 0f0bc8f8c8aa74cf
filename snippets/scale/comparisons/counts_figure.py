# Brain synapses, model parameters and brain neurons on one log-scale chart.
import matplotlib.pyplot as plt
from matplotlib.patches import Patch

BRAIN, MODEL, NEURONS = "#d84315", "#3f51b5", "#9e9e9e"
switch_c = 1.571e12  # every expert counted; fact: params_switch_c
low, high = 1.5e14, 1e15  # the whole brain's synapses; fact: brain_synapses
palm, gpt3 = 540e9, 175e9  # fact: params_palm, fact: params_gpt3
neurons = 86.1e9  # fact: brain_neurons
bars = [  # label, count, colour
    ("synapses, whole brain:\nhigh end", high, BRAIN),
    ("synapses, whole brain:\nlow end (the neocortex)", low, BRAIN),
    ("Switch-C, every expert\n(largest total here)", switch_c, MODEL),
    ("PaLM (largest dense)", palm, MODEL),
    ("GPT-3", gpt3, MODEL),
    ("neurons, whole brain", neurons, NEURONS),
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

# The bar labels, as the text around the figure quotes them.
high_label, low_label = words(high), words(low)
switch_c_label, palm_label, gpt3_label = words(switch_c), words(palm), words(gpt3)
neurons_label = words(neurons)

# Even the largest total parameter count here falls about a hundred times
# short of the low end of the brain's synapses and hundreds of times short of
# the high end, and every model outnumbers the brain's neurons.
models = [count for _, count, colour in bars if colour == MODEL]
short_low, short_high = low / max(models), high / max(models)
assert 50 < short_low < 200 and 200 < short_high < 1_000
assert all(count > neurons for count in models)
