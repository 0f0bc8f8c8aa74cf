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


# GPT-2's shared vocabulary and context.
VOCAB, CONTEXT = 50257, 1024  # fact: gpt2_vocab, fact: gpt2_context
GPT2 = {  # name: (layers, d_model, published size)
    "GPT-2 small": (12, 768, 124e6),  # fact: params_gpt2_small
    "GPT-2 medium": (24, 1024, 355e6),  # fact: params_gpt2_medium
    "GPT-2 large": (36, 1280, 774e6),  # fact: params_gpt2_large
    "GPT-2 XL": (48, 1600, 1558e6),  # fact: params_gpt2_xl
}
# GPT-3: layers, d_model, vocab, context.
GPT3 = (96, 12288, 50257, 2048)  # fact: gpt3_layers, fact: gpt3_d_model, fact: gpt3_context  # fmt: skip
GPT3_PUBLISHED = 175e9  # fact: params_gpt3

print(f"{'model':<13}{'computed':>16}{'published':>12}{'difference':>12}")
rows = [
    (name, gpt_parameters(L, d, VOCAB, CONTEXT), size)
    for name, (L, d, size) in GPT2.items()
]
rows.append(("GPT-3", gpt_parameters(*GPT3), GPT3_PUBLISHED))
for name, parts, published in rows:
    total = sum(parts.values())
    difference = total / published - 1
    print(f"{name:<13}{total:>16,}{published / 1e6:>10,.0f} M{difference:>+11.2%}")
    # The claim on the page: the formula reproduces every published size
    # to within half a percent.
    assert abs(difference) < 0.005, name

gpt3 = gpt_parameters(*GPT3)
share = (gpt3["attention"] + gpt3["MLP"]) / sum(gpt3.values())
print(f"GPT-3: {share:.1%} of the parameters sit in the blocks' matrices")
assert share > 0.99
