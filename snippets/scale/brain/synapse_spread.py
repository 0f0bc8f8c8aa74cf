# Synapses per neuron: divide each synapse estimate by each neuron count,
# and see which combinations make sense. Saves brain-synapses.svg.
import matplotlib.pyplot as plt

synapses = {
    "neocortex (Pakkenberg 2003)": 1.5e14,  # fact: neocortex_synapses
    "whole brain, high end": 1e15,  # fact: brain_synapses (Sporns 2005)
}
neurons = {
    "cortex": 16.34e9,  # fact: cortex_neurons
    "brain": 86.1e9,  # fact: brain_neurons
    "textbook": 100e9,  # fact: brain_neurons_folk
}
per_neuron_quoted = 7000  # fact: synapses_per_cortical_neuron
# The quoted average is for neocortical neurons, so only one pair covers the
# territory it describes: the neocortex's synapses over the cortex's neurons.
MATCHED = {("neocortex (Pakkenberg 2003)", "cortex")}

print(f"{'synapses in':<28}" + "".join(f"{'/ ' + n:>12}" for n in neurons))
ratios = {}
for s_name, s in synapses.items():
    row = f"{s_name:<28}"
    for n_name, n in neurons.items():
        ratios[s_name, n_name] = s / n
        star = "*" if (s_name, n_name) in MATCHED else " "
        row += f"{s / n:>11,.0f}{star}"
    print(row.rstrip())
print("* both counts cover (about) the territory of the quoted average")

spread = max(ratios.values()) / min(ratios.values())
print(f"highest / lowest: {spread:.0f}x")
implied = synapses["neocortex (Pakkenberg 2003)"] / per_neuron_quoted
print(
    f"neocortical neurons implied by {per_neuron_quoted:,} per neuron: "
    f"{implied / 1e9:.1f} billion"
)
# The whole brain's high end over the cortex's neurons: a mixed pair.
mixed = ratios["whole brain, high end", "cortex"]
mixed_times = mixed / per_neuron_quoted

# Every combination gives thousands to tens of thousands per neuron, and the
# matched pair agrees with the quoted average within a factor of two.
assert all(1e3 <= r < 1e5 for r in ratios.values())
for pair in MATCHED:
    assert 0.5 < ratios[pair] / per_neuron_quoted < 2
# Mixing counts of different regions spreads the answer by over 30 times.
assert spread > 30
# The quoted average assumes more neocortical neurons than the count of the
# whole cerebral cortex: the two neuron counts come from different methods.
assert implied > neurons["cortex"]

# Figure: the two totals and two products of the quoted average on a log
# axis, over the whole brain's range (the facts file's brain_synapses).
low_end, high_end = 1.5e14, 1e15  # fact: brain_synapses
neocortex_count = synapses["neocortex (Pakkenberg 2003)"]
cortex_product = per_neuron_quoted * neurons["cortex"]
brain_product = per_neuron_quoted * neurons["brain"]
points = [  # label, value, colour, marker, filled
    (
        "Pakkenberg et al. 2003:\nneocortex, counted in samples",
        neocortex_count,
        "#3f51b5",
        "o",
        True,
    ),
    (
        "Sporns et al. 2005:\nwhole brain, order of magnitude",
        high_end,
        "#d84315",
        "s",
        True,
    ),
    (
        f"{per_neuron_quoted:,} per neuron (Drachman 2005)\n"
        "× cortex neurons (Azevedo 2009)",
        cortex_product,
        "#2e7d32",
        "D",
        True,
    ),
    (
        f"{per_neuron_quoted:,} per neuron × all neurons:\n"
        "overcounts (most are granule cells)",
        brain_product,
        "#9e9e9e",
        "D",
        False,
    ),
]
points.sort(key=lambda p: p[1])
fig, ax = plt.subplots(figsize=(6.5, 3.4))
ax.axvspan(low_end, high_end, color="#e8eaf6", zorder=0)
for y, (label, value, colour, marker, filled) in enumerate(points):
    ax.plot(
        [value],
        [y],
        marker=marker,
        color=colour,
        markerfacecolor=colour if filled else "white",
        markersize=9,
        linestyle="none",
    )
    ax.text(value * 1.35, y, label, va="center", fontsize=9)
ax.set_xscale("log")
ax.set_xlim(3e13, 3e16)
ax.set_ylim(-0.7, len(points) - 0.3)
ax.set_yticks([])
ax.spines["left"].set_visible(False)
ax.set_xlabel(
    r"synapses (log scale); shaded: the whole brain, "
    r"$1.5 \times 10^{14}$ to $10^{15}$"
)
fig.tight_layout()
fig.savefig("brain-synapses.svg")
