"""`local_recommendations`: Recommend places near the hotel: restaurants, cafés, museums, beaches, hikes, nightlife."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
from pydantic import BaseModel, Field

from core.hotels import Place
from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult
from skills.cuisines import asked_cuisine, served_nearby
from skills.formatting import long_date, weekday_name
from skills.places import (
    Hours,
    asks_budget,
    days_only,
    find_place,
    hours_text,
    parse_hours,
    place_line,
    price_rank,
    span_on,
    tag_matches,
    way_text,
    weekday_from,
)

MAX_SHOWN = 4


class Args(BaseModel):
    """Arguments of `local_recommendations` (also the LLM tool schema)."""

    kind: str | None = Field(
        default=None, description="restaurant, cafe, museum, beach, park, hike, nightlife, shopping"
    )
    tags: list[str] = Field(default_factory=list, description="e.g. vegetarian, kid-friendly, rainy-day, romantic")
    avoid: list[str] = Field(default_factory=list, description="kinds or tags the guest turned down, e.g. seafood")
    max_minutes: int | None = Field(default=None, description="walking minutes at most")
    place: str | None = Field(default=None, description="a specific place the guest asks about")
    day: str | None = Field(default=None, description="weekday the guest plans to go, e.g. Monday")
    date: dt.date | None = Field(default=None, description="the date the guest plans to go, when they give one")
    request: str | None = Field(default=None, max_length=500,
                                description="what the guest wants, in their words ('somewhere to see sea lions')")
    way: bool = Field(default=False, description="the guest asks how to get to the place")


# A place is described by two short documents (its name and kind with its tags, its description) and scores as
# the better one, as FAQ entries do: one long concatenation scored every place under 0.3 even when the guest named
# what only one offers. The name stands beside the kind, not alone: alone, a name drew requests it does not answer
# ("Salle de sport" came closest to "The Anchor Room"); beside the kind it is what a guest calls the place in their
# language ("Straßenbahn", "трамвай" for a "Tram 28 stop", "수족관" for an aquarium: 0.29-0.37, from 0.11-0.23).
# Measured with USE: what a place offers ("live music", "books or maps", "sea lions", fado, a museum, in any
# language) scores it 0.23-0.53; a request that names nothing any place offers (a sauna, a casino, tennis, the
# wifi, a gym) scores every place under 0.21.
_MEANING_MIN = 0.22
# A place that answers a question the FAQ could not ("anywhere to buy maps nearby?") must also stand clear of the
# next place, not merely be the least unlike.
_STANDOUT_MIN, _STANDOUT_LEAD = 0.23, 0.08
# Places shown for a request that means something: those about as close to it as the closest. A place further
# behind fits less than the guest asked for (a tram stop for a sunset viewpoint, 0.05 behind), and a list of
# every place nearby buries the one they wanted.
_FIT_MARGIN = 0.045
_VECTORS: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray]] = {}


def _documents(place: Place) -> tuple[str, ...]:
    tags = ", ".join(tag.replace("-", " ") for tag in place.tags)
    return tuple(text for text in (f"{place.name}, {place.kind}: {tags}", place.description) if text)


def by_meaning(ctx: SkillContext, places: list[Place], request: str) -> list[tuple[Place, float]]:
    """The places with how close each comes to what the guest asked (its best document), closest first."""
    kb = ctx.kb
    if not places or not request.strip() or not hasattr(kb, "query_vector"):
        return []
    docs = [_documents(p) for p in places]
    key = tuple(text for texts in docs for text in (*texts, "\0"))
    if key not in _VECTORS:
        owners = np.repeat(np.arange(len(places)), [len(texts) for texts in docs])
        _VECTORS[key] = kb.embedder.embed([text for texts in docs for text in texts]), owners
    vectors, owners = _VECTORS[key]
    best = np.full(len(places), -1.0)
    np.maximum.at(best, owners, vectors @ kb.query_vector(request))
    return sorted(zip(places, best.tolist(), strict=True), key=lambda pair: -pair[1])


def standout(ctx: SkillContext, request: str) -> Place | None:
    """The one place nearby that what the guest describes clearly points at, if any: by a clear lead in meaning,
    or by half that lead when the guest also uses a word only that place's description uses ("sea lions")."""
    ranked = by_meaning(ctx, ctx.hotel.places, request)
    if not ranked or ranked[0][1] < _STANDOUT_MIN:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    lead = _STANDOUT_LEAD / 2 if _own_words(ranked[0][0], ctx.hotel.places) & _words(request) else _STANDOUT_LEAD
    return ranked[0][0] if ranked[0][1] - runner_up >= lead else None


