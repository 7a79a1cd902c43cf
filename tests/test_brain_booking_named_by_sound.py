"""A Korean or Japanese guest books a room named in English by writing its name as it sounds, and gives the name
to book in before its cue ("김민지 이름으로", "佐藤花子の名前で"): the stay goes on to the deposit link, and no dish is
read into the "OK" that says yes. Fresh wording; no message here is an item of a dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.brains import room_slots, slots
from core.hotels import load_hotel
from tests.test_brain import Guest, offline_concierge, skills_of, text_of

HOIAN = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "hoian-lantern-river-hotel")


@pytest.mark.parametrize(("text", "code"), [
    ("랜턴 가든 룸으로 이틀 묵고 싶어요", "LG"), ("ランタンガーデンの部屋を一つお願いします", "LG"),
    ("리버 발코니 룸 있나요?", "RB"),
])
def test_a_room_named_in_english_is_heard_in_hangul_and_katakana(text, code):
    assert room_slots.room_type(text, HOIAN.rooms) == code


@pytest.mark.parametrize(("text", "name"), [
    ("네, 박서준 이름으로 해 주세요", "박서준"), ("田中一郎の名前で予約をお願いします", "田中一郎"),
    ("麻烦用陈静的名字订", "陈静"), ("好，以刘洋的名义预订", "刘洋"),
])
def test_the_name_a_booking_is_made_in_is_read_before_its_cue(text, name):
    assert slots.person_name(text) == name


@pytest.fixture(scope="module")
def concierge(tmp_path_factory):
    return offline_concierge(tmp_path_factory.mktemp("by-sound"), HOIAN)


def test_a_stay_booked_in_korean_with_the_room_written_by_sound_ends_in_a_deposit_link(concierge):
    guest = Guest(concierge, "+821044443333", HOIAN)
    guest.says("2027년 3월 9일부터 12일까지 랜턴 가든 룸 두 명 가능한가요?")
    booked = guest.says("네 좋아요, 박서준 이름으로 예약해 주세요. seojun.park@example.kr, 010-4444-3333")
    assert "room_service" not in skills_of(booked) and "create_lead" in skills_of(booked)
    link = guest.says("결제 링크 보내 주세요")
    assert skills_of(link) == ["generate_payment_link"] and "/pay/" in text_of(link)
