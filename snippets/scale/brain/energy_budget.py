# The brain's energy budget: what its power means per neuron, per day and
# per spike, and how a fixed budget keeps most neurons quiet.
P_BRAIN = 20.0  # watts (fact: brain_power)
SHARE = 0.20  # the brain's share of the body's energy (fact: brain_energy_share)
N_BRAIN = 86.1e9  # neurons (fact: brain_neurons)
N_CORTEX = 16.34e9  # neurons in the cerebral cortex (fact: cortex_neurons)
RATE = 0.16  # mean cortical spikes per second (fact: cortex_mean_firing_rate)
SECONDS_PER_DAY = 24 * 60 * 60
JOULES_PER_KCAL = 4184  # one food calorie

body = P_BRAIN / SHARE
print(f"whole body at rest: {body:.0f} W")
kcal = {}
for name, watts in (("brain", P_BRAIN), ("body", body)):
    kcal[name] = watts * SECONDS_PER_DAY / JOULES_PER_KCAL
    print(f"{name:>5} per day: {kcal[name]:,.0f} kcal")
body_kcal = kcal["body"]

per_neuron = P_BRAIN / N_BRAIN
print(f"power per neuron: {per_neuron * 1e9:.2f} nW")

# A ceiling that keeps to one territory. The cortex cannot spend more than
# the whole brain does, so even if all of the brain's power went into
# cortical spikes at the cortical mean rate, one spike could cost at most
# this. The cortex gets only part of the power, so a real spike costs less.
per_spike_max = P_BRAIN / (N_CORTEX * RATE)
print(f"at most {per_spike_max * 1e9:.1f} nJ per cortical spike")
print(f"mean time between one neuron's spikes: {1 / RATE:.2f} s")

# If a neuron that is busy fires at a rate r (what-if values, not
# measurements) and the others are silent, the budget's mean rate allows
# only a share RATE / r of neurons to be busy at any moment.
BUSY_RATES = (5, 10, 20, 50)  # Hz
fastest = BUSY_RATES[-1]
print("if busy neurons fire at   at most this share is busy")
busy_share = {}
for busy_rate in BUSY_RATES:
    busy_share[busy_rate] = RATE / busy_rate
    print(f"{busy_rate:>19} Hz   {busy_share[busy_rate]:>24.2%}")

# The body's figure is the size of a day's meals (taken here as between
# 1,500 and 3,000 kcal), and each neuron gets a fraction of a nanowatt.
assert 1500 < body_kcal < 3000
assert 1e-10 < per_neuron < 1e-9
# The mean time between spikes is "a few seconds".
assert 2 < 1 / RATE < 10
# At any busy rate of 20 Hz or more, fewer than 1 in 100 can be busy, the
# share Lennie concluded: possibly fewer than 1%.
busy_limit = 0.01  # fact: cortex_active_fraction
assert all(share < busy_limit for rate, share in busy_share.items() if rate >= 20)
