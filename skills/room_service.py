"""`room_service`: Order food and drinks from the room-service menu to a room, or change an order."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, Field

from core.effects import StaffNotice
from core.hotels import Menu, MenuItem
from core.i18n import say
from core.store.models import ServiceTicket
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import join_list, money, to_minor
from skills.guest import guest_room, room_is_verified
from skills.inventory import charges_text, surcharges_minor
from skills.matching import best_match, same_word, words
from skills.places import around_the_clock, parse_hours
from skills.tickets import OPEN_STATUSES, open_ticket, status


class OrderLine(BaseModel):
    item_id: str = Field(description="menu item id")
    quantity: int = Field(default=1, ge=1, le=20)
    said: str | None = Field(default=None, max_length=80,
                             description="the guest's own words for an item guessed from them, said back beside it")
    listed: bool = Field(default=True, description="false: item_id is the guest's words for a dish the menu does "
                                                   "not have, said back as not found (never matched to another)")
    exact: bool = Field(default=False, description="the quantity is the new count of an item already ordered "
                                                   "(\"make it 3 burgers\"), not more of it")


class Choice(BaseModel):
    said: str = Field(max_length=80, description="the guest's words for a dish the menu sells several of")
    item_ids: list[str] = Field(description="menu item ids that fit the guest's words")


class Args(BaseModel):
    """Arguments of `room_service` (also the LLM tool schema)."""

    items: list[OrderLine] = Field(default_factory=list, description="menu items to add")
    remove: list[str] = Field(default_factory=list, description="menu item ids to take off the order")
    room: str | None = Field(default=None, description="room number for delivery")
    notes: str | None = Field(default=None, max_length=300, description="preparation notes, e.g. no anchovies")
    deliver_at: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$",
                                   description="HH:MM: when the guest wants it (later, or when the kitchen opens)")
    quote: bool = Field(default=False, description="the guest only asks what the order would cost: nothing is placed")
    confirm: bool = Field(default=False, description="some items were guessed from the guest's words, not named: "
                                                     "say them back with the price and place them only on a yes")
    status: bool = Field(default=False, description="the guest only asks how long the placed order will take")
    choose: list[Choice] = Field(default_factory=list, description="dishes the guest named by a kind the menu has "
                                                                    "several of: ask which, place nothing yet")


def find_item(menu: Menu, asked: str) -> MenuItem | None:
    """A menu item by id or by what the guest calls it ("burger", "lava cake")."""
    key = best_match(asked, {item.id: (item.id, item.name) for item in menu.items})
    return next((item for item in menu.items if item.id == key), None)


def _hours(ctx: SkillContext) -> str:
    services = ctx.hotel.services.model_extra or {}
    return ctx.hotel.menu.room_service_hours or (services.get("room_service") or {}).get("hours", "")


def _closed_reply(ctx: SkillContext, hours_text: str, at: str | None = None) -> SkillResult | None:
    """Outside service hours nothing is placed: the kitchen is closed (now, or at the time the guest wants it),
    so an order would only wait or be lost."""
    hours = parse_hours(hours_text)
    when_wanted = dt.time.fromisoformat(at) if at else ctx.now.time()
    if hours.span is None or hours.open_at(ctx.now.weekday(), when_wanted, stay=dt.timedelta(0)):
        return None
    opens, closes = (t.strftime("%H:%M") for t in hours.span)
    when = say("today" if when_wanted < hours.span[0] else "tomorrow", ctx.language)
    text = say("rs_closed_at", ctx.language, opens=opens, closes=closes, at=at) if at else \
        say("rs_closed", ctx.language, opens=opens, closes=closes, when=when)
    return SkillResult(text=text, ok=False, data={"open": False, "hours": hours_text, "opens_at": opens})


def _open_order(ctx: SkillContext) -> tuple[dict[str, Any], ServiceTicket | None]:
    """The order this conversation is still shaping: unplaced (waiting for a room) or a ticket not yet done."""
    order = ctx.state.get("room_service") or {}
    ticket = ctx.session.get(ServiceTicket, order["ticket_id"]) if order.get("ticket_id") else None
    if order.get("ticket_id") and (ticket is None or ticket.status not in OPEN_STATUSES):
        return {"lines": []}, None
    return {"lines": [dict(line) for line in order.get("lines", [])], "notes": order.get("notes")}, ticket


def _note_target(notes: str, lines: list[dict], menu: Menu) -> dict | None:
    """The ordered item a note is about ("without anchovies" -> the Caesar salad, whose menu note names them)."""
    said = words(notes)
    best, best_hits = None, 0
    for line in lines:
        item = next(i for i in menu.items if i.id == line["item_id"])
        hits = sum(any(same_word(s, w) for w in words(f"{item.name} {item.note}")) for s in said)
        if hits > best_hits:
            best, best_hits = line, hits
    return best


def _apply(ctx: SkillContext, args: Args, order: dict[str, Any]) -> tuple[dict[str, list[str]], list[str]]:
    """Change the order's lines in place; returns what changed (for the guest and staff) and unknown names."""
    menu, changes, unknown = ctx.hotel.menu, {"added": [], "count": [], "removed": [], "notes": []}, []
    for asked in args.items:
        item = find_item(menu, asked.item_id) if asked.listed else None
        if item is None:
            unknown.append(asked.item_id)
            continue
        line = next((line for line in order["lines"] if line["item_id"] == item.id), None)
        if line is None:
            order["lines"].append({"item_id": item.id, "quantity": asked.quantity, "notes": None,
                                   **({"said": asked.said} if asked.said else {})})
        elif asked.exact:
            line["quantity"] = asked.quantity
            changes["count"].append(f"{asked.quantity} × {item.name}")
            continue
        else:
            line["quantity"] += asked.quantity
        changes["added"].append(f"{asked.quantity} × {item.name}")
    for asked_id in args.remove:
        item = find_item(menu, asked_id)
        if item is not None and any(line["item_id"] == item.id for line in order["lines"]):
            order["lines"] = [line for line in order["lines"] if line["item_id"] != item.id]
            changes["removed"].append(item.name)
    if args.notes:
        target = _note_target(args.notes, order["lines"], menu)
        if target is not None:
            target["notes"] = args.notes.strip()
        else:
            order["notes"] = args.notes.strip()
        changes["notes"].append(args.notes.strip())
    return changes, unknown


