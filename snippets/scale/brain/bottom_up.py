# Why the neocortex's average of 7,000 synapses per neuron cannot be applied
# to the whole brain. Four in five of the brain's neurons are in the
# cerebellum, and almost all of those are granule cells, which receive only a
# few inputs each. Take the product for the whole brain, replace the
# cerebellum's part by a generous count of its own, and see what is left.
BRAIN_NEURONS = 86.1e9  # fact: brain_neurons
CEREBELLUM_NEURONS = 69.03e9  # fact: cerebellum_neurons
CORTEX_NEURONS = 16.34e9  # the cerebral cortex (fact: cortex_neurons)
PER_NEURON = 7000  # the neocortical average (fact: synapses_per_cortical_neuron)
NEOCORTEX = 1.5e14  # synapses counted in the neocortex (fact: neocortex_synapses)
LOW_END, HIGH_END = 1.5e14, 1e15  # the whole brain's range (fact: brain_synapses)

# The cerebellum's cells, counted by stereology: another method, other
# brains, and more cells than the fractionator found, which is generous here.
CEREBELLUM_CELLS = 105e9  # neurons and glia (fact: cerebellum_cells_stereology)
GRANULE_CELLS = 101e9  # fact: cerebellum_granule_cells
PURKINJE_CELLS = 30.5e6  # fact: purkinje_cells
PER_PURKINJE = 150_000  # granule-cell synapses, rat (fact: pf_synapses_per_purkinje)
PER_GRANULE = 4  # mossy-fibre inputs (fact: granule_cell_inputs)
GENEROUS = 10  # assumption: allow ten times each measured figure

product = BRAIN_NEURONS * PER_NEURON
product_cerebellum = CEREBELLUM_NEURONS * PER_NEURON

# A generous cerebellum: ten times the measured inputs of its two main kinds
# of cell, and every other cell in it, glia included, at the neocortical
# average (an assumption: these cells are few, and are not sorted by type here).
purkinje = PURKINJE_CELLS * PER_PURKINJE * GENEROUS
granule = GRANULE_CELLS * PER_GRANULE * GENEROUS
others = (CEREBELLUM_CELLS - GRANULE_CELLS - PURKINJE_CELLS) * PER_NEURON
cerebellum = purkinje + granule + others

# Everywhere else, keep the product's own assumption of 7,000 per neuron.
swapped = product - product_cerebellum + cerebellum
overcount = product / swapped

# The cerebral cortex's share of that is less than the neocortex's own count.
# Put the count in its place (this leaves out the rest of the cerebral
# cortex, such as the hippocampus) and see how far the answer moves.
cortex_share = CORTEX_NEURONS * PER_NEURON
with_count = swapped - cortex_share + NEOCORTEX

rows = [
    (f"{PER_NEURON:,} x every neuron", product),
    ("  of which the cerebellum", product_cerebellum),
    ("the cerebellum, generously", cerebellum),
    ("  Purkinje cells", purkinje),
    ("  granule cells", granule),
    ("  every other cell", others),
    ("the product, cerebellum swapped", swapped),
    ("  of which the cerebral cortex", cortex_share),
    ("with the neocortex's own count", with_count),
]
for label, synapses in rows:
    print(f"{label:<33}{synapses:.2e}")
print(f"the product overcounts {overcount:.1f}-fold")

# Even generously, the cerebellum, with four in five of the brain's neurons,
# holds fewer synapses than the neocortex: its granule cells are most of its
# neurons and receive few synapses each. The product overcounts about
# threefold, and with the cerebellum swapped it lands in the lower part of
# the whole brain's range, below the range's geometric middle. It stays there
# with the neocortex's own count in place of the cortex's share.
assert cerebellum < NEOCORTEX
assert overcount > 2.5
assert LOW_END < swapped < (LOW_END * HIGH_END) ** 0.5
assert cortex_share < NEOCORTEX
assert LOW_END < with_count < (LOW_END * HIGH_END) ** 0.5
