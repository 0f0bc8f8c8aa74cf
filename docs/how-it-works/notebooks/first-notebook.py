# ---
# jupyter:
#   description: >-
#     A small notebook page, executed every time the site is built, with
#     code, printed output, a figure and math.
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A first notebook page
#
# This page is a Jupyter notebook kept in the repository as a plain Python
# file. The site runs it from top to bottom each time it is built, so the
# outputs below are the ones this code prints today. Download it with the
# links at the top of the page and open it in Jupyter to change and re-run it.
#
# The notebook adds up the weighted inputs of one neuron,
# $z = \sum_i w_i x_i + b$, for many random inputs at once.

# %%
import numpy as np

rng = np.random.default_rng(seed=2026)
n_sums = 1000
inputs = rng.normal(size=(n_sums, 3))
weights = np.array([0.8, 0.2, -0.5])
bias = 0.1
z = inputs @ weights + bias
print(f"{z.size} weighted sums, mean {z.mean():.3f}, standard deviation {z.std():.3f}")

# %% [markdown]
# With inputs drawn from a standard normal distribution, the mean of $z$ is
# close to the bias and its spread is close to $\sqrt{\sum_i w_i^2}$:

# %%
expected_spread = np.sqrt((weights**2).sum())
print(f"expected spread {expected_spread:.3f}")
assert abs(z.mean() - bias) < 0.1
assert abs(z.std() - expected_spread) < 0.05

# %% [markdown]
# A histogram of the sums, drawn in the notebook itself:

# %% alt="A bell-shaped histogram of the [[value:n_sums]] weighted sums, centred near the bias, [[value:bias:.1f]]."
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 3))
ax.hist(z, bins=40, color="#3f51b5")
ax.set_xlabel("weighted sum z")
ax.set_ylabel("count")
plt.show()
