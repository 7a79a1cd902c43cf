"""FAQ entries for the services a hotel describes in hotel.yaml and its kb.yaml does not.

A hotel writes its parking, its umbrellas or its meeting room once, under `services:`, and often never again
in its FAQ: without an entry the concierge would say it does not know what the hotel told it. Each such service
becomes one entry (`hotel-parking`), made from its own fields, that the index, the thresholds, the splitting of
several questions, the facts said in the guest's language and the LLM brain read like any other. An entry the
hotel wrote about the service (its name or its topic, kb/glossary.py, in an entry's id or questions), a facility
of `amenities:` (amenities_info) and a service a skill answers itself keep answering it: those make no entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from core.hotels import Hotel, KBEntry
from core.i18n import say
from kb import glossary
from kb.search import subject_topics
from skills.formatting import join_list, money, to_minor
from skills.hotel_facts import PRICE_PHRASES
from skills.matching import same_word, words

# What a guest asks of any service, by its name: the entry's questions.
# Not "... at the hotel?": that much of every question the template would share with any "is there a casino at the
# hotel?", and lift the services' entries over the bar for things the hotel never named.
QUESTIONS = ("{Name}?", "Do you have {name}?", "Where is the {name}?", "How much is the {name}?")
ID_PREFIX = "hotel-"   # where the entry came from: hotel.yaml, not kb.yaml
CATEGORY = "services"
# Fields said as written, without their name: what the hotel tells about the service itself.
_UNLABELLED = frozenset({"notes", "note", "description", "details", "info"})
# What hotels write for a service they do not have: "none", "none (onsen only)", "n/a"; not a sentence ("No shared
# pool; the tents have their own"), which is said as written.
_NONE = re.compile(r"(?:none|no|n/?a|not available)\s*(\([^()]*\))?\s*\.?", re.IGNORECASE)
# A field whose name says it is money ("fee", "to_airport_price", "prices: {shirt: 6}").
_MONEY_WORDS = frozenset({"price", "prices", "fee", "fees", "cost", "costs", "charge", "rate", "rates", "deposit"})


def service_name(key: str) -> str:
    """What guests call a service the hotel keyed `airport_transfer`: "airport transfer"."""
    return key.replace("_", " ").replace("-", " ").strip()


def entry_id(key: str) -> str:
    return ID_PREFIX + key.replace("_", "-").lower()


def _names(key: str, value: Any) -> tuple[frozenset[str], list[str]]:
    """The topics a service is about and the words of its name. A name the glossary does not know ("transport")
    is about what its fields name ("taxi", "bus"), if they name topics."""
    name = service_name(key)
    topics = glossary.named(name, "en")
    if not topics and isinstance(value, dict):
        topics = glossary.named(" ".join(service_name(str(field)) for field in value), "en")
    return frozenset(topics), words(name)


def _says(topics: frozenset[str], name: list[str], subjects: Iterable[str], text: str) -> bool:
    """Whether a subject (an FAQ entry, a facility) is about the service: it speaks of every topic the service's
    name is ("luggage storage", written "Can I leave my bags?"), or names it word for word ("strikes": "strike")."""
    if topics and topics <= set(subjects):
        return True
    said = words(text)
    return bool(name) and all(any(same_word(w, s) for s in said) for w in name)


def covered(hotel: Hotel, key: str, answered_by_skills: Iterable[str] = ()) -> bool:
    """Whether something already answers the service: an entry of the FAQ, a facility, or a skill."""
    if key in set(answered_by_skills) or hotel.kb_entry(entry_id(key)) is not None:
        return True
    topics, name = _names(key, (hotel.services.model_extra or {}).get(key))
    return any(_says(topics, name, subject_topics(e), " ".join([e.id.replace("-", " "), *e.questions]))
               for e in hotel.kb) or any(
        _says(topics, name, glossary.named(f"{a.id.replace('-', ' ')} {a.name}", "en"), f"{a.id} {a.name}")
        for a in hotel.amenities)


def _figure(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _label(key: str) -> str:
    name = service_name(str(key))
    return name[:1].upper() + name[1:]


def _money(value: float, currency: str) -> str:
    minor = to_minor(value, currency)
    return money(minor, currency) if minor else say("fact_free", "en")


def _is_money(key: str) -> bool:
    return any(part in _MONEY_WORDS for part in str(key).lower().split("_"))


def _said(key: str, value: Any, currency: str, priced: bool = False) -> str:
    """One field as a phrase: prices in the hotel's currency (free when 0), yes or no, lists joined, the hotel's
    own words as written."""
    priced = priced or _is_money(key)
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):   # `available: false` (core.hotels.Offered): the hotel does not offer it
        if key == "available":
            return "" if value else "not available"
        return f"{_label(key)}: {'yes' if value else 'no'}"
    if _figure(value):
        if key in PRICE_PHRASES:   # "$20 per hour", as the facts say it in the guest's language
            minor = to_minor(value, currency)
            return say(PRICE_PHRASES[key], "en", price=money(minor, currency)) if minor else say("fact_free", "en")
        return f"{_label(key)}: {_money(value, currency) if priced else _number(value)}"
    if isinstance(value, dict):
        inner = "; ".join(p for k, v in value.items() if (p := _said(k, v, currency, priced)))
        return f"{_label(key)}: {inner}" if inner else ""
    if isinstance(value, list):
        items = [_item(v, currency, priced) for v in value]
        return f"{_label(key)}: {join_list([i for i in items if i], 'en')}"
    text = str(value).strip().rstrip(".")
    return text if key in _UNLABELLED else f"{_label(key)}: {text}"


def _item(value: Any, currency: str, priced: bool) -> str:
    if isinstance(value, dict):
        return "(" + ", ".join(p for k, v in value.items() if (p := _said(k, v, currency, priced))) + ")"
    if _figure(value):
        return _money(value, currency) if priced else _number(value)
    return str(value).strip()


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def answer(hotel: Hotel, key: str) -> str:
    """The service said from its fields: its name, then each field in the hotel's order (its `name` first). A
    service the hotel does not have ("spa: none", `available: false`) is said so first."""
    value = (hotel.services.model_extra or {}).get(key)
    head, missing = _label(key), f"The hotel has no {service_name(key)}"
    if isinstance(value, str) and (absent := _NONE.fullmatch(value.strip())):
        return f"{missing}{' ' + absent.group(1) if absent.group(1) else ''}."
    if not isinstance(value, dict):
        said = _said("notes", value, hotel.currency) if not isinstance(value, list) else \
            join_list([_item(v, hotel.currency, False) for v in value], "en")
        return f"{head}: {said}." if said else ""
    fields = dict(value)
    name = str(fields.pop("name", "") or "").strip()
    offered = fields.pop("available", True) is not False and not _NONE.fullmatch(name)
    parts = [p for k, v in fields.items() if (p := _said(k, v, hotel.currency))]
    if not offered:
        return ". ".join([missing, *parts]) + "."
    if name:
        parts.insert(0, name)
    return f"{head}: {'. '.join(parts)}." if parts else ""


def service_entries(hotel: Hotel, answered_by_skills: Iterable[str] = ()) -> list[KBEntry]:
    """One entry per service of hotel.yaml that nothing else answers, in the hotel's order."""
    skills = set(answered_by_skills)
    made = []
    for key in hotel.services.model_extra or {}:
        if covered(hotel, key, skills):
            continue
        text = answer(hotel, key)
        if text:
            name = service_name(key)
            made.append(KBEntry(id=entry_id(key), category=CATEGORY, answer=text,
                                questions=[q.format(name=name, Name=_label(key)) for q in QUESTIONS]))
    return made


def with_service_entries(hotel: Hotel) -> Hotel:
    """The hotel with its services' entries after its own (kb.yaml with staff's changes), as the concierge
    searches them."""
    from skills import SKILLS  # the skills' modules load when a knowledge base is built, not with this one

    answered = {key for skill in SKILLS.values() for key in skill.services}
    made = service_entries(hotel, answered)
    return hotel.model_copy(update={"kb": [*hotel.kb, *made]}) if made else hotel
