# A telephone echo canceller: an ADALINE-style adaptive filter (normalised
# LMS) learns the echo path of a simulated phone line and subtracts its
# estimate of the echo. Saves three figures in the current folder.
import matplotlib.pyplot as plt
import numpy as np

FS = 8000  # samples per second, as on a digital phone line
SECONDS = 3.0
N = int(FS * SECONDS)
MU = 0.1  # step size of normalised LMS (too large, and it becomes unstable)
TAPS = 64  # length of the adaptive filter: 64 samples = 8 ms
taps_ms = TAPS / FS * 1000
NOISE_DB = -50  # line noise, relative to the far-end speech
rng = np.random.default_rng(1967)
t = np.arange(N) / FS

# Far-end "speech": white noise through a two-pole filter tuned to 500 Hz.
# Damped as much as it is here (r = 0.6), the filter does not ring: it acts
# as a low-pass filter. Then the noise swells and fades four times a second,
# like syllables.
white = rng.normal(size=N)
r, f0 = 0.6, 500.0
a1, a2 = 2 * r * np.cos(2 * np.pi * f0 / FS), -r * r
voiced = np.zeros(N)
prev1 = prev2 = 0.0
for n in range(N):
    voiced[n] = white[n] + a1 * prev1 + a2 * prev2
    prev1, prev2 = voiced[n], prev1
