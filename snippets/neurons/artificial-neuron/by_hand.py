# One artificial neuron with three inputs, computed step by step with numpy
# and checked against the same sum written out in plain Python arithmetic.
import numpy as np

x = np.array([1.0, 0.5, 2.0])  # inputs
w = np.array([0.6, -0.4, 0.3])  # weights
b = -0.2  # bias


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


products = w * x  # each input times its weight
total = products.sum()  # the products added up
z = total + b  # the weighted sum, plus the bias
e_minus_z = np.exp(-z)
y = sigmoid(z)  # the activation
# The same numbers one by one, as the table on the page shows them.
(x1, x2, x3), (w1, w2, w3), (p1, p2, p3) = x, w, products

for i, (wi, xi, p) in enumerate(zip(w, x, products), start=1):
    print(f"w{i} * x{i} = {wi:5.2f} * {xi:4.2f} = {p:5.2f}")
print(f"sum of products = {total:.2f}")
print(f"plus bias {b:.2f}: z = {z:.2f}")
print(f"e^(-z) = {e_minus_z:.4f}")
print(f"output y = sigmoid(z) = 1 / (1 + e^(-z)) = {y:.4f}")

# The vector form w . x + b gives the same z as adding the products.
assert np.isclose(w @ x + b, z)

# The same neuron by hand, with nothing but + and *, as on a calculator.
by_hand = 0.6 * 1.0 + (-0.4) * 0.5 + 0.3 * 2.0 + (-0.2)
assert np.isclose(z, by_hand)

# Undoing the sigmoid gives the weighted sum back: y / (1 - y) = e^z.
assert np.isclose(np.log(y / (1 - y)), by_hand)
# The e^(-z) printed is the one that gives this output: y = 1 / (1 + e^(-z)).
assert np.isclose(1 / (1 + e_minus_z), y)

# The sum is positive, so the output is above one half: the neuron leans "on".
assert z > 0 and 0.5 < y < 1
