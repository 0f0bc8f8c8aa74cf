# Pre-train a small network on a family of tasks (sine waves of random height
# and shift) with Reptile, then teach it a new wave from ten examples and
# compare with the same network started from random weights.
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
HIDDEN = 40  # tanh units in the one hidden layer
LEARNING_RATE = 0.02  # the same plain gradient descent everywhere
LOW_HEIGHT, HIGH_HEIGHT = 0.1, 5.0  # the range of the waves' heights
SHOTS = 10  # examples the network sees of each wave
GENERATIONS = 10_000  # Reptile's outer steps, one task each
INNER_STEPS = 10  # gradient steps on each task during pre-training
STEPS = 200  # gradient steps allowed on a new wave
NEW_WAVES = 20  # members of the family never seen in pre-training
EARLY, LATE = 10, 100  # the two moments the page compares
FASTER = 5  # the pre-trained start should need at most a fifth of the steps


def new_task(rng):
    """One member of the family: y = a sin(x + phase)."""
    return rng.uniform(LOW_HEIGHT, HIGH_HEIGHT), rng.uniform(0.0, np.pi)


def random_weights(rng):
    return {
        "W1": rng.normal(0, 1, (1, HIDDEN)),
        "b1": rng.normal(0, 1, HIDDEN),
        "W2": rng.normal(0, 1 / np.sqrt(HIDDEN), (HIDDEN, 1)),
        "b2": np.zeros(1),
    }


def forward(w, x):
    hidden = np.tanh(x @ w["W1"] + w["b1"])
    return hidden, hidden @ w["W2"] + w["b2"]


def gradient_step(w, x, y):
    """One step of gradient descent on the mean squared error, backprop by hand."""
    hidden, out = forward(w, x)
    d_out = 2 * (out - y) / len(x)
    d_hidden = (d_out @ w["W2"].T) * (1 - hidden**2)
    grads = {
        "W2": hidden.T @ d_out,
        "b2": d_out.sum(0),
        "W1": x.T @ d_hidden,
        "b1": d_hidden.sum(0),
    }
    return {k: w[k] - LEARNING_RATE * grads[k] for k in w}


grid = np.linspace(-5, 5, 200)[:, None]


def loss(w, a, phase):
    """How far the network's curve is from the true wave, over the whole range."""
    return float(np.mean((forward(w, grid)[1] - a * np.sin(grid + phase)) ** 2))


def samples(rng, a, phase):
    x = rng.uniform(-5, 5, (SHOTS, 1))
    return x, a * np.sin(x + phase)


# "Evolution": Reptile. Adapt a copy to one task, then move the shared start a
# fraction of the way towards the adapted weights; the fraction shrinks to 0.
random_start = random_weights(rng)
start = random_start
for generation in range(GENERATIONS):
    x, y = samples(rng, *new_task(rng))
    adapted = start
    for _ in range(INNER_STEPS):
        adapted = gradient_step(adapted, x, y)
    fraction = 0.5 * (1 - generation / GENERATIONS)
    start = {k: start[k] + fraction * (adapted[k] - start[k]) for k in start}

# "A lifetime": new waves, never seen in pre-training, SHOTS examples each.
# Both starts take the same steps on the same examples.
test_rng = np.random.default_rng(1)
curves = {"pre-trained": np.zeros(STEPS + 1), "random": np.zeros(STEPS + 1)}
flat_line = 0.0
waves = [new_task(test_rng) for _ in range(NEW_WAVES)]
examples = [samples(test_rng, a, phase) for a, phase in waves]
for (a, phase), (x, y) in zip(waves, examples):
    flat_line += np.mean((a * np.sin(grid + phase)) ** 2) / len(waves)
    for name, w in (("pre-trained", start), ("random", random_start)):
        curves[name][0] += loss(w, a, phase) / len(waves)
        for step in range(1, STEPS + 1):
            w = gradient_step(w, x, y)
            curves[name][step] += loss(w, a, phase) / len(waves)

