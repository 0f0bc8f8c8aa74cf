# One neuron as a straight line that splits the plane in two.
# Two clouds of points, a neuron fitted by a few hundred small steps of
# gradient descent, its accuracy, and a figure of the dividing line.
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(seed=7)
n = 50  # points per group
group0 = rng.normal(loc=[1.0, 1.0], scale=0.9, size=(n, 2))
group1 = rng.normal(loc=[3.0, 3.0], scale=0.9, size=(n, 2))
X = np.vstack([group0, group1])  # each row is one point (x1, x2)
labels = np.array([0] * n + [1] * n)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# Start from zero weights and nudge them, step by step, in the direction that
# makes the neuron's output closer to the right label (logistic regression).
w = np.zeros(2)
b = 0.0
learning_rate = 0.5
for _ in range(300):
    y = sigmoid(X @ w + b)
    error = y - labels
    w -= learning_rate * X.T @ error / len(X)
    b -= learning_rate * error.mean()

z = X @ w + b
predicted = (z > 0).astype(int)  # the neuron says "group 1" when z > 0
accuracy = (predicted == labels).mean()
wrong = int((predicted != labels).sum())
print(f"weights w1 = {w[0]:.3f}, w2 = {w[1]:.3f}, bias b = {b:.3f}")
print(f"accuracy on the {len(X)} points: {accuracy:.2f}")
print(f"points on the wrong side of the line: {wrong}")

# The line: w1*x1 + w2*x2 + b = 0, so x2 = -(w1*x1 + b) / w2.
x1_line = np.linspace(-2, 6, 9)
x2_line = -(w[0] * x1_line + b) / w[1]

# Claims: the neuron gets nearly every point right (the text says all but
# three, because the two clouds overlap a little), every point on the line
# has weighted sum zero (so output exactly one half), and "z > 0" is the same
# decision as "output above one half".
assert accuracy >= 0.95 and wrong == 3
assert np.allclose(w[0] * x1_line + w[1] * x2_line + b, 0)
assert np.allclose(sigmoid(w[0] * x1_line + w[1] * x2_line + b), 0.5)
assert np.array_equal(z > 0, sigmoid(z) > 0.5)

# The figure: the two regions shaded, the points, the line between them,
# and a ring around each point the neuron gets wrong.
fig, ax = plt.subplots(figsize=(7, 4))
# Shade each side of the line: blue where z < 0, orange where z > 0.
edges = np.array([-2.0, 6.0])
on_line = -(w[0] * edges + b) / w[1]
above, below = ("#ffe0b2", "#bbdefb") if w[1] > 0 else ("#bbdefb", "#ffe0b2")
ax.fill_between(edges, on_line, 6, color=above, linewidth=0)
ax.fill_between(edges, -2, on_line, color=below, linewidth=0)
ax.scatter(*group0.T, color="#1565c0", marker="o", s=22, label="group 0")
ax.scatter(*group1.T, color="#e65100", marker="^", s=26, label="group 1")
missed = X[predicted != labels]
ax.scatter(
    *missed.T,
    facecolors="none",
    edgecolors="#000000",
    s=160,
    linewidths=1.2,
    label="on the wrong side",
)
ax.plot(
    x1_line,
    x2_line,
    color="#212121",
    linewidth=2,
    label="boundary\n$w_1 x_1 + w_2 x_2 + b = 0$",
)
ax.set_xlim(-2, 6)
ax.set_ylim(-2, 6)
ax.set_aspect("equal")
ax.set_xlabel("input $x_1$ (no units)")
ax.set_ylabel("input $x_2$ (no units)")
ax.legend(loc="upper left", bbox_to_anchor=(1.04, 1), frameon=False)
fig.tight_layout()
fig.savefig("artificial-neuron-boundary.svg")