def means_a_place(ctx: SkillContext, request: str) -> bool:
    """Whether what the guest describes is something a place nearby offers ("a sunset viewpoint", "fado"),
    not something else said with "nearby" ("anywhere to park near you?")."""
    ranked = by_meaning(ctx, ctx.hotel.places, request)
    return bool(ranked) and ranked[0][1] >= _MEANING_MIN


_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    """Lower-case words, a plural's "s" dropped ("lions" is "lion")."""
    return {w.lower().removesuffix("s") for w in _WORD.findall(text)}


def _own_words(place: Place, places: list[Place]) -> set[str]:
    """Words of the place's description and tags that no other place's use."""
    def said(p: Place) -> set[str]:
        return _words(" ".join(_documents(p)))
    return said(place) - set().union(*(said(p) for p in places if p is not place))


def _fitting(ctx: SkillContext, places: list[Place], args: Args) -> list[Place]:
    """The places that fit what the guest asked, closest in meaning first, in any language; all of them, in the
    order given, when the request names nothing any of them offers ("what do you recommend?"). A request the
    filters already read ("restaurants", "on a rainy day") keeps every place that passed them, those matching
    most of its tags first; one only the meaning reads ("a tram worth riding") keeps the few that fit."""
    ranked = by_meaning(ctx, places, args.request or "")
    if not ranked or ranked[0][1] < _MEANING_MIN:
        return places
    if args.kind or args.tags:
        return sorted((place for place, _ in ranked), key=lambda p: -sum(tag_matches(t, p) for t in args.tags))
    best = ranked[0][1]
    return [place for place, score in ranked if score >= best - _FIT_MARGIN]


def _wanted(ctx: SkillContext, args: Args, weekday: int | None) -> list[Place]:
    """Places that pass every filter the guest gave, in season on the day they plan (today, when they name none:
    no bridge raised in winter), those matching most of their tags first, then those open only on few days
    among them that day (a Sunday market on a Sunday), then the nearest."""
    season_day = args.date or ctx.now.date()
    places = [p for p in ctx.hotel.places
              if (not args.kind or tag_matches(args.kind, p))
              and (args.max_minutes is None or (p.walk_minutes is not None and p.walk_minutes <= args.max_minutes))
              and (weekday is None or _open(parse_hours(p.hours), weekday, args.date) is not False)
              and parse_hours(p.hours).in_season(season_day)
              and not any(tag_matches(t, p) for t in args.avoid)]
    if asks_budget(args.tags):  # somewhere cheap: none the hotel prices "$$$" or dearer
        places = [p for p in places if price_rank(p) <= 2]
    if args.tags:
        places = [p for p in places if any(tag_matches(t, p) for t in args.tags)]
    return sorted(places, key=lambda p: (-sum(tag_matches(t, p) for t in args.tags),
                                         weekday is None or not days_only(parse_hours(p.hours)), p.minutes_away))


def _open(hours: Hours, weekday: int, date: dt.date | None) -> bool | None:
    """Open on the date, else on the weekday; None when the hotel's words leave it open (some weeks only)."""
    if date:
        return hours.open_on_date(date)
    return None if hours.sometimes_closed(weekday) else hours.open_on(weekday)


def _out_of_season(hours: Hours, date: dt.date | None) -> bool:
    return date is not None and not hours.in_season(date)


