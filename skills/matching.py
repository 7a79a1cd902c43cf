"""Matching what a guest calls a thing ("the pool", "EV chargers", "caesar") to the hotel's own names.

Guests and models write plurals, typos and partial names; a hotel writes ids and
full names. One tolerant matcher serves amenities, menu items, places and room
types, so they all forgive the same mistakes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from os.path import commonprefix
from typing import TypeVar

K = TypeVar("K")

_STOPWORDS = frozenset("the a an of and to in on at my our for with from de la el le les des der die das".split())


def words(text: str) -> list[str]:
    """Lower-case words without accents ("Café" -> "cafe"), ids split on dashes."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [w for w in re.findall(r"\w+", plain.replace("_", " ")) if w not in _STOPWORDS]


# Endings that inflect one word (plural, gender, verb form) in the guests' languages.
# A bare consonant such as "n" is left out on purpose: "garder"/"garden" differ only
# by "r"/"n" after a long shared start, yet they are two words.
_ENDINGS = frozenset("s es x e a o i os as er ers r ed ing ings en ern ion ions ao oes al ale ar are le".split()) | {""}


def same_word(a: str, b: str) -> bool:
    """Equal up to a short suffix ("kid"/"kids", "roof"/"rooftop"), an inflection ("charger"/"charging",
    "piscine"/"piscina") or a small typo.

    When neither word starts the other, sharing a long start is not enough ("garder"/"garden",
    "parking"/"parkour"): what follows the shared start must be an inflection ending on both sides.
    """
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 3:
        return True
    a, b = (re.sub(r"(?<=...)y$", "i", w) for w in (a, b))  # "family"/"familia", "laundry"/"laundries"
    stem = commonprefix([a, b])
    ends = (a[len(stem):], b[len(stem):])
    if len(stem) >= 3 and set(ends) <= _ENDINGS and (len(stem) >= 4 or max(map(len, ends)) >= 2):
        return True  # a three-letter start with a letter after each is too little: "taxi" is no "taxe"
    return min(len(a), len(b)) >= 5 and SequenceMatcher(None, a, b).ratio() >= 0.85


def score(query: str | list[str], name: str) -> float:
    """Share of the name's words that the query mentions (1.0: every word of the name is there)."""
    asked = words(query) if isinstance(query, str) else query
    wanted = words(name)
    if not wanted or not asked:
        return 0.0
    return sum(any(same_word(a, w) for a in asked) for w in wanted) / len(wanted)


def best_match(query: str, options: Mapping[K, Iterable[str]], threshold: float = 0.5) -> K | None:
    """The option whose names (id, name, aliases) the query matches best, if any matches well enough."""
    asked = words(query)
    best_key, best_score = None, 0.0
    for key, names in options.items():
        top = max((score(asked, name) for name in names), default=0.0)
        if top > best_score:
            best_key, best_score = key, top
    return best_key if best_score >= threshold else None