# The filter's gain at each frequency (1 Hz steps): where it is highest, and
# up to which frequency it keeps at least half the power of that peak.
freqs = np.arange(FS // 2 + 1)
delay_1 = np.exp(-2j * np.pi * freqs / FS)  # one sample's delay, per frequency
gain = 1 / np.abs(1 - a1 * delay_1 - a2 * delay_1**2)
peak_hz = int(freqs[gain.argmax()])
half_power_hz = int(freqs[gain >= gain.max() / np.sqrt(2)].max())
syllables = 0.3 + 0.7 * np.sin(np.pi * 4.0 * t) ** 2
far = voiced * syllables
far /= far.std()

# The echo path: 4 ms of pure delay, then a short, decaying ring (3 ms),
# scaled so that the echo comes back 10 dB quieter than the speech.
DELAY = 32  # samples
RING = 24  # samples
ECHO_DB = 10  # how much quieter the echo is than the speech
delay_ms, ring_end_ms = DELAY / FS * 1000, (DELAY + RING) / FS * 1000
k = np.arange(RING)
true_path = np.zeros(TAPS)
ring = np.exp(-k / 5) * np.sin(2 * np.pi * 0.09 * (k + 1))
true_path[DELAY : DELAY + RING] = ring
true_path *= 10 ** (-ECHO_DB / 20) / np.convolve(far, true_path)[:N].std()
echo = np.convolve(far, true_path)[:N]
hiss = 10 ** (NOISE_DB / 20) * rng.normal(size=N)
mic = echo + hiss  # what comes back from the line; the near end is silent

# The canceller. x holds the last TAPS samples of far-end speech, newest
# first; the filter's output w . x is its guess of the echo, and the error
# e is what is left on the line after subtracting that guess.
w = np.zeros(TAPS)
x = np.zeros(TAPS)
residual = np.zeros(N)
for n in range(N):
    x[1:] = x[:-1]
    x[0] = far[n]
    e = mic[n] - w @ x
    w += MU * e * x / (x @ x + 1e-3)  # LMS, step scaled by input power
    residual[n] = e


def power(signal, size):
    """Mean square of signal in consecutive blocks of size samples."""
    blocks = len(signal) // size
    return (signal[: blocks * size] ** 2).reshape(blocks, size).mean(axis=1)


# Echo return loss enhancement (ERLE) in windows of 50 ms.
WINDOW_MS = 50
GOOD_DB = 20  # the mark drawn on the ERLE figure, which the run must pass
WIN = FS * WINDOW_MS // 1000
erle = 10 * np.log10(power(echo, WIN) / power(residual, WIN))
window_end = (np.arange(len(erle)) + 1) * WIN / FS
erle_first = erle[0]
passes_good_at = window_end[np.argmax(erle > GOOD_DB)]  # first window over 20 dB
settled = erle[window_end >= 0.5]  # from half a second on
settled_min, settled_max = settled.min(), settled.max()
last_second = erle[window_end > SECONDS - 1]
tap_error = np.linalg.norm(w - true_path) / np.linalg.norm(true_path)
big = np.abs(w) > 0.1 * np.abs(w).max()
first_big_tap = np.argmax(big)  # where the learned echo starts
# What is left in the last second, against the hiss alone.
left_over = np.mean(residual[-FS:] ** 2) / np.mean(hiss[-FS:] ** 2)

print(f"simulated {SECONDS:.0f} s at {FS} Hz: {N} samples, {TAPS} taps")
print(f"speech filter: gain peaks at {peak_hz} Hz, half power up to {half_power_hz} Hz")
print(f"ERLE in the first {WINDOW_MS} ms:   {erle_first:5.1f} dB")
print(f"ERLE after 0.5 s:          {erle[9]:5.1f} dB")
print(
    f"ERLE in the last second:   {last_second.min():5.1f} to {last_second.max():.1f} dB"
)
print(f"tap error |w - h| / |h|:   {tap_error:.3f}")
print(f"delay found by the filter: {first_big_tap / FS * 1000:.2f} ms")
print(f"left in the last second:   {left_over:.2f} times the power of the hiss")

# The claims the page makes about this run.
assert peak_hz < 100 and 500 < half_power_hz < 1000  # a low-pass, not a formant
assert erle_first < 10  # at first the canceller removes little of the echo
assert last_second.min() > GOOD_DB  # converged: over 20 dB in every window
assert tap_error < 0.1  # the learned filter matches the true echo path
assert first_big_tap == DELAY  # it found the 4 ms delay by itself
assert 1 < left_over < 1.5  # the hiss sets the ceiling: what is left is mostly hiss

# Figure 1: the echo and what is left of it, as 20 ms envelopes.
BLOCK = FS // 50
env_echo = np.sqrt(power(echo, BLOCK))
env_left = np.sqrt(power(residual, BLOCK))
block_time = (np.arange(len(env_echo)) + 0.5) * BLOCK / FS
fig, ax = plt.subplots(figsize=(6.5, 3.2))
ax.fill_between(
    block_time, env_echo, color="#9fa8da", label="echo reaching the microphone"
)
ax.fill_between(block_time, env_left, color="#e64a19", label="left after cancelling")
ax.set_xlabel("time (s)")
ax.set_ylabel("RMS level (far-end RMS = 1)")
ax.set_xlim(0, SECONDS)
ax.set_ylim(0, None)
ax.legend(loc="upper right", frameon=False)
fig.tight_layout()
fig.savefig("adaline-echo-residual.svg")

# Figure 2: ERLE over time.
fig, ax = plt.subplots(figsize=(6.5, 3.2))
ax.plot(
    window_end,
    erle,
    color="#3f51b5",
    linewidth=2,
    marker="o",
    markersize=3,
    label="ERLE, 50 ms windows",
)
ax.axhline(GOOD_DB, color="#888888", linewidth=1, linestyle="--", label=f"{GOOD_DB} dB")
ax.set_xlabel("time (s)")
ax.set_ylabel("echo removed (dB)")
ax.set_xlim(0, SECONDS)
ax.set_ylim(0, None)
ax.legend(loc="lower right", frameon=False)
fig.tight_layout()
fig.savefig("adaline-erle.svg")

# Figure 3: the learned filter against the true echo path.
tap_ms = np.arange(TAPS) / FS * 1000
fig, ax = plt.subplots(figsize=(6.5, 3.2))
ax.plot(tap_ms, true_path, color="#9fa8da", linewidth=5, label="true echo path")
ax.plot(
    tap_ms,
    w,
    color="#e64a19",
    linestyle="none",
    marker="o",
    markersize=3.5,
    label="learned weights",
)
ax.axhline(0, color="#888888", linewidth=0.8)
ax.set_xlabel("delay (ms)")
ax.set_ylabel("weight")
ax.legend(loc="upper left", frameon=False)
fig.tight_layout()
fig.savefig("adaline-taps.svg")
