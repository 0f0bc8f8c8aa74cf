# How many GPT-3s would fit in the synapses of one brain? Count one parameter
# against one synapse, and divide.
brain_neurons = 86.1e9  # fact: brain_neurons
# The whole brain's synapses are a range: at least the neocortex's own count,
# at most a round order of magnitude.
synapses_low = 1.5e14  # low end, the neocortex's count; fact: brain_synapses
synapses_high = 1e15  # high end; fact: brain_synapses
gpt3 = 175e9  # parameters; fact: params_gpt3

fits_low = synapses_low / gpt3
fits_high = synapses_high / gpt3
width = fits_high / fits_low  # how far the range alone moves the answer
print(f"GPT-3s in the whole brain's synapses: {fits_low:,.0f} to {fits_high:,.0f}")

# The wrong comparison: one parameter against one neuron.
as_neurons = gpt3 / brain_neurons
as_synapses = gpt3 / synapses_low  # at most this share of a brain
print(f"GPT-3 counted against neurons:  {as_neurons:.1f} brains")
print(f"GPT-3 counted against synapses: at most {as_synapses:.4f} of a brain")

# Between several hundred and several thousand GPT-3s fit, and the width of
# the range alone moves the answer more than sixfold.
assert 100 < fits_low < 1_000 < fits_high < 10_000
assert width > 6
# Counted against neurons GPT-3 looks like two brains; against synapses,
# about a thousandth of one at most.
assert 2 < as_neurons < 2.1
assert 0.0005 < as_synapses < 0.002
