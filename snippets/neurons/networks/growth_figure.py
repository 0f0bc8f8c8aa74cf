# Plot the parameter counts of stacks of dense layers against their width for
# a few depths, on log-log axes, marking where "hundreds of millions" begin.
import matplotlib.pyplot as plt
import numpy as np


def count_parameters(sizes):
    return sum(n_in * n_out + n_out for n_in, n_out in zip(sizes, sizes[1:]))


widths = np.array([64 * 2**k for k in range(9)])  # 64 ... 16384
depths = [1, 4, 16]
colours = ["#3f51b5", "#e65100", "#2e7d32"]

fig, ax = plt.subplots(figsize=(6.5, 3.6))
for depth, colour in zip(depths, colours):
    counts = [count_parameters([int(w)] * (depth + 1)) for w in widths]
    label = f"{depth} layer" + ("s" if depth > 1 else "")
    ax.plot(
        widths, counts, marker="o", markersize=4, linewidth=2, color=colour, label=label
    )
ax.axhline(1e8, color="#555555", linewidth=1, linestyle="--")
ax.text(
    70, 1.4e8, "$10^8$: hundreds of millions from here up", color="#555555", fontsize=9
)
ax.set_xscale("log", base=2)
ax.set_yscale("log")
ax.set_xticks(widths[::2], [f"{w:,}" for w in widths[::2]])
ax.set_xlabel("width (units per layer)")
ax.set_ylabel("parameters (weights + biases)")
ax.legend(loc="lower right", frameon=False)
fig.tight_layout()
fig.savefig("networks-parameters.svg")

# On log-log axes a quadratic is a straight line of slope 2: check it.
counts = [count_parameters([int(w)] * 5) for w in widths]
slope = np.polyfit(np.log(widths), np.log(counts), 1)[0]
assert 1.99 < slope < 2.01
