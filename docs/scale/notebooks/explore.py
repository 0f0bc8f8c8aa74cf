# ---
# jupyter:
#   description: >-
#     A notebook to download and re-run: change the bytes per parameter, the
#     brain's synapse count and the models to compare, and see how many of each
#     model fit in a brain's synapses and what a brain-sized model would need.
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Explore the scale
#
# How big is a brain next to an AI model? Any answer rests on choices: what to
# count in the brain, how much memory one of a model's numbers takes, which
# models to line up. The other pages of this section make those choices one
# at a time and explain them. This page lets you make them yourself.
#
# It is a notebook: a short program with its explanations in between. The
# site ran it from top to bottom when it was built, so every table and the
# figure below are what the code printed and drew that day.
#
# To change something, download the notebook with the links at the top of
# this page and open it in Jupyter (JupyterLab or VS Code work too; you need
# Python with matplotlib installed). Edit the cell marked **ASSUMPTIONS**,
# then run all the cells again. Every result below follows from those few
# lines.
#
# The arithmetic takes three steps. A brain has $S$ synapses. A model with
# one parameter per synapse, each stored in $b$ bytes, needs $M$ bytes of
# memory, which takes $n$ accelerators of $m$ bytes each, drawing $P$ watts if
# each draws $p$:
#
# $$
# M = S \cdot b, \qquad n = \left\lceil \frac{M}{m} \right\rceil, \qquad P = n \cdot p.
# $$
#
# The brackets mean "round up": half an accelerator is still one accelerator.
#
# Where the counts come from, and why a parameter is not a synapse, are the
# subjects of the pages "Counting the brain", "Counting a model" and "Apples
# and oranges" in this section. Here you can push on the numbers and watch
# what moves.

# %% [markdown]
# ## The assumptions
#
# **Neurons.** An adult human brain has [[fact:brain_neurons]] neurons. They
# draw the dotted line in the figure; the comparison itself counts synapses.
#
# **Synapses.** Nobody has counted the whole brain's synapses. The neocortex
# holds [[fact:neocortex_synapses]] by count, so the whole brain holds at
# least that, and this site gives it as a range, [[fact:brain_synapses]]. The
# notebook ships with the low end, the one part that has been counted; a
# bottom-up estimate on the page "Counting the brain" also lands in the lower
# part of the range. Try the high end too. Multiplying the neocortex's
# average, [[fact:synapses_per_cortical_neuron]] synapses per neuron, by every
# neuron in the brain would overcount: most of the brain's neurons are
# granule cells in the cerebellum, and each of those receives only a few.
#
# **Bytes per parameter.** A model's parameters are numbers kept in memory.
# A 16-bit number takes 2 bytes, an 8-bit number 1 byte, a 4-bit number half
# a byte. Large models are often run with 16-bit numbers, and squeezed into 8
# or 4 bits to save memory.
#
# **One parameter per synapse.** The brain-sized model below has as many
# parameters as the brain has synapses. That is the comparison people make;
# it is not a claim that a synapse does the job of a parameter.
#
# **The accelerator.** One NVIDIA H100 has [[fact:h100_memory]] of memory and
# draws [[fact:h100_power]]. Only the model's own numbers are counted here,
# not the working memory a running model also needs, so the number of
# accelerators leaves that memory out. Their power is a rated ceiling for the
# accelerators alone, without the servers and cooling around them. A gigabyte
# here is a billion bytes.
#
# **The brain's power.** The whole brain runs on [[fact:brain_power]].
#
# **Which models, and which count.** `MODELS_TO_PLOT` names models from the
# table further down. Some of them are *mixtures of experts*: they hold many
# sub-networks, the experts, and use only a few of them for each word (or
# piece of a word) they read. Such a model has two counts: the total, which
# must all be stored, and the active parameters, used for each word.
# `USE_ACTIVE_PARAMETERS` picks which count those models bring to the
# comparison.

# %%
# ======================== ASSUMPTIONS ========================
# Edit these lines, then run all the cells again.

