# The same learning rule on XOR: the answer is 1 when exactly one input is 1.
# No straight line separates those four points, and the rule never stops
# making mistakes: it runs 1000 passes, prints the mistakes in each of the
# first ten, the fewest in any pass, and shows the weights going round in a
# loop that repeats forever.
import numpy as np

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([0, 1, 1, 0])  # XOR

w = np.zeros(2)
b = 0.0
eta = 0.1
n_epochs = 1000

mistakes_per_pass = []
states = []  # (w1, w2, b) after each pass, counted in steps of eta
for epoch in range(1, n_epochs + 1):
    mistakes = 0
    for x_i, y_i in zip(X, y):
        y_hat = 1 if x_i @ w + b >= 0 else 0
        if y_hat != y_i:
            w = w + eta * (y_i - y_hat) * x_i
            b = b + eta * (y_i - y_hat)
            mistakes += 1
    mistakes_per_pass.append(mistakes)
    states.append(tuple(np.round(np.append(w, b) / eta).astype(int).tolist()))

mistakes_per_pass = np.array(mistakes_per_pass)
print("mistakes in passes 1-10:", *mistakes_per_pass[:10])
fewest = mistakes_per_pass.min()
print(f"fewest mistakes in any of the {n_epochs} passes: {fewest}")
print(f"passes with no mistakes: {(mistakes_per_pass == 0).sum()}")

# One more pass, printing the weights after every example: they go round a
# loop and come back to where they started.
print("one more pass, with the weights and bias after each example:")
start = np.append(w, b)
for x_i, y_i in zip(X, y):
    y_hat = 1 if x_i @ w + b >= 0 else 0
    w = w + eta * (y_i - y_hat) * x_i
    b = b + eta * (y_i - y_hat)
    w1, w2, b_ = np.round(np.append(w, b), 10) + 0.0  # + 0.0: no "-0.0"
    print(f"  x = {x_i.astype(int)}, want {y_i}, said {y_hat}:", end=" ")
    print(f"w1 = {w1:4.1f}, w2 = {w2:4.1f}, b = {b_:4.1f}")
assert np.allclose(np.append(w, b), start)  # back where the pass began

# Claims: in 1000 passes the rule never had a pass without mistakes, and
# from the third pass on it got all four points wrong in every pass ...
assert mistakes_per_pass.min() >= 1
assert np.all(mistakes_per_pass[2:] == 4)
# ... and it never will: every pass from the second on ends in the same
# state, so from the third on every pass starts from there and repeats the
# same four mistakes, forever.
assert all(state == states[1] for state in states[1:])

# Why: no line gets all four points right. Try a million random lines.
rng = np.random.default_rng(seed=1)
n_lines = 1_000_000
lines = rng.normal(size=(n_lines, 3))  # rows of (w1, w2, b)
z = X @ lines[:, :2].T + lines[:, 2]  # weighted sums: 4 points x 1e6 lines
correct = ((z >= 0).astype(int) == y[:, None]).sum(axis=0)
best_correct = int(correct.max())
print(f"best of a million random lines: {best_correct} of 4 points right")
assert best_correct == 3
