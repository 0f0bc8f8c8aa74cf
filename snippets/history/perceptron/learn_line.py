# Rosenblatt's learning rule on points that a straight line can separate.
# Prints the mistakes in each pass over the data until a pass has none, checks
# that the final line puts every point on its correct side, and draws the
# line after every pass.
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(seed=0)

# Random points in a 5 x 5 square, labelled by a hidden rule: class 1 above
# the line x2 = 5 - x1, class 0 below it. Points closer than 0.3 to that
# line are thrown away, so a gap runs between the classes. Keep the first 40.
N_POINTS = 40
points = rng.uniform(0, 5, size=(2 * N_POINTS, 2))
distance = (points[:, 0] + points[:, 1] - 5.0) / np.sqrt(2.0)  # signed distance
keep = np.abs(distance) > 0.3
X = points[keep][:N_POINTS]
y = (distance[keep][:N_POINTS] > 0).astype(int)
assert len(X) == N_POINTS  # enough points survived the cut
print(f"{len(X)} points: {sum(y == 0)} in class 0, {sum(y == 1)} in class 1")

# The perceptron: weighted sum plus bias, then a step (1 if z >= 0, else 0).
w = np.zeros(2)  # weights, one per input
b = 0.0  # bias
eta = 0.1  # learning rate
max_epochs = 20

history = []  # (weights, bias) after each pass, for the figure
mistakes_per_pass = []
for epoch in range(1, max_epochs + 1):
    mistakes = 0
    for x_i, y_i in zip(X, y):
        y_hat = 1 if x_i @ w + b >= 0 else 0
        if y_hat != y_i:
            # The learning rule: move the weights and bias towards this point
            # (y_i - y_hat = +1) or away from it (y_i - y_hat = -1).
            w = w + eta * (y_i - y_hat) * x_i
            b = b + eta * (y_i - y_hat)
            mistakes += 1
    history.append((w.copy(), b))
    mistakes_per_pass.append(mistakes)
    print(f"pass {epoch:2d}: {mistakes:2d} mistakes")
    if mistakes == 0:
        break

passes_needed = len(mistakes_per_pass)
slope, intercept = -w[0] / w[1], -b / w[1]
print(f"final weights w1 = {w[0]:.2f}, w2 = {w[1]:.2f}, bias b = {b:.2f}")
print(f"learned line: x2 = {slope:.2f} * x1 + {intercept:.2f}")
print("hidden rule:  x2 = -1.00 * x1 + 5.00")

# The convergence theorem, in Novikoff's form: starting from zero weights,
# the rule makes at most (R / gamma)^2 mistakes in all. R is the length of the
# longest input (with a 1 added for the bias) and gamma the gap that some
# separating line leaves, here the hidden rule's line, measured in the same
# units.
inputs_with_1 = np.column_stack([X, np.ones(len(X))])
hidden_rule = np.array([1.0, 1.0, -5.0]) / np.sqrt(27.0)  # length 1
gamma = np.min(np.where(y == 1, 1, -1) * (inputs_with_1 @ hidden_rule))
R = np.max(np.linalg.norm(inputs_with_1, axis=1))
mistake_bound = (R / gamma) ** 2
total_mistakes = sum(mistakes_per_pass)
if gamma > 0:
    print(f"mistakes in all: {total_mistakes}; the theorem allows {mistake_bound:.0f}")
else:  # the hidden line does not separate the points: no promise from it
    print(f"mistakes in all: {total_mistakes}; the hidden line leaves no gap")

# Where the final line crosses the top (x2 = 5) and bottom (x2 = 0) edges.
top_x1, bottom_x1 = (5 - intercept) / slope, -intercept / slope

# Claims: a pass with no mistakes came within max_epochs (the fifth, after
# a third pass that was worse than the second), and the final line has every
# point strictly on its own class's side.
assert mistakes_per_pass == [16, 8, 11, 6, 0]
z = X @ w + b
assert np.all(z[y == 1] > 0) and np.all(z[y == 0] < 0)
# The theorem's promise held: the classes have a gap, and the rule made no
# more mistakes than the bound allows.
assert gamma > 0 and total_mistakes <= mistake_bound
# The learned line is not the hidden rule: it is a little steeper.
assert -1.5 < slope < -1

# The figure: the points, and the line after each pass, pale to dark.
fig, ax = plt.subplots(figsize=(7, 4))
for label, colour, marker in [(0, "#1565c0", "o"), (1, "#e65100", "^")]:
    ax.scatter(
        *X[y == label].T,
        color=colour,
        marker=marker,
        s=26,
        label=f"class {label}",
        zorder=3,
    )
lines = history[:-1]  # the last pass made no change
shades = plt.get_cmap("Greys")(np.linspace(0.35, 0.7, len(lines) - 1))
grid = np.linspace(-1, 6, 8)
for number, (w_k, b_k) in enumerate(lines, start=1):
    final = number == len(lines)
    if abs(w_k[1]) >= abs(w_k[0]):  # mostly flat: x2 as a function of x1
        xs, ys = grid, -(w_k[0] * grid + b_k) / w_k[1]
    else:  # mostly upright: x1 as a function of x2
        xs, ys = -(w_k[1] * grid + b_k) / w_k[0], grid
    ax.plot(
        xs,
        ys,
        color="#000000" if final else shades[number - 1],
        linewidth=2.5 if final else 1.5,
        label=f"after pass {number}" + (" (final)" if final else ""),
    )
ax.set_xlim(0, 5)
ax.set_ylim(0, 5)
ax.set_aspect("equal")
ax.set_xlabel("input $x_1$ (no units)")
ax.set_ylabel("input $x_2$ (no units)")
ax.legend(loc="upper left", bbox_to_anchor=(1.04, 1), frameon=False, fontsize=9)
fig.tight_layout()
fig.savefig("perceptron-epochs.svg")
