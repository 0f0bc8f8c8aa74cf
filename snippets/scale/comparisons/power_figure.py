# Power drawn by one brain, one accelerator, and the accelerators needed
# just to hold a model's weights at 16 bits (2 bytes) per parameter.
import math

import matplotlib.pyplot as plt

brain_power = 20  # W; fact: brain_power
h100_power = 700  # W; fact: h100_power
h100_memory = 80e9  # bytes; fact: h100_memory
models = [
    ("GPT-3", 175e9),  # fact: params_gpt3
    ("a neocortex-sized model", 1.5e14),  # fact: neocortex_synapses
    ("a brain-sized model", 1e15),  # fact: brain_synapses
]

rows = [("one brain", brain_power), ("one H100", h100_power)]
for name, n in models:
    gpus = math.ceil(n * 2 / h100_memory)
    rows.append((f"{gpus:,} H100s to hold\n{name}", gpus * h100_power))


def watts(w):
    for unit, size in [("MW", 1e6), ("kW", 1e3)]:
        if w >= size:
            return f"{w / size:.1f} {unit}"
    return f"{w:g} W"


labels = [label for label, _ in rows][::-1]  # first row at the top
power = [w for _, w in rows][::-1]
colours = ["#3f51b5"] * (len(rows) - 1) + ["#d84315"]

fig, ax = plt.subplots(figsize=(7, 3.6))
ax.barh(labels, power, color=colours)
for y, w in enumerate(power):
    ax.text(w * 1.4, y, watts(w), va="center", fontsize=9, color="#333333")
ax.axvline(brain_power, color="#d84315", linewidth=1, linestyle="--")
ax.set_xscale("log")
ax.set_xlim(1, 1e9)
ax.set_xlabel("power drawn (watts, log scale)")
fig.tight_layout()
fig.savefig("comparisons-power.svg")

# From the top bar down, each draws more power than the one above it.
assert [w for _, w in rows] == sorted(w for _, w in rows)
assert watts(rows[2][1]) == "3.5 kW" and watts(rows[3][1]) == "2.6 MW"
