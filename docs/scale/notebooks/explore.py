# ---
# jupyter:
#   description: >-
#     Work in progress.
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Explore the scale
#
# Work in progress.

# %%
print("work in progress")
