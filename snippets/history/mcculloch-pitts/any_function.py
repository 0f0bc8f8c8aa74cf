# Every truth table from two layers of threshold logic units.
# Layer 1 has one unit per row where the table says 1; that unit fires for
# exactly that input pattern. Layer 2 is an OR of layer 1.
from itertools import product


def unit(inputs, weights, threshold):
    total = sum(w * x for w, x in zip(weights, inputs))
    return 1 if total >= threshold else 0


def row_detector(row):
    """Weights and threshold of a unit that fires only for this input row.

    Weight +1 where the row has a 1 and -1 where it has a 0; the threshold is
    the number of 1s. Only the row itself reaches it: any other input either
    misses a +1 or picks up a -1.
    """
    return tuple(1 if bit else -1 for bit in row), sum(row)


def two_layer_network(table, n):
    """A network for any truth table on n inputs, and its number of units."""
    rows = list(product((0, 1), repeat=n))
    hidden = [row_detector(row) for row, out in zip(rows, table) if out == 1]

    def network(x):
        h = [unit(x, w, theta) for w, theta in hidden]
        return unit(h, (1,) * len(h), 1)  # OR: fires if any hidden unit fires

    return network, len(hidden) + 1


def single_unit_tables(n, weights, thresholds):
    """Every truth table that some single unit with these numbers computes."""
    rows = list(product((0, 1), repeat=n))
    return {
        tuple(unit(x, w, theta) for x in rows)
        for w in product(weights, repeat=n)
        for theta in thresholds
    }


# Two inputs: all 16 truth tables, listed by their outputs for 00, 01, 10, 11.
names = [  # in the order in which product() below lists the tables
    "always 0",
    "a AND b",
    "a AND NOT b",
    "a",
    "b AND NOT a",
    "b",
    "a XOR b",
    "a OR b",
    "a NOR b",
    "a XNOR b",
    "NOT b",
    "a OR NOT b",
    "NOT a",
    "b OR NOT a",
    "a NAND b",
    "always 1",
]
rows2 = list(product((0, 1), repeat=2))
tables2 = list(product((0, 1), repeat=len(rows2)))
one_unit = single_unit_tables(2, range(-2, 3), range(-2, 4))
units_needed = {}  # function name -> units in its two-layer network
print("table  function      one unit?  units in the two-layer network")
for table, name in zip(tables2, names):
    network, size = two_layer_network(table, 2)
    assert [network(x) for x in rows2] == list(table)
    units_needed[name] = size
    key = "".join(map(str, table))
    single = "yes" if table in one_unit else "no"
    print(f"{key}   {name:<12}  {single:<9}  {size}")

n_tables_two = len(tables2)
one_unit_two = len(one_unit)
always_one_units = units_needed["always 1"]
# Single units miss exactly two tables: XOR and XNOR.
assert set(tables2) - one_unit == {(0, 1, 1, 0), (1, 0, 0, 1)}
print(
    f"one unit: {one_unit_two} of {n_tables_two} tables; "
    f"two-layer networks: {len(units_needed)} of {n_tables_two}"
)

# Three inputs: 256 truth tables.
rows3 = list(product((0, 1), repeat=3))
sizes = []
for table in product((0, 1), repeat=8):
    network, size = two_layer_network(table, 3)
    assert [network(x) for x in rows3] == list(table)
    sizes.append(size)
small = single_unit_tables(3, range(-2, 3), range(-6, 8))
wider = single_unit_tables(3, range(-4, 5), range(-12, 14))
n_tables_three = len(sizes)
one_unit_three = len(small)
print()
print(
    f"three inputs: all {n_tables_three} tables reproduced, "
    f"networks of {min(sizes)} to {max(sizes)} units"
)
print(
    f"one unit, weights -2..2: {one_unit_three} of {n_tables_three} tables; "
    f"weights -4..4: {len(wider)} of {n_tables_three}"
)
assert n_tables_three == 2**8 and (min(sizes), max(sizes)) == (1, 9)
assert small == wider and one_unit_three == 104
