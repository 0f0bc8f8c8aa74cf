# The f-I curve of a leaky integrate-and-fire neuron: firing rate against
# input current, simulated for 41 currents at once and checked against the
# exact formula for the rate; then much stronger currents, to find the ceiling
# the refractory period sets.
import matplotlib.pyplot as plt
import numpy as np

# Same illustrative parameters as the step example; only V_REST echoes a
# measured value.
V_REST, V_TH, V_RESET = -65.0, -50.0, -65.0  # mV (fact: resting_potential)
TAU_M, R, T_REF = 10.0, 10.0, 2.0  # ms, megaohms, ms
DT, T_END = 0.1, 1000.0  # ms: time step, length of each simulation


def simulate(currents):
    """Firing rate in Hz and spike count for each current in nA, all at once."""
    ri = R * currents  # mV: where the voltage would settle without a threshold
    v = np.full(currents.shape, V_REST)
    wait = np.zeros(currents.shape, dtype=int)  # refractory steps left
    count = np.zeros(currents.shape, dtype=int)
    first = np.full(currents.shape, np.nan)  # time of first and last spike, ms
    last = np.full(currents.shape, np.nan)
    ref_steps = round(T_REF / DT)
    for k in range(round(T_END / DT)):
        free = wait == 0
        v = np.where(free, v + DT / TAU_M * (-(v - V_REST) + ri), V_RESET)
        wait = np.where(free, 0, wait - 1)
        fired = v >= V_TH
        now = (k + 1) * DT
        first = np.where(fired & (count == 0), now, first)
        last = np.where(fired, now, last)
        count += fired
        v = np.where(fired, V_RESET, v)
        wait = np.where(fired, ref_steps, wait)
    # Rate in Hz from the spacing of spikes: (count - 1) intervals fit
    # between the first spike and the last.
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(count >= 2, (count - 1) / (last - first) * 1000.0, 0.0)
    return rate, count


# Input currents in nA: 0 to 4 in steps of 0.1, one simulation each.
currents = np.round(np.arange(0.0, 4.01, 0.1), 2)
n_currents = len(currents)
ri = R * currents
rate, count = simulate(currents)

# The exact rate for R*I above the gap between threshold and rest.
gap = V_TH - V_REST  # 15 mV: the rheobase is gap / R = 1.5 nA
rheobase = gap / R
above = ri > gap
exact = np.zeros_like(rate)
interval = T_REF + TAU_M * np.log(ri[above] / (ri[above] - gap))  # ms
exact[above] = 1000.0 / interval

print(f"rheobase (threshold current): {rheobase:.1f} nA")
print(" I (nA)   simulated (Hz)   formula (Hz)")
for i in [5, 10, 14, 15, 16, 20, 25, 30, 40]:
    print(f"{currents[i]:6.1f}   {rate[i]:14.1f}   {exact[i]:12.1f}")
worst = np.max(np.abs(rate[above] - exact[above]) / exact[above])
print(f"largest difference, simulation vs formula: {worst:.1%}")
top_current, top_rate = currents[-1], rate[-1]

# Up to and at the rheobase (R*I <= V_th - V_rest) the neuron never fires.
assert np.all(count[ri <= gap] == 0)
# From there on the rate never falls as the current grows. It rises very
# steeply at first, then gently: the first 0.1 nA adds more than five times
# as much as a 0.1 nA step does, on average, over the last nanoampere.
rise = np.diff(rate[ri >= gap])
assert np.all(rise >= 0) and rise[0] > 5 * rise[-10:].mean()
# The Euler simulation agrees with the exact formula within the tolerance.
tolerance = 0.02
assert worst < tolerance

# The ceiling: however strong the input, at most one spike per refractory
# period. Drive the neuron far harder than above and watch the rate approach it.
ceiling = 1000.0 / T_REF  # Hz
strong = np.array([10.0, 30.0, 100.0, 300.0, 1000.0])  # nA
strongest = strong[-1]
strong_rate, _ = simulate(strong)
print(f"ceiling, one spike per refractory period: {ceiling:.0f} Hz")
for current, r in zip(strong, strong_rate):
    print(f"{current:6.0f} nA: {r:6.1f} Hz, {r / ceiling:.0%} of the ceiling")
closest = strong_rate.max() / ceiling
assert np.all(np.diff(strong_rate) >= 0) and closest > 0.9  # it comes close ...
assert max(rate.max(), strong_rate.max()) < ceiling  # ... but never reaches it
# In the simulation even the fastest climb to threshold takes one time step,
# so the rate cannot pass one spike per (T_REF + DT).
step_limit = 1000.0 / (T_REF + DT)  # Hz
assert strong_rate.max() <= step_limit + 1e-9

# Figure: simulated points over the exact curve, with the rheobase marked.
fine = np.linspace(rheobase + 1e-6, currents[-1], 400)
fine_rate = 1000.0 / (T_REF + TAU_M * np.log(R * fine / (R * fine - gap)))
fig, ax = plt.subplots(figsize=(6.5, 3.6))
ax.plot(
    np.r_[0, rheobase, fine],
    np.r_[0, 0, fine_rate],
    color="#3f51b5",
    linewidth=2,
    label="formula",
)
ax.plot(currents, rate, "o", color="#d84315", markersize=4, label="simulation")
ax.axvline(rheobase, color="#888888", linewidth=1, linestyle="--")
ax.text(
    rheobase - 0.05,
    40,
    "rheobase\n(threshold current)",
    color="#555555",
    fontsize=9,
    ha="right",
)
ax.set_xlabel("input current I (nA)")
ax.set_ylabel("firing rate (spikes per second)")
ax.legend(loc="upper left", frameon=False)
fig.tight_layout()
fig.savefig("biological-neuron-fi-curve.svg")
