"""What a guest sent on Telegram, as the core sees it: real update payloads through PTB's `Update.de_json`."""

from __future__ import annotations

import json

import pytest

from channels.telegram import inbound_message, parse_update
from core.messages import Channel, MediaKind
from tests.fakes.telegram import GUEST, message_update, sticker_content, voice_content


def parsed(update: dict):
    return inbound_message(parse_update(json.dumps(update).encode()), "harbor-view")


def test_a_text_message_names_its_chat_guest_and_update():
    message = parsed(message_update(884001, 77, text="Can I check in early?"))

    assert message.channel is Channel.TELEGRAM and message.hotel_id == "harbor-view"
    assert message.text == "Can I check in early?" and message.media == []
    assert message.sender == str(GUEST["id"])
    assert message.sender_name == "Ana García"
    assert message.provider_id == "884001:77"   # the update id dedupes, the message id is what a reply quotes


def test_a_voice_note_is_voice_media_by_file_id():
    media, = parsed(message_update(884002, **voice_content("AwACAgQAAxkBAAIE", duration=4, size=5120))).media

    assert (media.kind, media.ref, media.mime_type) == (MediaKind.VOICE, "AwACAgQAAxkBAAIE", "audio/ogg")
    assert (media.duration_seconds, media.size) == (4.0, 5120)


def test_an_audio_file_is_audio_media():
    audio = {"file_id": "CQACAgQAAxkBAAIF", "file_unique_id": "u", "duration": 61, "mime_type": "audio/mpeg",
             "file_size": 980000, "title": "question"}
    media, = parsed(message_update(884003, audio=audio)).media

    assert (media.kind, media.mime_type, media.duration_seconds) == (MediaKind.AUDIO, "audio/mpeg", 61.0)


def test_a_photo_keeps_its_caption_and_its_largest_size():
    sizes = [{"file_id": f"photo-{w}", "file_unique_id": f"u{w}", "width": w, "height": w, "file_size": w * 10}
             for w in (90, 320, 1280)]
    message = parsed(message_update(884004, photo=sizes, caption="Is this the pool?"))

    assert message.text == "Is this the pool?"
    assert [(m.kind, m.ref) for m in message.media] == [(MediaKind.IMAGE, "photo-1280")]


@pytest.mark.parametrize("content, kind", [
    (sticker_content(), MediaKind.STICKER),
    ({"location": {"latitude": 37.8, "longitude": -122.4}}, MediaKind.LOCATION),
    ({"document": {"file_id": "BQACAgQ", "file_unique_id": "u", "file_name": "passport.pdf",
                   "mime_type": "application/pdf"}}, MediaKind.DOCUMENT),
    ({"contact": {"phone_number": "+14155550123", "first_name": "Ana"}}, MediaKind.OTHER),
])
def test_what_the_concierge_cannot_read_still_arrives_as_media_of_its_kind(content, kind):
    message = parsed(message_update(884005, **content))

    assert message.text == "" and [m.kind for m in message.media] == [kind]


@pytest.mark.parametrize("update", [
    {"update_id": 884006, "edited_message": message_update(0, 9, text="Actually, two rooms")["message"]},
    {"update_id": 884007, "channel_post": {"message_id": 1, "date": 1700000000, "text": "news",
                                           "chat": {"id": -100123, "type": "channel", "title": "Hotel news"}}},
    message_update(884008, pinned_message=message_update(0, 3, text="pinned")["message"]),
])
def test_edits_channel_posts_and_service_messages_carry_nothing_to_answer(update):
    assert parsed(update) is None


@pytest.mark.parametrize("body", [b"", b"null", b'{"message": {}}', b'{"update_id": 1, "message": "hi"}',
                                  b'{"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {}}}'])
def test_what_is_not_an_update_is_a_value_error(body):
    with pytest.raises(ValueError):
        parse_update(body)