def _describe(ctx: SkillContext, order: dict[str, Any]) -> tuple[list[str], int]:
    """Order lines as the guest reads them ("2 × Harbor burger ($42, no onions)") and the total with delivery."""
    currency, menu = ctx.hotel.currency, ctx.hotel.menu
    lines, total = [], to_minor(menu.delivery_fee, currency)
    for line in order["lines"]:
        item = next(i for i in menu.items if i.id == line["item_id"])
        amount = to_minor(item.price, currency) * line["quantity"]
        total += amount
        extra = f", {line['notes']}" if line.get("notes") else ""
        said = f"\"{line['said']}\": " if line.get("said") else ""  # what the guest called it, to check
        lines.append(f"{line['quantity']} × {item.name} ({said}{money(amount, currency)}{extra})")
    return lines, total


def _plus_charges(ctx: SkillContext, total: int) -> str:
    """"Plus 10% service charge and 7% VAT (THB 261.96): THB 1,741.96 in all.": a "++" hotel's menu prices
    leave these out, so the sum the guest signs for is said too. Empty at a hotel that names no such charge."""
    charges = charges_text(ctx.hotel, ctx.language)
    if not charges or not total:
        return ""
    extra, currency = surcharges_minor(ctx.hotel, total), ctx.hotel.currency
    return say("rs_plus_charges", ctx.language, charges=charges, tax=money(extra, currency),
               total=money(total + extra, currency))


