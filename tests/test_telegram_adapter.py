"""Telegram delivery and set-up: real python-telegram-bot against the fake Bot API over localhost HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from channels import telegram
from channels.base import DeliveryError, PermanentDeliveryError
from core.hotels import load_hotel
from core.messages import Channel, Media, MediaKind, OutboundMessage
from core.settings import load_settings
from core.voice.media import MediaStore, media_url
from hub.commands.telegram import app as telegram_cli
from tests.fakes.telegram import TOKEN, running_fake

SHARED = Path(__file__).resolve().parents[2] / "shared"
HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")
CHAT = "555001"
SECRET = "s3cret-for_tests"


@pytest.fixture
def fake():
    with running_fake() as fake:
        yield fake


@pytest.fixture
def settings(fake, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)   # the media store's folder in embedded mode
    return load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/hub.db",
                         telegram_bot_token=TOKEN, telegram_webhook_secret=SECRET, telegram_api_base=fake.base,
                         public_base_url="https://hotel.example", secret_key="test-signing-key")


def reply(text: str, **fields) -> OutboundMessage:
    return OutboundMessage(hotel_id=HOTEL.id, channel=Channel.TELEGRAM, recipient=CHAT, text=text, **fields)


def voice_url(settings, data: bytes) -> str:
    return media_url(settings.public_base_url, MediaStore.from_settings(settings).save(data, "audio/ogg"))


def test_a_text_reply_is_one_api_call(fake, settings):
    message_id = telegram.adapter.send(settings, HOTEL, reply("Breakfast is served 7-10:30."))

    sent, = fake.calls
    assert sent.method == "sendMessage"   # no getMe, no "typing…" that would only flash
    assert sent.params["chat_id"] == CHAT and sent.params["text"] == "Breakfast is served 7-10:30."
    assert "reply_parameters" not in sent.params
    assert message_id.isdigit()


def test_replies_reuse_one_bot_and_its_connection(fake, settings):
    for text in ("Pool opens at 8.", "Spa until 9.", "Gym all night."):
        telegram.adapter.send(settings, HOTEL, reply(text))

    assert [c.method for c in fake.calls] == ["sendMessage"] * 3
    assert len(fake.connections) == 1


def test_reply_quotes_the_guest_message_it_answers(fake, settings):
    telegram.adapter.send(settings, HOTEL, reply("Yes, dogs are welcome.", quote_provider_id="90017:42"))

    sent, = fake.calls_to("sendMessage")
    assert json.loads(sent.params["reply_parameters"]) == {"message_id": 42, "allow_sending_without_reply": True}


def test_payment_link_goes_out_with_the_text(fake, settings):
    telegram.adapter.send(settings, HOTEL, reply("Here is your deposit link.", payment_url="https://pay.example/x"))

    assert fake.calls_to("sendMessage")[0].params["text"] == "Here is your deposit link.\n\nhttps://pay.example/x"


def test_voice_reply_is_uploaded_with_its_text_as_caption(fake, settings):
    ogg = b"OggS fake opus bytes"
    telegram.adapter.send(settings, HOTEL, reply("Check-out is at 11.", audio_url=voice_url(settings, ogg),
                                                 quote_provider_id="7:3"))

    voice, = fake.calls_to("sendVoice")
    assert voice.files["voice"] == ogg
    assert voice.params["caption"] == "Check-out is at 11."
    assert json.loads(voice.params["reply_parameters"])["message_id"] == 3
    assert fake.calls_to("sendChatAction")[0].params["action"] == "upload_voice"
    assert fake.calls_to("sendMessage") == []


def test_voice_reply_longer_than_a_caption_sends_the_text_beside_it(fake, settings):
    text = "Our spa menu, in full. " * 60
    telegram.adapter.send(settings, HOTEL, reply(text, audio_url=voice_url(settings, b"OggS")))

    assert fake.calls_to("sendMessage")[0].params["text"] == text
    assert "caption" not in fake.calls_to("sendVoice")[0].params


def test_voice_reply_whose_audio_expired_still_delivers_the_text(fake, settings):
    telegram.adapter.send(settings, HOTEL, reply("Pool opens at 8.",
                                                 audio_url="https://hotel.example/media/gone.1.sig"))

    assert fake.calls_to("sendMessage")[0].params["text"] == "Pool opens at 8."
    assert fake.calls_to("sendVoice") == []


def test_flood_control_asks_to_retry_after_telegrams_delay(fake, settings):
    fake.fail("sendMessage", status=429, retry_after=3)

    with pytest.raises(DeliveryError) as error:
        telegram.adapter.send(settings, HOTEL, reply("Hello"))
    assert error.value.retry_after == 3
    telegram.adapter.send(settings, HOTEL, reply("Hello"))
    assert len(fake.calls_to("sendMessage")) == 2


@pytest.mark.parametrize("status, error", [(500, DeliveryError), (502, DeliveryError),
                                           (403, PermanentDeliveryError), (400, PermanentDeliveryError)])
def test_provider_failures_are_retried_or_given_up_by_kind(fake, settings, status, error):
    fake.fail("sendMessage", status=status)

    with pytest.raises(error):
        telegram.adapter.send(settings, HOTEL, reply("Hello"))


def test_wrong_token_is_a_permanent_failure(fake, settings):
    with pytest.raises(PermanentDeliveryError):
        telegram.adapter.send(settings.model_copy(update={"telegram_bot_token": "999:wrong"}), HOTEL, reply("Hi"))


def test_voice_note_is_downloaded_through_get_file(fake, settings):
    fake.add_file("AwACAgQAAxkBAAIB", b"OggS guest voice", file_path="voice/file_7.oga")

    data = telegram.adapter.download(settings, HOTEL, Media(kind=MediaKind.VOICE, ref="AwACAgQAAxkBAAIB"))

    assert data == b"OggS guest voice"
    assert fake.calls_to("getFile")[0].params == {"file_id": "AwACAgQAAxkBAAIB"}
    assert fake.downloads == ["voice/file_7.oga"]


def test_replies_need_only_the_token(settings):
    assert telegram.adapter.configured(settings.model_copy(update={"telegram_webhook_secret": None}), HOTEL)
    assert not telegram.adapter.configured(settings.model_copy(update={"telegram_bot_token": None}), HOTEL)


# --- concierge telegram set-webhook ---------------------------------------------------------------

@pytest.fixture
def cli_env(fake, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, value in {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET,
                        "TELEGRAM_API_BASE": fake.base, "PUBLIC_BASE_URL": "https://concierge.harbor.example",
                        "HOTELS_DIR": str(SHARED / "hotels"), "DATABASE_URL": f"sqlite:///{tmp_path}/hub.db"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("DEFAULT_HOTEL", raising=False)


def test_set_webhook_registers_the_hotel_url_with_the_secret(fake, cli_env):
    result = CliRunner().invoke(telegram_cli, ["set-webhook", "--hotel", "harbor-view"])

    assert result.exit_code == 0, result.output
    assert fake.webhook["url"] == "https://concierge.harbor.example/webhooks/telegram/harbor-view"
    assert fake.webhook["secret_token"] == SECRET
    assert json.loads(fake.webhook["allowed_updates"]) == ["message"]
    assert "https://concierge.harbor.example/webhooks/telegram/harbor-view" in result.output


def test_set_webhook_refuses_without_a_secret(fake, cli_env, monkeypatch):
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET")

    result = CliRunner().invoke(telegram_cli, ["set-webhook"])

    assert result.exit_code == 2
    assert "TELEGRAM_WEBHOOK_SECRET" in result.output
    assert fake.calls_to("setWebhook") == []


def test_set_webhook_names_the_known_hotels_for_an_unknown_one(fake, cli_env):
    result = CliRunner().invoke(telegram_cli, ["set-webhook", "--hotel", "nowhere"])

    assert result.exit_code == 2
    assert "harbor-view" in result.output
