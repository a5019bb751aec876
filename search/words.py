"""Finnish words without their case ending, for matching inflected forms that Snowball stems apart."""

# Case and possessive endings, longest first. Cutting them leaves the inflected stem ("esteellisyyde-" from
# "esteellisyydestä"); its last two letters then change with consonant gradation and the stem vowel
# (esteellisyys / esteellisyyde- / esteellisyyt-), so they go too.
_ENDINGS = sorted(
    [
        "ssa",
        "ssä",
        "sta",
        "stä",
        "lla",
        "llä",
        "lta",
        "ltä",
        "lle",
        "ksi",
        "tta",
        "ttä",
        "ine",
        "nsa",
        "nsä",
        "mme",
        "nne",
        "ni",
        "si",
        "na",
        "nä",
        "ta",
        "tä",
        "en",
        "an",
        "än",
        "in",
        "on",
        "un",
        "yn",
        "n",
        "a",
        "ä",
        "t",
    ],
    key=len,
    reverse=True,
)
SHORTEST_PREFIX = 5


def finnish_prefix(word):
    """The start shared by the inflected forms of `word`, or "" when the word is too short to cut safely."""
    word = word.lower()
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_PREFIX + 2:
            word = word[: -len(ending)]
            break
    prefix = word[:-2]
    return prefix if len(prefix) >= SHORTEST_PREFIX else ""
