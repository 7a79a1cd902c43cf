"""The room features a guest asks about, said from hotel.yaml in the guest's language.

"キングスイートにバスタブは？" or "객실에 금고 있나요?" is answered in the FAQ by an English paragraph; the rooms'
feature lists in hotel.yaml say the same as data. A feature the guest names is said for the rooms the answer is
about, for every room when all have it, else with the rooms that do. Only what a list says is said: a room whose
list does not name a feature may still have it, so no "no" is ever said from a list.
"""

from __future__ import annotations

import re

from core.hotels import Hotel, RoomType
from core.i18n import say
from kb import glossary
from skills.check_availability import says_feature
from skills.formatting import join_list

_UNSAID = frozenset({"bed", "room"})   # a bed word names the room type, not what it has
# Where a guest's word for a feature is said as the glossary's noun ("眺め", not the "見え" of "港は見えますか"); other
# languages keep the guest's own, inflected as their sentence needs ("с ванной").
_NOUNS_AS_LISTED = frozenset({"zh", "ja", "ko"})


def _names(answer: str, room: RoomType) -> bool:
    """Whether the answer names the room ("King Suites face the harbor" names the King Suite)."""
    return re.search(rf"\b{re.escape(room.name)}(?:e?s)?\b", answer, re.IGNORECASE) is not None


_THING_WORDS = 3  # a feature that names a thing ("harbor view"), not a perk told of a topic ("free late check-out
# until 12pm" is no check-out the room has)


def _feature(room: RoomType, concept: str) -> str | None:
    """The room's own words for the feature ("harbor view" for a view), when a feature of its list names it."""
    return next((said for said in room.features if says_feature(said, concept)
                 and len(said.split()) <= _THING_WORDS), None)


def asked_features(hotel: Hotel, question: str, answer: str, language: str) -> tuple[str, str] | None:
    """What the hotel's room features say of those the question names, in `language` and in English; None when
    the question names none a room lists."""
    rooms = [room for room in hotel.rooms if room.count and room.sold_per == "room"]
    named = [room for room in rooms if _names(answer, room)]
    own = dict(glossary.topics(question, language))
    said: dict[str, list[str]] = {language: [], "en": []}
    for concept in sorted(glossary.named(question, language) - _UNSAID):
        having = [room for room in rooms if _feature(room, concept)]
        shown = [room for room in named if room in having] if named else having
        if not shown:
            continue
        feature = _feature(shown[0], concept) or concept
        key = "room_feature_everywhere" if not named and len(shown) == len(rooms) > 1 else "room_feature_in"
        for lang in said:
            word = concept if lang == "en" else (glossary.word_for(concept, lang) or own.get(concept, concept)) \
                if lang in _NOUNS_AS_LISTED else (own.get(concept) or glossary.word_for(concept, lang) or concept)
            name = feature if word.casefold() in feature.casefold() else f"{word} ({feature})"
            said[lang].append(say(key, lang, feature=name, rooms=join_list([r.name for r in shown], lang)))
    if not said[language]:
        return None
    return " ".join(said[language]), " ".join(said["en"])
