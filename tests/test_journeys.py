"""Guest journeys in embedded mode, on a frozen clock: each step at its local time, once, within each channel's rules.

The hotel is the reference hotel with the journey docs/journeys.md shows; its
guests are the reservations export (Maria HV-1042 arrives Fri 2026-11-20 and
leaves Tue 11-24, Portside is on Pacific time). Sends go through the real
Twilio SDK, Meta's Graph API over httpx and python-telegram-bot to the fakes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import select

from core.conversations import open_conversation
from core.messages import Channel, InboundMessage
from core.store.models import Conversation, JourneyHold, Message
from jobs.intake import ingest
from jobs.journeys import run_step, sync, tick
from tests.channel_kit import hub_settings, wait_until
from tests.fakes import meta, telegram, twilio
from tests.journey_kit import edit_stay, journey_hotel, journey_hub, steps

LA = ZoneInfo("America/Los_Angeles")
MARIA, KENJI, AMIRA = "+14155550123", "+819012345678", "+971501234567"
PRE_ARRIVAL = dt.datetime(2026, 11, 18, 10, 0, tzinfo=LA)      # arrival - 2d at 10:00
FIRST_EVENING = dt.datetime(2026, 11, 20, 19, 0, tzinfo=LA)    # arrival + 0d at 19:00
CHECK_OUT = dt.datetime(2026, 11, 24, 8, 0, tzinfo=LA)         # departure at 08:00
REVIEW = dt.datetime(2026, 11, 25, 11, 0, tzinfo=LA)           # departure + 1d at 11:00
NO_META = dict(whatsapp_access_token=None, whatsapp_app_secret=None, whatsapp_verify_token=None,
               whatsapp_phone_number_id=None)
NO_TWILIO = dict(twilio_account_sid=None, twilio_auth_token=None, twilio_sms_number=None,
                 twilio_whatsapp_number=None)


@pytest.fixture
def sms() -> Iterator[twilio.FakeTwilio]:
    with twilio.running_fake() as fake:
        yield fake


@pytest.fixture
def graph() -> Iterator[meta.FakeMeta]:
    with meta.running_fake() as fake:
        yield fake


@pytest.fixture
def clock() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(dt.datetime(2026, 11, 17, 9, 0, tzinfo=LA), tick=False) as traveller:
        yield traveller


def at(clock: time_machine.Traveller, runner, moment: dt.datetime) -> None:
    """The clock reaches `moment`: what was booked for then runs, and the journey ticks."""
    clock.move_to(moment)
    runner.run_due()
    tick()


def settled(rt, reservation: str, step: str) -> str | None:
    row = steps(rt, reservation).get((reservation, step))
    return row.status if row is not None and row.status not in ("scheduled", "sending") else None


def wait_settled(rt, reservation: str, step: str) -> str:
    return wait_until(lambda: settled(rt, reservation, step), what=f"{reservation} {step} to settle")


def wrote(rt, channel: Channel, sender: str, text: str, n: int) -> None:
    """The guest writes (through the pipeline, as a webhook would hand it over)."""
    asyncio.run(ingest(rt, [InboundMessage(hotel_id="harbor-view", channel=channel, sender=sender,
                                           provider_id=f"in-{n}", text=text)]))


def chat(rt, channel: Channel, address: str, *, phone: str | None, language: str = "en",
         wrote_hours_ago: float | None = None) -> int:
    """A conversation the guest had with the hub on `channel` (its guest known by `phone`)."""
    with rt.db.session() as session:
        conversation = open_conversation(session, "harbor-view", channel, address, sender=phone or address)
        conversation.language = language
        if wrote_hours_ago is not None:
            conversation.last_inbound_at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=wrote_hours_ago)
        if phone and not address.startswith("+"):
            conversation.guest.phone = phone
        return conversation.id


def test_a_stays_whole_journey_goes_out_by_sms_each_step_at_its_local_time(tmp_path, sms, clock):
    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, twilio_api_base=sms.base, twilio_whatsapp_number=None,
                            **NO_META)
    with journey_hub(settings) as (rt, runner):
        tick()
        planned = steps(rt, "HV-1042")
        assert {k[1]: r.due_at.astimezone(LA) for k, r in planned.items()} == {
            "pre-arrival": PRE_ARRIVAL, "first-evening": FIRST_EVENING, "check-out": CHECK_OUT, "review": REVIEW}
        assert {r.status for r in planned.values()} == {"scheduled"}

        at(clock, runner, PRE_ARRIVAL - dt.timedelta(minutes=1))
        assert sms.bodies_to(MARIA) == []                       # not a minute early
        for n, moment in enumerate((PRE_ARRIVAL, FIRST_EVENING, CHECK_OUT, REVIEW), 1):
            at(clock, runner, moment)
            wait_until(lambda n=n: len(sms.bodies_to(MARIA)) == n, timeout=10, what=f"step {n} at the fake")
        tick()   # a tick after the last step books nothing again

    bodies = sms.bodies_to(MARIA)
    assert bodies[0].startswith("Hello Maria! We look forward to welcoming you to Harbor View Inn on "
                                "Friday, November 20, 2026. Check-in is from 15:00. Would you like to check in "
                                "early, from 12:00 ($25)?")
    assert bodies[1] == "Good evening Maria, how is room 214? If anything is missing, just write here."
    assert "late check-out until 13:00 ($30)" in bodies[2]
    assert bodies[3].startswith("Thank you for staying at Harbor View Inn, Maria!")
    assert len(sms.sent) == len({(m["To"], m["Body"]) for m in sms.sent})   # nothing twice, to anyone
    rows = steps(rt, "HV-1042")
    assert {k[1]: (r.status, r.channel) for k, r in rows.items()} == {
        s: ("sent", "sms") for s in ("pre-arrival", "first-evening", "check-out", "review")}
    kenji = steps(rt, "HV-1043")[("HV-1043", "pre-arrival")]   # the clock skipped its day, as a hub down would
    assert kenji.status == "skipped" and kenji.reason.startswith("missed by 24.0 h")


def test_whatsapp_inside_the_window_goes_as_text_outside_only_as_the_steps_meta_template(tmp_path, graph, clock):
    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, whatsapp_api_base=graph.api_base, **NO_TWILIO)
    with journey_hub(settings) as (rt, runner):
        chat(rt, Channel.WHATSAPP, KENJI, phone=KENJI, language="ja", wrote_hours_ago=30)   # window closed
        at(clock, runner, PRE_ARRIVAL)
        assert wait_settled(rt, "HV-1042", "pre-arrival") == "sent"
        template = next(m for m in graph.sent if m["to"] == MARIA[1:])
        assert template["type"] == "template"
        assert template["template"] == {
            "name": "pre_arrival_early_check_in", "language": {"code": "en"},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": "Maria"},
                                                           {"type": "text", "text": "Friday, November 20, 2026"},
                                                           {"type": "text", "text": "15:00"}]}]}

        clock.move_to(FIRST_EVENING - dt.timedelta(hours=2))
        chat(rt, Channel.WHATSAPP, MARIA, phone=MARIA, wrote_hours_ago=0)   # Maria wrote this afternoon
        at(clock, runner, FIRST_EVENING)
        assert wait_settled(rt, "HV-1042", "first-evening") == "sent"
        assert graph.texts_to(MARIA) == ["Good evening Maria, how is room 214? If anything is missing, "
                                         "just write here."]

        at(clock, runner, CHECK_OUT)   # no template for this step, and Maria's window closed two days ago
        assert wait_settled(rt, "HV-1042", "check-out") == "skipped"
    row = steps(rt, "HV-1042")[("HV-1042", "check-out")]
    assert row.reason == ("no reachable channel: outside WhatsApp's 24-hour window and the step has no approved "
                          "template for Meta; no Telegram chat linked to HV-1042; no sms for this guest (no phone, "
                          "or the hub has no sms number)")
    assert len([m for m in graph.sent if m["to"] == MARIA[1:]]) == 2
    with rt.db.session() as session:   # the skipped step left no message behind to be sent later
        assert session.scalar(select(Message).where(Message.status == "queued")) is None


def test_whatsapp_through_twilio_outside_the_window_uses_the_content_template_in_the_guests_language(
        tmp_path, sms, clock):
    hotels = journey_hotel(tmp_path)
    edit_stay(hotels, "HV-1042", language="es")
    settings = hub_settings(tmp_path, hotels_dir=hotels, twilio_api_base=sms.base, twilio_sms_number=None,
                            **NO_META)
    with journey_hub(settings) as (rt, runner):
        at(clock, runner, PRE_ARRIVAL)
        assert wait_settled(rt, "HV-1042", "pre-arrival") == "sent"
    sent = next(m for m in sms.sent if m["To"] == f"whatsapp:{MARIA}")
    assert sent["From"] == f"whatsapp:{twilio.WHATSAPP_NUMBER}"
    assert sent["ContentSid"] == "HX0000000000000000000000000000a002"
    assert json.loads(sent["ContentVariables"]) == {"1": "Maria", "2": "viernes 20 de noviembre de 2026", "3": "15:00"}
    assert steps(rt, "HV-1042")[("HV-1042", "pre-arrival")].channel == "twilio_whatsapp"


def test_a_guest_known_on_telegram_gets_the_journey_there_in_their_language(tmp_path, clock):
    hotels = journey_hotel(tmp_path)
    with telegram.running_fake() as bot:
        settings = hub_settings(tmp_path, hotels_dir=hotels, telegram_bot_token=telegram.TOKEN,
                                telegram_api_base=bot.base, **NO_META, **NO_TWILIO)
        with journey_hub(settings) as (rt, runner):
            chat(rt, Channel.TELEGRAM, "777001", phone=MARIA, language="de", wrote_hours_ago=40)
            at(clock, runner, PRE_ARRIVAL)
            assert wait_settled(rt, "HV-1042", "pre-arrival") == "sent"
            at(clock, runner, FIRST_EVENING)
            assert wait_settled(rt, "HV-1042", "first-evening") == "sent"
            sent = bot.wait_for("sendMessage", 2)
    assert {c.params["chat_id"] for c in sent} == {"777001"}
    assert sent[0].params["text"].startswith("Hallo Maria! Wir freuen uns, Sie am Freitag, 20. November")
    assert sent[1].params["text"] == ("Guten Abend Maria, wie gefällt Ihnen Zimmer 214? Wenn etwas fehlt, "
                                      "schreiben Sie uns einfach hier.")


def test_quiet_hours_move_a_late_step_to_the_morning_and_hold_one_the_hub_runs_late(tmp_path, sms, clock):
    journey = {"steps": [{"id": "late-note", "when": "arrival - 1d at 22:30", "channels": ["sms"],
                          "message": {"en": "See you tomorrow, {first_name}."}},
                         {"id": "first-evening", "when": "arrival + 0d at 19:00", "channels": ["sms"],
                          "message": {"en": "Good evening {first_name}."}}]}
    hotels = journey_hotel(tmp_path, **journey)
    settings = hub_settings(tmp_path, hotels_dir=hotels, twilio_api_base=sms.base, **NO_META)
    with journey_hub(settings) as (rt, runner):
        tick()
        late_note = steps(rt, "HV-1042")[("HV-1042", "late-note")]
        assert late_note.due_at.astimezone(LA) == dt.datetime(2026, 11, 20, 8, 0, tzinfo=LA)   # not 22:30

        at(clock, runner, dt.datetime(2026, 11, 20, 8, 0, tzinfo=LA))
        wait_until(lambda: sms.bodies_to(MARIA), what="the note, in the morning")
        at(clock, runner, dt.datetime(2026, 11, 20, 21, 30, tzinfo=LA))   # the hub was down from 19:00 until now
        wait_until(lambda: steps(rt, "HV-1042")[("HV-1042", "first-evening")].reason, what="the hold")
        held = steps(rt, "HV-1042")[("HV-1042", "first-evening")]
        assert (held.status, held.reason) == ("scheduled", "held for quiet hours until 2026-11-21 08:00")
        assert sms.bodies_to(MARIA) == ["See you tomorrow, Maria."]

        at(clock, runner, dt.datetime(2026, 11, 21, 8, 0, tzinfo=LA))
        assert wait_settled(rt, "HV-1042", "first-evening") == "sent"
    assert sms.bodies_to(MARIA) == ["See you tomorrow, Maria.", "Good evening Maria."]


def test_a_changed_stay_moves_its_steps_and_a_cancelled_one_sends_nothing_more(tmp_path, sms, clock):
    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, twilio_api_base=sms.base, twilio_whatsapp_number=None,
                            **NO_META)
    with journey_hub(settings) as (rt, runner):
        tick()
        old = steps(rt, "HV-1042")[("HV-1042", "pre-arrival")]
        edit_stay(hotels, "HV-1042", arrival=dt.date(2026, 11, 22), departure=dt.date(2026, 11, 26))
        tick()
        moved = steps(rt, "HV-1042")[("HV-1042", "pre-arrival")]
        assert moved.due_at.astimezone(LA) == dt.datetime(2026, 11, 20, 10, 0, tzinfo=LA)
        assert moved.reason == "rescheduled from 2026-11-18 10:00 (the stay changed)"

        clock.move_to(PRE_ARRIVAL)
        run_step(old.id, old.due_at.isoformat())   # the job booked for the old time finds nothing to do
        tick()
        assert sms.bodies_to(MARIA) == []

        at(clock, runner, dt.datetime(2026, 11, 20, 10, 0, tzinfo=LA))
        wait_until(lambda: sms.bodies_to(MARIA), what="the moved step")
        assert "on Sunday, November 22" in sms.bodies_to(MARIA)[0]

        edit_stay(hotels, "HV-1042", status="cancelled")
        tick()
        rows = steps(rt, "HV-1042")
        assert {k[1]: (r.status, r.reason) for k, r in rows.items() if k[1] != "pre-arrival"} == {
            s: ("cancelled", "the stay was cancelled") for s in ("first-evening", "check-out", "review")}
        for moment in (dt.datetime(2026, 11, 22, 19, 0, tzinfo=LA), dt.datetime(2026, 11, 26, 8, 0, tzinfo=LA)):
            at(clock, runner, moment)
    assert len(sms.bodies_to(MARIA)) == 1


@pytest.mark.parametrize("words, language, reply", [
    ("No more messages, please", "en", "Understood: Harbor View Inn will not send you"),
    ("Darme de baja", "es", "Entendido: Harbor View Inn no le enviará"),
    ("Больше не пишите", "ru", "Понятно: Harbor View Inn больше не будет"),
])
def test_a_guest_who_opts_out_in_their_language_gets_no_more_steps_until_start(tmp_path, graph, clock, words,
                                                                                language, reply):
    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, whatsapp_api_base=graph.api_base, **NO_TWILIO)
    with journey_hub(settings) as (rt, runner):
        chat(rt, Channel.WHATSAPP, MARIA, phone=MARIA, language=language)
        wrote(rt, Channel.WHATSAPP, MARIA, words, 1)
        wait_until(lambda: graph.texts_to(MARIA), what="the answer to the opt-out")
        assert graph.texts_to(MARIA)[0].startswith(reply)
        with rt.db.session() as session:
            hold = session.scalar(select(JourneyHold))
            assert (hold.kind, hold.identity, hold.channel, hold.words) == ("opt_out", MARIA, "whatsapp", words)

        at(clock, runner, PRE_ARRIVAL)   # inside the window (she just wrote), still not sent
        assert wait_settled(rt, "HV-1042", "pre-arrival") == "skipped"
        assert steps(rt, "HV-1042")[("HV-1042", "pre-arrival")].reason == \
            f"the guest opted out on whatsapp (\u201c{words}\u201d)"

        clock.move_to(FIRST_EVENING - dt.timedelta(hours=1))
        wrote(rt, Channel.WHATSAPP, MARIA, "START", 2)
        wait_until(lambda: len(graph.texts_to(MARIA)) == 2, what="the answer to start")
        at(clock, runner, FIRST_EVENING)
        assert wait_settled(rt, "HV-1042", "first-evening") == "sent"
        with rt.db.session() as session:
            assert session.scalar(select(JourneyHold)).lifted_by == "guest"   # the record stays, lifted


def test_sms_stop_is_honoured_for_the_journey(tmp_path, sms, clock):
    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, twilio_api_base=sms.base, twilio_whatsapp_number=None,
                            **NO_META)
    with journey_hub(settings) as (rt, runner):
        wrote(rt, Channel.SMS, MARIA, "STOP", 1)
        wait_until(lambda: _opted_out(rt), what="the STOP to be recorded")
        at(clock, runner, PRE_ARRIVAL)
        assert wait_settled(rt, "HV-1042", "pre-arrival") == "skipped"
    assert steps(rt, "HV-1042")[("HV-1042", "pre-arrival")].reason == "the guest opted out of SMS (STOP)"
    assert sms.bodies_to(MARIA) == []


def _opted_out(rt) -> bool:
    with rt.db.session() as session:
        return bool(session.scalar(select(Conversation.opted_out).where(Conversation.address == MARIA)))


def test_yes_to_the_early_check_in_offer_gets_availability_and_the_fees_link_in_the_same_conversation(
        tmp_path, graph, clock):
    from core.store.models import Payment, ServiceTicket
    from jobs.intake import accept_stripe_event, demo_event

    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, whatsapp_api_base=graph.api_base, **NO_TWILIO)
    with journey_hub(settings) as (rt, runner):
        clock.move_to(PRE_ARRIVAL - dt.timedelta(hours=1))
        chat(rt, Channel.WHATSAPP, MARIA, phone=MARIA, wrote_hours_ago=0)
        at(clock, runner, PRE_ARRIVAL)
        assert wait_settled(rt, "HV-1042", "pre-arrival") == "sent"
        assert graph.texts_to(MARIA)[0].endswith("Just answer yes.")

        clock.move_to(PRE_ARRIVAL + dt.timedelta(minutes=20))
        wrote(rt, Channel.WHATSAPP, MARIA, "Yes please!", 1)
        answer = wait_until(lambda: graph.texts_to(MARIA)[1:], what="the answer to yes")[0]
        assert answer.startswith("Good news: a room can be ready for you from 12:00 on Friday, November 20, 2026. "
                                 "The early check-in fee is $25; you can pay it here: https://hub.example.com/pay/")
        with rt.db.session() as session:
            payment = session.scalar(select(Payment))
            ticket = session.scalar(select(ServiceTicket))
            conversation = session.get(Conversation, payment.conversation_id)
            assert (payment.purpose, payment.amount_minor, payment.status) == ("early_check_in", 2500, "open")
            assert conversation.address == MARIA
        assert steps(rt, "HV-1042")[("HV-1042", "pre-arrival")].answered_at is not None
        assert (ticket.kind, ticket.department, ticket.room) == ("early_check_in", "front_desk", "214")
        assert "accepted early check-in from 12:00 on 2026-11-20, fee $25: a room of the type is free" in ticket.summary

        wrote(rt, Channel.WHATSAPP, MARIA, "yes", 2)   # the offer is answered: a second yes is a new question
        wait_until(lambda: len(graph.texts_to(MARIA)) == 3, what="the echo")
        assert graph.texts_to(MARIA)[2] == "echo: yes"

        accept_stripe_event(rt, demo_event(payment.provider_session_id, "completed"))
        wait_until(lambda: len(graph.texts_to(MARIA)) == 4, what="the payment confirmation")
    assert graph.texts_to(MARIA)[3] == ("Thank you, the early check-in fee of $25 is paid: your room will be ready "
                                        "from 12:00 on Friday, November 20, 2026.")


def test_sms_yes_to_the_late_check_out_offer_is_an_answer_not_twilios_opt_in(tmp_path, sms, clock):
    from core.store.models import ServiceTicket

    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, twilio_api_base=sms.base, twilio_whatsapp_number=None,
                            **NO_META)
    with journey_hub(settings) as (rt, runner):
        at(clock, runner, CHECK_OUT)
        assert wait_settled(rt, "HV-1042", "check-out") == "sent"
        clock.move_to(CHECK_OUT + dt.timedelta(minutes=5))
        wrote(rt, Channel.SMS, MARIA, "YES", 1)
        wait_until(lambda: len(sms.bodies_to(MARIA)) == 2, what="the answer to YES")
        with rt.db.session() as session:
            ticket = session.scalar(select(ServiceTicket))
    assert (ticket.kind, ticket.room) == ("late_check_out", "214")
    assert "13:00" in sms.bodies_to(MARIA)[1] and "$30" in sms.bodies_to(MARIA)[1]
    assert not _opted_out(rt)


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_a_step_claimed_by_eight_workers_at_once_is_sent_once_on_either_store(tmp_path, sms, clock, request, store):
    database = request.getfixturevalue("db" if store == "sqlite" else "postgres_db")
    hotels = journey_hotel(tmp_path)
    settings = hub_settings(tmp_path, hotels_dir=hotels, twilio_api_base=sms.base, twilio_whatsapp_number=None,
                            database_url=database.url, **NO_META)
    with journey_hub(settings) as (rt, _):
        sync(rt, rt.hotel("harbor-view"))
        clock.move_to(PRE_ARRIVAL)
        row = steps(rt, "HV-1042")[("HV-1042", "pre-arrival")]
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: run_step(row.id, row.due_at.isoformat()), range(8)))
        assert settled(rt, "HV-1042", "pre-arrival") == "sent"
        assert steps(rt, "HV-1042")[("HV-1042", "pre-arrival")].attempts == 1
    assert len(sms.bodies_to(MARIA)) == 1
