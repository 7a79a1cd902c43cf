"""Meta WhatsApp Cloud API: the handshake, the signature, what a payload carries, how a reply goes out.

Real HTTP to the webhook routes and from the adapter to the local Graph API
fake; payloads shaped as in Meta's `messages` webhook reference.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from channels import AttachmentTooLarge, whatsapp
from channels.base import DeliveryError, PermanentDeliveryError, Receipt
from core.messages import Channel, Media, MediaKind, OutboundMessage
from core.store.models import Message
from tests.channel_kit import embedded_hub, hub_settings, reference_hotel, wait_until, webhook_app
from tests.fakes import meta
from tests.fakes.server import serve_in_thread

GUEST, OTHER = "+16505551234", "+34600111222"
HOTEL = reference_hotel()


@pytest.fixture
def provider() -> Iterator[meta.FakeMeta]:
    with meta.running_fake() as running:
        yield running


@pytest.fixture
def hub(tmp_path: Path, provider: meta.FakeMeta):
    with embedded_hub(hub_settings(tmp_path, whatsapp_api_base=provider.api_base)) as (rt, runner):
        with serve_in_thread(webhook_app(rt, "whatsapp")) as base:
            yield rt, runner, base


def post(base: str, raw: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(base + whatsapp.PATH, content=raw, headers=headers)


def reply(text: str, **kw) -> OutboundMessage:
    return OutboundMessage(hotel_id=HOTEL.id, channel=Channel.WHATSAPP, recipient=GUEST, text=text, **kw)


def test_the_verification_handshake_echoes_the_challenge_only_for_our_token(hub):
    _, _, base = hub
    ok = {"hub.mode": "subscribe", "hub.verify_token": meta.VERIFY_TOKEN, "hub.challenge": "1158201444"}

    answer = httpx.get(base + whatsapp.PATH, params=ok)
    assert (answer.status_code, answer.text) == (200, "1158201444")
    assert httpx.get(base + whatsapp.PATH, params=ok | {"hub.verify_token": "guess"}).status_code == 403
    assert httpx.get(base + whatsapp.PATH, params=ok | {"hub.mode": "unsubscribe"}).status_code == 403


def test_a_signed_text_is_answered_to_the_right_guest(hub, provider):
    _, _, base = hub
    raw, headers = meta.signed(meta.payload(meta.value([meta.text(GUEST, "Do you have a gym?")])))

    assert post(base, raw, headers).status_code == 200
    sent = wait_until(lambda: provider.sent, what="the reply")
    assert sent[0]["to"] == "16505551234" and sent[0]["_phone_number_id"] == meta.PHONE_NUMBER_ID
    assert sent[0]["text"]["body"] == "echo: Do you have a gym?"


@pytest.mark.parametrize("forgery", ["missing", "other-secret", "tampered"])
def test_a_forged_webhook_is_refused_and_leaves_no_trace(hub, forgery):
    rt, runner, base = hub
    raw, headers = meta.signed(meta.payload(meta.value([meta.text(GUEST, "Refund me")])),
                               secret="someone-else" if forgery == "other-secret" else meta.APP_SECRET)
    if forgery == "missing":
        headers.pop("X-Hub-Signature-256")
    if forgery == "tampered":
        raw = raw.replace(b"Refund me", b"Refund all")

    assert post(base, raw, headers).status_code == 403
    assert runner.enqueued == []
    with rt.db.session() as session:
        assert session.scalars(select(Message)).all() == []


def test_a_signed_body_that_is_not_a_whatsapp_payload_is_a_400(hub):
    _, runner, base = hub
    raw, headers = meta.signed({"object": "page", "entry": []})
    assert post(base, raw, headers).status_code == 400
    garbage = b"{not json"
    headers["X-Hub-Signature-256"] = "sha256=" + hmac.new(meta.APP_SECRET.encode(), garbage, "sha256").hexdigest()
    assert post(base, garbage, headers).status_code == 400
    assert runner.enqueued == []


def test_one_payload_with_several_entries_guests_and_kinds_is_read_whole(hub):
    rt, _, _ = hub
    body = meta.payload(
        meta.value([meta.text(GUEST, "First"), meta.voice(GUEST, "1479537139650973"),
                    meta.button_reply(OTHER, "late-checkout-yes", "Yes please")], names={"34600111222": "Marta"}),
        meta.value([meta.message(GUEST, "image", {"mime_type": "image/jpeg", "id": "88", "caption": "my room"}),
                    meta.message(GUEST, "reaction", {"message_id": "wamid.X", "emoji": "👍"})],
                   statuses=[meta.status("wamid.OUT1", "delivered", GUEST)]))

    messages, receipts = whatsapp.parse(rt, body)

    assert [(m.sender, m.text) for m in messages] == [(GUEST, "First"), (GUEST, ""), (OTHER, "Yes please"),
                                                      (GUEST, "my room")]
    assert messages[1].media == [Media(kind=MediaKind.VOICE, ref="1479537139650973",
                                       mime_type="audio/ogg; codecs=opus")]
    assert (messages[2].interactive_reply, messages[2].sender_name) == ("late-checkout-yes", "Marta")
    assert messages[3].media[0].kind is MediaKind.IMAGE
    assert receipts == [Receipt(Channel.WHATSAPP, "wamid.OUT1", "delivered", None)]
    assert all(m.channel is Channel.WHATSAPP and m.hotel_id == HOTEL.id for m in messages)


def test_a_reply_quotes_the_guests_message_and_carries_its_voice_note_beside(tmp_path, provider):
    settings = hub_settings(tmp_path, whatsapp_api_base=provider.api_base)

    wamid = whatsapp.adapter.send(settings, HOTEL, reply("Yes, the gym opens at 6.", quote_provider_id="wamid.IN1",
                                                        audio_url="https://hub.example.com/media/tok"))

    text, audio = provider.sent
    assert wamid.startswith("wamid.OUT")
    assert text["context"] == {"message_id": "wamid.IN1"} and text["text"]["body"] == "Yes, the gym opens at 6."
    assert audio["type"] == "audio" and audio["audio"] == {"link": "https://hub.example.com/media/tok"}


def test_throttling_is_retried_after_metas_pause_and_a_refusal_is_final(tmp_path, provider):
    settings = hub_settings(tmp_path, whatsapp_api_base=provider.api_base)
    provider.fail(status=429, retry_after=7)
    with pytest.raises(DeliveryError) as throttled:
        whatsapp.adapter.send(settings, HOTEL, reply("Hi"))
    assert throttled.value.retry_after == 7
    provider.fail(status=503)
    with pytest.raises(DeliveryError):
        whatsapp.adapter.send(settings, HOTEL, reply("Hi"))
    wrong = settings.model_copy(update={"whatsapp_access_token": "expired"})
    with pytest.raises(PermanentDeliveryError, match="190"):
        whatsapp.adapter.send(wrong, HOTEL, reply("Hi"))


def test_a_voice_note_is_fetched_by_id_then_url_with_the_bearer_token(tmp_path, provider):
    settings = hub_settings(tmp_path, whatsapp_api_base=provider.api_base, max_attachment_bytes=1000)
    media_id = provider.add_media(b"OggS-note", "audio/ogg")

    assert whatsapp.adapter.download(settings, HOTEL, Media(kind=MediaKind.VOICE, ref=media_id)) == b"OggS-note"
    big = provider.add_media(b"\0" * 5000, "audio/ogg")
    with pytest.raises(AttachmentTooLarge):
        whatsapp.adapter.download(settings, HOTEL, Media(kind=MediaKind.VOICE, ref=big))
    assert provider.media_downloads == 1


def test_the_template_names_the_hotels_approved_template_and_language(tmp_path, provider):
    settings = hub_settings(tmp_path, whatsapp_api_base=provider.api_base)
    hotel = HOTEL.model_copy(update={"channels": HOTEL.channels.model_copy(
        update={"whatsapp_template": "guest_update", "whatsapp_template_language": "en_US"})})

    whatsapp.adapter.send_template(settings, hotel, reply("Your taxi is here."))

    template = provider.sent[0]["template"]
    assert (template["name"], template["language"]) == ("guest_update", {"code": "en_US"})
    assert json.dumps(template["components"]).count("Your taxi is here.") == 1


def test_an_unconfigured_hub_refuses_every_webhook(tmp_path, provider):
    settings = hub_settings(tmp_path, whatsapp_app_secret=None, whatsapp_verify_token=None)
    with embedded_hub(settings) as (rt, runner), serve_in_thread(webhook_app(rt, "whatsapp")) as base:
        raw, headers = meta.signed(meta.payload(meta.value([meta.text(GUEST, "hi")])))
        assert post(base, raw, headers).status_code == 403
        params = {"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"}
        assert httpx.get(base + whatsapp.PATH, params=params).status_code == 403
        assert runner.enqueued == []
