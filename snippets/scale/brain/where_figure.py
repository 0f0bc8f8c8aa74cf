# Where the brain's neurons are: cerebellum, cerebral cortex and the rest,
# as a horizontal bar chart. Saves brain-where.svg.
import matplotlib.pyplot as plt

# Neuron counts in billions (Azevedo et al. 2009). Each region was counted
# on its own, and the whole brain is their sum.
brain = 86.1  # fact: brain_neurons
cerebellum = 69.03  # fact: cerebellum_neurons
cortex = 16.34  # fact: cortex_neurons
rest = 0.69  # fact: rest_of_brain_neurons

regions = ["everything else", "cerebral cortex", "cerebellum"]
counts = [rest, cortex, cerebellum]
colours = ["#9e9e9e", "#3f51b5", "#d84315"]


def label(count):
    """'69.0 billion (80%)'; a share under 5% gets a decimal: '0.7 billion (0.8%)'."""
    share = count / brain
    decimals = 0 if share >= 0.05 else 1
    return f"{count:.1f} billion ({share:.{decimals}%})"


fig, ax = plt.subplots(figsize=(6.5, 2.8))
ax.barh(regions, counts, color=colours, height=0.6)
for y, count in enumerate(counts):
    ax.text(count + 1, y, label(count), va="center", fontsize=10)
ax.set_xlabel("neurons (billions)")
ax.set_xlim(0, 95)
fig.tight_layout()
fig.savefig("brain-where.svg")

# What the alt text and the paragraph below the chart say.
cerebellum_label, cortex_label, rest_label = (
    label(cerebellum),
    label(cortex),
    label(rest),
)
cerebellum_share, cortex_share, rest_share = (
    cerebellum / brain,
    cortex / brain,
    rest / brain,
)

# The three regions were counted separately: they add up to 86.06 billion,
# which the paper rounds to 86.1. A mistyped region fails this, and so does a
# "rest" found by subtracting the other two from the rounded total.
assert 0 < brain - (cerebellum + cortex + rest) < 0.05
# About four in five neurons are in the cerebellum, under a fifth in the
# cerebral cortex, under one in a hundred elsewhere.
assert 0.78 < cerebellum_share < 0.82
assert 0.18 < cortex_share < 0.20
assert 0 < rest_share < 0.01