BYTES_PER_PARAMETER = 2  # 2 = 16-bit numbers; try 1 (8-bit) or 0.5 (4-bit)
# The whole brain's synapses: a range from the neocortex's own count (the low
# end, shipped) to a round order of magnitude (the high end, 1e15): try it.
SYNAPSES = 1.5e14  # fact: brain_synapses
NEURONS = 86.1e9  # fact: brain_neurons

# fmt: off
MODELS_TO_PLOT = [
    "GPT-1",
    "BERT-Large",
    "GPT-2",
    "T5-11B",
    "GPT-3",
    "Switch-C",
    "Gopher",
    "Chinchilla",
    "PaLM",
    "Mixtral 8x7B",
    "Llama 3.1 405B",
    "DeepSeek-V3",
    "Kimi K2",
]
# fmt: on
USE_ACTIVE_PARAMETERS = False  # True: mixtures of experts use their active count

ACCELERATOR_MEMORY_GB = 80  # fact: h100_memory
ACCELERATOR_POWER_W = 700  # fact: h100_power
BRAIN_POWER_W = 20  # fact: brain_power
# =============================================================

which = "active" if USE_ACTIVE_PARAMETERS else "total"
print(f"{SYNAPSES:,.0f} synapses, {NEURONS:,.0f} neurons")
print(
    f"{BYTES_PER_PARAMETER} bytes per parameter; {len(MODELS_TO_PLOT)} models, "
    f"mixtures of experts by their {which} count"
)
print(
    f"accelerator: {ACCELERATOR_MEMORY_GB} GB, {ACCELERATOR_POWER_W} W; "
    f"brain: {BRAIN_POWER_W} W"
)

# %% [markdown]
# ## The published counts
#
# Parameter counts as the models' makers published them. Each line names the
# entry of the site's facts file it was typed from; the References page gives
# the source of each, and the site's tests check every number against that
# file. The year is when the model, or the paper that introduced it, was first
# made public. For a mixture of experts the last number is its active count;
# `None` means its makers published none. Closed models such as GPT-4 are left
# out on purpose: their makers published no parameter count
# [[cite:openai2023gpt4]].

# %%
DENSE, EXPERTS = "dense", "mixture of experts"

# (name, year, kind, total parameters, active parameters or None)
# fmt: off
PUBLISHED = [
    ("GPT-1", 2018, DENSE, 117e6, None),  # fact: params_gpt1
    ("BERT-Large", 2018, DENSE, 340e6, None),  # fact: params_bert_large
    ("GPT-2", 2019, DENSE, 1.5e9, None),  # fact: params_gpt2
    ("T5-11B", 2019, DENSE, 11e9, None),  # fact: params_t5_11b
    ("GPT-3", 2020, DENSE, 175e9, None),  # fact: params_gpt3
    ("Switch-C", 2021, EXPERTS, 1.571e12, None),  # fact: params_switch_c
    ("Gopher", 2021, DENSE, 280e9, None),  # fact: params_gopher
    ("Megatron-Turing NLG", 2021, DENSE, 530e9, None),  # fact: params_mt_nlg
    ("Chinchilla", 2022, DENSE, 70e9, None),  # fact: params_chinchilla
    ("PaLM", 2022, DENSE, 540e9, None),  # fact: params_palm
    ("LLaMA-65B", 2023, DENSE, 65e9, None),  # fact: params_llama_65b
    ("Llama 2 70B", 2023, DENSE, 70e9, None),  # fact: params_llama2_70b
    ("Mixtral 8x7B", 2023, EXPERTS, 46.7e9, 12.9e9),  # fact: params_mixtral_8x7b, fact: active_params_mixtral_8x7b
    ("Llama 3.1 405B", 2024, DENSE, 405e9, None),  # fact: params_llama31_405b
    ("DeepSeek-V3", 2024, EXPERTS, 671e9, 37e9),  # fact: params_deepseek_v3, fact: active_params_deepseek_v3
    ("Llama 4 Maverick", 2025, EXPERTS, 400e9, 17e9),  # fact: params_llama4_maverick, fact: active_params_llama4_maverick
    ("Qwen3-235B-A22B", 2025, EXPERTS, 235e9, 22e9),  # fact: params_qwen3_235b, fact: active_params_qwen3_235b
    ("Kimi K2", 2025, EXPERTS, 1e12, 32e9),  # fact: params_kimi_k2, fact: active_params_kimi_k2
]
# fmt: on
MODELS = {
    name: (year, kind, total, active) for name, year, kind, total, active in PUBLISHED
}

