# Draw the sigmoid and save it as an SVG file in the current folder.
import matplotlib.pyplot as plt
import numpy as np

z = np.linspace(-6, 6, 241)
sigmoid = 1 / (1 + np.exp(-z))

fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(z, sigmoid, linewidth=2.5, color="#3f51b5", label="sigmoid(z)")
ax.axhline(0.5, color="#888888", linewidth=1, linestyle="--")
ax.axvline(0.0, color="#888888", linewidth=1, linestyle="--")
ax.set_xlabel("weighted sum z")
ax.set_ylabel("output")
ax.set_ylim(-0.05, 1.05)
ax.legend(loc="upper left", frameon=False)
fig.tight_layout()
fig.savefig("sigmoid.svg")

# The curve passes through one half at z = 0 and never leaves (0, 1).
assert sigmoid[120] == 0.5
assert sigmoid.min() > 0 and sigmoid.max() < 1
