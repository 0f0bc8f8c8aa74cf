# A MADALINE of two ADALINEs and a fixed OR gate learns XOR with Madaline
# Rule I: when the network answers wrong, adapt only the ADALINE(s) whose
# weighted sums are closest to zero, just enough to flip them.
import numpy as np

# Inputs and answers in +1/-1 form; the first column is the bias input.
patterns = np.array([[1, -1, -1], [1, -1, 1], [1, 1, -1], [1, 1, 1]], dtype=float)
xor = np.array([-1, 1, 1, -1], dtype=float)


def madaline(weights, x):
    sums = weights @ x  # one weighted sum per ADALINE
    out = 1.0 if np.any(sums > 0) else -1.0  # the fixed OR gate
    return sums, out


def train_mri(seed, alpha=0.5, max_epochs=50):
    """Return the weights and the epochs used (None if never all right)."""
    rng = np.random.default_rng(seed)
    weights = 0.1 * rng.normal(size=(2, 3))
    for epoch in range(1, max_epochs + 1):
        for i in rng.permutation(4):
            x, d = patterns[i], xor[i]
            sums, out = madaline(weights, x)
            if out == d:
                continue  # right answer: disturb nothing
            if d > 0:
                # OR says -1 but should say +1: one unit must switch on.
                # Pick the one nearest to it (its sum closest to zero).
                chosen = [np.argmin(np.abs(sums))]
            else:
                # OR says +1 but should say -1: every unit that is on
                # must switch off.
                chosen = np.flatnonzero(sums > 0)
            for j in chosen:
                # alpha-LMS: move this unit's sum a fraction alpha to d
                weights[j] += alpha * (d - sums[j]) * x / (x @ x)
        if all(madaline(weights, x)[1] == d for x, d in zip(patterns, xor)):
            return weights, epoch
    return weights, None


weights, epochs = train_mri(seed=1962)
print(f"trained with Madaline Rule I in {epochs} epoch" + "s" * (epochs > 1))
print(" x1  x2 | ADALINE 1  ADALINE 2 | OR = XOR")
for x, d in zip(patterns, xor):
    sums, out = madaline(weights, x)
    print(f"{x[1]:+3.0f} {x[2]:+3.0f} | {sums[0]:+9.2f} {sums[1]:+10.2f} | {out:+3.0f}")
    assert out == d
# Training stopped as soon as every answer was right, so some sums were left
# close to zero: little margin.
all_sums = np.array([madaline(weights, x)[0] for x in patterns])
assert np.abs(all_sums).min() < 0.1

N_STARTS = 200
runs = [train_mri(seed)[1] for seed in range(N_STARTS)]
finished = [e for e in runs if e is not None]
print(
    f"{len(finished)} of {N_STARTS} random starts learned XOR, "
    f"in at most {max(finished)} epochs"
)
assert len(finished) == N_STARTS
