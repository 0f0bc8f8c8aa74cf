# Where the parameters are: embeddings against the transformer blocks, for
# GPT-2's four sizes and GPT-3. Saves model-size-breakdown.svg.
import matplotlib.pyplot as plt


def gpt_parameters(layers, d, vocab, context):
    return {
        "embeddings": vocab * d + context * d,
        "attention": layers * (4 * d * d + 4 * d),
        "MLP": layers * (8 * d * d + 5 * d),
        "layer norms": layers * 4 * d + 2 * d,
    }


MODELS = {  # name: (layers, d_model, vocab, context)
    "GPT-2\nsmall": (12, 768, 50257, 1024),
    "GPT-2\nmedium": (24, 1024, 50257, 1024),
    "GPT-2\nlarge": (36, 1280, 50257, 1024),
    "GPT-2\nXL": (48, 1600, 50257, 1024),
    "GPT-3": (96, 12288, 50257, 2048),
}
COLOURS = {
    "embeddings": "#ff9800",
    "attention": "#3f51b5",
    "MLP": "#7986cb",
    "layer norms": "#9e9e9e",
}

shares = {}
for name, config in MODELS.items():
    parts = gpt_parameters(*config)
    total = sum(parts.values())
    shares[name] = {part: count / total for part, count in parts.items()}

fig, ax = plt.subplots(figsize=(6.5, 3.4))
names = list(MODELS)
bottom = [0.0] * len(names)
for part, colour in COLOURS.items():
    values = [100 * shares[name][part] for name in names]
    ax.bar(names, values, bottom=bottom, color=colour, label=part, width=0.6)
    bottom = [b + v for b, v in zip(bottom, values)]
ax.set_ylabel("share of parameters (%)")
ax.set_ylim(0, 100)
ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1), frameon=False)
fig.tight_layout()
fig.savefig("model-size-breakdown.svg")

# The claims the page makes: embeddings are almost a third of the smallest
# GPT-2 and under half a percent of GPT-3; the MLP holds about twice the
# attention's parameters in every model.
assert 0.30 < shares["GPT-2\nsmall"]["embeddings"] < 0.33
assert shares["GPT-3"]["embeddings"] < 0.005
for name in names:
    assert 1.9 < shares[name]["MLP"] / shares[name]["attention"] < 2.01
