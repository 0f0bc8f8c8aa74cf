# Published parameter counts of language models, 2018-2025, set against the
# brain's neurons and synapses. Every count is typed from the site's facts
# file; a test holds each line to it.

BRAIN_NEURONS = 86.1e9  # fact: brain_neurons
CORTEX_NEURONS = 16.34e9  # fact: cortex_neurons
# The whole brain's synapses are known only as a range: from the neocortex's
# own count, a lower bound, up to a round order of magnitude.
SYNAPSES_LOW, SYNAPSES_HIGH = 1.5e14, 1e15  # fact: brain_synapses

# name, year and month its paper or announcement appeared, kind (dense, or
# mixture of experts), total parameters, parameters active per token (None
# where the source gives no active count; a dense model uses them all, or
# about half of them in an encoder-decoder such as T5).
# fmt: off
MODELS = [
    ("GPT-1", 2018, 6, "dense", 117e6, None),  # fact: params_gpt1
    ("BERT-Large", 2018, 10, "dense", 340e6, None),  # fact: params_bert_large
    ("GPT-2", 2019, 2, "dense", 1.5e9, None),  # fact: params_gpt2
    ("T5-11B", 2019, 10, "dense", 11e9, None),  # fact: params_t5_11b
    ("GPT-3", 2020, 5, "dense", 175e9, None),  # fact: params_gpt3
    ("Switch-C", 2021, 1, "MoE", 1571e9, None),  # fact: params_switch_c
    ("Gopher", 2021, 12, "dense", 280e9, None),  # fact: params_gopher
    ("MT-NLG", 2021, 10, "dense", 530e9, None),  # fact: params_mt_nlg
    ("Chinchilla", 2022, 3, "dense", 70e9, None),  # fact: params_chinchilla
    ("PaLM", 2022, 4, "dense", 540e9, None),  # fact: params_palm
    ("LLaMA-65B", 2023, 2, "dense", 65e9, None),  # fact: params_llama_65b
    ("Llama 2 70B", 2023, 7, "dense", 70e9, None),  # fact: params_llama2_70b
    ("Mixtral 8x7B", 2023, 12, "MoE", 46.7e9, 12.9e9),  # fact: params_mixtral_8x7b, fact: active_params_mixtral_8x7b
    ("Llama 3.1 405B", 2024, 7, "dense", 405e9, None),  # fact: params_llama31_405b
    ("DeepSeek-V3", 2024, 12, "MoE", 671e9, 37e9),  # fact: params_deepseek_v3, fact: active_params_deepseek_v3
    ("Llama 4 Maverick", 2025, 4, "MoE", 400e9, 17e9),  # fact: params_llama4_maverick, fact: active_params_llama4_maverick
    ("Qwen3-235B", 2025, 4, "MoE", 235e9, 22e9),  # fact: params_qwen3_235b, fact: active_params_qwen3_235b
    ("Kimi K2", 2025, 7, "MoE", 1000e9, 32e9),  # fact: params_kimi_k2, fact: active_params_kimi_k2
]
# fmt: on
ENCODER_DECODER = {"T5-11B"}  # dense, but each token passes through one half


def short(n):
    """117 M, 1.5 B, 1.57 T: at most three significant digits."""
    for size, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n:.3g}"


print(f"{'model':<18}{'when':<9}{'kind':<6}{'total':>8}{'active':>11}{'share':>7}")
for name, year, month, kind, total, active in sorted(MODELS, key=lambda m: m[1:3]):
    if active:
        used = short(active)
    elif kind == "dense":
        used = "half" if name in ENCODER_DECODER else "all"
    else:
        used = "not given"
    share = f"{active / total:.0%}" if active else ""
    print(
        f"{name:<18}{year}-{month:02d}  {kind:<6}{short(total):>8}{used:>11}{share:>7}".rstrip()
    )
print()

totals = {m[0]: m[4] for m in MODELS}
dense = {m[0]: m[4] for m in MODELS if m[3] == "dense"}
active = {m[0]: m[5] for m in MODELS if m[5]}


def two_digits(x):
    """637.4 -> "640": the synapse range is too rough for more digits."""
    return f"{float(f'{x:.2g}'):,.0f}"


for label, counts in (("largest total", totals), ("largest dense model", dense)):
    name = max(counts, key=counts.get)
    low, high = SYNAPSES_LOW / counts[name], SYNAPSES_HIGH / counts[name]
    print(f"{label}: {name}, {short(counts[name])} parameters")
    print(f"  {counts[name] / BRAIN_NEURONS:.1f} x the brain's neurons")
    print(f"  brain's synapses: {two_digits(low)} to {two_digits(high)} x as many")

switch, palm = totals["Switch-C"], dense["PaLM"]
switch_neurons = switch / BRAIN_NEURONS
switch_low, switch_high = SYNAPSES_LOW / switch, SYNAPSES_HIGH / switch
palm_low, palm_high = SYNAPSES_LOW / palm, SYNAPSES_HIGH / palm

since_2020 = [m[0] for m in MODELS if m[1] >= 2020]
below_brain = [name for name in since_2020 if totals[name] < BRAIN_NEURONS]
below_count = len(below_brain)
print("since 2020, totals below the brain's neurons:")
print(f"  {', '.join(below_brain)}")
shares = {name: active[name] / totals[name] for name in active}
smallest_share, largest_share = min(shares.values()), max(shares.values())
print(f"largest active count: {short(max(active.values()))}")
print(f"active share of the total: {smallest_share:.0%} to {largest_share:.0%}")

# The claims on the page.
# Every model since 2020 has more parameters than the cortex has neurons...
assert all(totals[name] > CORTEX_NEURONS for name in since_2020)
# ...but four of them have fewer than the whole brain has neurons.
assert below_brain == ["Chinchilla", "LLaMA-65B", "Llama 2 70B", "Mixtral 8x7B"]
# The largest total is Switch-C's: over ten times the brain's neurons, and
# still about a hundred to several hundred times short of its synapses.
assert max(totals, key=totals.get) == "Switch-C"
assert switch_neurons > 10
assert 80 < switch_low < 120 and 300 < switch_high < 1000
# The largest dense model is PaLM (2022): none after it is larger, and the
# brain's synapses outnumber its parameters a few hundred to nearly two
# thousand times.
assert max(dense, key=dense.get) == "PaLM"
assert 200 < palm_low < 400 and 1000 < palm_high < 2000
# Per token, every mixture of experts in the table uses fewer parameters than
# the brain has neurons, and under a third of its own total.
assert all(count < BRAIN_NEURONS for count in active.values())
assert all(share < 1 / 3 for share in shares.values())
