# Power draw: one brain against the accelerators that would hold a
# brain-sized model's weights. This compares watts drawn, not work done.
import math

brain_power = 20  # W, an estimate; fact: brain_power
h100_power = 700  # W, one H100's rated maximum; fact: h100_power
h100_memory = 80e9  # bytes; fact: h100_memory
bytes_per_parameter = 2  # 16 bits
brain_sized = {
    "brain, low end": 1.5e14,  # the neocortex's count; fact: brain_synapses
    "brain, high end": 1e15,  # parameters; fact: brain_synapses
}

per_h100 = h100_power / brain_power
print(f"one H100 at full power draws as much as {per_h100:.0f} brains")

total, brains = {}, {}
for name, n in brain_sized.items():
    gpus = math.ceil(n * bytes_per_parameter / h100_memory)
    watts = total[name] = gpus * h100_power
    brains[name] = watts / brain_power
    print(f"{name}: {gpus:,} H100s, {watts / 1e6:.1f} MW = {brains[name]:,.0f} brains")
low_brains, high_brains = brains["brain, low end"], brains["brain, high end"]

# The energy of the first YEARS of a brain, if it drew the adult figure
# throughout, and how long one H100 at full power would take to use it.
YEARS = 20
hours = YEARS * 365.25 * 24
brain_kwh = brain_power * hours / 1000
h100_days = brain_kwh / (h100_power / 1000) / 24
h100_months = h100_days / (365.25 / 12)
print(
    f"a brain over {YEARS} years: {brain_kwh:,.0f} kWh;"
    f" one H100 uses that in {h100_days:.0f} days"
)

# One accelerator draws the power of dozens of brains; the thousands
# needed just to hold a brain-sized model draw megawatts, more than
# 100,000 brains' worth even at the low end.
assert 10 < per_h100 < 100
assert all(watts > 1e6 for watts in total.values())
assert low_brains > 100_000
# Two decades of a brain's energy would run one H100 for about seven months.
assert 6.5 < h100_months < 7.5
