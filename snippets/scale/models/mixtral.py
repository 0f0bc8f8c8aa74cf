# Mixtral 8x7B: eight experts in every block, and the router picks two of
# them for each token. Its two published counts are enough to work out the
# size of one expert and of the part every token uses.
total, active = 46.7e9, 12.9e9  # fact: params_mixtral_8x7b, fact: active_params_mixtral_8x7b  # fmt: skip
experts, chosen = 8, 2

# total = shared + 8 * expert and active = shared + 2 * expert, so:
expert = (total - active) / (experts - chosen)
shared = total - experts * expert
small_model = shared + expert
print(f"one expert (all blocks):     {expert / 1e9:.2f} billion")
print(f"shared by every token:       {shared / 1e9:.2f} billion")
print(f"shared part plus one expert: {small_model / 1e9:.2f} billion")

# A check that does not use the two counts: the shape the Mixtral paper gives
# (Jiang et al. 2024, Table 1). Each expert is a gated MLP of three matrices,
# width x hidden, in each of the 32 blocks.
layers, width, hidden = 32, 4096, 14336  # fact: mixtral_layers, fact: mixtral_d_model, fact: mixtral_expert_hidden  # fmt: skip
from_shape = layers * 3 * width * hidden
print(f"one expert from the shape:   {from_shape / 1e9:.2f} billion")
assert abs(expert / from_shape - 1) < 0.01

# The name: a shared part plus one expert is a model of about seven billion.
# Eight of those would be far more than the total, because only the experts
# come eightfold, not the shared part.
assert 7e9 < small_model < 7.5e9
