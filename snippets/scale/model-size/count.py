# Count the parameters of a GPT-style transformer from its configuration,
# and check the count against the sizes OpenAI published for GPT-2 and GPT-3.


def gpt_parameters(layers, d_model, vocab, context):
    """Parameters of a GPT-2-style decoder, by part.

    Each block has self-attention (query, key, value and output matrices,
    with biases), an MLP that widens to 4 * d_model and back (with biases),
    and two layer norms (a scale and a shift each). The output layer reuses
    the token embedding, so it adds nothing.
    """
    d = d_model
    attention = 4 * d * d + 4 * d
    mlp = 2 * 4 * d * d + 4 * d + d
    norms = 2 * 2 * d
    return {
        "token embedding": vocab * d,
        "position embedding": context * d,
        "attention": layers * attention,
        "MLP": layers * mlp,
        "layer norms": layers * norms + 2 * d,  # plus the final layer norm
    }


# The published counts are rounded to three or four digits, so the formula
# must land within half a percent of each of them.
TOLERANCE = 0.005


def compare(name, parts, published):
    total = sum(parts.values())
    difference = total / published - 1
    print(f"{name:<13}{total:>16,}{published / 1e6:>10,.0f} M{difference:>+11.2%}")
    assert abs(difference) < TOLERANCE, name
    return total


# GPT-2: one vocabulary and context for all four sizes (Radford et al. 2019,
# Table 2), and the sizes OpenAI's repository gives the released models.
VOCAB, CONTEXT = 50257, 1024  # fact: gpt2_vocab, fact: gpt2_context
# fmt: off
GPT2 = {  # name: (layers, d_model, published size)
    "GPT-2 small": (12, 768, 124e6),  # fact: gpt2_small_layers, fact: gpt2_small_d_model, fact: params_gpt2_small
    "GPT-2 medium": (24, 1024, 355e6),  # fact: gpt2_medium_layers, fact: gpt2_medium_d_model, fact: params_gpt2_medium
    "GPT-2 large": (36, 1280, 774e6),  # fact: gpt2_large_layers, fact: gpt2_large_d_model, fact: params_gpt2_large
    "GPT-2 XL": (48, 1600, 1558e6),  # fact: gpt2_xl_layers, fact: gpt2_xl_d_model, fact: params_gpt2_xl
}
# fmt: on

# GPT-3: GPT-2's tokenizer (the paper keeps GPT-2's model "including ...
# reversible tokenization") and a 2,048-token context for every size. Layers
# and widths from Brown et al. 2020, Table 2.1; the counts are the ones the
# same paper multiplies out in Table D.1 to get each model's training compute.
# Table 2.1 prints 5140 as the 13B model's width; 5120 (40 heads of 128) is
# the width that gives Table D.1's count, and 5140 would miss it by 0.8%.
GPT3_VOCAB, GPT3_CONTEXT = 50257, 2048  # fact: gpt2_vocab, fact: gpt3_context
# fmt: off
GPT3 = {  # name: (layers, d_model, count in Table D.1)
    "GPT-3 Small": (12, 768, 125e6),
    "GPT-3 Medium": (24, 1024, 356e6),
    "GPT-3 Large": (24, 1536, 760e6),
    "GPT-3 XL": (24, 2048, 1320e6),
    "GPT-3 2.7B": (32, 2560, 2650e6),
    "GPT-3 6.7B": (32, 4096, 6660e6),
    "GPT-3 13B": (40, 5120, 12850e6),
    "GPT-3 175B": (96, 12288, 174600e6),  # fact: gpt3_layers, fact: gpt3_d_model, fact: params_gpt3_table_d1
}
# fmt: on
GPT3_NAMED = 175e9  # "175 billion", the size in the model's name (fact: params_gpt3)

print(f"{'model':<13}{'computed':>16}{'published':>12}{'difference':>12}")
totals = {}
for name, (L, d, size) in GPT2.items():
    totals[name] = compare(name, gpt_parameters(L, d, VOCAB, CONTEXT), size)
print()
for name, (L, d, size) in GPT3.items():
    totals[name] = compare(name, gpt_parameters(L, d, GPT3_VOCAB, GPT3_CONTEXT), size)

gpt2_small_total = totals["GPT-2 small"]
gpt3_total = totals["GPT-3 175B"]
layers, d_model, gpt3_counted = GPT3["GPT-3 175B"]
gpt3_gap = gpt3_total / gpt3_counted - 1
name_rounding = GPT3_NAMED / gpt3_counted - 1
print(f"GPT-3 175B's name, 175 billion, rounds that count up by {name_rounding:.2%}")
# The claim on the page: the formula gives the count the GPT-3 paper itself
# uses to within the last digit that paper prints (0.05% of 174.6 billion),
# so the gap to "175 billion" is the name's rounding, nothing in the layers.
assert abs(gpt3_gap) < 0.0005
assert f"{gpt3_counted:.3g}" == f"{GPT3_NAMED:.3g}"  # 174.6 billion, rounded

gpt3 = gpt_parameters(layers, d_model, GPT3_VOCAB, GPT3_CONTEXT)
share = (gpt3["attention"] + gpt3["MLP"]) / sum(gpt3.values())
print(f"GPT-3 175B: {share:.1%} of the parameters sit in the blocks' matrices")
assert share > 0.99
