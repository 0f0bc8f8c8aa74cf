# Power drawn by one brain, one accelerator, and the accelerators needed
# just to hold a model's weights at 16 bits (2 bytes) per parameter.
import math

import matplotlib.pyplot as plt

brain_power = 20  # W; fact: brain_power
h100_power = 700  # W; fact: h100_power
h100_memory = 80e9  # bytes; fact: h100_memory
bytes_per_parameter = 2  # 16-bit weights
models = [
    ("GPT-3", 175e9),  # fact: params_gpt3
    ("a brain-sized model (low)", 1.5e14),  # fact: brain_synapses
    ("a brain-sized model (high)", 1e15),  # fact: brain_synapses
]

rows = [("one brain", brain_power), ("one H100", h100_power)]
gpus = {}
for name, n in models:
    gpus[name] = math.ceil(n * bytes_per_parameter / h100_memory)
    rows.append((f"{gpus[name]:,} H100s to hold\n{name}", gpus[name] * h100_power))


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

# The bars' numbers, as the alt text quotes them, with the units spelled out.
UNIT_WORDS = {"MW": "megawatts", "kW": "kilowatts", "W": "watts"}


def in_words(w):
    number, unit = watts(w).split()
    return f"{number} {UNIT_WORDS[unit]}"


gpt3_h100s, low_h100s, high_h100s = gpus.values()
gpt3_watts, low_watts, high_watts = (in_words(w) for _, w in rows[2:])

# From the top bar down, each draws more power than the one above it, and
# the accelerators for a brain-sized model draw megawatts at either end.
assert [w for _, w in rows] == sorted(w for _, w in rows)
assert all(w >= 1e6 for _, w in rows[3:])