def no_room_service(menu: Menu, currency: str, language: str) -> str:
    """A hotel that delivers nothing to rooms (a hostel) says so, and where its menu is sold instead."""
    text = say("rs_none", language)
    if menu.counter and menu.items:
        where = f"{menu.counter}, {menu.counter_hours}" if menu.counter_hours else menu.counter
        text += " " + say("rs_counter", language, counter=where, items=priced_items(menu, currency))
    return text


def priced_items(menu: Menu, currency: str) -> str:
    """The menu as one line: each dish with its price."""
    return "; ".join(f"{i.name} {money(to_minor(i.price, currency), currency)}" for i in menu.items)


def _menu_text(ctx: SkillContext) -> str:
    items = priced_items(ctx.hotel.menu, ctx.hotel.currency)
    if around_the_clock(_hours(ctx)):
        return say("rs_menu_24h", ctx.language, items=items)  # not "available 24h" inside a sentence
    return say("rs_menu", ctx.language, hours=_hours(ctx), items=items)


def _which(ctx: SkillContext, choice: Choice) -> str:
    """"Which empanadas would you like?", with the dishes that fit and their prices."""
    currency = ctx.hotel.currency
    options = [f"{item.name} {money(to_minor(item.price, currency), currency)}" for item in ctx.hotel.menu.items
               if item.id in choice.item_ids]
    return say("rs_which", ctx.language, said=choice.said, options=join_list(options, ctx.language))


def _age_limit(menu: Menu, order: dict[str, Any]) -> int | None:
    """An age tag ("21+") on an ordered item: staff will check ID at the door, so the guest should know."""
    ids = {line["item_id"] for line in order["lines"]}
    ages = [int(m.group(1)) for item in menu.items if item.id in ids for tag in item.tags
            if (m := re.fullmatch(r"(\d+)\+", tag))]
    return max(ages, default=None)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    lang, currency = ctx.language, ctx.hotel.currency
    if args.status:
        return status(ctx, "room_service")
    if not ctx.hotel.menu.room_service:  # nothing is placed: no kitchen would bring it
        return SkillResult(text=no_room_service(ctx.hotel.menu, currency, lang), ok=False,
                           data={"room_service": False, "counter": ctx.hotel.menu.counter})
    order, ticket = _open_order(ctx)
    waiting_for_room = bool(order["lines"]) and ticket is None and bool(args.room or args.deliver_at)
    if args.choose:  # the rest of the order is quoted beside the question: it is placed with the answer
        question = " ".join(_which(ctx, choice) for choice in args.choose)
        if not (args.items or order["lines"]):
            return SkillResult(text=question, data={"choose": [choice.model_dump() for choice in args.choose]})
        quoted = _quote(ctx, args, order)
        quoted.text = f"{question} {quoted.text}"
        return quoted
    if (args.quote or args.confirm) and (args.items or order["lines"]):
        return _quote(ctx, args, order)
    if not (args.items or args.remove or args.notes or waiting_for_room):
        return SkillResult(text=_menu_text(ctx), data={"menu": [i.model_dump() for i in ctx.hotel.menu.items]})
    closed = _closed_reply(ctx, _hours(ctx), args.deliver_at)
    if closed is not None:
        if ticket is not None:
            return closed
        unknown = _apply(ctx, args, order)[1]  # kept unplaced, as for a missing room: a change later still applies
        ctx.remember(room_service={"ticket_id": None, **order})
        offer = _offer_for_opening(ctx, args, order, closed)
        if unknown:
            offer.text = f"{say('rs_unknown_items', lang, items=join_list(unknown, lang))} {offer.text}"
        return offer
    changes, unknown = _apply(ctx, args, order)
    parts = [say("rs_unknown_items", lang, items=join_list(unknown, lang))] if unknown else []
    if not order["lines"]:
        if ticket is not None:
            ticket.status = "cancelled"
            _notify_kitchen(ctx, ticket, f"Order #{ticket.id} for room {ticket.room} cancelled by the guest")
        ctx.remember(room_service=None)
        parts.append(say("rs_cancelled", lang) if ticket is not None else _menu_text(ctx))
        return SkillResult(text=" ".join(parts), ok=ticket is not None, data={"unknown": unknown})

    # A placed order keeps its room unless the guest names another: not the reservation's, if it went elsewhere
    room = guest_room(ctx, args.room) if args.room or ticket is None else ticket.room
    lines, total = _describe(ctx, order)
    data: dict[str, Any] = {"lines": order["lines"], "notes": order.get("notes"), "total_minor": total,
                            "delivery_fee_minor": to_minor(ctx.hotel.menu.delivery_fee, currency),
                            "currency": currency, "room": room, "unknown": unknown,
                            "deliver_at": args.deliver_at or (ticket.details.get("deliver_at") if ticket else None)}
    if room is None:
        ctx.remember(room_service={"ticket_id": None, **order})
        parts.append(say("rs_ask_room", lang, order=join_list(lines, lang)))
        return SkillResult(text=" ".join(parts), ok=False, missing=["room"], data=data)

    details = {**data, "room_verified": room_is_verified(ctx, room)}
    summary = f"Room {room}: " + "; ".join(lines) + (f". Note: {order['notes']}" if order.get("notes") else "")
    summary += f". Deliver at {args.deliver_at}" if args.deliver_at else ""
    if ticket is None:
        ticket = open_ticket(ctx, department="room_service", kind="room_service", summary=summary, room=room,
                             details=details)
        parts.append(say("rs_placed" if data["delivery_fee_minor"] else "rs_placed_no_fee", lang, room=room,
                         order=join_list(lines, lang), fee=money(data["delivery_fee_minor"], currency),
                         total=money(total, currency)))
        parts.append(_plus_charges(ctx, total))
    else:
        change_text = _change_text(changes)
        ticket.summary, ticket.room = summary, room
        ticket.details = {**details, "changes": [*ticket.details.get("changes", []), change_text]}
        _notify_kitchen(ctx, ticket, f"Order #{ticket.id} for room {room} changed: {change_text}. Now: {summary}")
        parts.append(say("rs_updated", lang, room=room, changes=_change_text(changes, lang),
                         order=join_list(lines, lang), total=money(total, currency)))
        parts.append(_plus_charges(ctx, total))
    if args.deliver_at:
        parts.append(say("rs_scheduled", lang, at=args.deliver_at))
    if (age := _age_limit(ctx.hotel.menu, order)) is not None:
        parts.append(say("rs_id_check", lang, age=age))
    ctx.remember(room_service={"ticket_id": ticket.id, **order})
    return SkillResult(text=" ".join(filter(None, parts)), data={**data, "ticket_id": ticket.id})


