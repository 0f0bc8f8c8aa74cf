# How much memory would a brain-sized model need, one parameter per synapse,
# and how many H100 accelerators would it take just to hold the weights?
import math

bytes_per_parameter = 2  # 16 bits, a common format for weights
h100_memory = 80e9  # bytes, taking a GB as 10**9 bytes; fact: h100_memory

parameters = {
    "GPT-3": 175e9,  # fact: params_gpt3
    "neocortex-sized": 1.5e14,  # fact: neocortex_synapses
    "brain-sized": 1e15,  # fact: brain_synapses
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

# GPT-3's weights alone already overflow one accelerator.
assert readable(weights["GPT-3"]) == "350 GB" and h100s["GPT-3"] == 5
# A brain-sized model's weights run to hundreds of terabytes or petabytes,
# and thousands to tens of thousands of accelerators just to hold them.
assert readable(weights["neocortex-sized"]) == "300 TB"
assert readable(weights["brain-sized"]) == "2 PB"
assert h100s["neocortex-sized"] == 3_750 and h100s["brain-sized"] == 25_000
