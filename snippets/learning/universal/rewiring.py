# Rewiring a toy "cortex": the learner of one_learner_two_senses.py first
# hears sounds, then its input is switched to images, like the ferrets whose
# eyes were routed into the auditory pathway. Whether it re-learns depends
# on how plastic it still is when the switch comes.
import numpy as np

SIZE, UNITS = 16, 16
RATE, HALF_LIFE = 0.05, 4_000  # the learning rate, and how fast it halves
rng = np.random.default_rng(2000)
grid_y, grid_x = np.mgrid[0:SIZE, 0:SIZE] - (SIZE - 1) / 2
channel = np.arange(SIZE)[:, None]


def normalise(patches):
    patches = patches - patches.mean(axis=-1, keepdims=True)
    return patches / np.linalg.norm(patches, axis=-1, keepdims=True)


def bar(angle, shift=0.0):
    distance = -np.sin(angle) * grid_x + np.cos(angle) * grid_y - shift
    return np.exp(-(distance**2) / 2).ravel()


def voice(f0, onset=0):
    harmonics = sum(
        np.exp(-((channel - h * f0) ** 2) / 0.72) / np.sqrt(h) for h in range(1, 6)
    )
    return (harmonics * (np.arange(SIZE) >= onset)).ravel()


def noisy(patches):
    return normalise(patches + 0.1 * rng.standard_normal(patches.shape))


def image_patches(n):
    angles, shifts = rng.uniform(0, np.pi, n), rng.uniform(-1, 1, n)
    return noisy(np.array([bar(a, s) for a, s in zip(angles, shifts)]))


def sound_patches(n):
    pitches, onsets = rng.uniform(2.5, 5.5, n), rng.integers(0, 5, n)
    return noisy(np.array([voice(f, t) for f, t in zip(pitches, onsets)]))


def learn(weights, bias, inputs, rates, fatigue=0.01):
    """The same competitive learner, with a learning rate for every input."""
    weights, bias = weights.copy(), bias.copy()
    for x, rate in zip(inputs, rates):
        k = np.argmax(weights @ x - bias)
        weights[k] += rate * x
        weights[k] /= np.linalg.norm(weights[k])
        won = np.arange(len(weights)) == k
        bias += fatigue * (won - 1 / len(weights))
    return weights, bias


bars = normalise(np.array([bar(a) for a in np.radians(np.arange(0, 180, 5))]))
combs = normalise(np.array([voice(f) for f in np.arange(2.5, 5.51, 0.1)]))


def best_match(features, yardsticks):
    return (features @ yardsticks.T).max(axis=1)


start = normalise(rng.standard_normal((UNITS, SIZE * SIZE)))
sounds, images = sound_patches(20_000), image_patches(20_000)
steps = np.arange(40_000)
window = RATE * 0.5 ** (steps / HALF_LIFE)  # halves every HALF_LIFE inputs
always = np.full(len(steps), RATE)  # a learning rate that never declines

print(" " * 29 + " rate at  before    after 20,000 images")
print(" " * 29 + "  switch   combs    bars  combs  bar-like")
results = {}
for name, rates, switch in [
    ("rewired early, window open", window, 2_000),
    ("rewired late, window closed", window, 20_000),
    ("rewired late, never closes", always, 20_000),
]:
    heard, bias = learn(start, np.zeros(UNITS), sounds[:switch], rates)
    seen, _ = learn(heard, bias, images, rates[switch:])
    before = np.median(best_match(heard, combs))
    to_bars, to_combs = best_match(seen, bars), best_match(seen, combs)
    bar_like = int(np.sum(to_bars > to_combs))
    results[name] = before, np.median(to_bars), np.median(to_combs), bar_like
    print(
        f"{name:<29}{rates[switch]:8.4f}{before:8.2f}"
        f"{np.median(to_bars):8.2f}{np.median(to_combs):7.2f}{bar_like:6d}/16"
    )

# Before the switch, every version has learned the sounds.
assert all(before > 0.85 for before, *_ in results.values())
# Rewired while still plastic, the same units become bar detectors.
for name in ("rewired early, window open", "rewired late, never closes"):
    _, to_bars, _, bar_like = results[name]
    assert to_bars > 0.85 and bar_like == UNITS
# Rewired after the window has closed, most units stay tuned to sounds.
_, to_bars, to_combs, bar_like = results["rewired late, window closed"]
assert to_bars < 0.6 and to_combs > 0.7 and bar_like <= UNITS // 4
