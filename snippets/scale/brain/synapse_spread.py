# Synapses per neuron: divide each synapse estimate by each neuron count,
# and see which combinations make sense. Saves brain-synapses.svg.
import matplotlib.pyplot as plt
import numpy as np

synapses = {
    "neocortex (Pakkenberg 2003)": 1.5e14,  # fact: neocortex_synapses
    "whole brain (Sporns 2005)": 1e15,  # fact: brain_synapses
}
neurons = {
    "cortex": 16.34e9,  # fact: cortex_neurons
    "brain": 86.1e9,  # fact: brain_neurons
    "textbook": 100e9,  # fact: brain_neurons_folk
}
per_neuron_quoted = 7000  # fact: synapses_per_cortical_neuron
# Pairs that count the same part of the brain (or the same era's guesses).
MATCHED = {
    ("neocortex (Pakkenberg 2003)", "cortex"),
    ("whole brain (Sporns 2005)", "brain"),
    ("whole brain (Sporns 2005)", "textbook"),
}

print(f"{'synapses in':<28}" + "".join(f"{'/ ' + n:>12}" for n in neurons))
ratios = {}
for s_name, s in synapses.items():
    row = f"{s_name:<28}"
    for n_name, n in neurons.items():
        ratios[s_name, n_name] = s / n
        star = "*" if (s_name, n_name) in MATCHED else " "
        row += f"{s / n:>11,.0f}{star}"
    print(row.rstrip())
print("* both counts cover (about) the same part of the brain")

spread = max(ratios.values()) / min(ratios.values())
print(f"highest / lowest: {spread:.0f}x")
implied = synapses["neocortex (Pakkenberg 2003)"] / per_neuron_quoted
print(
    f"neocortical neurons implied by {per_neuron_quoted:,} per neuron: "
    f"{implied / 1e9:.1f} billion"
)

# Every combination gives thousands to tens of thousands per neuron, and
# the matched ones agree with the quoted average within a factor of two.
assert all(1e3 <= r < 1e5 for r in ratios.values())
for pair in MATCHED:
    assert 0.5 < ratios[pair] / per_neuron_quoted < 2
# Mixing counts of different regions spreads the answer by over 30 times.
assert spread > 30
# The quoted average assumes more neocortical neurons than the count of the
# whole cerebral cortex: the two neuron counts come from different methods.
assert implied > neurons["cortex"]

# Figure: the totals on a log axis, with two products computed from the
# quoted average, inside the band from 10^14 to 10^15.
points = [
    ("Pakkenberg et al. 2003:\nneocortex, counted in samples", 1.5e14, "#3f51b5", "o"),
    ("Sporns et al. 2005:\nwhole brain, order of magnitude", 1e15, "#d84315", "s"),
    (
        f"{per_neuron_quoted:,} per neuron (Drachman 2005)\n"
        "× cortex neurons (Azevedo 2009)",
        per_neuron_quoted * neurons["cortex"],
        "#2e7d32",
        "D",
    ),
    (
        f"{per_neuron_quoted:,} per neuron (Drachman 2005)\n"
        "× all neurons (Azevedo 2009)",
        per_neuron_quoted * neurons["brain"],
        "#2e7d32",
        "D",
    ),
]
points.sort(key=lambda p: p[1])
fig, ax = plt.subplots(figsize=(6.5, 3.4))
ax.axvspan(1e14, 1e15, color="#e8eaf6", zorder=0)
for y, (label, value, colour, marker) in enumerate(points):
    ax.plot([value], [y], marker=marker, color=colour, markersize=9, linestyle="none")
    ax.text(value * 1.35, y, label, va="center", fontsize=9)
ax.set_xscale("log")
ax.set_xlim(3e13, 3e16)
ax.set_ylim(-0.7, len(points) - 0.3)
ax.set_yticks([])
ax.spines["left"].set_visible(False)
ax.set_xlabel(r"synapses (log scale); shaded: $10^{14}$ to $10^{15}$")
fig.tight_layout()
fig.savefig("brain-synapses.svg")

assert all(1e14 <= value <= 1e15 for _, value, _, _ in points)
assert np.isclose(points[0][1], per_neuron_quoted * neurons["cortex"])
