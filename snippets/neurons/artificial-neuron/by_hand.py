# One artificial neuron with three inputs, computed step by step with numpy
# and checked against the same sum written out in plain Python arithmetic.
import numpy as np

x = np.array([1.0, 0.5, 2.0])  # inputs
w = np.array([0.6, -0.4, 0.3])  # weights
b = -0.2  # bias


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


products = w * x  # each input times its weight
z = products.sum() + b  # the weighted sum, plus the bias
y = sigmoid(z)  # the activation

for i, (wi, xi, p) in enumerate(zip(w, x, products), start=1):
    print(f"w{i} * x{i} = {wi:5.2f} * {xi:4.2f} = {p:5.2f}")
print(f"sum of products = {products.sum():.2f}")
print(f"plus bias {b:.2f}: z = {z:.2f}")
print(f"e^(-z) = {np.exp(-z):.4f}")
print(f"output y = sigmoid(z) = 1 / (1 + e^(-z)) = {y:.4f}")

# The vector form w . x + b gives the same z as adding the products.
assert np.isclose(w @ x + b, z)

# The same neuron by hand, with nothing but + and *, as on a calculator.
by_hand = 0.6 * 1.0 + (-0.4) * 0.5 + 0.3 * 2.0 + (-0.2)
assert np.isclose(z, by_hand) and np.isclose(by_hand, 0.8)
assert np.isclose(y, 1 / (1 + np.exp(-by_hand)))

# The sum is positive, so the output is above one half: the neuron leans "on".
assert z > 0 and 0.5 < y < 1

# The rounded numbers the worked example on the page shows.
assert round(float(np.exp(-z)), 4) == 0.4493 and round(float(y), 4) == 0.69
