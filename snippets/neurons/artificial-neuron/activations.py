# Four activation functions side by side: step, sigmoid, tanh and ReLU.
# Checks the property of each that the text states, prints a few values,
# and saves the figure as an SVG file in the current folder.
import matplotlib.pyplot as plt
import numpy as np


def step(z):
    return np.where(z >= 0, 1.0, 0.0)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def tanh(z):
    return np.tanh(z)


def relu(z):
    return np.maximum(0.0, z)


functions = {"step": step, "sigmoid": sigmoid, "tanh": tanh, "ReLU": relu}

# A small table of values.
table_z = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
print("     z " + "".join(f"{name:>9}" for name in functions))
for z in table_z:
    print(f"{z:6.1f} " + "".join(f"{f(z):9.3f}" for f in functions.values()))

# The properties the text claims, checked on a fine grid of z.
z_max = 4.0
z = np.linspace(-z_max, z_max, 401)  # includes z = 0 exactly
negative, rest = z < 0, z >= 0
# Step: 0 for every negative sum, 1 from z = 0 on: all or nothing.
assert np.all(step(z[negative]) == 0) and np.all(step(z[rest]) == 1)
# Sigmoid: rises all the way, from near 0 to near 1, and is one half at z = 0 ...
assert np.all(np.diff(sigmoid(z)) > 0) and sigmoid(0.0) == 0.5
assert sigmoid(-z_max) < 0.05 and sigmoid(z_max) > 0.95
assert np.all((sigmoid(z) > 0) & (sigmoid(z) < 1))
# ... with no sudden jump: between neighbouring points of the grid it never
# moves more than a quarter of the distance between them.
assert np.max(np.diff(sigmoid(z))) <= (z[1] - z[0]) / 4
# Tanh: the sigmoid's S stretched to run from -1 to 1 and centred on zero,
# so odd, tanh(-z) = -tanh(z), and never quite reaching -1 or 1.
assert np.allclose(tanh(z), 2 * sigmoid(2 * z) - 1)
assert np.allclose(tanh(-z), -tanh(z)) and tanh(0.0) == 0
assert np.all(np.abs(tanh(z)) < 1)
# ReLU: zero for any negative sum, the sum itself for any positive one.
assert np.all(relu(z[negative]) == 0) and np.array_equal(relu(z[rest]), z[rest])

# The figure: one panel per function, same z range, same style.
colours = {
    "step": "#c62828",
    "sigmoid": "#3f51b5",
    "tanh": "#2e7d32",
    "ReLU": "#ef6c00",
}
fig, axes = plt.subplots(2, 2, figsize=(7, 4.4), sharex=True)
for ax, (name, f) in zip(axes.flat, functions.items()):
    if name == "step":
        # Two flat pieces, drawn apart so no false vertical line joins them.
        left, right = z[z < 0], z[z >= 0]
        ax.plot(left, step(left), color=colours[name], linewidth=2.5)
        ax.plot(right, step(right), color=colours[name], linewidth=2.5)
    else:
        ax.plot(z, f(z), color=colours[name], linewidth=2.5)
    ax.axhline(0, color="#888888", linewidth=0.8)
    ax.axvline(0, color="#888888", linewidth=0.8)
    ax.set_title(name)
    ax.set_ylabel("output")
for ax in axes[1]:
    ax.set_xlabel("weighted sum z")
fig.tight_layout()
fig.savefig("artificial-neuron-activations.svg")
