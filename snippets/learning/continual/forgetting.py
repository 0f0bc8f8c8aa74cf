# Catastrophic forgetting in a tiny network: learn task A, then task B, and
# watch the accuracy on A collapse. Plain numpy, backpropagation by hand.
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(1)
HIDDEN = 32  # tanh units in the hidden layer
N_TRAIN, N_TEST = 200, 1000  # training examples and held-out points per task
EPOCHS = 300  # passes over each task's training examples
BATCH = 20  # examples per step of gradient descent
FEW = 10  # a few epochs of task B


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


def new_network(hidden=HIDDEN):
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


def train(net, task, epochs=EPOCHS, batch=BATCH):
    x, y = task
    curve = []
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch):
            pick = order[start : start + batch]
            sgd_step(net, x[pick], y[pick])
        curve.append((accuracy(net, test_a), accuracy(net, test_b)))
    return curve


net = new_network()
curve = train(net, train_a)  # phase 1: task A only
a_after_a, b_after_a = curve[-1]
b_first_epoch = curve[0][1]  # task B, after the first epoch of task A
net_after_a = {k: v.copy() for k, v in net.items()}
curve += train(net, train_b)  # phase 2: task B only
a_after_b, b_after_b = curve[-1]

print("accuracy on held-out points   task A   task B")
print(f"after learning A              {a_after_a:6.1%}   {b_after_a:6.1%}")
print(f"after learning A, then B      {a_after_b:6.1%}   {b_after_b:6.1%}")
print(f"task A lost {100 * (a_after_a - a_after_b):.1f} percentage points")

# The claims the page makes.
assert a_after_a > 0.95  # A is learned well
assert b_after_b > 0.95  # then B is learned well
assert a_after_a - a_after_b > 0.30  # A loses more than 30 points ...
assert a_after_b < 0.5  # ... and ends up worse than guessing
# A few epochs of B do most of the damage: after FEW of them, A has already
# lost more than half of what it loses in all.
a_after_few = curve[EPOCHS + FEW - 1][0]
assert a_after_a - a_after_few > 0.5 * (a_after_a - a_after_b)
# Why worse than guessing: on A's square the network now answers with B's
# rule, on nearly every point ...
xa = test_a[0]
answers = forward(net, xa)[1] > 0.5
assert np.mean(answers == rule_b(xa)) > 0.95
# ... and B's rule gives the wrong answer for A on most of A's points.
assert np.mean(rule_b(xa) == rule_a(xa)) < 0.5

# Figure 1: accuracy on A and on B, epoch by epoch, across the two phases.
epochs = np.arange(1, len(curve) + 1)
acc = np.array(curve) * 100
fig, ax = plt.subplots(figsize=(6.4, 3.4))
ax.axvspan(EPOCHS + 0.5, len(curve) + 0.5, color="#eeeeee", linewidth=0)
step = 4  # plot every fourth epoch: the same curves, a lighter figure
ax.plot(epochs[::step], acc[::step, 0], color="#3f51b5", lw=2, label="task A (left)")
ax.plot(
    epochs[::step],
    acc[::step, 1],
    color="#e65100",
    lw=2,
    ls="--",
    label="task B (right)",
)
ax.text(EPOCHS / 2, 104, "training on A", ha="center", color="#333333")
ax.text(EPOCHS * 3 / 2, 104, "training on B", ha="center", color="#333333")
ax.set_xlabel(f"epoch (one pass over the current task's {N_TRAIN} examples)")
ax.set_ylabel("accuracy on held-out points (%)")
ax.set_xlim(0, len(curve))
ax.set_ylim(0, 110)
ax.legend(loc="lower left", frameon=False)
fig.tight_layout()
fig.savefig("continual-forgetting.svg")

# Figure 2: the network's decision boundary after A, and after B. Purple
# points are "yes", green "no"; circles are task A, triangles task B.
gx, gy = np.meshgrid(np.linspace(-2, 2, 161), np.linspace(-1, 1, 81))
grid = np.column_stack([gx.ravel(), gy.ravel()])
fig, axes = plt.subplots(1, 2, figsize=(7, 2.6), sharey=True)
titles = ["after learning A", "after learning A, then B"]
for ax, state, title in zip(axes, [net_after_a, net], titles):
    for (x, y), marker in [(test_a, "o"), (test_b, "^")]:
        x, y = x[:60], y[:60]
        for label, colour in [(1, "#8e24aa"), (0, "#2e7d32")]:
            ax.scatter(
                *x[y == label].T, s=12, marker=marker, color=colour, linewidths=0
            )
    p_yes = forward(state, grid)[1].reshape(gx.shape)
    ax.contour(gx, gy, p_yes, levels=[0.5], colors="#111111", linewidths=2)
    ax.axvline(0, color="#888888", linewidth=1)
    for centre, name in [(-1, "task A"), (1, "task B")]:
        ax.text(centre, -0.93, name, ha="center", va="bottom", backgroundcolor="white")
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("input 1")
    ax.set_xlim(-2, 2)
    ax.set_ylim(-1, 1)
axes[0].set_ylabel("input 2")
fig.tight_layout()
fig.savefig("continual-boundary.svg")
