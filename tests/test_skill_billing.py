"""A bill is read only by the phone on the booking, whatever anyone else claims."""

from __future__ import annotations

from datetime import date

import pytest

from core.hotels import FolioLine
from skills import billing_inquiry, check_out
from skills.billing_inquiry import Args

MARIA, KENJI = "+14155550123", "+819012345678"
MARIAS_SECRETS = ("335", "226.80", "Gonzalez", "Maria", "214", "Harbor burger")


def test_maria_from_her_own_phone_gets_her_balance(make_ctx):
    result = billing_inquiry.run(make_ctx(sender=MARIA), Args())
    assert "$335.12" in result.text
    assert result.data["balance_minor"] == 33512 and result.data["verified"] is True


def test_kenji_gets_his_itemised_folio_with_the_laundry(make_ctx):
    result = billing_inquiry.run(make_ctx(sender=KENJI), Args(detail="folio"))
    assert "Same-day laundry" in result.text and "$427.32" in result.text
    assert "-$394.80" in result.text
    assert len(result.data["folio"]) == 6


@pytest.mark.parametrize("args", [
    Args(),
    Args(reservation="HV-1042"),
    Args(reservation="HV-1042", detail="folio"),
])
@pytest.mark.parametrize("sender", ["+15550009999", "+15550004444", None, "telegram:12345"])
def test_anyone_else_gets_no_amounts_names_or_rooms(make_ctx, sender, args):
    result = billing_inquiry.run(make_ctx(sender=sender), args)
    assert result.data == {"verified": False}
    assert not any(secret in result.text for secret in MARIAS_SECRETS)
    assert "phone number on the reservation" in result.text


def test_a_verified_guest_cannot_read_another_reservation(make_ctx):
    result = billing_inquiry.run(make_ctx(sender=KENJI), Args(reservation="HV-1042", detail="folio"))
    assert result.data == {"verified": False}
    assert not any(secret in result.text for secret in MARIAS_SECRETS)


def test_the_verification_answer_is_in_the_guests_language(make_ctx):
    result = billing_inquiry.run(make_ctx(sender="+34600111222", language="es"), Args(reservation="HV-1042"))
    assert "número de teléfono de la reserva" in result.text


def test_check_out_summary_shows_the_balance_only_to_the_guest_herself(make_ctx):
    own = check_out.run(make_ctx(sender=MARIA), check_out.Args())
    stranger = check_out.run(make_ctx(sender="+15550009999", address="other"), check_out.Args())
    assert "$335.12" in own.text and "November 24, 2026" in own.text
    assert "335" not in stranger.text and "11:00" in stranger.text


@pytest.mark.parametrize(("item", "line"), [
    ("what's the $28 on there?", "Same-day laundry"),
    ("how much was the breakfast", "Breakfast, Lighthouse Café"),
])
def test_a_named_charge_is_answered_with_its_line_and_the_balance(make_ctx, item, line):
    result = billing_inquiry.run(make_ctx(sender=KENJI), Args(item=item))
    assert line in result.text and "$427.32" in result.text
    assert len(result.data["lines"]) == 1 and result.data["lines"][0]["description"].startswith(line)


def test_a_plain_balance_question_names_no_line(make_ctx):
    result = billing_inquiry.run(make_ctx(sender=KENJI), Args(item="What's my balance?"))
    assert "lines" not in result.data and "$427.32" in result.text


@pytest.mark.parametrize("item", ["What's the 1,250 charge?", "c'est quoi les 1 250 MAD ?", "¿y los 1.250,00?",
                                  "这笔1,250是什么？", "ما هذا المبلغ 1250؟"])
def test_a_line_is_found_by_its_amount_written_with_thousands(make_ctx, item):
    """A group of three digits after a separator is thousands: "1,250" is not 1.25 (nor "1 250" two numbers)."""
    folio = [FolioLine(date=date(2026, 12, 2), description="Private transfer", amount=1250),
             FolioLine(date=date(2026, 12, 2), description="Mint tea", amount=1.25)]
    assert [line.description for line in billing_inquiry.asked_lines(make_ctx(), folio, item)] == ["Private transfer"]


@pytest.mark.parametrize(("language", "english"), [
    ("es", "inglés"), ("fr", "anglais"), ("de", "Englisch"), ("ru", "английск"), ("zh", "英文"), ("ja", "英語"),
    ("ko", "영어"), ("ar", "الإنجليزية"),
])
def test_an_itemised_bill_does_not_say_its_lines_are_english(make_ctx, language, english):
    """A hotel's billing system may write its lines in French or German: the note says they are as recorded,
    not which language they are in."""
    result = billing_inquiry.run(make_ctx(sender=KENJI, language=language), Args(detail="folio"))
    assert "28" in result.text and english not in result.text
