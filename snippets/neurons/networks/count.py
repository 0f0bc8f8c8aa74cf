# Count the parameters (weights and biases) and the multiply-adds of a dense
# network from its layer sizes alone, and check the counts against real arrays.
import numpy as np


def count_parameters(sizes):
    """Each layer has n_in * n_out weights and n_out biases."""
    return sum(n_in * n_out + n_out for n_in, n_out in zip(sizes, sizes[1:]))


def count_macs(sizes):
    """Each weight is used once per input: one multiply and one add."""
    return sum(n_in * n_out for n_in, n_out in zip(sizes, sizes[1:]))


# The tiny network worked out by hand in the text: 2 -> 3 -> 1.
tiny = [2, 3, 1]
print(
    "tiny network",
    tiny,
    "parameters:",
    count_parameters(tiny),
    " multiply-adds:",
    count_macs(tiny),
)
assert count_parameters(tiny) == (2 * 3 + 3) + (3 * 1 + 1) == 13
assert count_macs(tiny) == 2 * 3 + 3 * 1 == 9


# The network of the forward-pass example, built the same way.
def init_network(sizes, seed=0):
    rng = np.random.default_rng(seed)
    layers = []
    for n_in, n_out in zip(sizes, sizes[1:]):
        W = rng.normal(scale=1 / np.sqrt(n_in), size=(n_out, n_in))
        b = np.zeros(n_out)
        layers.append((W, b))
    return layers


sizes = [4, 8, 8, 3]
layers = init_network(sizes)
print()
print("layer       W     b  weights  biases  fan-in")
for number, (W, b) in enumerate(layers, start=1):
    shapes = f"{str(W.shape):>7} {str(b.shape):>5}"
    print(f"{number:<5} {shapes} {W.size:>8} {b.size:>7} {W.shape[1]:>7}")

parameters = count_parameters(sizes)
in_arrays = sum(W.size + b.size for W, b in layers)
print("parameters from the formula:", parameters, " in the arrays:", in_arrays)
assert parameters == in_arrays == 139

# Multiply-adds: run one input through the network with explicit loops and
# count every multiplication as it happens.
x = np.ones(sizes[0])
multiplications = 0
h = x
for W, b in layers:
    out = b.copy()
    for j in range(W.shape[0]):
        for i in range(W.shape[1]):
            out[j] += W[j, i] * h[i]
            multiplications += 1
    h = np.maximum(out, 0.0)  # activations add no multiply-adds
print(
    "multiply-adds from the formula:", count_macs(sizes), " counted:", multiplications
)
assert count_macs(sizes) == multiplications == sum(W.size for W, _ in layers)

# Units (counterparts of neurons) and weights (counterparts of synapses).
units = sum(sizes[1:])
weights = count_macs(sizes)
print("units that compute:", units, " weights:", weights)
second_fan_in = layers[1][0].shape[1]  # inputs each unit of hidden layer 2 reads
