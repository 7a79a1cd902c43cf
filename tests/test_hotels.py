"""Hotel folders: the reference hotel loads as it is; a bad folder says file, entry and field."""

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from core.hotels import HotelError, load_hotel, load_hotels, unread_fields
from core.settings import SAMPLE_HOTELS_DIR
from hub.cli import app

SHARED = Path(__file__).resolve().parents[2] / "shared"
REFERENCE = SHARED / "hotels" / "harbor-view"
DEV_HOTELS = Path(__file__).resolve().parent / "data" / "hotels"


def test_reference_hotel_loads_as_it_is():
    hotel = load_hotel(REFERENCE)
    assert hotel.id == "harbor-view"
    assert {r.code for r in hotel.rooms} == {"SQ", "KS", "PF", "FR"}
    assert hotel.policies.deposit.percent == 30
    assert hotel.services.wifi.password == "tidepool-4821"
    assert len(hotel.kb) == 128
    assert hotel.kb_entry("pet-policy").answer_in("de").startswith("Hunde und Katzen")
    assert hotel.guest_by_phone("+14155550123").reservation == "HV-1042"


def test_the_shipped_sample_hotels_load():
    hotels = load_hotels(SAMPLE_HOTELS_DIR)
    assert hotels
    for hotel in hotels.values():
        assert hotel.kb, f"{hotel.id} ships no knowledge base"


def test_the_development_hotels_load_as_they_are():
    """tests/data/hotels holds hotels written only to measure generalization (scripts/eval.sh serves them)."""
    hotels = load_hotels(DEV_HOTELS)
    ryokan = hotels["kyoto-seiryu"]
    assert ryokan.currency == "JPY" and ryokan.default_language == "ja"
    assert {r.code for r in ryokan.rooms} == {"ST", "RV", "GS", "WT"}
    assert ryokan.times.early_check_in is None
    assert ryokan.services.wifi.password == "momiji-7361"
    assert 35 <= len(ryokan.kb) <= 50
    assert ryokan.kb_entry("wifi").answer_in("ru") is None          # translated into some languages only
    assert ryokan.guest_by_phone("+447700900123").room == "Kikyo"
    alpine = hotels["zermatt-alpenrose"]
    assert alpine.currency == "CHF" and alpine.default_language == "de" and alpine.languages == ["de", "en", "fr"]
    assert {r.code for r in alpine.rooms} == {"EZ", "DZ", "FS", "JS"}
    assert alpine.times.early_check_in.fee == 30 and alpine.times.late_check_out.until == "14:00"
    assert alpine.services.wifi.password == "edelweiss-4478"
    assert 35 <= len(alpine.kb) <= 50
    assert alpine.kb_entry("wifi").answer_in("es") is None            # de and en everywhere, fr for some
    assert alpine.kb_entry("sauna-rules").answer_in("de").startswith("Der Saunabereich ist textilfrei")
    assert alpine.guest_by_phone("+41791234567").room == "307"
    assert alpine.guest_by_phone("+41791234567").balance == 614.30
    assert not set(hotels) & (set(load_hotels(SAMPLE_HOTELS_DIR)) | {"harbor-view"})   # eval.sh serves them all


def test_the_marrakech_riad_loads_with_named_rooms_and_dirhams():
    """The fifth development hotel: Arabic first, dirhams, rooms known by name, a closed summer period."""
    riad = load_hotels(DEV_HOTELS)["marrakech-dar-yasmine"]
    assert riad.currency == "MAD" and riad.default_language == "ar" and riad.languages == ["ar", "fr", "en"]
    assert {r.code: r.rate for r in riad.rooms} == {"CL": 950, "SP": 1250, "FA": 1650, "SU": 1950}
    assert riad.times.early_check_in.fee == 200 and riad.times.late_check_out.until == "15:00"
    assert riad.policies.deposit.percent == 30 and riad.policies.taxes.rates_include_tax
    assert riad.services.wifi.password == "zellige-5820"
    assert 40 <= len(riad.kb) <= 50
    assert riad.kb_entry("wifi").answer_in("ar").startswith("الواي فاي مجاني")
    assert riad.kb_entry("suites").answer_in("ar") is None            # fr everywhere, ar for about half
    assert riad.guest_by_phone("+971501234567").room == "Suite Yasmine"
    assert riad.guest_by_phone("+971501234567").balance == 2610
    closed = riad.inventory_blocks[-1]
    assert (closed.first_night.isoformat(), closed.last_night.isoformat()) == ("2027-07-05", "2027-07-25")


