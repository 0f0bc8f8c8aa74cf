# One learning rule, two senses. The same small learner, with the same
# settings and the same random starting weights, is shown either image
# patches or sound spectrograms. It is never told what either one is.
import matplotlib.pyplot as plt
import numpy as np

SIZE = 16  # each input is a 16 x 16 grid: pixels, or channels x moments
UNITS = 16  # feature detectors in the learner
HZ_PER_CHANNEL = 100  # sound channel c is centred on c x 100 Hz
MS_PER_FRAME = 10  # one spectrogram column is 10 ms of sound
HARMONICS = 5  # a voice: its pitch and whole-number multiples of it
top_hz = (SIZE - 1) * HZ_PER_CHANNEL  # the highest channel
rng = np.random.default_rng(1978)
grid_y, grid_x = np.mgrid[0:SIZE, 0:SIZE] - (SIZE - 1) / 2
channel = np.arange(SIZE)[:, None]


def normalise(patches):
    """Zero mean, unit length: only the pattern counts, not its strength."""
    patches = patches - patches.mean(axis=-1, keepdims=True)
    return patches / np.linalg.norm(patches, axis=-1, keepdims=True)


def bar(angle, shift=0.0):
    """A bright line at `angle` (radians), `shift` pixels off centre."""
    distance = -np.sin(angle) * grid_x + np.cos(angle) * grid_y - shift
    return np.exp(-(distance**2) / 2).ravel()


def voice(f0, onset=0):
    """A voiced sound from moment `onset` on: harmonics at f0, 2 f0, ...

    f0 is in channels (3.2 channels = 320 Hz).
    """
    harmonics = sum(
        np.exp(-((channel - h * f0) ** 2) / 0.72) / np.sqrt(h)
        for h in range(1, HARMONICS + 1)
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


def learn(weights, inputs, rate=0.05, fatigue=0.01):
    """Competitive learning: the best match moves towards each input."""
    weights, bias = weights.copy(), np.zeros(len(weights))
    for x in inputs:
        k = np.argmax(weights @ x - bias)  # the winner
        weights[k] += rate * x
        weights[k] /= np.linalg.norm(weights[k])
        won = np.arange(len(weights)) == k
        bias += fatigue * (won - 1 / len(weights))  # winners tire
    return weights


# One random start for both senses.
start = normalise(rng.standard_normal((UNITS, SIZE * SIZE)))
from_images = learn(start, image_patches(20_000))
from_sounds = learn(start, sound_patches(20_000))

# Yardsticks: clean bars every 5 degrees, clean combs every 10 Hz of pitch.
angles = np.radians(np.arange(0, 180, 5))
pitches = np.arange(250, 551, 10) / HZ_PER_CHANNEL
bars = normalise(np.array([bar(a) for a in angles]))
combs = normalise(np.array([voice(f) for f in pitches]))


def match(features, yardsticks):
    """Each feature's best correlation with a yardstick, and which one."""
    r = features @ yardsticks.T
    return r.max(axis=1), r.argmax(axis=1)


print("median match (1 = identical)     to a bar    to a comb")
for name, features in [
    ("random start", start),
    ("learned from images", from_images),
    ("learned from sounds", from_sounds),
]:
    to_bars, to_combs = match(features, bars)[0], match(features, combs)[0]
    print(f"{name:<30}{np.median(to_bars):10.2f}{np.median(to_combs):13.2f}")

bar_match, best_bar = match(from_images, bars)
comb_match, best_comb = match(from_sounds, combs)
preferred_angles = np.sort(np.degrees(angles[best_bar])).round().astype(int)
preferred_pitches = np.sort(pitches[best_comb] * HZ_PER_CHANNEL).round()
preferred_pitches = preferred_pitches.astype(int)
print("angles of the image features (degrees):")
print(*preferred_angles)
print("pitches of the sound features (Hz):")
print(*preferred_pitches)

# A baseline: the random start resembles neither kind of input.
assert match(start, bars)[0].max() < 0.5
assert match(start, combs)[0].max() < 0.5
# Every learned feature matches its own kind of input at OWN or better, and
# not one matches the other kind at OTHER or more.
OWN, OTHER = 0.8, 0.3
assert bar_match.min() > OWN and match(from_images, combs)[0].max() < OTHER
assert comb_match.min() > OWN and match(from_sounds, bars)[0].max() < OTHER
# The features spread out: angles fall in at least 6 of 8 sectors of 22.5
# degrees, pitches in at least 5 of 6 bands of 50 Hz.
assert len(set(preferred_angles // 22.5)) >= 6
assert len(set(np.minimum((preferred_pitches - 250) // 50, 5))) >= 5


def mosaic(features):
    """Features side by side, two rows of eight, each scaled to its range.

    Drawn with origin="lower" (low pitches at the bottom), so the first row
    of features goes last in the array.
    """
    # Sixteen shades of grey are plenty to see a feature, and keep the figure light.
    tiles = [np.round(15 * (f - f.min()) / (f.max() - f.min())) / 15 for f in features]
    tiles = [t.reshape(SIZE, SIZE) for t in tiles]
    gap = np.full((SIZE, 1), np.nan)
    rows = [
        np.hstack([part for t in tiles[i : i + 8] for part in (t, gap)][:-1])
        for i in (0, 8)
    ]
    between = np.full((1, rows[0].shape[1]), np.nan)
    return np.vstack([rows[1], between, rows[0]])


grey = plt.get_cmap("Greys").with_extremes(bad="white")
fig, axes = plt.subplots(2, 2, figsize=(7, 4), width_ratios=[1, 3.4])
draw = dict(cmap=grey, origin="lower", interpolation="none")
an_image = bar(np.radians(60)).reshape(SIZE, SIZE)
a_sound = voice(3.2, onset=2).reshape(SIZE, SIZE)
axes[0, 0].imshow(an_image, **draw)
axes[0, 0].set(xlabel="x (pixels)", ylabel="y (pixels)")
axes[0, 0].set_title("an image", fontsize=10)
top = (SIZE - 0.5) * HZ_PER_CHANNEL
extent = [0, SIZE * MS_PER_FRAME, -HZ_PER_CHANNEL / 2, top]
axes[1, 0].imshow(a_sound, extent=extent, aspect="auto", **draw)
axes[1, 0].set(xlabel="time (ms)", ylabel="frequency (Hz)")
axes[1, 0].set_title("a sound", fontsize=10)
panels = [
    (from_images[np.argsort(best_bar)], "found in images, sorted by angle"),
    (from_sounds[np.argsort(best_comb)], "found in sounds, sorted by pitch"),
]
for ax, (features, title) in zip(axes[:, 1], panels):
    ax.imshow(mosaic(features), **draw)
    ax.set_title(f"what the learner {title}", fontsize=10)
    ax.set_axis_off()
fig.tight_layout()
fig.savefig("universal-features.svg")
