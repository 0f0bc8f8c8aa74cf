# A forward pass through a small network: 4 inputs, two hidden layers of 8
# units with ReLU, and 3 outputs turned into probabilities by softmax.
import numpy as np

np.set_printoptions(precision=3, suppress=True)
n_inputs, n_hidden, n_outputs = 4, 8, 3
sizes = [n_inputs, n_hidden, n_hidden, n_outputs]  # units per layer, input first


def init_network(sizes, seed=0):
    """One (W, b) pair per layer; W has one row per unit of the layer."""
    rng = np.random.default_rng(seed)
    layers = []
    for n_in, n_out in zip(sizes, sizes[1:]):
        W = rng.normal(scale=1 / np.sqrt(n_in), size=(n_out, n_in))
        b = np.zeros(n_out)
        layers.append((W, b))
    return layers


def relu(z):
    return np.maximum(z, 0.0)


def softmax(z):
    """Turn each row of scores into positive numbers that sum to 1."""
    e = np.exp(z - z.max(axis=1, keepdims=True))  # shifting avoids overflow
    return e / e.sum(axis=1, keepdims=True)


layers = init_network(sizes)
n_examples = 5  # inputs run through the network at once, one per row of X
X = np.random.default_rng(seed=42).normal(size=(n_examples, sizes[0]))

H = X
hidden_zeros = []
print(f"input     {str(H.shape):8}  mean {H.mean():+.3f}")
for number, (W, b) in enumerate(layers, start=1):
    Z = H @ W.T + b
    last = number == len(layers)
    H = softmax(Z) if last else relu(Z)
    name = "output" if last else f"hidden {number}"
    zeros = np.mean(H == 0)
    if not last:
        hidden_zeros.append(zeros)
    print(
        f"{name:9} {str(H.shape):8}  mean {H.mean():+.3f}  min {H.min():.3f}"
        f"  max {H.max():.3f}  zeros {zeros:.0%}  (W {W.shape})"
    )

print()
print("output probabilities, one row per input:")
print(H)
print("row sums:", H.sum(axis=1))

assert H.shape == (len(X), sizes[-1])
assert np.allclose(H.sum(axis=1), 1.0)  # each row: a probability distribution
assert (H > 0).all()
# ReLU switched some hidden units off (output exactly 0), but not all of them.
assert all(0 < z < 1 for z in hidden_zeros)
