"""Answers about places nearby: the FAQ entry about a place the guest names, a place's hours for a day, the
sights to see, and the places' own facts in the guest's language instead of an English FAQ answer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from agent.brains import fill, framing, wants
from agent.brains.clauses import ARRANGE, OPEN
from agent.brains.faq_lookup import FaqLookup
from agent.brains.fill import Step
from agent.brains.reply import Reply
from core.hotels import Place
from skills.amenities_info import find_amenity
from skills.base import SkillContext, SkillResult
from skills.cuisines import asked_cuisine
from skills.formatting import hotel_text
from skills.local_recommendations import means_a_place, standout
from skills.places import WRITTEN_PRICE, find_place, mentioned_in, named_in, tag_matches
from skills.runner import run_skill

if TYPE_CHECKING:
    from agent.brains.faq_lookup import Probes

# How far under the FAQ's bar an entry may be that names the place the guest's words point at, to answer for it.
PLACE_UNDER_BAR = 0.1
# Between two sentences: a full stop with a space after it ("2.5 km" is no end), or a CJK one.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
# What a guest plans by: times ("17:30", or as French writes it "17h30", not the "(5 pm)" beside it) and prices
# (skills.places.WRITTEN_PRICE).
_TIME = re.compile(r"(?<![\d:])\d{1,2}[:h]\d{2}")
# Places one eats at or travels by: not what a guest who asks what to see or do in town means, unless they say so.
_NOT_SIGHTS = ("restaurant", "cafe", "bakery", "transport")


class PlaceAnswers:
    """The FAQ read for places nearby: which entry or place answers a question about them."""

    def __init__(self, lookup: FaqLookup):
        self.lookup = lookup

    def written_about_kind(self, step: Step, wish: dict[str, Any], ctx: SkillContext, probes: Probes) -> bool:
        """A kind of place asked for ("which temples are close?") that an FAQ entry the guest's words find surely
        is about (its first sentence names such a place), written in the guest's language, when the places'
        descriptions are not (a list would say only names and hours): the hotel's own words (what each costs,
        when to go) rather than that list."""
        if "place" in wish or "day" in wish or not {"kind", "tags"} & set(wish) or "budget" in wish.get("tags", ()) \
                or not self.lookup.answerable(step.full, ctx, probes):  # somewhere cheap: the places' prices choose
            return False
        entry = self.lookup.probe(step.full, ctx, probes)[1][0].entry
        first = named_in(_SENTENCE_BREAK.split(entry.answer.strip(), 1)[0], ctx.hotel.places)
        asked = [wish["kind"]] if "kind" in wish else list(wish.get("tags") or [])
        fitting = [place for place in first if any(tag_matches(name, place) for name in asked)]
        return entry.answer_in(ctx.language) is not None and bool(fitting) and \
            not any(hotel_text(ctx.hotel, ctx.language, place.description) for place in fitting)

    def faq_about_place(self, step: Step, wish: dict[str, Any], ctx: SkillContext, probes: Probes) -> str | None:
        """What to ask the FAQ about a place the guest names: their words, when the FAQ answers them with an entry
        about that place ("the first train up the Gornergrat, and is it in the pass?"); else the question of the
        entry about it ("마조렐 정원 티켓은?": its tickets and the way there are in the hotel's text, not in its
        hours). A day asked about and nothing else is answered from the place's hours; a table to book, by the
        hotel's booking answer."""
        place = find_place(ctx.hotel.places, wish["place"]) if "place" in wish else None
        if place is None or _asks_only_opening(step, wish):
            return None
        if self.lookup.answerable(step.full, ctx, probes):
            hits = self.lookup.probe(step.full, ctx, probes)[1]
            # the hotel's text shortens a name as guests do ("Fushimi Inari" of "Fushimi Inari Taisha"); an entry
            # whose questions name the place is about it too ("Can I wear shorts to Wat Pho?": the temples' dress)
            entry = hits[0].entry
            return step.full if any(place in mentioned_in(text, ctx.hotel.places, ctx.hotel.address.city)
                                    for text in (entry.answer, *entry.questions)) else None
        return None if ARRANGE.search(step.text) else self.entry_about(place, True, step, ctx, probes)

    def entry_about(self, place: Place, named: bool, step: Step, ctx: SkillContext, probes: Probes) -> str | None:
        """The question of the FAQ entry that answers about a place, when the FAQ was unsure of the guest's words:
        an entry about that place (its first sentence names it: its tickets and the way there are in the hotel's
        text, not in its hours; "マジョレル庭園のチケットは？"), or a near entry that names it, the hotel's own rule
        first when the guest's words only point at the place ("do you sell wine?": no alcohol here, a licensed bar
        nearby)."""
        hits = self.lookup.probe(step.full, ctx, probes)[1]
        rank = {hit.entry.id: i for i, hit in enumerate(hits)}
        places = ctx.hotel.places
        about = sorted((e for e in ctx.hotel.kb if _opens_on(e.answer, places, place) and (named or e.id in rank)),
                       key=lambda entry: rank.get(entry.id, len(hits)))  # a place only pointed at: among the nearest
        near = [hit.entry for hit in hits if hit.score >= ctx.kb.min_score - PLACE_UNDER_BAR
                and place in named_in(hit.entry.answer, places) and hit.entry not in about]
        rules = [] if named else [entry for entry in near if not _opens_on(entry.answer, places)]
        return next((entry.questions[0] for entry in [*rules, *about, *near] if entry.questions), None)

    def sightseeing(self, step: Step, ctx: SkillContext) -> bool:
        """A plain wish to see or do something nearby ("Was sollten wir in der Stadt anschauen?", "有什么好玩的？")
        that the FAQ could not answer, when the hotel lists places nearby and the guest names no thing the hotel
        never speaks of beside the wish ("where can we go to a casino?" stays "not sure")."""
        if not ctx.hotel.places or not wants.SIGHTSEEING.search(step.text):
            return False
        lexicon = self.lookup.lexicon(ctx)
        rest = wants.SIGHTSEEING.sub(" ", step.text)  # the wish's own words ("Sehenswürdigkeiten") are no topic
        return not lexicon.unknown_topics(lexicon.query(rest, ctx.language), ctx.language)


