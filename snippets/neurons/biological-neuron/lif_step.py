# A leaky integrate-and-fire (LIF) neuron driven by two steps of current:
# a weak one that never reaches threshold, then a strong one that does.
import matplotlib.pyplot as plt
import numpy as np

# Model parameters. Only the resting potential echoes a measured value
# (fact resting_potential, about -65 mV); the rest are illustrative choices.
V_REST = -65.0  # mV, resting potential (fact: resting_potential)
V_TH = -50.0  # mV, firing threshold
V_RESET = -65.0  # mV, voltage just after a spike
TAU_M = 10.0  # ms, membrane time constant
R = 10.0  # megaohms, membrane resistance (so R * nA gives mV)
T_REF = 2.0  # ms, refractory period: no integration right after a spike
V_PEAK = V_REST + 100.0  # mV, for drawing spikes (fact: spike_amplitude)

DT = 0.1  # ms, Euler time step
T_END = 250.0  # ms, length of the simulation
t = np.arange(0.0, T_END, DT)  # ms

# Input current in nanoamperes: off, weak step, strong step, off.
WEAK = 1.2  # nA; the threshold current is (V_TH - V_REST) / R
STRONG = 2.5  # nA
current = np.zeros_like(t)
weak = (t >= 20) & (t < 120)
strong = (t >= 140) & (t < 230)
current[weak] = WEAK
current[strong] = STRONG

v = np.empty_like(t)
v_now = V_REST
ref_steps = round(T_REF / DT)  # the refractory period, in time steps
wait = 0  # steps still to wait before integrating again
spike_steps = []
for k in range(len(t)):
    if wait > 0:
        wait -= 1
        v_now = V_RESET
    else:
        # Euler step of  tau_m dV/dt = -(V - V_rest) + R I
        v_now += DT / TAU_M * (-(v_now - V_REST) + R * current[k])
        if v_now >= V_TH:  # threshold crossed: spike, reset, pause
            spike_steps.append(k)
            v_now = V_RESET
            wait = ref_steps
    v[k] = v_now

spike_times = t[spike_steps]
in_weak = spike_times[(spike_times >= 20) & (spike_times < 120)]
in_strong = spike_times[(spike_times >= 140) & (spike_times < 230)]
plateau = v[weak][-1]
n_strong = len(in_strong)
print(
    f"weak step   (R*I = {R * WEAK:.1f} mV): {len(in_weak)} spikes, "
    f"voltage at the step's end {plateau:.2f} mV"
)
print(f"strong step (R*I = {R * STRONG:.1f} mV): {n_strong} spikes")
print("spike times (ms):", ", ".join(f"{s:.1f}" for s in in_strong) or "none")
intervals = np.diff(in_strong)
if len(intervals):
    print(f"interval between spikes: {intervals.mean():.1f} ms")
else:  # the page's Try-it can turn the strong step down this far
    print("interval between spikes: none, fewer than two spikes")

# Below threshold: the voltage settles at V_rest + R*I, under V_th, and
# the neuron stays silent however long we wait.
assert len(in_weak) == 0 and v[weak].max() < V_TH
assert abs(plateau - (V_REST + R * WEAK)) < 0.01
# Above threshold: it fires, and fires regularly (equal intervals).
assert len(in_strong) >= 5
assert np.ptp(intervals) < DT + 1e-9
# The interval matches the formula
#   T_ref + tau_m ln(RI / (RI - (V_th - V_rest)))
# to within a couple of time steps.
ri = R * STRONG
expected = T_REF + TAU_M * np.log(ri / (ri - (V_TH - V_REST)))
assert abs(intervals.mean() - expected) < 2 * DT
# No spikes outside the steps either.
assert len(spike_times) == len(in_weak) + len(in_strong)

# Figure: draw each spike as a thin line up to V_PEAK, for readability.
v_draw = v.copy()
v_draw[spike_steps] = V_PEAK
fig, (ax, ax_i) = plt.subplots(
    2, 1, figsize=(7, 4), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
)
ax.plot(t, v_draw, color="#3f51b5", linewidth=1.4, label="membrane voltage V")
ax.axhline(V_TH, color="#d84315", linewidth=1.2, linestyle="--", label="threshold")
ax.axhline(V_REST, color="#888888", linewidth=1, linestyle=":", label="rest")
ax.set_ylabel("voltage (mV)")
ax.set_ylim(-75, 45)
ax.legend(loc="upper left", frameon=False, fontsize=9, ncol=3)
ax_i.plot(t, current, color="#2e7d32", linewidth=1.6)
ax_i.set_ylabel("input (nA)")
ax_i.set_xlabel("time (ms)")
ax_i.set_ylim(-0.2, 3)
fig.tight_layout()
fig.savefig("biological-neuron-lif-trace.svg")
