# The unit under the 1943 paper's own rules: excitatory synapses are counted,
# the threshold is at least 1, and one active inhibitory synapse vetoes firing
# ("absolute inhibition"). There are no negative weights.
from itertools import chain, combinations, product


def neuron_1943(inputs, excitatory, inhibitory, threshold):
    """excitatory[i]: how many excitatory synapses input i makes on the cell.
    inhibitory: the inputs that make an inhibitory synapse on it.
    The result is the cell's state one time step (one synaptic delay) later."""
    assert threshold >= 1
    if any(inputs[i] for i in inhibitory):
        return 0
    count = sum(n * x for n, x in zip(excitatory, inputs))
    return 1 if count >= threshold else 0


rows = list(product((0, 1), repeat=2))
# Each cell: (excitatory synapses from a and b, inhibitory inputs, threshold).
cells = {
    "a AND b": ((1, 1), (), 2),
    "a OR b": ((1, 1), (), 1),
    "a AND NOT b": ((1, 0), (1,), 1),  # b's synapse is inhibitory
}
logic = {
    "a AND b": lambda a, b: a and b,
    "a OR b": lambda a, b: a or b,
    "a AND NOT b": lambda a, b: a and not b,
}
print("a  b  " + "  ".join(cells))
for a, b in rows:
    outs = [neuron_1943((a, b), *cells[name]) for name in cells]
    columns = "  ".join(f"{y:^{len(name)}}" for y, name in zip(outs, cells))
    print(f"{a}  {b}  {columns}".rstrip())
    for y, name in zip(outs, cells):
        assert y == int(logic[name](a, b))

# Every 1943 cell on two inputs with up to 3 synapses per input, any choice
# of inhibitory inputs and thresholds 1..6. None fires when all is silent.
subsets = list(chain.from_iterable(combinations(range(2), k) for k in range(3)))
all_cells = [
    (exc, inh, theta)
    for exc in product(range(4), repeat=2)
    for inh in subsets
    for theta in range(1, 7)
]
fire_on_silence = [c for c in all_cells if neuron_1943((0, 0), *c) == 1]
tables = {tuple(neuron_1943(x, *c) for x in rows) for c in all_cells}
cells_tried = len(all_cells)
single_cell_tables = len(tables)
print()
print(f"1943 cells tried: {cells_tried}")
print(f"cells that fire when both inputs are silent: {len(fire_on_silence)}")
quiet_on_silence = [t for t in tables if t[0] == 0]
print(
    f"truth tables they compute: {single_cell_tables}, "
    f"of which output 0 for (0, 0): {len(quiet_on_silence)}"
)
assert not fire_on_silence and len(quiet_on_silence) == len(tables)
assert (0, 1, 1, 0) not in tables  # XOR is not among them


# The recipe for networks: one cell per row with a 1, excited by the inputs
# that are 1 in that row and inhibited by those that are 0, then an OR cell.
# The row (0, 0) cannot have such a cell: its threshold would be 0.
def network_1943(table):
    hidden = []
    for row, out in zip(rows, table):
        if out == 1:
            if sum(row) == 0:
                return None
            # One excitatory synapse from each input that is 1 in the row
            # (the row itself gives the counts), a veto from each that is 0.
            off = tuple(i for i, bit in enumerate(row) if bit == 0)
            hidden.append((row, off, sum(row)))

    def network(x):
        h = [neuron_1943(x, *cell) for cell in hidden]
        return neuron_1943(h, (1,) * len(h), (), 1)

    return network


all_tables = list(product((0, 1), repeat=len(rows)))
built = []
for table in all_tables:
    network = network_1943(table)
    if network is not None:
        assert [network(x) for x in rows] == list(table)
        built.append("".join(map(str, table)))
print(f"two-layer 1943 networks built for {len(built)} of {len(all_tables)} tables:")
print(" ".join(built))

# The recipe gives up on the other tables. Does any other two-layer network
# manage them? Try every network of two first-layer cells (each any of the
# cells above) feeding any output cell, and list the tables they compute.
first_layer = [[neuron_1943(x, *c) for x in rows] for c in all_cells]
first_layer = [list(t) for t in sorted({tuple(t) for t in first_layer})]
reached = {
    tuple(neuron_1943((h1[k], h2[k]), *out) for k in range(len(rows)))
    for h1 in first_layer
    for h2 in first_layer
    for out in all_cells
}
quiet_tables = len(built)
other_tables = len(all_tables) - quiet_tables
print(f"tables computed by any such two-layer network: {len(reached)}")
# The paper's condition: exactly the tables that are 0 when all inputs are
# silent, XOR included, and no others.
assert single_cell_tables == 7
assert reached == {t for t in all_tables if t[0] == 0}
assert {"".join(map(str, t)) for t in reached} == set(built)
