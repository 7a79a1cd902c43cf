"""`local_recommendations`: Recommend places near the hotel: restaurants, cafés, museums, beaches, hikes, nightlife."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, Field

from core.hotels import Place
from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import weekday_name
from skills.places import (
    find_place,
    hours_text,
    parse_hours,
    place_line,
    tag_matches,
    weekday_from,
)

MAX_SHOWN = 4


class Args(BaseModel):
    """Arguments of `local_recommendations` (also the LLM tool schema)."""

    kind: str | None = Field(
        default=None, description="restaurant, cafe, museum, beach, park, hike, nightlife, shopping"
    )
    tags: list[str] = Field(default_factory=list, description="e.g. vegetarian, kid-friendly, rainy-day, romantic")
    max_minutes: int | None = Field(default=None, description="walking minutes at most")
    place: str | None = Field(default=None, description="a specific place the guest asks about")
    day: str | None = Field(default=None, description="weekday the guest plans to go, e.g. Monday")
    request: str | None = Field(default=None, max_length=500,
                                description="what the guest wants, in their words ('somewhere to see sea lions')")


# Places whose description is at least this close to the guest's words come first (USE; a request that names
# nothing a place offers scores under it everywhere and keeps the nearest-first order).
_MEANING_MIN = 0.3
_VECTORS: dict[tuple[str, ...], np.ndarray] = {}


def _by_meaning(ctx: SkillContext, places: list[Place], request: str) -> list[Place]:
    """The places sorted by how close their description is to what the guest asked, in any language."""
    kb = ctx.kb
    if not places or not hasattr(kb, "query_vector"):
        return places
    texts = tuple(f"{p.name}: {p.kind}, {', '.join(p.tags)}. {p.description}" for p in places)
    if texts not in _VECTORS:
        _VECTORS[texts] = kb.embedder.embed(list(texts))
    scores = _VECTORS[texts] @ kb.query_vector(request)
    ranked = sorted(range(len(places)), key=lambda i: -scores[i])
    if scores[ranked[0]] < _MEANING_MIN:
        return places
    return [places[i] for i in ranked]


def _wanted(ctx: SkillContext, args: Args, weekday: int | None) -> list[Place]:
    """Places that pass every filter the guest gave, those matching most of their tags first, then the nearest."""
    places = [p for p in ctx.hotel.places
              if (not args.kind or tag_matches(args.kind, p))
              and (args.max_minutes is None or (p.walk_minutes is not None and p.walk_minutes <= args.max_minutes))
              and (weekday is None or parse_hours(p.hours).open_on(weekday))]
    if args.tags:
        places = [p for p in places if any(tag_matches(t, p) for t in args.tags)]
    return sorted(places, key=lambda p: (-sum(tag_matches(t, p) for t in args.tags), p.minutes_away))


def _about_place(ctx: SkillContext, place: Place, weekday: int | None) -> SkillResult:
    """A guest asking about one place wants to know whether it is open when they plan to go."""
    lang, hours = ctx.language, parse_hours(place.hours)
    data = {"place": place.model_dump(), "weekday": weekday}
    if weekday is None:
        return SkillResult(text=place_line(place, ctx.hotel, lang), data=data)
    day = weekday_name(weekday, lang)
    is_open = hours.open_on(weekday)
    key = "place_open_on" if is_open else "place_closed_on"
    text = say(key, lang, place=place.name, day=day, hours=hours_text(hours, lang))
    return SkillResult(text=text, data={**data, "open": is_open})


def run(ctx: SkillContext, args: Args) -> SkillResult:
    lang = ctx.language
    weekday = weekday_from(args.day, ctx.now.date())
    if args.place:
        place = find_place(ctx.hotel.places, args.place)
        if place is None:
            return SkillResult(text=say("rec_place_unknown", lang, place=args.place), ok=False,
                               data={"place": args.place})
        return _about_place(ctx, place, weekday)
    places = _wanted(ctx, args, weekday)
    if args.request:
        places = _by_meaning(ctx, places, args.request)
    places = places[:MAX_SHOWN]
    if not places:
        return SkillResult(text=say("rec_none", lang), ok=False,
                           data={"kind": args.kind, "tags": args.tags, "place": args.place})
    lines = [place_line(p, ctx.hotel, lang) for p in places]
    return SkillResult(text="\n".join([say("rec_intro", lang), *lines]),
                       data={"places": [p.model_dump() for p in places]})


SKILL = Skill(
    name="local_recommendations",
    description="Recommend places near the hotel: restaurants, cafés, museums, beaches, hikes, nightlife.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "Where can we eat seafood nearby?", "Any vegetarian restaurants?", "What to do on a rainy day?",
        "Can you recommend a good restaurant nearby?", "Any good bars around?",
        "¿Qué restaurante me recomiendan cerca?", "¿Dónde podemos tomar un buen café por aquí?",
        "Vous avez un bon restaurant à conseiller ?", "Où peut-on aller boire un verre ce soir ?",
        "Können Sie ein Restaurant in der Nähe empfehlen?", "Wo gibt es hier gutes Frühstück in der Nähe?",
        "Посоветуйте ресторан рядом", "Куда можно сходить с детьми поблизости?", "附近有什么好吃的餐厅？",
        "附近有什么好玩的地方？", "近くでおすすめのレストランはありますか？", "近くに子供と行ける場所はありますか？",
        "근처에 맛집 추천해 주세요", "근처에 가볼 만한 곳 있어요?", "هل يمكنك أن تنصحني بمطعم قريب؟",
        "ما الأماكن التي تنصح بزيارتها بالقرب من الفندق؟",
    ),
    run=run,
)
