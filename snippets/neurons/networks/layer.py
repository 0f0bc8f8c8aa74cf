# A layer is many neurons reading the same inputs. Stack their weights as the
# rows of a matrix W, and the whole layer is one matrix-vector product.
import numpy as np

np.set_printoptions(precision=3, suppress=True)
rng = np.random.default_rng(seed=1)

n_inputs, n_neurons = 4, 3
W = rng.normal(size=(n_neurons, n_inputs)).round(2)  # one row per neuron
b = rng.normal(size=n_neurons).round(2)  # one bias per neuron
x = np.array([1.0, 0.5, -1.0, 2.0])  # one input, four numbers


def relu(z):
    """The activation: keep positive sums, replace negative ones by zero."""
    return np.maximum(z, 0.0)


# Neuron by neuron: for each row of W, weigh the inputs, add up, add the bias.
h_loop = np.zeros(n_neurons)
for j in range(n_neurons):
    total = b[j]
    for i in range(n_inputs):
        total += W[j, i] * x[i]
    h_loop[j] = relu(total)

# The whole layer in one line.
h = relu(W @ x + b)

print("W:", W.shape, " x:", x.shape, " b:", b.shape, " h:", h.shape)
print("W =")
print(W)
print("b =", b)
print("h, neuron by neuron:", h_loop)
print("h = relu(W @ x + b):", h)
assert h.shape == (n_neurons,)
assert np.allclose(h, h_loop)

# A batch: five inputs, one per row of X. Each row goes through the layer...
X = np.vstack([x, rng.normal(size=(4, n_inputs)).round(2)])
batch = len(X)
H_rows = np.array([relu(W @ X[k] + b) for k in range(len(X))])
# ...or all rows at once: X times W transposed, plus b added to every row.
H = relu(X @ W.T + b)

print()
print("X:", X.shape, " W.T:", W.T.shape, " H:", H.shape)
print("H = relu(X @ W.T + b) =")
print(H)
assert H.shape == (len(X), n_neurons)
assert np.allclose(H, H_rows)
assert np.allclose(H[0], h)  # the first row of the batch is our x
