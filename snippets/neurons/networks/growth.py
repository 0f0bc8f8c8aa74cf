# How the number of parameters grows with the width and the depth of a dense
# network. Each network here is a stack of `depth` layers, all `width` units
# wide: sizes = [width] * (depth + 1).
import numpy as np


def count_parameters(sizes):
    return sum(n_in * n_out + n_out for n_in, n_out in zip(sizes, sizes[1:]))


def stack(width, depth):
    return [width] * (depth + 1)


widths = [64 * 2**k for k in range(9)]  # 64, 128, ..., 16384
depths = [1, 2, 4, 8]

print(f"{'width':>6} |" + "".join(f"{f'depth {d}':>16}" for d in depths))
print("-" * 7 + "+" + "-" * 16 * len(depths))
for w in widths:
    row = "".join(f"{count_parameters(stack(w, d)):>16,}" for d in depths)
    print(f"{w:>6} |" + row)


# The two rules, tested without the formula: build small networks for real, one
# weight matrix and one bias vector per layer, and count what the arrays hold.
def build(width, depth):
    rng = np.random.default_rng(0)
    return [(rng.normal(size=(width, width)), np.zeros(width)) for _ in range(depth)]


def weights_in(layers):
    return sum(W.size for W, _ in layers)


def numbers_in(layers):
    return sum(W.size + b.size for W, b in layers)


small_widths = [8, 16, 32, 64, 128]
smallest_built, largest_built = min(small_widths), 2 * max(small_widths)
for w in small_widths:
    for d in [1, 2, 4]:
        narrow, wide, deep = build(w, d), build(2 * w, d), build(w, 2 * d)
        # Depth: twice the layers hold exactly twice as many numbers.
        assert numbers_in(deep) == 2 * numbers_in(narrow)
        # Width: twice the width holds exactly four times the weights, and
        # (with the biases, which only double) just under four times the numbers.
        assert weights_in(wide) == 4 * weights_in(narrow)
        assert 3.5 < numbers_in(wide) / numbers_in(narrow) < 4
        # The formula counts the same as the arrays, so it can be trusted for
        # networks too big to build here.
        assert count_parameters(stack(w, d)) == numbers_in(narrow)

print()
for w in [64, 1024, 8192]:
    ratio = count_parameters(stack(2 * w, 4)) / count_parameters(stack(w, 4))
    print(f"width {w:>5} -> {2 * w:>5}: parameters x {ratio:.4f}")

# Hundreds of millions: four layers of 8192 units (too big to build here, so
# the formula, checked against real arrays above, counts them).
big_width, big_depth = 8192, 4
big = stack(big_width, big_depth)
big_parameters = count_parameters(big)
print()
print(f"{big_depth} layers of {big_width} units: {big_parameters:,} parameters")
assert 1e8 <= big_parameters < 1e9
units = sum(big[1:])
fan_in = big[0]
print(f"units: {units:,}, weights into each unit (fan-in): {fan_in:,}")
