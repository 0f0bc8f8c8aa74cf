# How fast did the published sizes of dense language models grow between
# 2018 and 2022? Fit a straight line to log10(parameters) against time.
import numpy as np

# name, year, month its paper or announcement appeared, parameters.
DENSE_2018_2022 = [
    ("GPT-1", 2018, 6, 117e6),  # fact: params_gpt1
    ("BERT-Large", 2018, 10, 340e6),  # fact: params_bert_large
    ("GPT-2", 2019, 2, 1.5e9),  # fact: params_gpt2
    ("T5-11B", 2019, 10, 11e9),  # fact: params_t5_11b
    ("GPT-3", 2020, 5, 175e9),  # fact: params_gpt3
    ("MT-NLG", 2021, 10, 530e9),  # fact: params_mt_nlg
    ("Gopher", 2021, 12, 280e9),  # fact: params_gopher
    ("Chinchilla", 2022, 3, 70e9),  # fact: params_chinchilla
    ("PaLM", 2022, 4, 540e9),  # fact: params_palm
]
LLAMA_31 = (2024, 7, 405e9)  # fact: params_llama31_405b

n_models = len(DENSE_2018_2022)
t = np.array([year + (month - 0.5) / 12 for _, year, month, _ in DENSE_2018_2022])
log_n = np.log10([n for *_, n in DENSE_2018_2022])
# log10(N) = intercept + slope * t, and how uncertain the slope is (cov)
(slope, intercept), cov = np.polyfit(t, log_n, 1, cov=True)
residuals = log_n - (intercept + slope * t)
r_squared = 1 - residuals.var() / log_n.var()

factor = 10**slope
doubling_months = 12 * np.log10(2) / slope
print(f"{n_models} dense models, {t.min():.1f} to {t.max():.1f}")
print(f"slope: {slope:.2f} powers of ten per year (R^2 = {r_squared:.2f})")
print(f"factor per year: {factor:.1f}")
print(f"doubling time: {doubling_months:.1f} months")

# How tightly do nine points pin the slope down? A 95% range from the
# scatter of the points about the line: the slope's standard error times
# Student's t for 9 - 2 = 7 degrees of freedom (2.365, from any table of it).
T_95 = 2.365
spread = T_95 * np.sqrt(cov[0, 0])
fastest = 12 * np.log10(2) / (slope + spread)
slowest = 12 * np.log10(2) / (slope - spread)
print(f"95% range of the doubling time: {fastest:.1f} to {slowest:.1f} months")
furthest = int(np.abs(residuals).argmax())
side = "above" if residuals[furthest] > 0 else "below"
miss = 10 ** abs(residuals[furthest])
print(f"furthest from the line: {DENSE_2018_2022[furthest][0]}, {miss:.0f} x {side} it")
below = [name for (name, *_), r in zip(DENSE_2018_2022, residuals) if r < 0]
print(f"below the line: {', '.join(below)}")
for (name, *_), r in zip(DENSE_2018_2022, residuals):
    if name == "Chinchilla":  # a search, so the program still runs without its line
        chinchilla_below = 10**-r
        print(f"Chinchilla: {chinchilla_below:.1f} x below it")

# Carry the line on to July 2024 and compare with the largest dense model
# in the table from 2024, Llama 3.1 405B.
year, month, actual = LLAMA_31
predicted = 10 ** (intercept + slope * (year + (month - 0.5) / 12))
print(f"the line's value for mid-2024: {predicted:.2g} parameters")
overshoot = predicted / actual
print(f"Llama 3.1 405B has {actual:.3g}: {overshoot:.0f} x fewer")

# The claims on the page: the points climb by a factor of several every
# year...
assert 3 < factor < 10
# ...but nine points pin the rate down only loosely: the range spans more
# than a factor of two, and it holds the doubling time a study of many more
# machine-learning systems of the same years found (Villalobos et al. 2022).
STUDY_DOUBLING_MONTHS = 4.0  # fact: ml_params_doubling_months_2018_2022
assert slowest / fastest > 2 and fastest < STUDY_DOUBLING_MONTHS < slowest
# ...though single models sit far off the line: GPT-3 more than ten times
# above it, Chinchilla several times below it...
assert DENSE_2018_2022[furthest][0] == "GPT-3" and side == "above" and miss > 10
assert chinchilla_below > 3
# ...and the line describes these nine points, it is not a law: carried on,
# it gives tens of trillions for mid-2024, and overshoots the largest dense
# model of 2024 by a factor of about a hundred.
assert 1e13 < predicted < 1e14 and 50 < overshoot < 200
