# How the number of parameters grows with the width and the depth of a dense
# network. Each network here is a stack of `depth` layers, all `width` units
# wide: sizes = [width] * (depth + 1).
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

# Depth: each extra layer adds the same number: the count is linear in depth.
for w in widths:
    one_layer = count_parameters(stack(w, 1))
    for d in depths:
        assert count_parameters(stack(w, d)) == d * one_layer

# Width: doubling it multiplies the count by 4 - 2/(w + 1), almost exactly 4
# for wide layers, because the w*w weights outgrow the w biases.
print()
for w in [64, 1024, 8192]:
    ratio = count_parameters(stack(2 * w, 4)) / count_parameters(stack(w, 4))
    print(f"width {w:>5} -> {2 * w:>5}: parameters x {ratio:.4f}")
    assert abs(ratio - (4 - 2 / (w + 1))) < 1e-12
    if w >= 1024:
        assert 3.99 < ratio < 4

# Hundreds of millions: four layers of 8192 units.
big_width, big_depth = 8192, 4
big = stack(big_width, big_depth)
big_parameters = count_parameters(big)
print()
print(f"{big_depth} layers of {big_width} units: {big_parameters:,} parameters")
assert 1e8 <= big_parameters < 1e9
units = sum(big[1:])
print(f"units: {units:,}, weights into each unit (fan-in): {big[0]:,}")
assert units == big_depth * big_width
