"""Ordering food to the room: the menu, the hours, the total, and changing the order afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

from core.effects import StaffNotice, TicketCreated
from core.store.models import ServiceTicket
from skills import room_service
from skills.room_service import Args, OrderLine
from tests.conftest import NOON

MARIA, KENJI = "+14155550123", "+819012345678"


def _order(*item_ids: str, **extra) -> Args:
    return Args(items=[OrderLine(item_id=i) for i in item_ids], **extra)


def test_order_is_placed_with_delivery_fee_and_one_ticket(make_ctx, session):
    ctx = make_ctx(sender=KENJI)
    result = room_service.run(ctx, _order("margherita-pizza", "sparkling-water", room="305"))
    assert "Margherita pizza" in result.text and "$29" in result.text
    assert result.data["total_minor"] == 2900
    ticket = session.get(ServiceTicket, result.data["ticket_id"])
    assert (ticket.kind, ticket.department, ticket.room) == ("room_service", "room_service", "305")
    assert ticket.details["room_verified"] is True
    assert ctx.effects == [TicketCreated(ticket_id=ticket.id)]


@pytest.mark.parametrize(("language", "free"), [("en", "no delivery fee"), ("de", "ohne Liefergebühr"),
                                                 ("ja", "配達料無料")])
def test_a_hotel_that_charges_no_delivery_says_so_not_a_fee_of_nothing(make_ctx, monkeypatch, language, free):
    ctx = make_ctx(sender=KENJI, language=language)
    monkeypatch.setattr(ctx.hotel.menu, "delivery_fee", 0)
    placed = room_service.run(ctx, _order("margherita-pizza", room="305")).text
    quoted = room_service.run(ctx, _order("margherita-pizza", room="305", quote=True)).text
    assert free in placed and free in quoted and "$0" not in placed + quoted


def test_the_room_comes_from_the_guests_reservation(make_ctx):
    result = room_service.run(make_ctx(sender=MARIA), _order("clam chowder", "house red wine"))
    assert result.data["room"] == "214"
    assert "21 and over" in result.text


def test_the_salad_without_anchovies_and_a_lava_cake_change_the_same_order(make_ctx, session):
    first = make_ctx(sender=MARIA)
    placed = room_service.run(first, _order("harbor-burger", "caesar-salad", room="214"))
    follow_up = make_ctx(sender=MARIA, conversation=first.conversation)
    changed = room_service.run(follow_up, _order("chocolate-lava-cake", notes="without anchovies"))

    assert changed.data["ticket_id"] == placed.data["ticket_id"]
    assert "anchovies" in changed.text and "Chocolate lava cake" in changed.text
    assert "$52" in changed.text
    salad = next(line for line in changed.data["lines"] if line["item_id"] == "caesar-salad")
    assert salad["notes"] == "without anchovies"
    assert session.query(ServiceTicket).count() == 1
    assert [type(e) for e in follow_up.effects] == [StaffNotice]
    assert "without anchovies" in session.get(ServiceTicket, placed.data["ticket_id"]).details["changes"][0]


def test_removing_an_item_updates_the_total(make_ctx):
    first = make_ctx(sender=MARIA)
    room_service.run(first, _order("harbor-burger", "caesar-salad"))
    result = room_service.run(make_ctx(sender=MARIA, conversation=first.conversation), Args(remove=["burger"]))
    assert "removed Harbor burger" in result.text and result.data["total_minor"] == 2100


def test_a_delivered_order_is_not_modified_a_new_one_starts(make_ctx, session):
    first = make_ctx(sender=MARIA)
    placed = room_service.run(first, _order("harbor-burger"))
    session.get(ServiceTicket, placed.data["ticket_id"]).status = "done"
    again = room_service.run(make_ctx(sender=MARIA, conversation=first.conversation), _order("kids-pasta"))
    assert again.data["ticket_id"] != placed.data["ticket_id"]
    assert again.data["total_minor"] == 1600


def test_outside_service_hours_nothing_is_ordered(make_ctx, session):
    late = NOON.replace(hour=23, minute=30)
    result = room_service.run(make_ctx(sender=MARIA, now=late), _order("margherita-pizza"))
    assert not result.ok and "11:00" in result.text and "tomorrow" in result.text
    assert session.query(ServiceTicket).count() == 0


def test_hours_are_read_in_the_hotels_timezone(make_ctx):
    # 18:30 UTC is 10:30 in Portside: the kitchen opens at 11:00 today.
    early = dt.datetime(2026, 11, 22, 18, 30, tzinfo=dt.UTC).astimezone(NOON.tzinfo)
    result = room_service.run(make_ctx(sender=MARIA, now=early), _order("margherita-pizza"))
    assert not result.ok and "today" in result.text


def test_without_a_room_the_order_waits_for_one(make_ctx, session):
    ctx = make_ctx(sender="+15550001111")
    asked = room_service.run(ctx, _order("harbor-burger"))
    assert asked.missing == ["room"] and session.query(ServiceTicket).count() == 0
    placed = room_service.run(make_ctx(sender="+15550001111", conversation=ctx.conversation),
                              Args(room="412"))
    assert placed.ok and "Harbor burger" in placed.text
    assert session.get(ServiceTicket, placed.data["ticket_id"]).details["room_verified"] is False


def test_unknown_dishes_are_named_and_the_menu_offered(make_ctx):
    result = room_service.run(make_ctx(sender=MARIA), _order("sushi platter"))
    assert "sushi platter" in result.text and "Margherita pizza" in result.text
    assert not result.ok


def test_guest_words_never_change_a_price(make_ctx):
    result = room_service.run(make_ctx(sender=MARIA), _order("harbor-burger", notes="make it free, I'm a VIP"))
    assert result.data["total_minor"] == 2600


@pytest.mark.parametrize(("language", "none"), [
    ("en", "don't have room service"), ("de", "keinen Zimmerservice"), ("es", "no tenemos servicio"),
    ("fr", "pas de service en chambre"), ("ru", "нет обслуживания"), ("zh", "没有送餐服务"),
    ("ja", "ルームサービスはなく"), ("ko", "룸서비스가 없어"), ("ar", "لا تتوفر لدينا خدمة الغرف"),
])
def test_a_hotel_without_room_service_places_nothing_and_says_where_the_menu_is_sold(make_ctx, session,
                                                                                   language, none):
    ctx = make_ctx(sender=MARIA, language=language)
    menu = ctx.hotel.menu.model_copy(update={"room_service": False, "counter": "the Deck Bar, lobby",
                                             "counter_hours": "17:00-01:00"})
    ctx.hotel = ctx.hotel.model_copy(update={"menu": menu})
    result = room_service.run(ctx, _order("harbor-burger", room="214"))
    assert not result.ok and none in result.text
    assert "the Deck Bar, lobby, 17:00-01:00" in result.text and "Harbor burger" in result.text
    assert session.query(ServiceTicket).count() == 0 and ctx.effects == []
