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

# Try every single unit with weights -2..2 and thresholds -2..3 and record
# which truth table each one computes (its outputs for 00, 01, 10, 11).
inputs = list(product((0, 1), repeat=2))
weights = range(-2, 3)
thresholds = range(-2, 4)
computes = {}  # truth table -> the units that compute it
for w1, w2, theta in product(weights, weights, thresholds):
    table = tuple(unit(x, (w1, w2), theta) for x in inputs)
    computes.setdefault(table, []).append((w1, w2, theta))

tried = len(weights) ** 2 * len(thresholds)
print()
print(f"single units tried: {tried}")
print(f"different truth tables they compute: {len(computes)} of 16")
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

assert tried == 150
assert len(computes) == 14
assert all(found[name] for name in ("AND", "OR", "NAND", "NOR"))
assert not found["XOR"] and not found["XNOR"]  # no single unit computes them
