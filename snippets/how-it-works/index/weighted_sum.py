# One artificial neuron: multiply each input by its weight, add them up with
# the bias, and squash the total with the logistic (sigmoid) function.
import numpy as np

inputs = np.array([0.5, -1.0, 2.0])
weights = np.array([0.8, 0.2, -0.5])
bias = 0.1

total = inputs @ weights + bias
output = 1 / (1 + np.exp(-total))

print(f"weighted sum z = {total:.2f}")
print(f"output sigmoid(z) = {output:.4f}")

# The same sum done by hand, term by term, gives the same number.
by_hand = 0.5 * 0.8 + (-1.0) * 0.2 + 2.0 * (-0.5) + 0.1
assert np.isclose(total, by_hand)
# A negative sum puts the output below one half ...
assert total < 0 and output < 0.5
# ... and so does every negative sum from -5 to 5, and no other.
sums = np.arange(-50, 51) / 10
assert np.array_equal(1 / (1 + np.exp(-sums)) < 0.5, sums < 0)
