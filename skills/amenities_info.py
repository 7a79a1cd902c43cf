"""`amenities_info`: Hours, location and rules of a hotel facility: pool, gym, café, business corner, EV charging."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from core.hotels import Amenity
from core.i18n import say
from core.loanwords import loanwords, sounds_like
from core.translit import russian_forms, to_cyrillic
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import hotel_text
from skills.matching import best_match, words

# Words every sentence about a stay may hold that name no facility alone: "at no charge" is not the EV charging,
# "from the lobby" not the lobby coffee station.
_NAMES_NOTHING = frozenset("charge charges charged fee free cost price lobby hotel room rooms desk front".split())


class Args(BaseModel):
    """Arguments of `amenities_info` (also the LLM tool schema)."""

    amenity: str | None = Field(default=None, description="amenity id or name")


def find_amenity(amenities: list[Amenity], asked: str) -> Amenity | None:
    """By id, or by what the guest calls it ("pool", "EV chargers", "fitness")."""
    said = " ".join(w for w in words(asked) if w not in _NAMES_NOTHING)
    key = best_match(said, {a.id: (a.id, a.name) for a in amenities})
    heard = loanwords(asked)  # "찜질방", "サウナ": a facility's English or romanised name as it sounds
    return next((a for a in amenities if a.id == key), None) or next(
        (a for a in amenities if any(sounds_like(w, name) for w in heard for name in words(a.name))), None) or \
        _named_in_russian(amenities, asked)


def _named_in_russian(amenities: list[Amenity], asked: str) -> Amenity | None:
    """A facility whose name is a Russian word, named in one of its cases ("про баню", "самоварная") or spelled
    in Latin letters another way ("banja", "banya"): both sides written in Cyrillic (with its й, which `words`
    would take for an и)."""
    said = [to_cyrillic(w) for w in re.findall(r"[^\W\d_]+", asked.lower()) if w not in _NAMES_NOTHING]
    return next((a for a in amenities for name in words(a.name) if len(name) >= 4 and any(
        re.fullmatch(russian_forms(to_cyrillic(name)), w) for w in said)), None)


def _hours(ctx: SkillContext, amenity: Amenity) -> str:
    if amenity.hours.strip().lower() in {"24h", "24 h", "24/7", "24 hours"}:
        return say("amenity_open_24h", ctx.language)
    return say("amenity_hours", ctx.language, hours=amenity.hours)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    amenities = ctx.hotel.amenities
    amenity = find_amenity(amenities, args.amenity) if args.amenity else None
    listing = [{"id": a.id, "name": a.name, "hours": a.hours} for a in amenities]
    if amenity is None:
        names = "; ".join(f"{a.name} ({a.hours})" if a.hours else a.name for a in amenities)
        key = "amenity_unknown" if args.amenity else "amenity_list"
        return SkillResult(text=say(key, ctx.language, asked=args.amenity or "", amenities=names),
                           ok=not args.amenity, data={"asked": args.amenity, "amenities": listing})
    parts = [f"{amenity.name}: {_hours(ctx, amenity)}"]
    if amenity.location:
        parts.append(say("amenity_location", ctx.language, location=amenity.location))
    parts.append(hotel_text(ctx.hotel, ctx.language, amenity.notes))
    return SkillResult(text=" ".join(p for p in parts if p), data={"amenity": amenity.model_dump(by_alias=True)})


SKILL = Skill(
    name="amenities_info",
    description="Hours, location and rules of a hotel facility: pool, gym, café, business corner, EV charging.",
    args=Args,
    examples=("When is the pool open?", "Where is the gym?", "Do you have EV chargers?"),
    run=run,
)
