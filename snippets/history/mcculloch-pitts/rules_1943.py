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
print()
print(f"1943 cells tried: {len(all_cells)}")
print(f"cells that fire when both inputs are silent: {len(fire_on_silence)}")
quiet_on_silence = [t for t in tables if t[0] == 0]
print(
    f"truth tables they compute: {len(tables)}, "
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


built = []
for table in product((0, 1), repeat=4):
    network = network_1943(table)
    if network is not None:
        assert [network(x) for x in rows] == list(table)
        built.append("".join(map(str, table)))
print(f"two-layer 1943 networks built for {len(built)} of 16 tables:")
print(" ".join(built))
assert len(built) == 8 and all(t[0] == "0" for t in built)
