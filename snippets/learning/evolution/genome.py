# The genomic bottleneck in round numbers: how much information the genome
# can hold, against what a plain list of the brain's connections would need.
import math

base_pairs = 3.055e9  # fact: human_genome_base_pairs
synapses = 1e15  # fact: brain_synapses
neurons = 86.1e9  # fact: brain_neurons
strength_bits = 4.7  # fact: synapse_bits

# Each base pair is one of four letters (A, C, G, T): log2(4) = 2 bits.
genome_bits = base_pairs * math.log2(4)
print(
    f"genome: {genome_bits / 1e9:.2f} billion bits = {genome_bits / 8 / 1e6:.0f} megabytes"
)

# Share the whole genome out over the synapses, as if it did nothing else.
per_synapse = genome_bits / synapses
print(f"genome bits per synapse: {per_synapse:.1e}")
print(f"synapses sharing each bit: about {round(1 / per_synapse, -3):,.0f}")

# A plain list of connections: for each synapse, which neuron it reaches
# (an address among all the brain's neurons) and how strong it is.
address_bits = math.log2(neurons)
per_connection = address_bits + strength_bits
wiring_bits = synapses * per_connection
print(f"bits to name one neuron out of {neurons / 1e9:.1f} billion: {address_bits:.1f}")
print(f"bits per connection, with its strength: {per_connection:.1f}")
print(
    f"the whole list: {wiring_bits:.1e} bits = {wiring_bits / 8 / 1e15:.1f} petabytes"
)
print(f"the list is {wiring_bits / genome_bits / 1e6:.1f} million times the genome")

# About 750 megabytes, the figure usually quoted for the genome.
assert 700e6 < genome_bits / 8 < 800e6
# Far less than one bit per synapse: more than 100,000 synapses share each bit.
assert 1 / per_synapse > 100_000
# The plain list is millions of times too big to fit.
assert wiring_bits / genome_bits > 1e6