print("Names you can put in MODELS_TO_PLOT:")
for name, year, kind, total, active in PUBLISHED:
    print(f"  {name!r:22} {year}  {kind}")

# %% [markdown]
# ## How many models fit in a brain's synapses
#
# First the synapse count you chose. Then a row for each model
# you chose: the count it brings (total or active); under *fits*, how many
# copies of it the synapse count could hold; and the memory its numbers take
# at your bytes per parameter, with the accelerators needed just to hold them.

# %%
import math

GB = 1e9  # bytes in a gigabyte
BYTES = ((1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"))
WATTS = ((1e9, "GW"), (1e6, "MW"), (1e3, "kW"), (1, "W"))
WORDS = ((1e15, "quadrillion"), (1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def readable(x: float) -> str:
    """A count in words: 603 trillion, 1.57 trillion, 117 million."""
    for size, word in WORDS:
        if x >= size:
            value = x / size
            digits = f"{value:.3g}" if value < 1000 else f"{value:,.0f}"
            return f"{digits} {word}"
    return f"{x:,.0f}"


def in_units(x: float, units: tuple[tuple[float, str], ...]) -> str:
    """A quantity in the largest unit that keeps it at 1 or more: 1.21 PB."""
    for size, unit in units:
        if x >= size:
            return f"{x / size:,.3g} {unit}"
    size, unit = units[-1]
    return f"{x / size:,.3g} {unit}"


# The assumptions must make sense before anything is computed from them.
unknown = [name for name in MODELS_TO_PLOT if name not in MODELS]
assert not unknown, f"not in the table of published counts: {unknown}"
assert MODELS_TO_PLOT, "MODELS_TO_PLOT is empty: name at least one model"
assert BYTES_PER_PARAMETER > 0 and SYNAPSES > 0 and NEURONS > 0
assert ACCELERATOR_MEMORY_GB > 0 and ACCELERATOR_POWER_W > 0
assert BRAIN_POWER_W > 0

synapses = SYNAPSES
print(f"{readable(synapses)} synapses")
print()


def parameters_used(name: str) -> float | None:
    """The count a model brings: its total, or maybe its active count."""
    year, kind, total, active = MODELS[name]
    if USE_ACTIVE_PARAMETERS and kind == EXPERTS:
        return active  # None if its makers did not publish one
    return total


chosen = []  # (name, year, kind, parameters used)
for name in MODELS_TO_PLOT:
    count = parameters_used(name)
    if count is None:
        print(f"{name}: no published active count, left out")
        continue
    year, kind, total, active = MODELS[name]
    chosen.append((name, year, kind, count))
assert chosen, "none of the chosen models has the count asked for"

if USE_ACTIVE_PARAMETERS:
    print("Counting active parameters of mixtures of experts, all of the rest.")
else:
    print("Counting all the parameters (the total) of every model.")
print(
    f"{'model':18} {'year':>4}  {'parameters':>13}  {'fits':>10}  "
    f"{'memory':>8}  {'accelerators':>12}"
)
for name, year, kind, count in chosen:
    fits = synapses / count
    memory = count * BYTES_PER_PARAMETER
    accelerators = math.ceil(memory / (ACCELERATOR_MEMORY_GB * GB))
    print(
        f"{name:18} {year:>4}  {readable(count):>13}  {fits:>9,.0f}x  "
        f"{in_units(memory, BYTES):>8}  {accelerators:>12,}"
    )

# %% [markdown]
# ## A brain-sized model on accelerators
#
# Now a model with one parameter for every synapse: how much memory its
# numbers take, how many accelerators that memory fills, and how their power
# compares with the brain's.

# %%
capacity = ACCELERATOR_MEMORY_GB * GB  # bytes one accelerator holds
brain_sized_memory = synapses * BYTES_PER_PARAMETER  # bytes
accelerators_needed = math.ceil(brain_sized_memory / capacity)
accelerator_power = accelerators_needed * ACCELERATOR_POWER_W  # watts
power_ratio = accelerator_power / BRAIN_POWER_W

rows = [
    ("parameters, one per synapse", readable(synapses)),
    (
        f"memory at {BYTES_PER_PARAMETER} bytes each",
        in_units(brain_sized_memory, BYTES),
    ),
    (
        f"accelerators of {ACCELERATOR_MEMORY_GB} GB to hold it",
        f"{accelerators_needed:,}",
    ),
    (
        f"their power at {ACCELERATOR_POWER_W} W each",
        in_units(accelerator_power, WATTS),
    ),
    ("the brain's power", in_units(BRAIN_POWER_W, WATTS)),
    ("accelerators' power / brain's power", f"{power_ratio:,.0f}"),
]
for label, value in rows:
    print(f"{label:38} {value:>14}")

# What the text below quotes: how many copies of each model in the table of
# published counts fit (by its total), and which model fits the fewest times.
fits_by_model = {name: synapses / total for name, _, _, total, _ in PUBLISHED}
largest_model = min(fits_by_model, key=fits_by_model.get)
fewest_fits = fits_by_model[largest_model]
gpt3_fits = fits_by_model["GPT-3"]
UNIT_WORDS = {
    "PB": "petabytes",
    "TB": "terabytes",
    "GB": "gigabytes",
    "MB": "megabytes",
}
UNIT_WORDS |= {"GW": "gigawatts", "MW": "megawatts", "kW": "kilowatts", "W": "watts"}
number, unit = in_units(brain_sized_memory, BYTES).split()
memory_shown = f"{number} {UNIT_WORDS[unit]}"  # 300 terabytes
number, unit = in_units(accelerator_power, WATTS).split()
power_shown = f"{number} {UNIT_WORDS[unit]}"  # 2.62 megawatts
# The same at 4 bits (half a byte) per parameter, for "Things to try".
at_4_bits = math.ceil(synapses * 0.5 / capacity) * ACCELERATOR_POWER_W
at_4_bits_ratio = at_4_bits / BRAIN_POWER_W

# %% [markdown]
# ## Checks
#
# The first checks hold for any assumptions that make sense, so they guard
# the code. The second set checks what the text of this page says about the
# numbers as shipped; it runs only if the assumptions are the shipped ones.

# %%
# Checks that hold for any sensible assumptions.
assert synapses > 0 and brain_sized_memory > 0 and accelerator_power > 0
assert accelerators_needed * capacity >= brain_sized_memory  # enough of them
assert (accelerators_needed - 1) * capacity < brain_sized_memory  # none spare
assert accelerator_power >= ACCELERATOR_POWER_W
for name, year, kind, total, active in PUBLISHED:
    assert total > 0 and (active is None or 0 < active < total), name
    assert active is None or kind == EXPERTS, f"{name}: active count, dense"

as_shipped = (
    BYTES_PER_PARAMETER == 2
    and SYNAPSES == 1.5e14  # fact: brain_synapses
    and NEURONS == 86.1e9  # fact: brain_neurons
    and ACCELERATOR_MEMORY_GB == 80  # fact: h100_memory
    and ACCELERATOR_POWER_W == 700  # fact: h100_power
    and BRAIN_POWER_W == 20  # fact: brain_power
)
if as_shipped:
    # What "What the numbers say" claims, in its own words.
    # "Every model in the table fits about a hundred times or more."
    assert all(fit > 90 for fit in fits_by_model.values())
    # "Still far smaller than a brain": GPT-3 fits hundreds of times.
    assert 100 < fits_by_model["GPT-3"] < 1_000
    # "Hundreds of terabytes", "thousands of accelerators", "megawatts",
    # "more than a hundred thousand times the brain's power".
    assert 1e14 <= brain_sized_memory < 1e15
    assert 1_000 <= accelerators_needed < 10_000
    assert 1e6 <= accelerator_power < 1e7
    assert power_ratio > 100_000

    # And what "Things to try" at the end of the page says: at 4 bits, still
    # tens of thousands of times the brain's power; active counts of tens of
    # billions, all below the neuron line.
    assert 10_000 < at_4_bits_ratio < 100_000
    actives = [active for *_, active in PUBLISHED if active is not None]
    assert all(10e9 < a < NEURONS for a in actives)
    print("Checked: what the text below says about these numbers holds.")
else:
    print("You changed the assumptions: the text below describes the shipped")
    print("ones, and the numbers above are yours.")

# %% [markdown]
# ## What the numbers say
#
# With the assumptions as shipped, the brain has [[value:synapses:words.2]]
# synapses, the low end of the range: the dashed line at the top of the
# figure below.
#
# Every model in the table fits into that count about a hundred times or
# more. The largest in the table, [[value:largest_model]], fits
# [[value:fewest_fits:.0f]] times; GPT-3 [[value:gpt3_fits:,.0f]] times. By
# this count, even the largest models in the table are far smaller than a
# brain.
#
# A model as big as the brain, stored at [[value:BYTES_PER_PARAMETER]] bytes
# a parameter, would need [[value:memory_shown]] of memory: the memory of
# [[value:accelerators_needed:,]] H100 accelerators, just to hold it.
# Together they are rated to draw [[value:power_shown]],
# [[value:power_ratio:,.0f]] times the brain's power.
#
# Each of these sentences leans on the assumptions above, and each moves when
# they do. The figure and the things to try below show how far.

# %% [markdown]
# ## The models over time
#
# Each point is a model you chose, at the year it was made public, on a
# logarithmic scale: each step up the axis is ten times more parameters. The
# dashed line is the synapse count you chose; the dotted line is the number of
# neurons.

# %% alt="With the assumptions as shipped: parameter counts of [[value:n_plotted]] models from [[value:first_year:d]] to [[value:last_year:d]] on a logarithmic axis, rising from [[value:smallest_shown]] ([[value:smallest_name]]) to [[value:largest_shown]] ([[value:largest_name]]). A dashed line for the brain's synapses, [[value:synapses:words.2]], runs [[value:fewest_fits:.0f]] times or more above every model. A dotted line for its [[value:NEURONS:words.2]] neurons runs among the models, with [[value:n_below_neurons]] of them below it."
import matplotlib.pyplot as plt
from matplotlib_inline.backend_inline import set_matplotlib_formats

# Draw as SVG with real text: sharper and far lighter on the page than a PNG.
set_matplotlib_formats("svg")
plt.rcParams["svg.fonttype"] = "none"

# What the figure's alt text says about it.
n_plotted = len(chosen)
first_year, last_year = min(c[1] for c in chosen), max(c[1] for c in chosen)
smallest_name, _, _, smallest = min(chosen, key=lambda c: c[3])
largest_name, _, _, largest = max(chosen, key=lambda c: c[3])
smallest_shown, largest_shown = readable(smallest), readable(largest)
n_below_neurons = sum(count < NEURONS for *_, count in chosen)

COLOURS = {DENSE: "#3f51b5", EXPERTS: "#d84315"}
MARKERS = {DENSE: "o", EXPERTS: "^"}
LABELS = {DENSE: "dense model", EXPERTS: f"mixture of experts ({which})"}

fig, ax = plt.subplots(figsize=(7, 4))
for kind in (DENSE, EXPERTS):
    points = [(year, count) for name, year, k, count in chosen if k == kind]
    if points:
        years, counts = zip(*points)
        ax.scatter(
            years,
            counts,
            s=36,
            zorder=3,
            color=COLOURS[kind],
            marker=MARKERS[kind],
            label=LABELS[kind],
        )
ax.axhline(
    synapses,
    color="#2e7d32",
    linestyle="--",
    linewidth=1.5,
    label=f"synapses ({readable(synapses)})",
)
ax.axhline(
    NEURONS,
    color="#6d4c41",
    linestyle=":",
    linewidth=1.5,
    label=f"neurons ({readable(NEURONS)})",
)

ax.set_yscale("log")
years = [year for name, year, kind, count in chosen]
ax.set_xlim(min(years) - 0.5, max(years) + 1.2)
low = min(min(count for *_, count in chosen), NEURONS, synapses)
high = max(max(count for *_, count in chosen), NEURONS, synapses)
ax.set_ylim(low / 4, high * 6)
ax.set_xticks(range(min(years), max(years) + 1))
ax.set_xlabel("year made public")
ax.set_ylabel("parameters (or synapses, neurons)")
ax.grid(axis="y", color="#dddddd", linewidth=0.6)
ax.set_axisbelow(True)
ax.legend(loc="best", fontsize=8, frameon=False)
fig.tight_layout()

# Name each point on its right. A name moves up, with a thin line back to its
# point, when it would sit on the name below it or run into a point of the
# next year.
renderer = fig.canvas.get_renderer()
x_low, x_high = ax.get_xlim()


def width_in_years(name: str) -> float:
    text = ax.text(0, 0, name, fontsize=7.5)
    width = text.get_window_extent(renderer).width / ax.bbox.width
    width *= x_high - x_low
    text.remove()
    return width


y_low, y_high = ax.get_ylim()
axis_height = ax.bbox.height / fig.dpi  # inches
powers_of_ten_per_inch = math.log10(y_high / y_low) / axis_height
gap = 0.13 * powers_of_ten_per_inch  # between names: 0.13 inch
for year in sorted(set(years)):
    below = -math.inf
    this_year = sorted((c for c in chosen if c[1] == year), key=lambda c: c[3])
    for name, _, kind, count in this_year:
        height = max(math.log10(count), below + gap)
        if 0.12 + width_in_years(name) > 0.9:  # reaches next year's points
            next_year = [math.log10(c[3]) for c in chosen if c[1] == year + 1]
            while any(abs(height - point) < gap for point in next_year):
                height += 0.05
        moved = height - math.log10(count) > 0.1
        line = {
            "arrowstyle": "-",
            "color": "#999999",
            "linewidth": 0.6,
            "shrinkA": 0,
            "shrinkB": 4,
        }
        ax.annotate(
            name,
            (year, count),
            xytext=(year + 0.12, 10**height),
            fontsize=7.5,
            color="#333333",
            va="center",
            arrowprops=line if moved else None,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 0.3},
        )
        below = height
plt.show()

# %% [markdown]
# ## Things to try
#
# Edit the ASSUMPTIONS cell and run all the cells again. For example:
#
# - **4-bit weights.** Set `BYTES_PER_PARAMETER = 0.5`. The memory and the
#   number of accelerators fall to a quarter, yet the accelerators still draw
#   [[value:at_4_bits_ratio:sig.2]] times the brain's power.
# - **The high end.** Set `SYNAPSES = 1e15`, the high end of the range. The
#   dashed line rises to a quadrillion, and the memory, the accelerators and
#   their power rise with it.
# - **The cortical average everywhere.** Set `SYNAPSES = 7000 * NEURONS`,
#   the neocortex's average for every neuron. The line lands inside the
#   range, but the page "Counting the brain" shows why that product
#   overcounts: most of the brain's neurons are granule cells, with few
#   synapses each.
# - **Only mixtures of experts, by active count.** Set `MODELS_TO_PLOT` to the
#   six of them, `["Switch-C", "Mixtral 8x7B", "DeepSeek-V3",
#   "Llama 4 Maverick", "Qwen3-235B-A22B", "Kimi K2"]`, and
#   `USE_ACTIVE_PARAMETERS = True`. The points fall to the tens of
#   billions, below the neuron line, and Switch-C drops out, because its
#   makers published no active count.
# - **The cortex alone.** Set `NEURONS` to the number of neurons in the
#   cerebral cortex, [[fact:cortex_neurons]]. The neuron line falls about
#   fivefold, and the synapse line stays where it is: the low end of the range
#   is the neocortex's own count already.
# - **Another accelerator.** If you know another chip's memory and power, put
#   them in and see how the count and the power change.
