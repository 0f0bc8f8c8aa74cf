# Training compute by the 6 * N * D rule: about 6 floating-point operations
# per parameter per training token (2 for the forward pass, 4 for the
# backward pass). Checked against the figure the GPT-3 paper gives.

N = 175e9  # parameters (fact: params_gpt3)
D = 300e9  # training tokens (fact: gpt3_training_tokens)
PUBLISHED = 3.14e23  # total training compute, FLOPs (fact: gpt3_training_compute)

flops = 6 * N * D
print(f"6 x {N:.3g} parameters x {D:.3g} tokens = {flops:.3g} FLOPs")
print(f"published: {PUBLISHED:.3g} FLOPs, difference {flops / PUBLISHED - 1:+.2%}")
assert abs(flops / PUBLISHED - 1) < 0.005

# The same budget in more familiar units: a computer doing a thousand
# trillion (1e15) operations per second would need this many years.
seconds = flops / 1e15
print(f"at 1e15 FLOP/s: {seconds / 86400 / 365.25:,.0f} years")
