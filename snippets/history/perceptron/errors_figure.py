# Mistakes per pass for the two data sets on this page, side by side: the
# points a line can separate (the same 40 points as learn_line.py) and XOR.
import matplotlib.pyplot as plt
import numpy as np


def mistakes_per_pass(X, y, n_passes, eta=0.1):
    """Train a perceptron from zero weights; count its mistakes in each pass."""
    w = np.zeros(X.shape[1])
    b = 0.0
    counts = []
    for _ in range(n_passes):
        mistakes = 0
        for x_i, y_i in zip(X, y):
            y_hat = 1 if x_i @ w + b >= 0 else 0
            if y_hat != y_i:
                w = w + eta * (y_i - y_hat) * x_i
                b = b + eta * (y_i - y_hat)
                mistakes += 1
        counts.append(mistakes)
    return np.array(counts)


# The separable points, made exactly as in learn_line.py.
rng = np.random.default_rng(seed=0)
points = rng.uniform(0, 5, size=(80, 2))
distance = (points[:, 0] + points[:, 1] - 5.0) / np.sqrt(2.0)
keep = np.abs(distance) > 0.3
X_line = points[keep][:40]
y_line = (distance[keep][:40] > 0).astype(int)

# The four corners of the square, labelled by one logic gate (the page's
# Try-it switches gates; the checks below are for XOR).
GATES = {"AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "XOR": [0, 1, 1, 0]}
gate = "XOR"
X_xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y_xor = np.array(GATES[gate])

n_passes = 20
line_counts = mistakes_per_pass(X_line, y_line, n_passes)
xor_counts = mistakes_per_pass(X_xor, y_xor, n_passes)

# What the figure's description on the page says: the mistakes on the
# separable points start at line_first, are 0 from pass first_clean on and
# stay there; XOR starts at xor_first and then stays at xor_later, never 0.
first_clean = int(np.argmax(line_counts == 0)) + 1  # passes count from 1
line_first = int(line_counts[0])
xor_first, xor_later = int(xor_counts[0]), int(xor_counts[-1])
n_points = len(X_line)
assert np.all(line_counts[first_clean - 1 :] == 0)
assert np.all(xor_counts[:2] == xor_first) and np.all(xor_counts[2:] == xor_later)
assert xor_counts.min() >= 1

passes = np.arange(1, n_passes + 1)
fig, (left, right) = plt.subplots(1, 2, figsize=(7, 3.2), sharex=True)
left.plot(passes, line_counts, color="#2e7d32", marker="o", markersize=4)
left.set_title("40 points a line can separate", fontsize=11)
left.set_ylabel("mistakes in the pass")
left.set_ylim(0, 20)
right.plot(passes, xor_counts, color="#c62828", marker="s", markersize=4)
right.set_title(f"{gate} (4 points)", fontsize=11)
right.set_ylim(0, 4.3)
right.set_yticks([0, 1, 2, 3, 4])
# Ticks at the first pass and every 5th (every 10th past 30 passes), and an
# axis as long as the run, so the Try-it's slider can shorten or lengthen it.
tick_every = 5 if n_passes <= 30 else 10
for ax in (left, right):
    ax.set_xlabel("pass over the data")
    ax.set_xticks([1, *range(tick_every, n_passes + 1, tick_every)])
    ax.set_xlim(0.5, n_passes + 0.5)
    ax.axhline(0, color="#888888", linewidth=0.8)
fig.tight_layout()
fig.savefig("perceptron-errors.svg")
