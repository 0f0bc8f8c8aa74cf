# XOR from two layers of threshold logic units, and an exhaustive search
# showing that no single unit (with small whole-number weights) computes it.
from itertools import product


def unit(inputs, weights, threshold):
    total = sum(w * x for w, x in zip(weights, inputs))
    return 1 if total >= threshold else 0


# Layer 1: an OR unit and a NAND unit ("not both") look at the inputs.
# Layer 2: an AND unit fires when both of them fire.
def xor_network(a, b):
    h_or = unit((a, b), weights=(1, 1), threshold=1)
    h_nand = unit((a, b), weights=(-1, -1), threshold=-1)
    return h_or, h_nand, unit((h_or, h_nand), weights=(1, 1), threshold=2)


print("a  b   OR  NAND   XOR = AND(OR, NAND)")
for a, b in product((0, 1), repeat=2):
    h_or, h_nand, y = xor_network(a, b)
    print(f"{a}  {b}  {h_or:>3}  {h_nand:>4}   {y:>3}")
    assert y == (a ^ b)  # Python's exclusive or

# Try every single unit with whole-number weights and thresholds in these
# ranges, and record which truth table each one computes (its outputs for
# 00, 01, 10, 11).
lowest_weight, highest_weight = -2, 2
lowest_threshold, highest_threshold = -2, 3
weights = range(lowest_weight, highest_weight + 1)
thresholds = range(lowest_threshold, highest_threshold + 1)
inputs = list(product((0, 1), repeat=2))
computes = {}  # truth table -> the units that compute it
for w1, w2, theta in product(weights, weights, thresholds):
    table = tuple(unit(x, (w1, w2), theta) for x in inputs)
    computes.setdefault(table, []).append((w1, w2, theta))

tried = len(weights) ** 2 * len(thresholds)
possible_tables = 2 ** len(inputs)  # one output, 0 or 1, for each input row
tables_found = len(computes)
print()
print(f"single units tried: {tried}")
print(f"different truth tables they compute: {tables_found} of {possible_tables}")
targets = {
    "AND": lambda a, b: a and b,
    "OR": lambda a, b: a or b,
    "NAND": lambda a, b: not (a and b),
    "NOR": lambda a, b: not (a or b),
    "XOR": lambda a, b: a != b,
    "XNOR": lambda a, b: a == b,
}
found = {}
for name, logic in targets.items():
    table = tuple(int(logic(a, b)) for a, b in inputs)
    found[name] = computes.get(table, [])
    if found[name]:
        # Show the one with the smallest numbers.
        simplest = min(found[name], key=lambda u: (sum(map(abs, u)), u))
        print(
            f"{name:>4}: {len(found[name])} units; simplest "
            f"(w1, w2, threshold) = {simplest}"
        )
    else:
        print(f"{name:>4}: none of the {tried}")

assert all(found[name] for name in ("AND", "OR", "NAND", "NOR"))
assert not found["XOR"] and not found["XNOR"]  # no single unit computes them
# ... and every other table is computed by some unit: only those two are missing.
missing = set(product((0, 1), repeat=len(inputs))) - set(computes)
assert missing == {(0, 1, 1, 0), (1, 0, 0, 1)}  # XOR and XNOR
