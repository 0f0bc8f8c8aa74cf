# Where the brain's neurons are: cerebellum, cerebral cortex and the rest,
# as a horizontal bar chart. Saves brain-where.svg.
import matplotlib.pyplot as plt

# Neuron counts in billions (Azevedo et al. 2009).
brain = 86.1  # fact: brain_neurons
cerebellum = 69.03  # fact: cerebellum_neurons
cortex = 16.34  # fact: cortex_neurons
rest = brain - cerebellum - cortex  # everything else, by subtraction

regions = ["everything else", "cerebral cortex", "cerebellum"]
counts = [rest, cortex, cerebellum]
colours = ["#9e9e9e", "#3f51b5", "#d84315"]

fig, ax = plt.subplots(figsize=(6.5, 2.8))
ax.barh(regions, counts, color=colours, height=0.6)
for y, count in enumerate(counts):
    ax.text(
        count + 1,
        y,
        f"{count:.1f} billion ({count / brain:.0%})",
        va="center",
        fontsize=10,
    )
ax.set_xlabel("neurons (billions)")
ax.set_xlim(0, 95)
fig.tight_layout()
fig.savefig("brain-where.svg")

# The claims: about four in five neurons are in the cerebellum, under a
# fifth in the cerebral cortex, about one in a hundred elsewhere.
assert 0.78 < cerebellum / brain < 0.82
assert 0.18 < cortex / brain < 0.20
assert 0 < rest / brain < 0.01
