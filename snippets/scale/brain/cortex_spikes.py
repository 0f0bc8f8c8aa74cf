# How many spikes does the whole cerebral cortex fire, at the mean rate the
# energy budget allows, and how many synapses do they reach? Lennie worked
# out his rate with an older count of cortical neurons; multiplying it by
# the fractionator's count, as here, gives only a rough total.
N_CORTEX = 16.34e9  # neurons (fact: cortex_neurons)
RATE = 0.16  # spikes per neuron per second (fact: cortex_mean_firing_rate)
SYNAPSES_EACH = 7000  # per cortical neuron (fact: synapses_per_cortical_neuron)

spikes_per_second = N_CORTEX * RATE
print(f"spikes per second, whole cortex: {spikes_per_second:.2e}")
print(f"spikes per day:                  {spikes_per_second * 86400:.2e}")

# In any one millisecond, the share of cortical neurons that fire.
one_in = 1 / (RATE * 0.001)
print(f"firing in a given millisecond:   1 neuron in {one_in:,.0f}")

# Assumption: each spike reaches every one of the neuron's synapses.
arrivals = spikes_per_second * SYNAPSES_EACH
print(f"spike arrivals at synapses / s:  {arrivals:.2e}")

# A few billion spikes per second; one neuron in several thousand fires in
# any given millisecond; spike arrivals run to tens of trillions a second.
assert 1e9 < spikes_per_second < 1e10
assert 1_000 < one_in < 10_000
assert 1e13 < arrivals < 1e14
