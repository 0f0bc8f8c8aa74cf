# Parameters of published language models over time, on a log scale, with
# the brain's neurons and synapses as reference lines. Saves
# models-over-time.svg.
import matplotlib.pyplot as plt

# Reference lines: (value, label).
# fmt: off
REFERENCES = [
    (16.34e9, "neurons in the cortex"),  # fact: cortex_neurons
    (86.1e9, "neurons in the brain"),  # fact: brain_neurons
    (1.5e14, "synapses in the neocortex"),  # fact: neocortex_synapses
    (1e15, "synapses in the brain (upper estimate)"),  # fact: brain_synapses
]
# fmt: on
# name, year, month, total, active per token (None: dense, or not given),
# and where to put its label (offset from the total, in points; alignment).
# fmt: off
MODELS = [
    ("GPT-1", 2018, 6, 117e6, None, (6, -4), "left"),  # fact: params_gpt1
    ("BERT-Large", 2018, 10, 340e6, None, (6, -4), "left"),  # fact: params_bert_large
    ("GPT-2", 2019, 2, 1.5e9, None, (-6, 4), "right"),  # fact: params_gpt2
    ("T5-11B", 2019, 10, 11e9, None, (6, -5), "left"),  # fact: params_t5_11b
    ("GPT-3", 2020, 5, 175e9, None, (0, 9), "center"),  # fact: params_gpt3
    ("Switch-C", 2021, 1, 1571e9, None, (-6, 4), "right"),  # fact: params_switch_c
    ("MT-NLG", 2021, 10, 530e9, None, (-4, 6), "right"),  # fact: params_mt_nlg
    ("Gopher", 2021, 12, 280e9, None, (-6, -2), "right"),  # fact: params_gopher
    ("Chinchilla", 2022, 3, 70e9, None, (-6, -4), "right"),  # fact: params_chinchilla
    ("PaLM", 2022, 4, 540e9, None, (6, 3), "left"),  # fact: params_palm
    ("LLaMA-65B", 2023, 2, 65e9, None, (0, -12), "center"),  # fact: params_llama_65b
    ("Llama 2 70B", 2023, 7, 70e9, None, (0, 12), "center"),  # fact: params_llama2_70b
    ("Mixtral 8x7B", 2023, 12, 46.7e9, 12.9e9, (0, -30), "center"),  # fact: params_mixtral_8x7b, fact: active_params_mixtral_8x7b
    ("Llama 3.1 405B", 2024, 7, 405e9, None, (-6, 0), "right"),  # fact: params_llama31_405b
    ("DeepSeek-V3", 2024, 12, 671e9, 37e9, (-4, 7), "right"),  # fact: params_deepseek_v3, fact: active_params_deepseek_v3
    ("Llama 4 Maverick", 2025, 4, 400e9, 17e9, (6, 0), "left"),  # fact: params_llama4_maverick, fact: active_params_llama4_maverick
    ("Qwen3-235B", 2025, 4, 235e9, 22e9, (6, -6), "left"),  # fact: params_qwen3_235b, fact: active_params_qwen3_235b
    ("Kimi K2", 2025, 7, 1000e9, 32e9, (6, 2), "left"),  # fact: params_kimi_k2, fact: active_params_kimi_k2
]
# fmt: on
MIXTURES = {
    "Switch-C",
    "Mixtral 8x7B",
    "DeepSeek-V3",
    "Llama 4 Maverick",
    "Qwen3-235B",
    "Kimi K2",
}
DENSE, MOE, REFERENCE = "#3f51b5", "#d84315", "#2e7d32"

# The numbers the page's description of the figure gives.
cortex_line, brain_line, neocortex_line, brain_synapse_line = (v for v, _ in REFERENCES)
totals = {m[0]: m[3] for m in MODELS}
actives = [m[4] for m in MODELS if m[4]]
smallest_model = totals["GPT-1"]
largest_dense = max(total for name, total in totals.items() if name not in MIXTURES)
switch_total, kimi_total = totals["Switch-C"], totals["Kimi K2"]
smallest_active, largest_active = min(actives), max(actives)

# Llama 4 Maverick and Qwen3 both appeared in April 2025: move them a little
# apart so that their markers do not hide each other.
NUDGE = {"Llama 4 Maverick": -0.05, "Qwen3-235B": 0.05}

fig, ax = plt.subplots(figsize=(7, 4.4))
for value, label in REFERENCES:
    ax.axhline(value, color=REFERENCE, linewidth=1, linestyle="--")
    ax.text(2017.75, value * 1.2, label, color=REFERENCE, fontsize=9, va="bottom")

for name, year, month, total, active, offset, align in MODELS:
    t = year + (month - 0.5) / 12 + NUDGE.get(name, 0)  # the middle of the month
    colour, marker = (MOE, "D") if name in MIXTURES else (DENSE, "o")
    ax.scatter(t, total, s=24, zorder=3, marker=marker, color=colour)
    ax.annotate(
        name,
        (t, total),
        xytext=offset,
        textcoords="offset points",
        ha=align,
        va="center",
        fontsize=8,
    )
    if active:
        ax.plot([t, t], [active, total], color=MOE, linewidth=0.8, linestyle=":")
        ax.scatter(
            t, active, s=24, zorder=3, marker="D", facecolor="white", edgecolor=MOE
        )

# Empty plots, only to give the legend one entry per kind of marker.
ax.scatter(
    [], [], s=24, marker="o", color=DENSE, label="dense model: all parameters used"
)
ax.scatter([], [], s=24, marker="D", color=MOE, label="mixture of experts: total")
ax.scatter(
    [],
    [],
    s=24,
    marker="D",
    facecolor="white",
    edgecolor=MOE,
    label="mixture of experts: active per token",
)
ax.legend(loc="lower right", fontsize=8, frameon=False)

ax.set_yscale("log")
ax.set_ylim(5e7, 4e15)
ax.set_yticks([10.0**k for k in range(8, 16)])
ax.set_yticklabels(
    [
        "100 million",
        "1 billion",
        "10 billion",
        "100 billion",
        "1 trillion",
        "10 trillion",
        "100 trillion",
        "1 quadrillion",
    ]
)
ax.minorticks_off()
ax.set_xlim(2017.7, 2026.1)
ax.set_xticks(range(2018, 2027))
ax.set_xlabel("year the model's paper or announcement appeared")
ax.set_ylabel("parameters (log scale)")
fig.tight_layout()
fig.savefig("models-over-time.svg")

# The claims the figure supports: no model's total reaches the synapses of
# the neocortex, and every active count sits below the brain's neurons.
assert max(totals.values()) < neocortex_line
assert largest_active < brain_line