def places_instead(text: str, result: SkillResult, ctx: SkillContext, reply: Reply) -> bool:
    """An FAQ answer the hotel wrote only in English, about places nearby: when those places' own facts (how
    far, when open) say every time and price it says, they are said in the guest's language instead. Not an
    answer about the hotel that names a place after its own rule ("The whole hotel is non-smoking... the
    beach too", "All our meat is halal... a temple restaurant nearby"): that rule is what was asked."""
    if result.data.get("answer_language") == ctx.language:
        return False
    answer = result.data.get("answer", "")
    named = named_in(answer, ctx.hotel.places)
    if not named or not _opens_on(answer, ctx.hotel.places):
        return False
    own = find_amenity(ctx.hotel.amenities, text)
    if own is not None and find_amenity(ctx.hotel.amenities, answer) == own:
        # "how late is the honesty bar open?": the hotel's own bar, which the answer about the bars nearby also
        # tells of: its own hours, in the guest's language
        call, facts = run_skill(ctx, "amenities_info", {"amenity": own.id})
        if facts.ok:
            reply.add(call, facts)
        return facts.ok
    args = fill.local_recommendations(Step("local_recommendations", text), ctx)
    if len(named) == 1:
        args = {"place": named[0].id, **only_keys(args, "day", "date")}
    call, places = run_skill(ctx, "local_recommendations", args)
    if not places.ok or not _plan_facts(result.data["answer"]) <= _plan_facts(places.text):
        return False  # the English says more ("otter feedings at 11:00 and 15:00"): better that than less
    reply.add(call, places)
    return True


def _plan_facts(text: str) -> set[str]:
    return {re.sub(r"\D", "", fact).lstrip("0") for fact in _TIME.findall(text) + WRITTEN_PRICE.findall(text)}


def _opens_on(answer: str, places: list[Place], place: Place | None = None) -> bool:
    """Whether an FAQ answer is about places nearby (or that one place): its first sentence names it. "The
    whole hotel is non-smoking... the beach too" is about the hotel."""
    first = named_in(_SENTENCE_BREAK.split(answer.strip(), 1)[0], places)
    return bool(first) and (place is None or place in first)


def sights(wish: dict[str, Any], ctx: SkillContext) -> dict[str, Any]:
    """A plain wish to see the place, as places nearby: the sights first, the restaurants only when the hotel lists
    nothing else (or the guest describes a kind of place: then theirs)."""
    if {"kind", "tags", "avoid", "place"} & set(wish) or \
            all(any(tag_matches(kind, place) for kind in _NOT_SIGHTS) for place in ctx.hotel.places):
        return wish
    return {**wish, "avoid": list(_NOT_SIGHTS)}


# What a wish about one place keeps when the place is answered from its own facts: the day of the visit and
# whether the guest asks the way there.
VISIT = ("day", "date", "way")


def only_keys(args: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in args.items() if k in keys}


def names_a_place_wish(step: Step, wish: dict[str, Any], ctx: SkillContext) -> bool:
    """The guest asks for a kind of place, a place by name, a cuisine, or something a place nearby offers."""
    return bool({"kind", "tags", "avoid", "place"} & set(wish)) or asked_cuisine(step.full) is not None or \
        means_a_place(ctx, step.full)


def opening_asked(step: Step, wish: dict[str, Any], ctx: SkillContext) -> dict[str, Any] | None:
    """"国立博物馆周一开门吗?", "Is the aquarium open on Monday?": whether the one place nearby the guest describes
    is open on a day is answered from its hours, not from an FAQ paragraph about several places."""
    if "day" not in wish or "place" in wish or not OPEN.search(step.text):
        return None
    if find_amenity(ctx.hotel.amenities, step.text):
        return None  # "is the swimming pool open tonight?" is about the hotel's own pool, not a place nearby
    place = standout(ctx, step.full)
    return {"place": place.id, **only_keys(wish, "day", "date")} if place else None


def _asks_only_opening(step: Step, wish: dict[str, Any]) -> bool:
    """"Will the market be open on Tuesday the 15th?": a day and whether it opens, and nothing the place's hours
    do not say (its price, tickets or the way there: "faut-il réserver les billets pour demain ?")."""
    return "day" in wish and bool(OPEN.search(step.full)) and not (
        wants.PRICE.search(step.full) or framing.WHERE_OR_HOW.search(step.full))


def turns_places_down(wish: dict[str, Any]) -> bool:
    """"Not seafood please. Something casual we can walk to?": a kind of place turned down beside one described
    is a wish for other places, whatever the FAQ knows about the one turned down."""
    return "avoid" in wish and bool({"kind", "tags"} & set(wish))