pre, rand = curves["pre-trained"], curves["random"]
print(
    f"network: 1 input, {HIDDEN} tanh units, 1 output = {sum(v.size for v in start.values())} parameters"
)
print(
    f"mean loss on {NEW_WAVES} new waves, after so many steps on {SHOTS} examples each"
)
print("steps   pre-trained   random")
for step in (0, 1, 5, 10, 50, 100, 200):
    print(f"{step:5d}   {pre[step]:11.2f}   {rand[step]:6.2f}")
print(f"a flat line at zero: {flat_line:.2f}")

# No single curve fits every wave. The best one, for these waves, is their
# average; the loss it leaves is the least any start can have before adapting.
truth = np.stack([a * np.sin(grid + phase) for a, phase in waves])
best_single_curve = float(np.mean((truth - truth.mean(axis=0)) ** 2))
print(f"the best single curve for all {NEW_WAVES} waves: {best_single_curve:.2f}")

# Steps each start needs to bring the loss below a quarter of the flat line's.
target = flat_line / 4
needed = {}
for name, curve in curves.items():
    below = np.flatnonzero(curve < target)
    needed[name] = int(below[0]) if below.size else None
    steps_text = needed[name] if below.size else f"more than {STEPS}"
    print(f"below {target:.2f}: {name} start after {steps_text} steps")

# Before adapting, the pre-trained start fits no wave in particular, but it is
# within 10% of the best single curve: it has learned what the waves share.
# The random start is not.
assert pre[0] < 1.1 * best_single_curve < rand[0]
# After EARLY steps it beats the random start after LATE steps,
step_ratio = LATE // EARLY
assert pre[EARLY] < rand[LATE]
# and it reaches the target in at least FASTER times fewer steps.
assert needed["pre-trained"] * FASTER <= (needed["random"] or STEPS + 1)

fig, ax = plt.subplots(figsize=(6.4, 3.4))
steps = np.arange(STEPS + 1)
ax.plot(steps, rand, color="#e65100", linewidth=2, label="random start")
ax.plot(steps, pre, color="#3f51b5", linewidth=2, label="pre-trained start (Reptile)")
ax.axhline(
    flat_line, color="#888888", linewidth=1, linestyle="--", label="flat line at zero"
)
for step, curve, colour in ((EARLY, pre, "#3f51b5"), (LATE, rand, "#e65100")):
    ax.plot(step, curve[step], "o", color=colour)
    ax.annotate(
        f"{step} steps: {curve[step]:.2f}",
        (step, curve[step]),
        (6, 8),
        textcoords="offset points",
        color=colour,
    )
ax.set_xlabel(f"gradient steps on the new wave ({SHOTS} examples)")
ax.set_ylabel("mean squared error")
ax.set_xlim(0, STEPS)
ax.set_ylim(0, None)
ax.legend(frameon=False)
fig.tight_layout()
fig.savefig("evolution-adaptation.svg")

# One of the new waves: the examples, the truth, and both networks after EARLY steps.
(a, phase), (x, y) = waves[0], examples[0]
fig, ax = plt.subplots(figsize=(6.4, 3.4))
ax.plot(
    grid, a * np.sin(grid + phase), color="#888888", linewidth=2, label="the new wave"
)
for name, w, colour in (
    ("pre-trained", start, "#3f51b5"),
    ("random", random_start, "#e65100"),
):
    for _ in range(EARLY):
        w = gradient_step(w, x, y)
    ax.plot(
        grid,
        forward(w, grid)[1],
        color=colour,
        linewidth=2,
        label=f"{name} start, {EARLY} steps",
    )
ax.plot(x, y, "o", color="#222222", label=f"the {SHOTS} examples")
ax.set_xlabel("input x")
ax.set_ylabel("output y")
ax.set_ylim(-1.2 * a, 2.0 * a)
ax.legend(frameon=False, fontsize=9, loc="upper center", ncols=2)
fig.tight_layout()
fig.savefig("evolution-one-wave.svg")
