"""Twilio (SMS and WhatsApp through Twilio): is it Twilio, what did the guest send, how does a reply go out.

Real `twilio` SDK (its `RequestValidator` and `Client`) against the local fake,
real HTTP to the webhook route, Twilio's documented form parameters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from channels import AttachmentTooLarge, twilio
from channels.base import DeliveryError, PermanentDeliveryError
from core.messages import Channel, Media, MediaKind, OutboundMessage
from core.store.models import Message
from tests.channel_kit import embedded_hub, hub_settings, reference_hotel, wait_until, webhook_app
from tests.fakes import twilio as fake
from tests.fakes.server import serve_in_thread

GUEST = "+447700900123"
HOTEL = reference_hotel()


@pytest.fixture
def provider() -> Iterator[fake.FakeTwilio]:
    with fake.running_fake() as running:
        yield running


@pytest.fixture
def hub(tmp_path: Path, provider: fake.FakeTwilio):
    with embedded_hub(hub_settings(tmp_path, twilio_api_base=provider.base)) as (rt, runner):
        with serve_in_thread(webhook_app(rt, "twilio")) as base:
            yield rt, runner, base


def post(base: str, params: dict[str, str], signature: str) -> httpx.Response:
    return httpx.post(base + twilio.PATH, data=params, headers={"X-Twilio-Signature": signature})


def public_url(rt) -> str:
    return rt.settings.public_base_url + twilio.PATH


def reply(text: str, channel: Channel = Channel.SMS, **kw) -> OutboundMessage:
    return OutboundMessage(hotel_id=HOTEL.id, channel=channel, recipient=GUEST, text=text, **kw)


def test_a_signed_sms_is_acknowledged_with_empty_twiml(hub, provider):
    rt, runner, base = hub
    params = fake.inbound_params(GUEST, fake.SMS_NUMBER, "Hi, is breakfast included?")

    answer = post(base, params, fake.signature(public_url(rt), params))

    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/xml")
    assert answer.text.endswith("<Response/>")
    wait_until(lambda: provider.sent, what="the reply")
    assert provider.sent[0]["To"] == GUEST and provider.sent[0]["From"] == fake.SMS_NUMBER
    assert provider.sent[0]["Body"] == "echo: Hi, is breakfast included?"
    assert provider.sent[0]["StatusCallback"] == "https://hub.example.com/webhooks/twilio"


@pytest.mark.parametrize("signature", ["", "bm90IGEgc2lnbmF0dXJl", "wrong-token"])
def test_a_forged_webhook_is_refused_and_leaves_no_trace(hub, signature):
    rt, runner, base = hub
    params = fake.inbound_params(GUEST, fake.SMS_NUMBER, "Send me the wifi password")
    if signature == "wrong-token":
        signature = fake.signature(public_url(rt), params, auth_token="someone-elses-token")

    assert post(base, params, signature).status_code == 403
    assert runner.enqueued == []
    with rt.db.session() as session:
        assert session.scalars(select(Message)).all() == []


def test_the_signature_must_cover_the_public_url_not_the_address_behind_the_proxy(hub):
    rt, runner, base = hub
    params = fake.inbound_params(GUEST, fake.SMS_NUMBER, "Hello")

    assert post(base, params, fake.signature(base + twilio.PATH, params)).status_code == 403
    assert runner.enqueued == []


def test_a_tampered_body_is_refused(hub):
    rt, runner, base = hub
    params = fake.inbound_params(GUEST, fake.SMS_NUMBER, "Cancel my booking")
    signature = fake.signature(public_url(rt), params)

    assert post(base, params | {"Body": "Refund everything"}, signature).status_code == 403


def test_a_whatsapp_message_through_twilio_is_parsed_with_the_guests_name(hub):
    rt, _, _ = hub
    params = fake.inbound_params(GUEST, fake.WHATSAPP_NUMBER, "Hola!", whatsapp=True, profile_name="Lucía")

    message = twilio.parse(rt, params)

    assert message.channel is Channel.TWILIO_WHATSAPP
    assert (message.sender, message.sender_name, message.text) == (GUEST, "Lucía", "Hola!")
    assert message.provider_id == params["MessageSid"] and message.hotel_id == HOTEL.id


def test_media_location_and_buttons_are_parsed(hub):
    rt, _, _ = hub
    voice_note = fake.inbound_params(GUEST, fake.WHATSAPP_NUMBER, whatsapp=True,
                                     media=(("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
                                             "audio/ogg"),))
    location = fake.inbound_params(GUEST, fake.WHATSAPP_NUMBER, whatsapp=True) | {
        "Latitude": "37.7749", "Longitude": "-122.4194", "MessageType": "location"}
    button = fake.inbound_params(GUEST, fake.WHATSAPP_NUMBER, "Yes", whatsapp=True) | {
        "ButtonText": "Yes, book it", "ButtonPayload": "book-yes", "MessageType": "button"}

    assert twilio.parse(rt, voice_note).media == [Media(kind=MediaKind.VOICE, ref=voice_note["MediaUrl0"],
                                                        mime_type="audio/ogg")]
    assert twilio.parse(rt, location).media[0].kind is MediaKind.LOCATION
    parsed = twilio.parse(rt, button)
    assert (parsed.text, parsed.interactive_reply) == ("Yes, book it", "book-yes")


def test_a_status_callback_moves_the_reply_to_delivered_and_is_never_answered(hub, provider):
    rt, runner, base = hub
    params = fake.inbound_params(GUEST, fake.SMS_NUMBER, "Thanks")
    post(base, params, fake.signature(public_url(rt), params))
    wait_until(lambda: _sent(rt), what="the reply")
    sid = _sent(rt)[0].provider_id

    for state in ("sent", "delivered"):
        callback = fake.status_params(sid, state, GUEST, fake.SMS_NUMBER)
        assert post(base, callback, fake.signature(public_url(rt), callback)).status_code == 200

    wait_until(lambda: _sent(rt, "delivered"), what="the delivery receipt")
    assert len(provider.sent) == 1


def _sent(rt, status: str = "sent") -> list[Message]:
    with rt.db.session() as session:
        return list(session.scalars(select(Message).where(Message.direction == "out", Message.status == status)))


def test_a_whatsapp_reply_goes_from_the_whatsapp_number_with_its_voice_note(tmp_path, provider):
    settings = hub_settings(tmp_path, twilio_api_base=provider.base)
    sid = twilio.adapter.send(settings, HOTEL, reply("Breakfast is 7-10:30.", Channel.TWILIO_WHATSAPP,
                                                     audio_url="https://hub.example.com/media/tok"))

    assert sid.startswith("SM")
    sent = provider.sent[0]
    assert (sent["To"], sent["From"]) == ("whatsapp:" + GUEST, "whatsapp:" + fake.WHATSAPP_NUMBER)
    assert (sent["Body"], sent["MediaUrl"]) == ("Breakfast is 7-10:30.", "https://hub.example.com/media/tok")


def test_a_long_sms_goes_as_several_messages_split_between_sentences(tmp_path, provider):
    settings = hub_settings(tmp_path, twilio_api_base=provider.base)
    sentences = [f"Sentence number {i} tells the guest something useful about the hotel." for i in range(12)]

    twilio.adapter.send(settings, HOTEL, reply(" ".join(sentences)))

    bodies = provider.bodies_to(GUEST)
    assert len(bodies) > 1 and all(len(b) <= twilio.SMS_PART_CHARS for b in bodies)
    assert all(b.endswith("hotel.") for b in bodies)
    assert " ".join(bodies) == " ".join(sentences)


def test_sms_parts_cut_an_endless_sentence_between_words():
    parts = twilio.sms_parts("word " * 200, limit=50)
    assert all(len(p) <= 50 for p in parts) and " ".join(parts) == ("word " * 200).strip()
    assert twilio.sms_parts("Short.") == ["Short."]


def test_outside_the_window_the_content_template_carries_the_reply(tmp_path, provider):
    settings = hub_settings(tmp_path, twilio_api_base=provider.base)
    hotel = HOTEL.model_copy(update={"channels": HOTEL.channels.model_copy(
        update={"whatsapp_template": "HX" + "0" * 32})})

    twilio.adapter.send_template(settings, hotel, reply("Your room is ready.", Channel.TWILIO_WHATSAPP))

    sent = provider.sent[0]
    assert sent["ContentSid"] == "HX" + "0" * 32
    assert json.loads(sent["ContentVariables"]) == {"1": "Your room is ready."}


def test_a_server_error_may_be_retried_but_a_refusal_is_final(tmp_path, provider):
    settings = hub_settings(tmp_path, twilio_api_base=provider.base)
    provider.fail(status=500)
    with pytest.raises(DeliveryError):
        twilio.adapter.send(settings, HOTEL, reply("Hello"))
    provider.fail(status=400, code=21610)   # the guest replied STOP
    with pytest.raises(PermanentDeliveryError, match="21610"):
        twilio.adapter.send(settings, HOTEL, reply("Hello"))
    provider.fail(status=429, code=20429)
    with pytest.raises(DeliveryError):
        twilio.adapter.send(settings, HOTEL, reply("Hello"))


def test_media_is_fetched_with_basic_auth_and_only_from_twilio(tmp_path, provider):
    settings = hub_settings(tmp_path, twilio_api_base=provider.base, max_attachment_bytes=1000)
    url = provider.add_media(b"OggS-voice", "audio/ogg")

    assert twilio.adapter.download(settings, HOTEL, Media(kind=MediaKind.VOICE, ref=url)) == b"OggS-voice"
    with pytest.raises(PermanentDeliveryError, match="outside TWILIO_API_BASE"):
        twilio.adapter.download(settings, HOTEL, Media(kind=MediaKind.VOICE, ref="https://evil.example/x.ogg"))
    big = provider.add_media(b"\0" * 5000, "audio/ogg")
    with pytest.raises(AttachmentTooLarge):
        twilio.adapter.download(settings, HOTEL, Media(kind=MediaKind.VOICE, ref=big))
    wrong = settings.model_copy(update={"twilio_auth_token": "not-the-token"})
    with pytest.raises(DeliveryError, match="401"):
        twilio.adapter.download(wrong, HOTEL, Media(kind=MediaKind.VOICE, ref=url))


def test_voice_notes_are_fetched_on_one_pooled_connection(tmp_path, provider):
    settings = hub_settings(tmp_path, twilio_api_base=provider.base)
    urls = [provider.add_media(f"OggS-{n}".encode(), "audio/ogg") for n in range(3)]

    heard = [twilio.adapter.download(settings, HOTEL, Media(kind=MediaKind.VOICE, ref=url)) for url in urls]

    assert heard == [b"OggS-0", b"OggS-1", b"OggS-2"]
    assert provider.media_fetches == 3 and len(provider.media_connections) == 1


@pytest.mark.voice
def test_a_whatsapp_voice_note_is_heard_and_answered_in_text_and_voice(hub, provider, tmp_path, monkeypatch):
    from core.voice.tts import Speaker

    monkeypatch.chdir(tmp_path)   # spoken replies are stored under .cache/media here
    rt, runner, base = hub
    url = provider.add_media(Speaker().say("Is the swimming pool open tonight?", "en"), "audio/ogg")
    params = fake.inbound_params(GUEST, fake.WHATSAPP_NUMBER, whatsapp=True, media=((url, "audio/ogg"),))

    post(base, params, fake.signature(public_url(rt), params))

    sent = wait_until(lambda: provider.sent, timeout=120, what="the answer to the voice note")
    assert "pool" in sent[0]["Body"].lower() and sent[0]["Body"].startswith("echo: ")
    assert sent[0]["MediaUrl"].startswith("https://hub.example.com/media/")
    with rt.db.session() as session:
        inbound = session.scalar(select(Message).where(Message.direction == "in"))
        assert "pool" in inbound.transcript.lower()
