"""`housekeeping`: Ask housekeeping for towels, pillows, toiletries, a crib, cleaning or turndown."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from core.i18n import has, say
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import join_list
from skills.guest import guest_room, room_is_verified
from skills.matching import same_word, words
from skills.tickets import open_ticket, status

# Services housekeeping offers besides the hotel's free items; keys double as phrase suffixes.
_SERVICES = {"cleaning": "cleaning", "turndown": "turndown", "do_not_disturb": "do not disturb"}
# What guests say for the catalogue's words.
_SYNONYMS = {"cot": "crib", "shampoo": "toiletries", "soap": "toiletries", "toothbrush": "toiletries",
             "toothpaste": "toiletries", "conditioner": "toiletries", "razor": "toiletries",
             "sewing": "toiletries", "allergy": "hypoallergenic",
             "clean": "cleaning", "tidy": "cleaning", "dnd": "disturb", "turn": "turndown"}
_GENERIC = frozenset({"extra", "do", "not"})


class HousekeepingItem(BaseModel):
    item: str = Field(description="towels, pillows, hypoallergenic pillow, toiletries, crib, cleaning, turndown")
    quantity: int = Field(default=1, ge=1, le=10)
    said: str | None = Field(default=None, max_length=80, description="the guest's own word for the item")


class Args(BaseModel):
    """Arguments of `housekeeping` (also the LLM tool schema)."""

    items: list[HousekeepingItem] = Field(default_factory=list)
    request: str = Field(default="", max_length=500, description="the request in the guest's words")
    room: str | None = None
    status: bool = Field(default=False, description="the guest only asks how long the request will take")


def _catalogue(ctx: SkillContext) -> dict[str, str]:
    """Item key -> the hotel's name for it: its free-on-request list, then the services housekeeping does."""
    setup = (ctx.hotel.services.model_extra or {}).get("housekeeping") or {}
    free = {_slug(name): name for name in setup.get("free_on_request", [])}
    return {**free, **_SERVICES}


def _slug(name: str) -> str:
    return re.sub(r"\W+", "_", name.strip().lower()).strip("_")


def _distinctive(name: str) -> set[str]:
    """A catalogue name's own words, read as guests' words are ("cot" is a crib; "shampoo" stays itself)."""
    return {w if _SYNONYMS.get(w) == "toiletries" else _SYNONYMS.get(w, w) for w in words(name)} - _GENERIC


def identify(ctx: SkillContext, text: str) -> list[str]:
    """Catalogue keys a phrase names; "hypoallergenic pillow" is that item, not also "extra pillows"."""
    said = [_SYNONYMS.get(w, w) for w in words(text)]
    found = {key: _distinctive(name) for key, name in _catalogue(ctx).items()
             if all(any(same_word(s, w) for s in said) for w in _distinctive(name))}
    return [key for key, need in found.items() if not any(need < other for other in found.values())]


def _label(ctx: SkillContext, key: str, quantity: int = 1, named: list[str] | None = None,
           said: str | None = None) -> str:
    """The item in the guest's language: our own word for it, else the guest's ("سجادة صلاة": the hotel's list
    says "prayer mat" in English only), else the hotel's."""
    name = say(f"hk_item_{key}", ctx.language) if has(f"hk_item_{key}", "en") else \
        said if said and ctx.language != "en" else _catalogue(ctx).get(key, key)
    if named:  # "toiletries (shampoo, toothbrush)"
        return f"{name} ({', '.join(named)})"
    return f"{quantity} × {name}" if quantity > 1 else name


def _wanted(ctx: SkillContext, args: Args) -> tuple[dict[str, int], list[str], dict[str, list[str]]]:
    """Items asked for with quantities, what we could not place in the catalogue (passed on as written), and
    the guest's own names for items the catalogue names more broadly (shampoo for toiletries)."""
    wanted: dict[str, int] = {}
    unknown: list[str] = []
    named: dict[str, list[str]] = {}
    asked = args.items or ([HousekeepingItem(item=args.request)] if args.request else [])
    for entry in asked:
        keys = identify(ctx, entry.item)
        if not keys:
            unknown.append(entry.item)
        for key in keys:
            wanted[key] = wanted.get(key, 0) + entry.quantity
            if args.items and not all(any(same_word(w, k) for k in words(key)) for w in words(entry.item)):
                named.setdefault(key, []).append(entry.said if entry.said and ctx.language != "en" else entry.item)
    return wanted, unknown, named


