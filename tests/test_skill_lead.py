"""A guest who wants the room leaves their details; the lead carries the stay they were offered."""

from __future__ import annotations

import datetime as dt

import pytest

from core.store.models import Guest, Lead
from skills import check_availability, create_lead
from skills.create_lead import Args, normalize_phone, valid_email


def test_laura_takes_the_standard_queen_she_was_offered(make_ctx, session):
    ctx = make_ctx(sender="+14155550177")
    check_availability.run(ctx, check_availability.Args(check_in=dt.date(2027, 3, 10),
                                                        check_out=dt.date(2027, 3, 12), room_code="SQ", guests=2))
    result = create_lead.run(make_ctx(sender="+14155550177", conversation=ctx.conversation),
                             Args(name="Laura Chen", email="laura.chen@example.com", phone="+1 415 555 0177"))
    lead = session.get(Lead, result.data["lead_id"])
    assert (lead.name, lead.email, lead.phone) == ("Laura Chen", "laura.chen@example.com", "+14155550177")
    assert (lead.check_in, lead.check_out, lead.room_code, lead.guests) == (
        dt.date(2027, 3, 10), dt.date(2027, 3, 12), "SQ", 2)
    assert "Thank you, Laura" in result.text and "deposit of $113.40 (30% of the stay)" in result.text
    assert ctx.state["lead_id"] == lead.id
    guest = session.get(Guest, ctx.conversation.guest_id)
    assert (guest.name, guest.email) == ("Laura Chen", "laura.chen@example.com")


def test_correcting_an_email_updates_the_same_lead(make_ctx, session):
    ctx = make_ctx(sender="+14155550177")
    create_lead.run(ctx, Args(name="Laura Chen", email="laura@example.com"))
    create_lead.run(make_ctx(sender="+14155550177", conversation=ctx.conversation),
                    Args(name="Laura Chen", email="laura.chen@example.com"))
    assert [lead.email for lead in session.query(Lead)] == ["laura.chen@example.com"]


def test_the_sender_phone_is_used_when_none_is_given(make_ctx, session):
    result = create_lead.run(make_ctx(sender="+34600111222"), Args(name="Ana Ruiz", email="ana@example.com"))
    assert session.get(Lead, result.data["lead_id"]).phone == "+34600111222"
    assert "Which dates" in result.text


def test_missing_and_invalid_details_are_asked_for(make_ctx, session):
    result = create_lead.run(make_ctx(), Args(email="ana@x", phone="12"))
    assert not result.ok and result.missing == ["name", "email", "phone"]
    assert "full name" in result.text and "doesn't look quite right" in result.text
    assert session.query(Lead).count() == 0


@pytest.mark.parametrize("raw, expected", [
    ("+1 415 555 0177", "+14155550177"),
    ("(415) 555-0177", "+14155550177"),
    ("1-415-555-0177", "+14155550177"),
    ("0044 20 7946 0958", "+442079460958"),
    ("+81 90-1234-5678", "+819012345678"),
    ("555 0177", None),
    ("+0 123", None),
    ("call me", None),
])
def test_phone_numbers_are_normalised_to_e164(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw, ok", [("laura.chen@example.com", True), ("<Ana@Example.ES>", True),
                                     ("ana@x", False), ("no email", False), ("a@b@c.com", False)])
def test_email_format(raw, ok):
    assert (valid_email(raw) is not None) is ok


@pytest.mark.parametrize("raw, country, expected", [
    ("090-1234-5678", "JP", "+819012345678"), ("079 123 45 67", "CH", "+41791234567"),
    ("06 61 23 45 67", "MA", "+212661234567"), ("912 345 678", "PT", "+351912345678"),
    ("07700 900123", "PT", None),  # a British number in Lisbon needs its country code
    ("33 1234 5678", "MX", "+523312345678"), ("81-2345-6789", "MX", "+528123456789"),  # ten digits, no trunk
    ("0423 987 654", "AU", "+61423987654"), ("(03) 9876 5432", "AU", "+61398765432"),  # mobile, landline
    ("021 765 4321", "NZ", "+64217654321"), ("9123 4567", "SG", "+6591234567"), ("423 987 654", "AU", None),
])
def test_a_local_number_is_read_in_the_hotels_country(raw, country, expected):
    assert normalize_phone(raw, country) == expected


@pytest.mark.parametrize("raw, country, home, expected", [
    ("(11) 98765-4321", "BR", "", "+5511987654321"), ("98765 43210", "IN", "", "+919876543210"),
    ("0141 255 0187", "IN", "", "+911412550187"),  # a "0" dialled before the city code
    # a country without rules of its own: the calling code of the hotel's own number
    ("011 4832-5501", "AR", "+54 11 4832 5500", "+541148325501"), ("832-5501", "AR", "+54 11 4832 5500", None),
    ("555 0177", "ZZ", "", None),
])
def test_a_number_written_as_at_home_is_read_with_the_hotels_country(raw, country, home, expected):
    assert normalize_phone(raw, country, home) == expected