def _quote(ctx: SkillContext, args: Args, order: dict[str, Any]) -> SkillResult:
    """What the items named (else the order so far) would cost with delivery; nothing is placed, a yes places it."""
    currency = ctx.hotel.currency
    asked = {"lines": [], "notes": None} if args.items else order
    unknown = _apply(ctx, args.model_copy(update={"remove": [], "notes": None}), asked)[1] if args.items else []
    lines, total = _describe(ctx, asked)
    missing = [say("rs_unknown_items", ctx.language, items=join_list(unknown, ctx.language))] if unknown else []
    if not lines:
        return SkillResult(text=" ".join([*missing, _menu_text(ctx)]),
                           data={"menu": [i.model_dump() for i in ctx.hotel.menu.items], "unknown": unknown})
    fee = to_minor(ctx.hotel.menu.delivery_fee, currency)
    text = " ".join(filter(None, [*missing, say("rs_quote" if fee else "rs_quote_no_fee", ctx.language,
                                                  order=join_list(lines, ctx.language),
                                                  subtotal=money(total - fee, currency), fee=money(fee, currency),
                                                  total=money(total, currency)), _plus_charges(ctx, total)]))
    room = guest_room(ctx, args.room)
    if args.items:  # the room named back too: the guest hears where it would go before saying yes
        text += " " + (say("rs_place_it_for", ctx.language, room=room) if room else say("rs_place_it", ctx.language))
    place = {"items": [{key: line[key] for key in ("item_id", "quantity", "said") if line.get(key)}
                       for line in asked["lines"]]} if args.items else {}
    return SkillResult(text=text, data={"quote": True, "lines": asked["lines"], "total_minor": total,
                                        "currency": currency,
                                        "offer": {**place, **({"room": room} if room else {})} if args.items else None})


