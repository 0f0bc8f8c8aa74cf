# The brain's energy budget: what its power means per neuron, per day and
# per spike, and how a fixed budget keeps most neurons quiet.
P_BRAIN = 20.0  # watts (fact: brain_power)
SHARE = 0.20  # the brain's share of the body's energy (fact: brain_energy_share)
N_BRAIN = 86.1e9  # neurons (fact: brain_neurons)
RATE = 0.16  # mean cortical spikes per second (fact: cortex_mean_firing_rate)
SECONDS_PER_DAY = 24 * 60 * 60
JOULES_PER_KCAL = 4184  # one food calorie

body = P_BRAIN / SHARE
print(f"whole body at rest: {body:.0f} W")
for name, watts in (("brain", P_BRAIN), ("body", body)):
    kcal = watts * SECONDS_PER_DAY / JOULES_PER_KCAL
    print(f"{name:>5} per day: {kcal:,.0f} kcal")

per_neuron = P_BRAIN / N_BRAIN
print(f"power per neuron: {per_neuron * 1e9:.2f} nW")

# Upper bound: pretend every joule pays for spikes and every neuron fires
# at the cortical mean rate. Real spikes must cost less than this.
per_spike_max = P_BRAIN / (N_BRAIN * RATE)
print(
    f"at most {per_spike_max * 1e9:.2f} nJ per spike "
    f"(all power to spikes, all neurons at {RATE} Hz)"
)
print(f"mean time between one neuron's spikes: {1 / RATE:.2f} s")

# If a neuron that is busy fires at a rate r (what-if values, not
# measurements) and the others are silent, the budget's mean rate allows
# only a share RATE / r of neurons to be busy at any moment.
print("if busy neurons fire at   at most this share is busy")
busy_share = {}
for busy_rate in (5, 10, 20, 50):
    busy_share[busy_rate] = RATE / busy_rate
    print(f"{busy_rate:>19} Hz   {busy_share[busy_rate]:>24.2%}")

assert body == 100.0
assert 1e-10 < per_neuron < 1e-9  # a fraction of a nanowatt
assert abs(per_spike_max - 1.45e-9) < 0.01e-9
# At any busy rate of 20 Hz or more, fewer than 1 in 100 can be busy.
assert all(share < 0.01 for rate, share in busy_share.items() if rate >= 20)
