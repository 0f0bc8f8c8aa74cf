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
    ("Gopher", 2021, 12, 280e9),  # fact: params_gopher
    ("MT-NLG", 2022, 1, 530e9),  # fact: params_mt_nlg
    ("Chinchilla", 2022, 3, 70e9),  # fact: params_chinchilla
    ("PaLM", 2022, 4, 540e9),  # fact: params_palm
]
LLAMA_31 = (2024, 7, 405e9)  # fact: params_llama31_405b

t = np.array([year + (month - 0.5) / 12 for _, year, month, _ in DENSE_2018_2022])
log_n = np.log10([n for *_, n in DENSE_2018_2022])
slope, intercept = np.polyfit(t, log_n, 1)  # log10(N) = intercept + slope * t
residuals = log_n - (intercept + slope * t)
r_squared = 1 - residuals.var() / log_n.var()

factor = 10**slope
doubling_months = 12 * np.log10(2) / slope
print(f"{len(t)} dense models, {t.min():.1f} to {t.max():.1f}")
print(f"slope: {slope:.2f} powers of ten per year (R^2 = {r_squared:.2f})")
print(f"factor per year: {factor:.1f}")
print(f"doubling time: {doubling_months:.1f} months")
furthest = int(np.abs(residuals).argmax())
side = "above" if residuals[furthest] > 0 else "below"
miss = 10 ** abs(residuals[furthest])
print(f"furthest from the line: {DENSE_2018_2022[furthest][0]}, {miss:.0f} x {side} it")
below = [name for (name, *_), r in zip(DENSE_2018_2022, residuals) if r < 0]
print(f"below the line: {', '.join(below)}")

# Carry the line on to July 2024 and compare with the largest dense model
# actually published then, Llama 3.1 405B.
year, month, actual = LLAMA_31
predicted = 10 ** (intercept + slope * (year + (month - 0.5) / 12))
print(f"the line's value for mid-2024: {predicted:.2g} parameters")
print(f"Llama 3.1 405B has {actual:.3g}: {predicted / actual:.0f} x fewer")

# The claims on the page: the points climb by a factor of several every
# year, a doubling every four to five months...
assert 3 < factor < 10 and 4 < doubling_months < 5
# ...though single models sit far off the line: GPT-3 more than ten times
# above it, Chinchilla below it...
assert DENSE_2018_2022[furthest][0] == "GPT-3" and side == "above" and miss > 10
assert "Chinchilla" in below
# ...and the line describes these nine points, it is not a law: carried on,
# it gives tens of trillions for mid-2024, and overshoots the largest dense
# model of 2024 by a factor of about a hundred.
assert 1e13 < predicted < 1e14 and 50 < predicted / actual < 200
