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
z = np.linspace(-4, 4, 401)  # includes z = 0 exactly
assert set(np.unique(step(z))) == {0.0, 1.0}  # step is only ever 0 or 1
assert np.all((sigmoid(z) > 0) & (sigmoid(z) < 1))  # sigmoid stays in (0, 1)
assert sigmoid(0.0) == 0.5  # ... and is exactly one half at z = 0
assert np.allclose(tanh(-z), -tanh(z))  # tanh is odd: tanh(-z) = -tanh(z)
assert np.all(np.abs(tanh(z)) < 1)  # ... and stays in (-1, 1)
# relu(z) = max(0, z), checked against Python's own max, one z at a time
assert np.array_equal(relu(z), np.array([max(0.0, v) for v in z]))

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
