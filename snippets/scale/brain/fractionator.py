# A toy isotropic fractionator: stir a brain's cell nuclei into a uniform
# soup, count a few drops, and scale up. How close does it get, and how
# does the error shrink as more drops are counted?
import numpy as np

rng = np.random.default_rng(2009)

NEURONS = 86.1e9  # the count to recover (fact: brain_neurons)
OTHER_CELLS = NEURONS  # assumption: about as many non-neuronal cells
PER_DROP = 400  # assumption: nuclei in one counted drop, on average
nuclei = NEURONS + OTHER_CELLS
drops_in_soup = nuclei / PER_DROP  # the soup's volume, in drops
neun_share = NEURONS / nuclei  # share of nuclei that light up with NeuN


def one_count(n_drops):
    """Count n_drops drops, check each nucleus for NeuN, scale up."""
    counts = rng.poisson(PER_DROP, size=n_drops)  # nuclei seen per drop
    lit = rng.binomial(counts, neun_share)  # of those, NeuN-positive
    all_nuclei = counts.mean() * drops_in_soup
    return all_nuclei * lit.sum() / counts.sum()


DROPS = (4, 16, 64)  # how many drops each experiment counts
fewest_nuclei = DROPS[0] * PER_DROP  # nuclei seen, on average, with the fewest drops

print("drops counted   one estimate (billions)   typical error")
errors = {}
for n_drops in DROPS:
    first = one_count(n_drops)
    repeats = np.array([one_count(n_drops) for _ in range(2000)])
    errors[n_drops] = np.std(repeats / NEURONS - 1)
    print(f"{n_drops:>13}   {first / 1e9:>24.1f}   {errors[n_drops]:>12.1%}")

# Counting a couple of thousand nuclei already pins the total to a few
# percent, and four times as many drops halve the error (it shrinks as
# 1/sqrt(n)).
assert errors[DROPS[0]] < 0.05
assert 1000 < fewest_nuclei < 3000
assert 1.7 < errors[4] / errors[16] < 2.3
assert 1.7 < errors[16] / errors[64] < 2.3
