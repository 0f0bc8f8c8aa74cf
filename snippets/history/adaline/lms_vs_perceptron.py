# The same two-input unit trained two ways on the same points: the LMS
# rule (ADALINE) learns from the error of the weighted sum, the perceptron
# rule from the error of the thresholded output, and only when it is wrong.
import numpy as np

rng = np.random.default_rng(1960)
N_POINTS = 40


def make_points(spread, n=N_POINTS):
    """n points in two clouds, around (2, 1) labelled +1, (1, 2) labelled -1.

    Each point gets a constant 1 as its first input: its weight is the bias.
    """
    labels = np.where(np.arange(n) < n // 2, 1.0, -1.0)
    centres = np.where(labels[:, None] > 0, [2.0, 1.0], [1.0, 2.0])
    points = centres + spread * rng.normal(size=(n, 2))
    return np.column_stack([np.ones(n), points]), labels


def train(inputs, labels, rule, epochs=40, mu=0.01):
    """Train from zero weights; return (mse, wrong, updates) per epoch."""
    w = np.zeros(3)
    order = np.random.default_rng(0)
    history = []
    for _ in range(epochs):
        updates = 0
        for i in order.permutation(len(labels)):
            x, d = inputs[i], labels[i]
            s = w @ x  # the weighted sum, before the sign
            if rule == "LMS":
                step = mu * (d - s) * x  # learns from every example
            elif np.sign(s) != d:
                step = mu * d * x  # the perceptron learns from mistakes
            else:
                step = 0 * x  # ... and only from mistakes
            updates += bool(np.any(step))
            w = w + step
        sums = inputs @ w
        wrong = int(np.sum(np.sign(sums) != labels))
        history.append((np.mean((labels - sums) ** 2), wrong, updates))
    return history


for name, spread in (("separable", 0.3), ("overlapping", 0.7)):
    inputs, labels = make_points(spread)
    best = np.linalg.lstsq(inputs, labels, rcond=None)[0]  # least squares
    best_mse = np.mean((labels - inputs @ best) ** 2)
    lms = train(inputs, labels, "LMS")
    per = train(inputs, labels, "perceptron")
    print(
        f"{name} points ({N_POINTS}); lowest possible mean squared error {best_mse:.3f}"
    )
    print("epoch | LMS: mse  wrong updates | perceptron: mse  wrong updates")
    for epoch in (1, 2, 3, 5, 10, 20, 40):
        (m1, w1, u1), (m2, w2, u2) = lms[epoch - 1], per[epoch - 1]
        print(f"{epoch:5} | {m1:9.3f} {w1:6} {u1:7} | {m2:16.3f} {w2:6} {u2:7}")
    late = [[wrong for _, wrong, _ in h[20:]] for h in (lms, per)]
    print(
        f"points wrong in epochs 21-40: LMS {min(late[0])} to "
        f"{max(late[0])}, perceptron {min(late[1])} to {max(late[1])}"
    )
    print()

    lms_mse = [m for m, _, _ in lms]
    # LMS: the squared error falls epoch after epoch at first, then stays
    # within 10% of the lowest possible.
    assert all(a > b for a, b in zip(lms_mse[:4], lms_mse[1:5]))
    assert all(m < 1.1 * best_mse for m in lms_mse[20:])
    # The perceptron never tried to match the sums to +1 and -1: on both sets
    # its squared error stays far above the lowest possible, near the 1 that
    # sums of zero would score, because its small steps left its sums small.
    assert all(m > 2 * best_mse for m, _, _ in per)
    assert all(0.8 < m < 1 for m, _, _ in per)
    if name == "separable":
        # Both rules end with every point right. The perceptron then stops;
        # LMS does not, because right answers do not satisfy it: with every
        # point already right, its squared error goes on falling.
        assert lms[-1][1] == 0 and per[-1][1] == 0
        assert all(updates == 0 for _, _, updates in per[10:])
        right_from = next(e for e in range(len(lms)) if lms[e][1] == 0)
        assert all(wrong == 0 for _, wrong, _ in lms[right_from:])
        assert lms_mse[-1] < 0.5 * lms_mse[right_from]
    else:
        # No line separates these points: the perceptron never stops updating.
        assert all(updates > 0 for _, _, updates in per)
