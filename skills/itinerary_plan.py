"""`itinerary_plan`: Plan a half or full day, or a few days, around the hotel from nearby places and their hours."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from core.hotels import Place
from core.i18n import say
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import join_list, long_date, weekday_name
from skills.places import days_only, distance_text, parse_hours, tag_matches

Part = Literal["morning", "afternoon"]
# (start time, what the slot is for): a visit or a meal.
SLOTS: dict[str, tuple[tuple[str, str], ...]] = {
    "full": (("10:00", "visit"), ("12:30", "meal"), ("14:30", "visit"), ("16:30", "visit"), ("19:00", "meal")),
    "morning": (("09:30", "visit"), ("11:00", "visit"), ("12:30", "meal")),
    "afternoon": (("14:00", "visit"), ("16:00", "visit"), ("18:30", "meal")),
}
MEAL_KINDS = frozenset({"restaurant"})
# Kinds that make a poor stop in a general day out, unless the guest asked for them.
ON_REQUEST_KINDS = frozenset({"cafe", "nightlife"})
# Places for an errand or a need, never a stop of a day out: a pharmacy, a clinic, a bank, a ride.
ERRAND_KINDS = frozenset({"pharmacy", "medical", "health", "clinic", "hospital", "doctor", "bank", "atm",
                          "supermarket", "laundry", "post office", "transport", "station", "car rental"})
# A place further than this (rough minutes, a ride counted three times) is a day trip of its own, not a stop.
FARTHEST_STOP = 90
# The longest plan written at once: past it a guest's stay is better planned with the desk than by a list.
MAX_DAYS = 5


class Args(BaseModel):
    """Arguments of `itinerary_plan` (also the LLM tool schema)."""

    length: Literal["half", "full"] = "full"
    interests: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    part: Part | None = Field(default=None, description="for a half day: morning or afternoon")
    days: int = Field(default=1, ge=1, le=MAX_DAYS, description="how many days in a row, each with other places")


def _when(ctx: SkillContext, args: Args) -> tuple[dt.date, str]:
    """The day and slot set: today while there is still time for it, else tomorrow."""
    hour, today = ctx.now.hour, ctx.now.date()
    if args.length == "full":
        return args.date or (today if hour < 11 else today + dt.timedelta(days=1)), "full"
    if args.part:
        return args.date or today, args.part
    if args.date and args.date != today:
        return args.date, "morning"
    if hour < 10:
        return today, "morning"
    return (today, "afternoon") if hour < 15 else (today + dt.timedelta(days=1), "morning")


def _interest(place: Place, interests: list[str]) -> int:
    return sum(tag_matches(i, place) for i in interests)


def _pick(places: list[Place], purpose: str, day: dt.date, at: dt.time, interests: list[str],
          used: set[str]) -> Place | None:
    """The most interesting unused place of the right sort open at `at`, nearest first among equals."""
    def fits(p: Place) -> bool:
        if p.id in used or (p.kind in MEAL_KINDS) != (purpose == "meal") or p.minutes_away > FARTHEST_STOP:
            return False
        if p.kind in ON_REQUEST_KINDS and not _interest(p, interests) or p.kind in ERRAND_KINDS:
            return False
        hours = parse_hours(p.hours)
        return hours.in_season(day) and hours.open_at(day.weekday(), at)
    candidates = [p for p in places if fits(p)]
    # a place open on few days, one of them this day (the Sunday market), before another open any day
    return min(candidates, key=lambda p: (-_interest(p, interests), not days_only(parse_hours(p.hours)),
                                          p.minutes_away), default=None)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """One day's plan, or several in a row that never send the guest to the same place twice."""
    lang = ctx.language
    first, part = _when(ctx, args)
    used: set[str] = set()
    texts, plans = [], []
    for day in (first + dt.timedelta(days=n) for n in range(args.days)):
        stops = []
        for start, purpose in SLOTS[part]:
            place = _pick(ctx.hotel.places, purpose, day, dt.time.fromisoformat(start), args.interests, used)
            if place is not None:
                used.add(place.id)
                stops.append((start, place))
        if not stops:
            texts.append(say("itin_nothing", lang, day=long_date(day, lang, weekday=True)))
            continue
        closed = [p for p in ctx.hotel.places
                  if _interest(p, args.interests) and parse_hours(p.hours).open_on_date(day) is False]
        lines = [f"{start} — {p.name} ({distance_text(p, lang)})" for start, p in stops]
        parts = [say("itin_intro_full" if part == "full" else "itin_intro_half", lang,
                     day=long_date(day, lang, weekday=True)), *lines]
        if closed:
            parts.append(say("itin_closed", lang, places=join_list([p.name for p in closed], lang),
                             day=weekday_name(day.weekday(), lang)))
        texts.append("\n".join(parts))
        plans.append({"date": day.isoformat(), "part": part,
                      "stops": [{"time": start, "place_id": p.id, "name": p.name, "hours": p.hours}
                                for start, p in stops],
                      "closed_that_day": [p.id for p in closed]})
    if not plans:
        return SkillResult(text=texts[0], ok=False)
    return SkillResult(text="\n\n".join(texts), data={**plans[0], "days": plans})


SKILL = Skill(
    name="itinerary_plan",
    description="Plan a half or full day, or a few days in a row, around the hotel from nearby places and their "
                "opening hours.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "Plan a day for us", "What should we do tomorrow afternoon?", "Make us a half-day itinerary",
        "Can you plan our day tomorrow?", "We have a free afternoon, what do you suggest we do?",
        "¿Nos puedes organizar el día de mañana?", "Haznos un plan para medio día",
        "Pouvez-vous nous préparer un programme pour demain ?", "Organisez-nous une demi-journée",
        "Können Sie uns einen Tagesplan machen?", "Planen Sie uns einen halben Tag", "Составьте нам план на день",
        "Что нам посмотреть завтра за полдня?", "帮我们安排一下明天的行程", "给我们规划半天的活动",
        "明日の観光プランを作ってください", "半日のプランを考えてください", "내일 하루 일정 짜 주세요",
        "반나절 코스 추천해 주세요", "خطط لنا يوما كاملا", "اقترح لنا برنامجا لنصف يوم",
        "Plan our three free days here", "Can you put together a 2-day itinerary?", "Organízanos tres días libres",
        "Préparez-nous un programme sur deux jours", "Planen Sie unsere drei freien Tage",
        "Составьте нам программу на три дня", "帮我们安排三天的行程", "3日間の観光プランをお願いします",
        "3일 동안 일정 짜 주세요", "خطط لنا ثلاثة أيام",
        "Monta um roteiro de um dia inteiro para amanhã", "Pode planejar meio dia de passeio para nós?",
    ),
    run=run,
)
