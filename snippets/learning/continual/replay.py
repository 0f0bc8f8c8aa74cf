# Replay against forgetting: while the network learns task B, mix in a few
# stored examples of task A. Compared with plain sequential training, and with
# training on both tasks at once. The set-up is the same as forgetting.py.
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(1)
N_TRAIN, N_TEST = 200, 1000  # training examples and held-out points per task


def make_task(n, centre_x, rule):
    """n points in a 2-by-2 square centred at (centre_x, 0), with labels."""
    x = rng.uniform(-1, 1, size=(n, 2)) + [centre_x, 0]
    return x, rule(x).astype(float)


def rule_a(x):  # left square: is the point above a line rising to the right?
    return x[:, 1] > 0.4 * (x[:, 0] + 1)


def rule_b(x):  # right square: is the point below a line falling to the right?
    return x[:, 1] < -0.4 * (x[:, 0] - 1)


train_a, test_a = make_task(N_TRAIN, -1, rule_a), make_task(N_TEST, -1, rule_a)
train_b, test_b = make_task(N_TRAIN, +1, rule_b), make_task(N_TEST, +1, rule_b)


def new_network(hidden=32):
    """Two inputs, a hidden layer of tanh units, a sigmoid output: P(yes)."""
    return {
        "W1": rng.normal(0, 1, (2, hidden)),
        "b1": np.zeros(hidden),
        "w2": rng.normal(0, 1 / np.sqrt(hidden), hidden),
        "b2": np.zeros(1),
    }


def forward(net, x):
    h = np.tanh(x @ net["W1"] + net["b1"])
    p = 1 / (1 + np.exp(-(h @ net["w2"] + net["b2"])))
    return h, p


def sgd_step(net, x, y, lr=0.5):
    """One step of gradient descent on a mini-batch's cross-entropy loss."""
    h, p = forward(net, x)
    # How the loss changes with the output's weighted sum, for each example,
    d_out = (p - y) / len(y)
    # ... and with each hidden neuron's weighted sum, passed back through tanh.
    d_hid = np.outer(d_out, net["w2"]) * (1 - h**2)
    net["w2"] -= lr * h.T @ d_out
    net["b2"] -= lr * d_out.sum()
    net["W1"] -= lr * x.T @ d_hid
    net["b1"] -= lr * d_hid.sum(axis=0)


def accuracy(net, task):
    x, y = task
    return np.mean((forward(net, x)[1] > 0.5) == y)


def train(net, task, epochs=300, batch=20):
    x, y = task
    curve = []  # accuracy on held-out points of A and of B after each epoch
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch):
            pick = order[start : start + batch]
            sgd_step(net, x[pick], y[pick])
        curve.append((accuracy(net, test_a), accuracy(net, test_b)))
    return curve


net = new_network()
train(net, train_a)  # phase 1: task A only
after_a = {k: v.copy() for k, v in net.items()}  # every run below starts here
a_before = accuracy(after_a, test_a)

# (a) Plain sequential training: phase 2 sees task B only.
plain = {k: v.copy() for k, v in after_a.items()}
plain_curve = train(plain, train_b)

# (b) Replay: keep 20 of A's 200 training examples (one in ten) in a small
# memory, and mix them into task B's examples during phase 2.
memory_size = 20
share_kept = memory_size / N_TRAIN
memory = rng.choice(len(train_a[1]), size=memory_size, replace=False)
mixed = (
    np.vstack([train_b[0], train_a[0][memory]]),
    np.concatenate([train_b[1], train_a[1][memory]]),
)
replay = {k: v.copy() for k, v in after_a.items()}
replay_curve = train(replay, mixed)

# (c) Upper bound: a fresh network trained on all of A and B together.
joint = new_network()
both = (
    np.vstack([train_a[0], train_b[0]]),
    np.concatenate([train_a[1], train_b[1]]),
)
train(joint, both)

print("accuracy on held-out points              task A   task B")
rows = [
    ("after learning A only", after_a),
    ("(a) A, then B", plain),
    (f"(b) A, then B with {memory_size} replayed A examples", replay),
    ("(c) A and B together", joint),
]
for name, state in rows:
    a, b = accuracy(state, test_a), accuracy(state, test_b)
    print(f"{name:41} {a:6.1%}   {b:6.1%}")

# Module-level names for the page's text.
a_plain, a_replay = accuracy(plain, test_a), accuracy(replay, test_a)
a_dip = min(a for a, b in replay_curve)  # the lowest A falls to, with replay
b_before = accuracy(after_a, test_b)

lost = a_before - accuracy(plain, test_a)
won_back = accuracy(replay, test_a) - accuracy(plain, test_a)
won_back_share = won_back / lost
print(f"plain training lost {100 * lost:.1f} points on A;")
print(f"replay won back {won_back_share:.0%} of them")

# The claims the page makes, with the thresholds its text quotes.
LOSES_MORE_THAN = 30  # percentage points of accuracy on A, to plain training
WINS_BACK_MORE_THAN = 0.60  # of that loss, with replay: well over half
STILL_ABOVE = 0.95  # accuracy on B with replay, and on both when trained together
DIPS_MORE_THAN = 10  # points A falls below its final value, with replay
assert 100 * lost > LOSES_MORE_THAN
assert won_back_share > WINS_BACK_MORE_THAN
assert accuracy(replay, test_b) > STILL_ABOVE  # while still learning B well
# With replay, A first dips, then climbs back ...
assert 100 * (accuracy(replay, test_a) - a_dip) > DIPS_MORE_THAN
# ... to a value still below where it started,
assert accuracy(replay, test_a) < a_before
# which is about what a fresh network reaches when trained on the same mix
# from the start: the mix (many of B, few of A) sets it, not the order.
mix_only = new_network()
train(mix_only, mixed)
assert abs(accuracy(replay, test_a) - accuracy(mix_only, test_a)) < 0.05
# One network of this size can do both tasks when it sees them together.
assert min(accuracy(joint, test_a), accuracy(joint, test_b)) > STILL_ABOVE

# Figure: accuracy on A and on B during phase 2, with and without replay.
start = [(a_before, accuracy(after_a, test_b))]  # epoch 0: where both start
plain_acc = np.array(start + plain_curve) * 100
replay_acc = np.array(start + replay_curve) * 100
epochs = np.arange(len(plain_acc))
fig, axes = plt.subplots(1, 2, figsize=(7, 3.2), sharey=True)
titles = ["accuracy on task A", "accuracy on task B"]
# Every epoch at first, where the curves move fast, then every fourth epoch:
# the same curves, a lighter figure.
shown = np.r_[0:20, 20 : len(epochs) : 4]
for ax, column, title in zip(axes, [0, 1], titles):
    ax.plot(
        epochs[shown],
        replay_acc[shown, column],
        color="#00897b",
        lw=2,
        label="B with replay of A",
    )
    ax.plot(
        epochs[shown],
        plain_acc[shown, column],
        color="#c62828",
        lw=2,
        ls="--",
        label="B only",
    )
    ax.set_title(title, fontsize=11)
    ax.set_xlabel("epoch of training on B")
    ax.set_xlim(0, epochs[-1])
    ax.set_ylim(0, 105)
axes[0].axhline(a_before * 100, color="#888888", linewidth=1, linestyle=":")
axes[0].text(
    epochs[-1],
    a_before * 100 - 2,
    "before training on B",
    ha="right",
    va="top",
    color="#555555",
)
axes[0].set_ylabel("accuracy on held-out points (%)")
axes[0].legend(loc="lower right", frameon=False)
fig.tight_layout()
fig.savefig("continual-replay.svg")
