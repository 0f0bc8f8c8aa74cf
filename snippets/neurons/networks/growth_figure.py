# Plot the parameter counts of stacks of dense layers against their width for
# a few depths, on log-log axes, marking where "hundreds of millions" begin.
import matplotlib.pyplot as plt
import numpy as np


def count_parameters(sizes):
    return sum(n_in * n_out + n_out for n_in, n_out in zip(sizes, sizes[1:]))


widths = np.array([64 * 2**k for k in range(9)])  # 64 ... 16384
narrowest, widest = int(widths[0]), int(widths[-1])
shallow, middle, deep = 1, 4, 16  # layers
depths = [shallow, middle, deep]
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

# Check what the figure draws against what its alt text says, on the plotted
# data itself.
drawn = {
    line.get_label(): np.asarray(line.get_ydata(), float)
    for line in ax.get_lines()
    if "layer" in line.get_label()
}
lowest, higher, highest = (drawn[f"{d} layer" + ("s" if d > 1 else "")] for d in depths)
for counts in drawn.values():
    # Each line rises by a factor of (almost exactly) four per doubling of width ...
    per_doubling = counts[1:] / counts[:-1]
    assert np.all((3.9 < per_doubling) & (per_doubling <= 4))
    # ... and more layers shift it up by the same factor at every width.
    shift = counts / lowest
    assert np.allclose(shift, shift[0])
assert np.all(highest > higher) and np.all(higher > lowest)


def crossing(counts):
    """The width at which a drawn line, straight on log-log axes, reaches 10^8."""
    return 2 ** np.interp(8, np.log10(counts), np.log2(widths))


cross_shallow = crossing(lowest)
cross_middle = crossing(higher)
cross_deep = crossing(highest)
# The more layers, the narrower the stack that reaches it.
assert cross_deep < cross_middle < cross_shallow
