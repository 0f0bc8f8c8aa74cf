# GPT-3's training text against a lifetime of reading and against the words
# a child hears. The reader is generous, and an assumption to change, not a
# measurement: an hour a day, every day for 70 years, at 250 words a minute.
MINUTES_A_DAY = 60
WORDS_A_MINUTE = 250
YEARS = 70
words_read = WORDS_A_MINUTE * MINUTES_A_DAY * 365 * YEARS

# A token is a word or a piece of one: in English, about three quarters of a
# word on average.
gpt3_tokens = 300e9  # fact: gpt3_training_tokens
words_per_token = 0.75  # fact: words_per_token
gpt3_words = gpt3_tokens * words_per_token

CHILD_AGE = 13
child_words = 100e6  # the BabyLM budget, by about that age; fact: child_words_by_13

ratio = gpt3_words / words_read
child_ratio = gpt3_words / child_words
print(f"a lifetime of reading: {words_read / 1e6:,.0f} million words")
print(f"GPT-3's training text: about {gpt3_words / 1e9:,.0f} billion words")
print(f"that is {ratio:,.0f} times a lifetime of reading")
print(f"and {child_ratio:,.0f} times what a child hears by age {CHILD_AGE}")

# Hundreds of times a generous lifetime of reading, and more than two
# thousand times a child's input.
assert 100 < ratio < 1_000
assert child_ratio > 2_000
