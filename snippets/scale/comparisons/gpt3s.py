# How many GPT-3s would fit in the synapses of one brain? Count one parameter
# against one synapse, and divide.
brain_neurons = 86.1e9  # fact: brain_neurons
brain_synapses = 1e15  # an order-of-magnitude estimate; fact: brain_synapses
neocortex_synapses = 1.5e14  # fact: neocortex_synapses
gpt3 = 175e9  # parameters; fact: params_gpt3

whole_brain = brain_synapses / gpt3
neocortex = neocortex_synapses / gpt3
print(f"GPT-3s in the whole brain's synapses: {whole_brain:,.0f}")
print(f"GPT-3s in the neocortex's synapses:   {neocortex:,.0f}")

# The wrong comparison: one parameter against one neuron.
as_neurons = gpt3 / brain_neurons
as_synapses = gpt3 / brain_synapses
print(f"GPT-3 counted against neurons:  {as_neurons:.1f} brains")
print(f"GPT-3 counted against synapses: {as_synapses:.5f} of a brain")
print(f"the two answers differ {as_neurons / as_synapses:,.0f}-fold")

# Somewhere between several hundred and several thousand GPT-3s fit, and the
# two estimates of synapses alone move the answer nearly sevenfold.
assert 800 < neocortex < 900 and 5_000 < whole_brain < 6_000
assert 6 < whole_brain / neocortex < 7
# Counted against neurons GPT-3 looks like two brains; against synapses, a
# small fraction of one. The choice of unit matters more than 10,000-fold.
assert 2 < as_neurons < 2.1 and as_synapses < 0.001
assert as_neurons / as_synapses > 10_000