def run(ctx: SkillContext, args: Args) -> SkillResult:
    if args.status:
        return status(ctx, "housekeeping")
    lang, catalogue = ctx.language, _catalogue(ctx)
    wanted, unknown, named = _wanted(ctx, args)
    free_keys = [key for key in catalogue if key not in _SERVICES]
    if not wanted and not unknown:
        items = join_list([_label(ctx, key) for key in free_keys], lang)
        return SkillResult(text=say("hk_what", lang, items=items), ok=False, missing=["items"])
    room = guest_room(ctx, args.room)
    if room is None:  # what was asked for is named back, so the guest knows it was understood
        goods = [_label(ctx, key, n, named.get(key)) for key, n in wanted.items() if key not in _SERVICES]
        text = say("hk_ask_room_for", lang, items=join_list(goods, lang)) if goods else say("hk_ask_room", lang)
        return SkillResult(text=text, ok=False, missing=["room"])

    goods = {key: n for key, n in wanted.items() if key not in _SERVICES}
    summary = "; ".join([f"{n} × {catalogue[key]}" for key, n in wanted.items()] + unknown)
    details: dict[str, Any] = {"items": wanted, "unknown": unknown, "request": args.request,
                               "room_verified": room_is_verified(ctx, room)}
    ticket = open_ticket(ctx, department="housekeeping", kind="housekeeping", summary=f"Room {room}: {summary}",
                         room=room, details=details)
    parts = []
    if goods:
        said = {key: entry.said for entry in args.items if entry.said for key in identify(ctx, entry.item)}
        labels = join_list([_label(ctx, key, n, named.get(key), said.get(key)) for key, n in goods.items()], lang)
        parts += [say("hk_bring", lang, items=labels, room=room), say("hk_free", lang)]
    for key in _SERVICES:
        if key in wanted:
            parts.append(say(f"hk_{key}", lang, room=room))
    if unknown and not args.items:  # the whole request, unplaced: staff read it, the guest is not read it back
        parts.append(say("hk_passed_on", lang, room=room))
    elif unknown:  # named to the guest in their own word ("婴儿床"), to staff in English ("crib")
        theirs = [next((e.said for e in args.items if e.item == item and e.said), item) for item in unknown]
        parts.append(say("hk_passed_on_items", lang, room=room, items=join_list(theirs, lang)))
    return SkillResult(text=" ".join(parts), data={**details, "room": room, "ticket_id": ticket.id})


SKILL = Skill(
    name="housekeeping",
    description="Ask housekeeping for towels, pillows, toiletries, a crib, cleaning or turndown.",
    args=Args,
    services=("housekeeping",),
    examples=(  # several per language: the offline brain's router learns the skill from them
        "Can I get extra towels?", "Please send 2 pillows to room 305", "Can you clean my room?",
        "Could you bring up a spare blanket and a toothbrush?", "We ran out of toilet paper",
        "¿Me pueden subir dos almohadas más?", "Necesito un cepillo de dientes en la habitación",
        "Pourriez-vous m'apporter du shampoing ?", "Il nous faudrait une couverture de plus",
        "Könnten Sie bitte frische Handtücher bringen?", "Wir bräuchten noch ein Kissen",
        "Принесите, пожалуйста, ещё одно одеяло", "Нам нужны свежие полотенца", "请帮我送一个枕头过来",
        "房间需要打扫一下", "歯ブラシを持ってきてもらえますか", "毛布をもう一枚お願いします",
        "베개 하나 더 가져다 주실 수 있나요?", "방 청소 부탁드려요", "أحتاج إلى بطانية إضافية",
        "من فضلك أرسلوا فرشاة أسنان",
        "Pode mandar mais toalhas para o quarto?", "Preciso de um travesseiro extra",
        "Podem arrumar o quarto agora?", "Acabou o papel higiênico no banheiro",
    ),
    run=run,
)