def _about_place(ctx: SkillContext, place: Place, args: Args, weekday: int | None) -> SkillResult:
    """A guest asking about one place wants to know whether it is open when they plan to go: on the date they
    give, when the place closes on some weeks only ("the 1st and 3rd Tuesday of the month"); or its facts, and
    the way there in the hotel's words when they ask it."""
    lang, hours, date = ctx.language, parse_hours(place.hours), args.date
    data = {"place": place.model_dump(), "weekday": weekday}
    way = way_text(place, ctx.hotel, lang) if args.way else ""
    if weekday is None:
        lines = [say("rec_one", lang), place_line(place, ctx.hotel, lang), way]
        return SkillResult(text="\n".join(line for line in lines if line), data=data)
    day = weekday_name(weekday, lang)
    is_open = _open(hours, weekday, date)
    key = {True: "place_open_on", False: "place_closed_on", None: "place_sometimes_closed"}[is_open]
    if date and is_open is not None and (hours.sometimes_closed(weekday) or _out_of_season(hours, date)):
        day = long_date(date, lang, weekday=True)  # which Tuesday of the month it is decides, or the season
    said = (span_on(hours, weekday) if is_open else None) or hours_text(hours, lang)  # that day's own hours
    text = say(key, lang, place=place.name, day=day, hours=said)
    # "how do we get there on Sunday?": the way too, unless it is closed that day
    return SkillResult(text="\n".join(line for line in (text, way if is_open is not False else "") if line),
                       data={**data, "open": is_open})


def run(ctx: SkillContext, args: Args) -> SkillResult:
    lang = ctx.language
    weekday = args.date.weekday() if args.date else weekday_from(args.day, ctx.now.date())
    if args.place:
        place = find_place(ctx.hotel.places, args.place)
        if place is None:
            return SkillResult(text=say("rec_place_unknown", lang, place=args.place), ok=False,
                               data={"place": args.place})
        return _about_place(ctx, place, args, weekday)
    cuisine = asked_cuisine(args.request or "")
    if cuisine is not None and not args.kind and any(tag_matches("restaurant", p) for p in ctx.hotel.places):
        args = args.model_copy(update={"kind": "restaurant"})  # "any sushi place around?": somewhere to eat
    places = _wanted(ctx, args, weekday)
    if not places and args.kind and args.tags:
        # "Where can I eat tasajo in a market?": a kind read from the verb (a restaurant) beside the kind of place
        # the guest names (a market) that none of the first kind is: the places the guest named.
        places = _wanted(ctx, args.model_copy(update={"kind": None}), weekday)
    if args.request:
        places = _fitting(ctx, places, args)
    places = places[:MAX_SHOWN]
    if cuisine is not None and not served_nearby(cuisine[0], ctx.hotel.places, ctx.hotel.address.country):
        # "附近有中餐馆吗？": no place the hotel lists is one; said first, the others only offered after
        others = [say("rec_other_places", lang), *(place_line(p, ctx.hotel, lang) for p in places)] if places else []
        lines = [say("rec_cuisine_unknown", lang, asked=cuisine[1]), *others]
        return SkillResult(text="\n".join(lines), data={"cuisine": cuisine[0], "served": False,
                                                         "places": [p.model_dump() for p in places]})
    closed = _closed_that_day(ctx, args, weekday)
    note = [] if closed is None or weekday is None else [say(
        "place_closed_on", lang, place=closed.name, day=weekday_name(weekday, lang),
        hours=hours_text(parse_hours(closed.hours), lang))]
    if not places and not note:
        return SkillResult(text=say("rec_none", lang), ok=False,
                           data={"kind": args.kind, "tags": args.tags, "place": args.place})
    lines = [say("rec_intro", lang), *(place_line(p, ctx.hotel, lang) for p in places)] if places else []
    return SkillResult(text="\n".join([*note, *lines]),
                       data={"places": [p.model_dump() for p in places], "closed": closed.id if closed else None})


def _closed_that_day(ctx: SkillContext, args: Args, weekday: int | None) -> Place | None:
    """The place that fits the request best, when it is closed on the day the guest plans ("fondue on
    Tuesday"): said first, rather than silently replaced by places open that day that fit less."""
    if weekday is None or not args.request:
        return None
    unfiltered = [p for p in ctx.hotel.places if not any(tag_matches(t, p) for t in args.avoid)]
    for candidates in (_wanted(ctx, args, None), unfiltered):  # the filters' best, then the meaning's ("ramen")
        ranked = by_meaning(ctx, candidates, args.request)
        if ranked and ranked[0][1] >= _MEANING_MIN and \
                _open(parse_hours(ranked[0][0].hours), weekday, args.date) is False:
            return ranked[0][0]
    return None


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
        "Pode me indicar um bom restaurante aqui perto?", "O que tem para visitar perto do hotel?",
        "Onde posso tomar um bom café por aqui?",
    ),
    run=run,
)
