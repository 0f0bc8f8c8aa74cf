# One neuron as a straight line that splits the plane in two.
# Two clouds of points, a neuron fitted by a few hundred small steps of
# gradient descent, its accuracy, and a figure of the dividing line.
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(seed=7)
n = 50  # points per group
centre0, centre1 = 1.0, 3.0  # group 0 lies around (1, 1), group 1 around (3, 3)
spread = 0.9  # how far the points scatter around their centre
group0 = rng.normal(loc=[centre0, centre0], scale=spread, size=(n, 2))
group1 = rng.normal(loc=[centre1, centre1], scale=spread, size=(n, 2))
X = np.vstack([group0, group1])  # each row is one point (x1, x2)
labels = np.array([0] * n + [1] * n)
n_points = len(X)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# Start from zero weights and nudge them, step by step, in the direction that
# makes the neuron's output closer to the right label (logistic regression).
w = np.zeros(2)
b = 0.0
learning_rate = 0.5
steps = 300
for _ in range(steps):
    y = sigmoid(X @ w + b)
    error = y - labels
    w -= learning_rate * X.T @ error / n_points
    b -= learning_rate * error.mean()


def says_yes(points):
    """The trained neuron as a black box: is its output above one half?"""
    return sigmoid(points @ w + b) > 0.5


predicted = says_yes(X).astype(int)  # "yes" means "group 1"
accuracy = (predicted == labels).mean()
wrong = int((predicted != labels).sum())
print(f"weights w1 = {w[0]:.3f}, w2 = {w[1]:.3f}, bias b = {b:.3f}")
print(f"accuracy on the {n_points} points: {accuracy:.2f}")
print(f"points on the wrong side of the line: {wrong}")

# The line: w1*x1 + w2*x2 + b = 0, so x2 = -(w1*x1 + b) / w2.
x_min, x_max = -2.0, 6.0  # the figure shows this square of the plane
x1_line = np.linspace(x_min, x_max, 9)
x2_line = -(w[0] * x1_line + b) / w[1]

# Claim: nearly every point is on the right side; a few are not, because the
# clouds overlap a little.
required_accuracy = 0.95
assert accuracy >= required_accuracy and wrong > 0

# Claim: the neuron's answer changes exactly at the drawn line, "yes" above it
# and "no" below, all over the figure. A fine grid of points is put to the
# neuron and compared with the line as drawn, read between its points.
g1, g2 = np.meshgrid(np.linspace(x_min, x_max, 161), np.linspace(x_min, x_max, 161))
grid = np.column_stack([g1.ravel(), g2.ravel()])
line_here = np.interp(grid[:, 0], x1_line, x2_line)
clear = np.abs(grid[:, 1] - line_here) > 1e-9  # leave out points on the line
yes = says_yes(grid)
assert np.array_equal(yes[clear], grid[clear, 1] > line_here[clear])
# Claim: the activation function does not move the line. A step, or tanh read
# at its own midpoint 0, splits the grid in the same place.
z_grid = grid @ w + b
assert np.array_equal(yes[clear], (z_grid >= 0)[clear])
assert np.array_equal(yes[clear], (np.tanh(z_grid) > 0)[clear])

# Claim: the misses sit where the two clouds touch, a little way past the
# line: each is within one spread of the line and of the point halfway
# between the two centres.
missed = X[predicted != labels]
halfway = np.full(2, (centre0 + centre1) / 2)
assert np.all(np.abs(missed @ w + b) / np.linalg.norm(w) < spread)
assert np.all(np.linalg.norm(missed - halfway, axis=1) < spread)

# The figure: the two regions shaded, the points, the line between them,
# and a ring around each point the neuron gets wrong.
fig, ax = plt.subplots(figsize=(7, 4))
# Shade each side of the line: blue where z < 0, orange where z > 0.
edges = np.array([x_min, x_max])
on_line = -(w[0] * edges + b) / w[1]
above, below = ("#ffe0b2", "#bbdefb") if w[1] > 0 else ("#bbdefb", "#ffe0b2")
ax.fill_between(edges, on_line, x_max, color=above, linewidth=0)
ax.fill_between(edges, x_min, on_line, color=below, linewidth=0)
ax.scatter(*group0.T, color="#1565c0", marker="o", s=22, label="group 0")
ax.scatter(*group1.T, color="#e65100", marker="^", s=26, label="group 1")
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
    label="boundary\nw₁x₁ + w₂x₂ + b = 0",
)
ax.set_xlim(x_min, x_max)
ax.set_ylim(x_min, x_max)
ax.set_aspect("equal")
ax.set_xlabel("input x₁ (no units)")
ax.set_ylabel("input x₂ (no units)")
ax.legend(loc="upper left", bbox_to_anchor=(1.04, 1), frameon=False)
# Fixed margins (what tight_layout chose for this figure) rather than
# tight_layout itself, which draws the figure an extra time: the page redraws
# this figure whenever a reader moves one of its sliders.
fig.subplots_adjust(left=0.02, right=0.83, bottom=0.16, top=0.95)
fig.savefig("artificial-neuron-boundary.svg")
