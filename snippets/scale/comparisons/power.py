# Power draw: one brain against the accelerators that would hold a
# brain-sized model's weights. This compares watts drawn, not work done.
import math

brain_power = 20  # W, an estimate; fact: brain_power
h100_power = 700  # W, one H100's rated maximum; fact: h100_power
h100_memory = 80e9  # bytes; fact: h100_memory
bytes_per_parameter = 2  # 16 bits
neocortex_sized = 1.5e14  # parameters; fact: neocortex_synapses
brain_sized = 1e15  # parameters; fact: brain_synapses

per_h100 = h100_power / brain_power
print(f"one H100 at full power draws as much as {per_h100:.0f} brains")

total = {}
for name, n in [("neocortex-sized", neocortex_sized), ("brain-sized", brain_sized)]:
    gpus = math.ceil(n * bytes_per_parameter / h100_memory)
    watts = total[name] = gpus * h100_power
    print(
        f"{name}: {gpus:,} H100s, {watts / 1e6:.1f} MW"
        f" = {watts / brain_power:,.0f} brains"
    )

# The energy of twenty years of a brain, if it drew the adult figure
# throughout, and how long one H100 at full power would take to use it.
hours = 20 * 365.25 * 24
brain_kwh = brain_power * hours / 1000
h100_days = brain_kwh / (h100_power / 1000) / 24
print(
    f"a brain over 20 years: {brain_kwh:,.0f} kWh;"
    f" one H100 uses that in {h100_days:.0f} days"
)

# One accelerator draws the power of dozens of brains; the thousands
# needed just to hold a brain-sized model draw megawatts, more than
# 100,000 brains' worth.
assert per_h100 == 35
assert total["neocortex-sized"] > 1e6 and total["brain-sized"] > 1e7
assert total["neocortex-sized"] / brain_power > 100_000
# Two decades of a brain's energy would run one H100 for about seven months.
assert 200 < h100_days < 215
