# Training compute by the 6 * N * D rule: about 6 floating-point operations
# per parameter per training token (2 for the forward pass, 4 for the
# backward pass). GPT-3's published figure was itself worked out with this
# rule, so the program first redoes that sum, then counts from GPT-3's shape
# what the rule leaves out: attention comparing each token with the others.

N = 174.6e9  # parameters, as the paper counts them for this sum (fact: params_gpt3_table_d1)
D = 300e9  # training tokens (fact: gpt3_training_tokens)
PUBLISHED = 3.14e23  # total training compute, FLOPs (fact: gpt3_training_compute)

flops = 6 * N * D
print(f"6 x {N:.4g} parameters x {D:.3g} tokens = {flops:.3g} FLOPs")
print(f"published: {PUBLISHED:.3g} FLOPs")
# The paper's own arithmetic (Brown et al. 2020, Appendix D): the same three
# digits come out, because the published figure is this product.
assert f"{flops:.3g}" == f"{PUBLISHED:.3g}"

# One training token, counted from the shape instead of from N. In the
# forward pass every weight matrix of the blocks (12 * d * d numbers per
# block) and the output layer (vocabulary x d) does one multiply and one add
# per number. Attention also compares the token with the tokens before it,
# on average half the context: a query-key product and a weighted sum of
# values, d multiplies and adds each, per earlier token, in every block.
# GPT-3 alternates such blocks with blocks that look only at nearby tokens
# (Brown et al. 2020, section 2.1), so this attention count is an upper bound.
# The backward pass costs about twice the forward pass.
LAYERS, D_MODEL = 96, 12288  # fact: gpt3_layers, fact: gpt3_d_model
VOCAB, CONTEXT = 50257, 2048  # fact: gpt2_vocab, fact: gpt3_context


def training_flops_per_token(context):
    matrices = 2 * (LAYERS * 12 * D_MODEL**2 + VOCAB * D_MODEL)
    attention = LAYERS * 2 * (2 * D_MODEL * context / 2)
    return 3 * (matrices + attention)


per_token = training_flops_per_token(CONTEXT)
extra = per_token / (6 * N) - 1
print(
    f"counted from the shape: {per_token:.3g} FLOPs per token, {extra:+.1%} against 6 N"
)
# The claim on the page: at GPT-3's context, attention adds only a few percent
# (the paper says under 10%), so 6 N is a fair rule for this model.
assert 0 < extra < 0.05

LONG_CONTEXT = 16 * CONTEXT
long_extra = training_flops_per_token(LONG_CONTEXT) / (6 * N) - 1
print(f"with a {LONG_CONTEXT:,}-token context: {long_extra:+.0%} against 6 N")
# ...and it is a rule for short contexts: sixteen times longer, attention
# would add about a fifth.
assert 0.15 < long_extra < 0.3

# The same budget in more familiar units: a computer doing a thousand
# trillion (1e15) operations per second would need this many years.
MACHINE_FLOPS = 1e15
years = flops / MACHINE_FLOPS / 86400 / 365.25
print(f"at {MACHINE_FLOPS:.0e} FLOP/s: {years:,.0f} years")
