# The genomic bottleneck in round numbers: how much information the genome
# can hold, against what a plain list of the brain's connections would need.
import math

base_pairs = 3.055e9  # fact: human_genome_base_pairs
neurons = 86.1e9  # fact: brain_neurons
strength_bits = 4.7  # fact: synapse_bits
# The whole brain's synapses are known only as a range, so work with both ends:
# the neocortex's own count, and the order of magnitude for the whole brain.
synapses = {"low": 1.5e14, "high": 1e15}  # fact: brain_synapses

# Each base pair is one of four letters (A, C, G, T): log2(4) = 2 bits.
genome_bits = base_pairs * math.log2(4)
genome_megabytes = genome_bits / 8 / 1e6
print(
    f"genome: {genome_bits / 1e9:.2f} billion bits = {genome_megabytes:.0f} megabytes"
)

# A plain list of connections: for each synapse, which neuron it reaches
# (an address among all the brain's neurons) and how strong it is.
address_bits = math.log2(neurons)
per_connection = address_bits + strength_bits
print(f"bits to name one neuron out of {neurons / 1e9:.1f} billion: {address_bits:.1f}")
print(f"bits per connection, with its strength: {per_connection:.1f}")

sharing, petabytes, times = {}, {}, {}
for end, count in synapses.items():
    sharing[end] = count / genome_bits  # synapses per bit, if it described nothing else
    wiring_bits = count * per_connection
    petabytes[end] = wiring_bits / 8 / 1e15
    times[end] = wiring_bits / genome_bits
    print(f"{end} end, {count:.1e} synapses:")
    print(f"  synapses sharing each bit of the genome: {sharing[end]:,.0f}")
    print(f"  the whole list: {petabytes[end]:.1f} petabytes")
    print(f"  the list is {times[end] / 1e6:.1f} million times the genome")

# Module-level names for the page's text.
per_bit_low, per_bit_high = sharing["low"], sharing["high"]
petabytes_low, petabytes_high = petabytes["low"], petabytes["high"]
times_low, times_high = times["low"], times["high"]

# About 750 megabytes, the figure usually quoted for the genome.
assert 700 < genome_megabytes < 800
# Even at the low end, more than 10,000 synapses share each bit of the genome.
assert min(sharing.values()) > 10_000
# At either end, the plain list is a million times the genome or more.
assert min(times.values()) > 1e6