def _offer_for_opening(ctx: SkillContext, args: Args, order: dict[str, Any], closed: SkillResult) -> SkillResult:
    """Outside hours an order is named back and offered for opening time, not refused and forgotten."""
    if not order["lines"]:
        return closed
    lines, _ = _describe(ctx, order)
    opens = closed.data["opens_at"]
    room = guest_room(ctx, args.room)  # named back: the guest hears where it would go before saying yes
    text = " ".join([closed.text, say("rs_closed_offer_for" if room else "rs_closed_offer", ctx.language,
                                      order=join_list(lines, ctx.language), opens=opens, room=room)])
    later = {"deliver_at": opens, **({"room": room} if room else {})}
    return SkillResult(text=text, ok=False, data={**closed.data, "lines": order["lines"], "offer": later})


def _change_text(changes: dict[str, list[str]], language: str = "en") -> str:
    """What changed, in staff's language (English) or the guest's."""
    keys = {"added": "rs_change_added", "count": "rs_change_count", "removed": "rs_change_removed",
            "notes": "rs_change_note"}
    return "; ".join(say(keys[kind], language, items=join_list(items, language))
                     for kind, items in changes.items() if items)


def _notify_kitchen(ctx: SkillContext, ticket: ServiceTicket, text: str) -> None:
    """A changed order is the same ticket; staff hear about the change in their channel, not as a new ticket."""
    ctx.effects.append(StaffNotice(hotel_id=ctx.hotel.id, text=text, department=ticket.department,
                                   conversation_id=ctx.conversation.id))


SKILL = Skill(
    name="room_service",
    description="Order food and drinks from the room-service menu to a room, or change an order.",
    args=Args,
    services=("room_service",),
    examples=(  # several per language: the offline brain's router learns the skill from them
        "I'd like a burger and a salad to room 214", "Can I order a pizza?", "Add a chocolate cake to my order",
        "Could you send up a club sandwich and two lemonades?", "I'd like to order dinner to my room",
        "Quisiera pedir una pizza y una ensalada a la habitación", "Tráiganos dos hamburguesas, por favor",
        "Je voudrais commander un burger en chambre", "Pouvez-vous monter une salade et un verre de vin ?",
        "Ich möchte eine Pizza aufs Zimmer bestellen", "Bringen Sie uns bitte zwei Burger",
        "Хочу заказать в номер бургер и салат", "Принесите, пожалуйста, пиццу в номер", "我想点一份披萨送到房间",
        "请送两个汉堡到我房间", "部屋にハンバーガーとサラダを注文したいです", "ピザを一枚、部屋に届けてください",
        "방으로 버거 하나 주문할게요", "피자랑 샐러드 방으로 보내 주세요", "أريد طلب برغر إلى غرفتي",
        "أرسلوا لي بيتزا إلى الغرفة من فضلك",
        # Orders that name dishes and a room with no verb at all, as guests text them.
        "Two club sandwiches and a coke, room 118", "Dos tortillas y una cerveza, habitación 310",
        "Deux croque-monsieur et un jus d'orange, chambre 112", "Zwei Schnitzel und ein Bier, Zimmer 214",
        "Два борща и чай в номер 305", "两份炒饭和一瓶啤酒，305房间", "ラーメン2つとビール1本、305号室",
        "비빔밥 두 개랑 콜라 하나, 305호", "اثنين شاورما وعصير برتقال، الغرفة 210",
        "Quero pedir duas pizzas e uma água com gás no quarto",
        "Pode mandar um sanduíche para o quarto 412?", "Dois cafés e um suco de laranja, quarto 305",
    ),
    run=run,
)
