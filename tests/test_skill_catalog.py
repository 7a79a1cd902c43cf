"""Every word a skill says exists in all nine languages, with the same fields, and reads as that language."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest
import yaml
from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

from core.hotels import LANGUAGES
from core.i18n import PHRASES_DIR, catalog
from skills import SKILLS, billing_inquiry, check_availability, complaints, housekeeping, room_service, wifi_info
from skills.housekeeping import HousekeepingItem
from skills.room_service import OrderLine

SKILLS_DIR = Path(__file__).resolve().parents[1] / "skills"
OWN = yaml.safe_load((PHRASES_DIR / "skills.yaml").read_text(encoding="utf-8"))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _keys_used_in_code() -> set[str]:
    source = "\n".join(p.read_text(encoding="utf-8") for p in SKILLS_DIR.glob("*.py"))
    literal = set(re.findall(r"""say\(\s*["']([a-z_0-9]+)["']""", source))
    conditional = set(re.findall(r"""["']([a-z][a-z_0-9]+)["']\s+if\s""", source)) | set(
        re.findall(r"""\belse\s+["']([a-z][a-z_0-9]+)["']""", source))
    return literal | (conditional & set(catalog()))


def test_every_phrase_of_the_skills_is_written_in_all_nine_languages_with_the_same_fields():
    for key, texts in OWN.items():
        assert set(texts) == set(LANGUAGES), key
        for language, text in texts.items():
            assert text.strip(), (key, language)
            assert _fields(text) == _fields(texts["en"]), (key, language)


def test_every_phrase_the_code_names_exists():
    used = _keys_used_in_code()
    assert {"avail_room_sold_out", "billing_verify", "one_night", "n_nights"} <= used
    assert used - set(catalog()) == set()
    for key in used:
        assert set(catalog()[key]) >= set(LANGUAGES), key


def test_dynamic_phrase_families_are_complete(hotel):
    for department in ("front_desk", "housekeeping", "maintenance", "management", "room_service"):
        assert f"team_{department}" in OWN
    for name in hotel.services.model_extra["housekeeping"]["free_on_request"]:
        assert "hk_item_" + re.sub(r"\W+", "_", name) in OWN
    for service in ("cleaning", "turndown", "do_not_disturb"):
        assert f"hk_{service}" in OWN


def test_every_skill_offers_a_tool_schema():
    assert len(SKILLS) == 18
    for skill in SKILLS.values():
        assert skill.tool_schema()["function"]["parameters"]["type"] == "object"


@pytest.fixture(scope="module")
def detector():
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _replies(make_ctx, language: str) -> list[str]:
    guest = dict(sender="+14155550123", language=language)
    return [
        check_availability.run(make_ctx(language=language, address=f"a-{language}"), check_availability.Args(
            check_in=dt.date(2027, 2, 12), check_out=dt.date(2027, 2, 15), room_code="KS")).text,
        check_availability.run(make_ctx(language=language, address=f"b-{language}"), check_availability.Args(
            check_in=dt.date(2027, 2, 15), check_out=dt.date(2027, 2, 17), room_code="KS")).text,
        billing_inquiry.run(make_ctx(**guest), billing_inquiry.Args()).text,
        billing_inquiry.run(make_ctx(language=language, sender="+15550009999"), billing_inquiry.Args()).text,
        wifi_info.run(make_ctx(language=language), wifi_info.Args()).text,
        housekeeping.run(make_ctx(**guest), housekeeping.Args(items=[HousekeepingItem(item="towels")])).text,
        room_service.run(make_ctx(**guest, address=f"rs-{language}"),
                         room_service.Args(items=[OrderLine(item_id="harbor-burger")])).text,
        complaints.run(make_ctx(**guest, address=f"c-{language}"), complaints.Args(text="The AC is broken")).text,
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_replies_read_as_the_guests_language(make_ctx, detector, language):
    for reply in _replies(make_ctx, language):
        detected = detector.detect_language_of(reply)
        assert detected is not None and detected.iso_code_639_1.name.lower() == language, reply
