"""The pipeline in embedded mode (no Redis): webhook → dedupe → inbox → turn → delivery, with the real SDKs.

Every test posts real, signed webhooks over HTTP to the channel routes and
watches the replies arrive at the local fake providers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from channels import configured_report, twilio, whatsapp
from core.conversations import open_conversation, record
from core.i18n import say
from core.messages import utcnow
from core.store.models import Conversation, Message
from jobs.outbound import deliver, send_to_conversation
from tests.channel_kit import EchoBrain, embedded_hub, hub_settings, wait_until, webhook_app
from tests.fakes import meta
from tests.fakes import twilio as fake_twilio
from tests.fakes.server import serve_in_thread

GUEST = "+14155550123"


@pytest.fixture
def providers() -> Iterator[tuple[fake_twilio.FakeTwilio, meta.FakeMeta]]:
    with fake_twilio.running_fake() as tw, meta.running_fake() as mt:
        yield tw, mt


@pytest.fixture
def hub(tmp_path: Path, providers):
    tw, mt = providers
    settings = hub_settings(tmp_path, twilio_api_base=tw.base, whatsapp_api_base=mt.api_base)
    with embedded_hub(settings) as (rt, runner):
        app = webhook_app(rt, "twilio", "whatsapp")
        with serve_in_thread(app) as base:
            yield Hub(rt, runner, base, tw, mt)


class Hub:
    def __init__(self, rt, runner, base, tw, mt):
        self.rt, self.runner, self.base, self.twilio, self.meta = rt, runner, base, tw, mt

    def sms(self, body: str, sender: str = GUEST, **kw) -> httpx.Response:
        return self.post_twilio(fake_twilio.inbound_params(sender, fake_twilio.SMS_NUMBER, body, **kw))

    def post_twilio(self, params: dict[str, str]) -> httpx.Response:
        url = self.rt.settings.public_base_url + twilio.PATH
        return httpx.post(self.base + twilio.PATH, data=params,
                          headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})

    def post_meta(self, body: dict) -> httpx.Response:
        raw, headers = meta.signed(body)
        return httpx.post(self.base + whatsapp.PATH, content=raw, headers=headers)

    def messages(self, **where) -> list[Message]:
        with self.rt.db.session() as session:
            query = select(Message).order_by(Message.id)
            for key, value in where.items():
                query = query.where(getattr(Message, key) == value)
            return list(session.scalars(query))


def test_redelivered_sms_is_answered_once(hub: Hub):
    params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, "Do you allow dogs?")
    answers = [hub.post_twilio(params) for _ in range(5)]

    assert [a.status_code for a in answers] == [200] * 5
    assert all(a.text.endswith("<Response/>") for a in answers)
    wait_until(lambda: hub.twilio.sent, what="the reply")
    hub.runner.shutdown()   # every job has run
    assert hub.twilio.bodies_to(GUEST) == ["echo: Do you allow dogs?"]
    assert [(m.direction, m.status) for m in hub.messages()] == [("in", "received"), ("out", "sent")]


def test_a_turns_reply_goes_out_from_the_turns_own_job(hub: Hub):
    hub.sms("Est-ce que le parking est gratuit ?")

    wait_until(lambda: hub.twilio.sent, what="the reply")
    hub.runner.shutdown()
    assert [m.status for m in hub.messages(direction="out")] == ["sent"]
    assert [e.func for e in hub.runner.enqueued] == ["process_inbound"]   # no delivery job, no queue to wait in
    assert hub.twilio.bodies_to(GUEST) == ["echo: Est-ce que le parking est gratuit ?"]


def test_a_reply_a_dead_worker_left_mid_send_goes_once_its_claim_is_stale(tmp_path: Path, providers):
    tw, _ = providers
    settings = hub_settings(tmp_path, twilio_api_base=tw.base, conversation_lock_seconds=2)
    with embedded_hub(settings) as (rt, runner):
        with rt.db.session() as session:   # claimed just now by a worker killed before the provider answered
            conversation = open_conversation(session, "harbor-view", "sms", GUEST)
            reply = record(session, conversation, "out", "bot", "¿La piscina? Abre a las 7.", status="sending")
        deliver(reply.id)   # too young to take over: it comes back when the claim is stale

        wait_until(lambda: tw.sent, timeout=20, what="the reply after the claim's window")
        runner.shutdown()
        assert tw.bodies_to(GUEST) == ["¿La piscina? Abre a las 7."]
        assert [e.at is not None for e in runner.enqueued if e.func == "deliver"] == [True, False]
        with rt.db.session() as session:
            assert session.get(Message, reply.id).status == "sent"


def test_whatsapp_guest_gets_the_reply_quoting_nothing_when_alone(hub: Hub):
    assert hub.post_meta(meta.payload(meta.value([meta.text(GUEST, "Hello!")]))).status_code == 200

    sent = wait_until(lambda: hub.meta.sent, what="the reply")
    assert sent[0]["to"] == GUEST.removeprefix("+")
    assert sent[0]["text"]["body"] == "echo: Hello!"
    assert "context" not in sent[0]
    out = wait_until(lambda: hub.messages(direction="out", status="sent"), what="the sent record")
    assert out[0].provider_id.startswith("wamid.OUT")


def test_a_burst_is_answered_in_order_each_reply_quoting_its_message(hub: Hub):
    items = [meta.text(GUEST, f"question {i}") for i in range(4)]
    assert hub.post_meta(meta.payload(meta.value(items))).status_code == 200

    wait_until(lambda: len(hub.meta.sent) == 4, what="four replies")
    assert hub.meta.texts_to(GUEST) == [f"echo: question {i}" for i in range(4)]
    quoted = [m.get("context", {}).get("message_id") for m in hub.meta.sent]
    assert quoted == [item["id"] for item in items]


def test_provider_failing_twice_then_ok_delivers_one_reply(hub: Hub):
    hub.twilio.fail(times=2, status=500)
    hub.sms("What time is breakfast?")

    wait_until(lambda: hub.messages(direction="out", status="sent"), what="the reply to be sent")
    hub.runner.shutdown()
    assert hub.twilio.bodies_to(GUEST) == ["echo: What time is breakfast?"]
    assert not hub.runner.effects("staff_notice")


def test_a_reply_that_keeps_failing_is_marked_failed_and_staff_are_told(hub: Hub):
    hub.twilio.fail(times=10, status=503)
    hub.sms("Is the pool open?")

    failed = wait_until(lambda: hub.messages(direction="out", status="failed"), what="the reply to fail")
    assert "Twilio 503" in failed[0].error
    notices = wait_until(lambda: hub.runner.effects("staff_notice"), what="the staff notice")
    assert "Is the pool open?" in notices[0]["text"] and GUEST in notices[0]["text"]


def test_a_provider_asking_to_wait_is_given_the_time_it_asked(hub: Hub):
    hub.meta.fail(times=1, status=429, retry_after=3)
    hub.post_meta(meta.payload(meta.value([meta.text(GUEST, "Hi there")])))

    wait_until(lambda: hub.meta.sent, what="the reply after the pause")
    deliveries = [e for e in hub.runner.enqueued if e.func == "deliver"]
    # The first attempt in the turn's own job, then a delivery postponed by the provider's 3 s (longer than our
    # 1 s backoff), fired once.
    assert [e.at is not None for e in deliveries] == [True, False]
    assert hub.meta.texts_to(GUEST) == ["echo: Hi there"]


def test_a_guest_over_the_rate_limit_gets_one_notice_then_silence(hub: Hub, tmp_path: Path):
    limit = hub.rt.settings.guest_rate_limit_per_minute
    for i in range(limit + 3):
        hub.sms(f"Could you please tell me about the breakfast, question {i}?")

    wait_until(lambda: len(hub.twilio.sent) >= limit + 1, what="the replies and the notice")
    hub.runner.shutdown()
    bodies = hub.twilio.bodies_to(GUEST)
    assert bodies[:limit] == [f"echo: Could you please tell me about the breakfast, question {i}?"
                              for i in range(limit)]
    assert bodies[limit:] == ["You're writing faster than I can answer. I'll read your next messages in a minute."]
    assert len(hub.messages(direction="in")) == limit + 3   # nothing a guest wrote is lost from the transcript


def test_an_image_gets_a_polite_answer(hub: Hub):
    url = hub.twilio.add_media(b"\x89PNG...", "image/png")
    hub.post_twilio(fake_twilio.inbound_params(GUEST, fake_twilio.WHATSAPP_NUMBER, whatsapp=True,
                                               media=((url, "image/png"),)))

    wait_until(lambda: hub.twilio.sent, what="the answer")
    assert "can't open images" in hub.twilio.sent[0]["Body"]
    assert hub.twilio.sent[0]["To"] == "whatsapp:" + GUEST
    assert hub.twilio.media_fetches == 0


def test_a_voice_note_over_the_attachment_limit_is_politely_refused(tmp_path: Path, providers):
    tw, mt = providers
    settings = hub_settings(tmp_path, twilio_api_base=tw.base, whatsapp_api_base=mt.api_base,
                            max_attachment_bytes=1000)
    media_id = mt.add_media(b"OggS" + b"\0" * 5000, "audio/ogg")
    with embedded_hub(settings) as (rt, runner), serve_in_thread(webhook_app(rt, "whatsapp")) as base:
        raw, headers = meta.signed(meta.payload(meta.value([meta.voice(GUEST, media_id)])))
        httpx.post(base + whatsapp.PATH, content=raw, headers=headers)
        wait_until(lambda: mt.sent, what="the answer")
    assert "too large for me (0.001 MB at most)" in mt.sent[0]["text"]["body"]
    assert mt.media_downloads == 0   # Meta said how big it was: nothing was downloaded


def test_outside_the_whatsapp_window_a_reply_is_undeliverable_and_staff_are_told(hub: Hub):
    conversation_id = _stale_whatsapp_conversation(hub)

    message_id = send_to_conversation(conversation_id, "Your table is ready.", author="staff:U123")
    wait_until(lambda: hub.messages(id=message_id, status="undeliverable"), what="undeliverable")
    notices = wait_until(lambda: hub.runner.effects("staff_notice"), what="the staff notice")
    assert "24-hour window" in notices[0]["text"]
    assert hub.meta.sent == []


def test_outside_the_window_the_hotels_template_carries_the_reply(hub: Hub):
    hotel = hub.rt.hotels["harbor-view"]
    hub.rt.hotels["harbor-view"] = hotel.model_copy(update={"channels": hotel.channels.model_copy(
        update={"whatsapp_template": "concierge_follow_up"})})
    conversation_id = _stale_whatsapp_conversation(hub)

    send_to_conversation(conversation_id, "Your table is ready.")
    sent = wait_until(lambda: hub.meta.sent, what="the template")
    assert sent[0]["type"] == "template"
    assert sent[0]["template"]["name"] == "concierge_follow_up"
    assert sent[0]["template"]["components"][0]["parameters"][0]["text"] == "Your table is ready."


def _stale_whatsapp_conversation(hub: Hub) -> int:
    hub.post_meta(meta.payload(meta.value([meta.text(GUEST, "Hello")])))
    wait_until(lambda: hub.meta.sent, what="the first reply")
    hub.meta.sent.clear()
    with hub.rt.db.session() as session:
        conversation = session.scalar(select(Conversation))
        conversation.last_inbound_at = utcnow() - dt.timedelta(hours=25)
        return conversation.id


def test_a_message_for_a_web_chat_session_is_recorded_sent(hub: Hub):
    with hub.rt.db.session() as session:
        conversation = Conversation(hotel_id="harbor-view", key="api:s1", channel="api", address="s1", state={})
        session.add(conversation)
        session.flush()
        conversation_id = conversation.id

    message_id = send_to_conversation(conversation_id, "Your payment went through.")
    assert hub.messages(id=message_id)[0].status == "sent"
    assert not [e for e in hub.runner.enqueued if e.func == "deliver"]


def test_delivery_receipts_move_the_status_and_a_failure_is_told(hub: Hub):
    hub.post_meta(meta.payload(meta.value([meta.text(GUEST, "One"), meta.text(GUEST, "Two")])))
    sent = wait_until(lambda: hub.messages(direction="out", status="sent")
                      if len(hub.messages(direction="out", status="sent")) == 2 else None, what="two replies")
    first, second = (m.provider_id for m in sent)
    receipts = [meta.status(first, "delivered", GUEST), meta.status(first, "read", GUEST),
                meta.status(second, "failed", GUEST, errors=[{"code": 131026, "title": "Message undeliverable"}])]
    # Receipts ride in their own entry, as Meta sends them, and are never answered.
    assert hub.post_meta(meta.payload(meta.value(statuses=receipts[:2]), meta.value(statuses=receipts[2:]))
                         ).status_code == 200

    wait_until(lambda: hub.messages(provider_id=first, status="read"), what="read receipt")
    failed = wait_until(lambda: hub.messages(provider_id=second, status="failed"), what="failure receipt")
    assert "131026" in failed[0].error
    wait_until(lambda: hub.runner.effects("staff_notice"), what="the staff notice")
    assert len(hub.meta.sent) == 2


def test_sms_stop_opts_out_help_answers_and_start_opts_back_in(hub: Hub):
    hub.sms("STOP")
    conversation = wait_until(lambda: _opted_out(hub), what="STOP to be honoured")
    conversation_id = conversation.id
    assert hub.twilio.sent == []   # Twilio confirms STOP itself

    message_id = send_to_conversation(conversation_id, "We found your charger.", author="staff:U1")
    wait_until(lambda: hub.messages(id=message_id, status="undeliverable"), what="undeliverable")

    hub.sms("START")
    hub.sms("help")
    wait_until(lambda: hub.twilio.sent, what="the help answer")
    assert hub.twilio.bodies_to(GUEST)[0].startswith("Harbor View")
    with hub.rt.db.session() as session:
        assert not session.get(Conversation, conversation_id).opted_out


def _opted_out(hub: Hub) -> Conversation | None:
    with hub.rt.db.session() as session:
        return session.scalar(select(Conversation).where(Conversation.opted_out.is_(True)))


class BrainThatFailsOnBoom(EchoBrain):
    def respond(self, turn):
        if "boom" in turn.text:
            raise RuntimeError("a bug this message trips")
        return super().respond(turn)


def test_a_message_that_keeps_failing_is_set_aside_and_the_guest_is_not_stuck(tmp_path: Path, providers):
    tw, mt = providers
    settings = hub_settings(tmp_path, twilio_api_base=tw.base, whatsapp_api_base=mt.api_base)
    with embedded_hub(settings, brain=BrainThatFailsOnBoom()) as (rt, runner), \
            serve_in_thread(webhook_app(rt, "whatsapp")) as base:
        raw, headers = meta.signed(meta.payload(meta.value([meta.text(GUEST, "boom goes the question"),
                                                            meta.text(GUEST, "Is the bar open?")])))
        httpx.post(base + whatsapp.PATH, content=raw, headers=headers)
        wait_until(lambda: len(mt.sent) == 2, what="both answers")
        notices = wait_until(lambda: runner.effects("staff_notice"), what="the staff notice")
    assert mt.texts_to(GUEST) == [say("turn_failed", "en"), "echo: Is the bar open?"]
    assert "boom goes the question" in notices[0]["text"]


def test_unconfigured_channels_are_reported_and_reject_webhooks(tmp_path: Path):
    settings = hub_settings(tmp_path, twilio_auth_token=None, whatsapp_app_secret=None)
    report = "\n".join(configured_report(settings))
    assert "twilio: off, its webhooks are rejected (403) until TWILIO_AUTH_TOKEN is set" in report
    assert "whatsapp: off" in report and "WHATSAPP_APP_SECRET" in report
    with embedded_hub(settings) as (rt, runner), \
            serve_in_thread(webhook_app(rt, "twilio", "whatsapp")) as base:
        params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, "hi")
        assert httpx.post(base + twilio.PATH, data=params).status_code == 403
        raw, headers = meta.signed(meta.payload(meta.value([meta.text(GUEST, "hi")])))
        assert httpx.post(base + whatsapp.PATH, content=raw, headers=headers).status_code == 403
        assert runner.enqueued == []


def test_the_real_concierge_answers_the_wifi_question_over_sms_in_embedded_mode(tmp_path: Path, providers):
    from hub.app import create_app

    tw, mt = providers
    settings = hub_settings(tmp_path, twilio_api_base=tw.base, whatsapp_api_base=mt.api_base)
    with embedded_hub(settings, brain=False) as (rt, runner), serve_in_thread(create_app(rt, warm=False)) as base:
        params = fake_twilio.inbound_params(GUEST, fake_twilio.SMS_NUMBER, "what's the wifi password?")
        url = settings.public_base_url + twilio.PATH
        answer = httpx.post(base + twilio.PATH, data=params,
                            headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})
        assert answer.status_code == 200
        wait_until(lambda: tw.sent, timeout=120, what="the concierge's answer")
    assert "tidepool-4821" in tw.sent[0]["Body"]
