# Where the parameters are: embeddings against the transformer blocks, for
# GPT-2's four sizes and GPT-3. Saves model-size-breakdown.svg.
import matplotlib.pyplot as plt


def gpt_parameters(layers, d, vocab, context, mlp_width=4):
    """The same count as count.py, with the MLP widening each token to mlp_width * d."""
    return {
        "embeddings": vocab * d + context * d,
        "attention": layers * (4 * d * d + 4 * d),
        "MLP": layers * (2 * mlp_width * d * d + mlp_width * d + d),
        "layer norms": layers * 4 * d + 2 * d,
    }


# name: (layers, d_model, vocab, context); GPT-3 reuses GPT-2's vocabulary.
# fmt: off
MODELS = {
    "GPT-2\nsmall": (12, 768, 50257, 1024),  # fact: gpt2_small_layers, fact: gpt2_small_d_model, fact: gpt2_vocab
    "GPT-2\nmedium": (24, 1024, 50257, 1024),  # fact: gpt2_medium_layers, fact: gpt2_medium_d_model, fact: gpt2_context
    "GPT-2\nlarge": (36, 1280, 50257, 1024),  # fact: gpt2_large_layers, fact: gpt2_large_d_model, fact: gpt2_vocab
    "GPT-2\nXL": (48, 1600, 50257, 1024),  # fact: gpt2_xl_layers, fact: gpt2_xl_d_model, fact: gpt2_context
    "GPT-3": (96, 12288, 50257, 2048),  # fact: gpt3_layers, fact: gpt3_d_model, fact: gpt3_context
}
# fmt: on
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

# The shares the page quotes.
small_layers, small_width, vocab, _ = MODELS["GPT-2\nsmall"]
small_embeddings = shares["GPT-2\nsmall"]["embeddings"]
gpt3_embeddings = shares["GPT-3"]["embeddings"]
small_mlp = shares["GPT-2\nsmall"]["MLP"]
gpt3_mlp = shares["GPT-3"]["MLP"]

# The claims the page makes: embeddings are almost a third of the smallest
# GPT-2 and under half a percent of GPT-3...
assert 0.30 < small_embeddings < 1 / 3
assert gpt3_embeddings < 0.005
# ...and the MLP holds twice the attention's parameters because it is four
# times as wide as the model. That width is not just assumed: of the widths
# two to six times d_model, only four times reproduces all four sizes OpenAI
# released for GPT-2 (the check count.py makes, to half a percent).
RELEASED = {
    "GPT-2\nsmall": 124e6,  # fact: params_gpt2_small
    "GPT-2\nmedium": 355e6,  # fact: params_gpt2_medium
    "GPT-2\nlarge": 774e6,  # fact: params_gpt2_large
    "GPT-2\nXL": 1558e6,  # fact: params_gpt2_xl
}


def fits(width):
    return all(
        abs(sum(gpt_parameters(*MODELS[name], width).values()) / size - 1) < 0.005
        for name, size in RELEASED.items()
    )


assert [width for width in range(2, 7) if fits(width)] == [4]
for name in names:
    assert 1.9 < shares[name]["MLP"] / shares[name]["attention"] < 2
# In the whole model the MLP's share grows with size: under half of the
# smallest GPT-2, about two thirds of GPT-3.
assert small_mlp < 0.5 and 0.6 < gpt3_mlp < 2 / 3
