# How much memory would a brain-sized model need, one parameter per synapse,
# and how many H100 accelerators would it take just to hold the weights?
import math

bytes_per_parameter = 2  # 16 bits, a common format for weights
bits_per_parameter = 8 * bytes_per_parameter
h100_memory = 80e9  # bytes, taking a GB as 10**9 bytes; fact: h100_memory

parameters = {
    "GPT-3": 175e9,  # fact: params_gpt3
    "brain, low end": 1.5e14,  # the neocortex's count; fact: brain_synapses
    "brain, high end": 1e15,  # fact: brain_synapses
}


def readable(n_bytes):
    """A byte count in the largest decimal unit that keeps it at 1 or more."""
    for unit, size in [("PB", 1e15), ("TB", 1e12), ("GB", 1e9)]:
        if n_bytes >= size:
            return f"{n_bytes / size:,.0f} {unit}"
    return f"{n_bytes:,.0f} bytes"


h100s, weights = {}, {}
print(f"{'model':<16} {'parameters':>18} {'weights':>8} {'H100s':>7}")
for name, n in parameters.items():
    weights[name] = n * bytes_per_parameter
    h100s[name] = math.ceil(weights[name] / h100_memory)
    billions = f"{n / 1e9:,.0f} billion"
    print(f"{name:<16} {billions:>18} {readable(weights[name]):>8} {h100s[name]:>7,}")

# What the text below the output quotes, with the units spelled out.
UNIT_WORDS = {"PB": "petabytes", "TB": "terabytes", "GB": "gigabytes"}


def in_words(n_bytes):
    number, unit = readable(n_bytes).split()
    return f"{number} {UNIT_WORDS[unit]}"


gpt3_h100s = h100s["GPT-3"]
low_weights = in_words(weights["brain, low end"])
high_weights = in_words(weights["brain, high end"])
low_h100s, high_h100s = h100s["brain, low end"], h100s["brain, high end"]

# GPT-3's weights alone already overflow one accelerator. A brain-sized
# model's weights run from hundreds of terabytes to a couple of petabytes,
# and take thousands to tens of thousands of accelerators just to hold.
assert gpt3_h100s > 1
assert 1e14 <= weights["brain, low end"] < 1e15 < weights["brain, high end"] < 5e15
assert 1_000 <= low_h100s < 10_000 <= high_h100s < 100_000
