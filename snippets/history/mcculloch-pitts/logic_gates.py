# AND, OR and NOT, each computed by one threshold logic unit.
# The unit adds up its inputs, each multiplied by a weight, and fires
# (outputs 1) when the total reaches its threshold; otherwise it outputs 0.
from itertools import product


def unit(inputs, weights, threshold):
    total = sum(w * x for w, x in zip(weights, inputs))
    return 1 if total >= threshold else 0


# Weights and thresholds set by hand. AND and OR share their weights:
# only the threshold tells them apart.
AND = {"weights": (1, 1), "threshold": 2}
OR = {"weights": (1, 1), "threshold": 1}
NOT = {"weights": (-1,), "threshold": 0}

print("weights (1, 1): AND has threshold 2, OR has threshold 1")
print("a  b  sum   AND  OR")
for a, b in product((0, 1), repeat=2):
    total = 1 * a + 1 * b
    y_and = unit((a, b), **AND)
    y_or = unit((a, b), **OR)
    print(f"{a}  {b}  {total:>3}   {y_and:>3}  {y_or:>2}")
    # Each unit agrees with Python's own `and` and `or` on every row.
    assert y_and == int(a and b)
    assert y_or == int(a or b)

print()
print("weight -1, threshold 0: NOT")
print("a  sum   NOT")
for a in (0, 1):
    y_not = unit((a,), **NOT)
    print(f"{a}  {-1 * a:>3}   {y_not:>3}")
    assert y_not == int(not a)