def test_the_busan_development_hotel_loads_as_it_is():
    """Korean first, won without a minor unit, rooms numbered by floor (1807 is on the 18th)."""
    busan = load_hotels(DEV_HOTELS)["busan-haeundae"]
    assert busan.currency == "KRW" and busan.default_language == "ko" and busan.languages == ["ko", "en", "ja", "zh"]
    assert {r.code for r in busan.rooms} == {"OD", "CT", "FO", "ES"}
    assert busan.room("OD").rate == 189000 and busan.policies.deposit.percent == 20
    assert busan.times.late_check_out.fee == 20000 and busan.times.late_check_out.until == "15:00"
    assert busan.services.wifi.password == "dongbaek-2627"
    assert 40 <= len(busan.kb) <= 55
    assert busan.kb_entry("wifi").answer_in("fr") is None            # ko and en everywhere, ja and zh for some
    assert busan.kb_entry("tattoos").answer_in("ko").startswith("신용카드보다 큰 타투")
    assert busan.guest_by_phone("+821047261835").room == "1807"
    assert busan.guest_by_phone("+821047261835").balance == 490600
    assert [b.reason for b in busan.inventory_blocks][-1].startswith("Busan International Film Festival")


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "harbor-view"
    shutil.copytree(REFERENCE, folder)
    return folder


def test_a_bad_room_rate_names_file_entry_and_field(tmp_path):
    folder = _copy(tmp_path)
    data = yaml.safe_load((folder / "hotel.yaml").read_text())
    data["rooms"][1]["rate"] = "expensive"
    (folder / "hotel.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(HotelError) as error:
        load_hotel(folder)
    message = str(error.value)
    assert "hotel.yaml" in message and "rooms[1](KS)" in message and "rate" in message


def test_a_kb_entry_without_answer_names_its_id(tmp_path):
    folder = _copy(tmp_path)
    entries = yaml.safe_load((folder / "kb.yaml").read_text())
    del entries[4]["answer"]
    (folder / "kb.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True))
    with pytest.raises(HotelError) as error:
        load_hotel(folder)
    assert "kb.yaml" in str(error.value) and "(pet-policy)" in str(error.value) and "answer" in str(error.value)


def test_an_unknown_timezone_and_room_code_are_refused(tmp_path):
    folder = _copy(tmp_path)
    data = yaml.safe_load((folder / "hotel.yaml").read_text())
    data["timezone"] = "Mars/Olympus"
    (folder / "hotel.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(HotelError, match="timezone"):
        load_hotel(folder)
    data["timezone"] = "America/Los_Angeles"
    data["inventory_blocks"][0]["rooms"] = ["PENTHOUSE"]
    (folder / "hotel.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(HotelError, match="PENTHOUSE"):
        load_hotel(folder)


def test_hotels_check_command_reports_ok_and_errors(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(app, ["hotels", "check", str(REFERENCE.parent)])
    assert ok.exit_code == 0 and "harbor-view" in ok.output
    folder = _copy(tmp_path)
    (folder / "hotel.yaml").write_text("id: broken\nname: [unclosed")
    bad = runner.invoke(app, ["hotels", "check", str(tmp_path)])
    assert bad.exit_code == 1
    assert "not valid YAML" in bad.output


def test_hotels_check_names_the_fields_no_skill_reads(tmp_path):
    """A hotel's own tax field ("kurtaxe") is kept, but no quote mentions it: its author is told where it sits."""
    folder = _copy(tmp_path)
    data = yaml.safe_load((folder / "hotel.yaml").read_text())
    data["policies"]["taxes"]["tourist_levy"] = {"per_adult_per_night": 3.5}
    (folder / "hotel.yaml").write_text(yaml.safe_dump(data))
    assert "policies.taxes.tourist_levy" in unread_fields(load_hotel(folder))
    assert "policies.taxes.occupancy_tax_percent" not in unread_fields(load_hotel(folder))   # a field the quote reads
    result = CliRunner().invoke(app, ["hotels", "check", str(folder)])
    assert result.exit_code == 0 and "policies.taxes.tourist_levy" in result.output
