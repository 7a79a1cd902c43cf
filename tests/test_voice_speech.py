"""A guest's voice note heard, and a reply spoken, with the real packaged models (no mocks).

Model stories are marked `voice`; the models load once per process, so the whole
file costs a few model loads plus one Kokoro (Japanese) synthesis.
"""

from __future__ import annotations

import io
import shutil
from difflib import SequenceMatcher

import av
import numpy as np
import pytest
from fastapi import FastAPI, Form, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from core.hotels import VoiceChoice
from core.voice.audio import VOICE_NOTE_MAX_BYTES, Audio, TooLong, UndecodableAudio, decode, encode_voice_note
from core.voice.stt import TooLarge, Transcriber
from core.voice.tts import Speaker, local_voice_languages
from tests.fakes.server import free_port, serve_in_thread
from tests.test_voice_audio import recorded, tone

voice = pytest.mark.voice
TOWELS = "Could you bring two extra towels and a bottle of water to my room, please?"


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    return Transcriber()


@pytest.fixture(scope="module")
def speaker() -> Speaker:
    return Speaker()


@pytest.fixture(scope="module")
def english_note(speaker) -> bytes:
    """The guest's note: Piper speech, encoded as WhatsApp and Telegram send it (OGG/Opus)."""
    return speaker.say(TOWELS, "en")


def words(text: str) -> set[str]:
    return {w.strip(".,?!").lower() for w in text.split()}


@voice
def test_an_english_voice_note_is_heard_word_for_word(transcriber, english_note):
    transcript = transcriber.transcribe(english_note, "audio/ogg")
    assert transcript.language == "en" and transcript.model == "tiny.en"
    assert {"two", "extra", "towels", "water", "room"} <= words(transcript.text)
    assert transcript.duration_seconds == pytest.approx(decode(english_note).duration_seconds)


@voice
def test_an_android_amr_note_is_heard_too(transcriber, english_note):
    amr = recorded(decode(english_note), "amr", "libopencore_amrnb", 8_000)
    assert {"towels", "water"} <= words(transcriber.transcribe(amr, "audio/amr").text)


@voice
def test_a_japanese_note_is_heard_in_japanese_even_when_the_chat_was_english(transcriber, speaker):
    note = speaker.say("部屋の鍵をなくしました。", "ja")    # Kokoro; "I lost my room key."
    transcript = transcriber.transcribe(note, "audio/ogg", language_hint="en")
    assert transcript.language == "ja" and transcript.model == "base"
    assert "鍵" in transcript.text and "部屋" in transcript.text


@voice
def test_the_spoken_reply_is_a_voice_note_that_says_the_reply(transcriber, speaker):
    # Piper varies a little from run to run (it samples noise), so the check allows a word or two.
    reply = "Breakfast is served in the Harbor Room on the ground floor, and the terrace opens when it is warm."
    note = speaker.say(reply, "en")
    with av.open(io.BytesIO(note)) as container:
        assert container.format.name == "ogg" and container.streams.audio[0].codec_context.name == "opus"
    assert len(note) < VOICE_NOTE_MAX_BYTES
    heard = [w.strip(".,").lower() for w in transcriber.transcribe(note).text.split()]
    said = [w.strip(".,").lower() for w in reply.split()]
    assert SequenceMatcher(None, heard, said).ratio() > 0.8


@voice
def test_silence_is_heard_as_nothing(transcriber):
    silence = encode_voice_note(Audio(np.zeros(48_000 * 2, np.float32), 48_000))
    assert transcriber.transcribe(silence).text == ""


def test_corrupt_audio_is_undecodable_before_any_model_runs():
    with pytest.raises(UndecodableAudio):
        Transcriber().transcribe(b"\x00\x01garbage" * 300, "audio/ogg")


def test_an_over_long_note_is_refused_before_any_model_runs():
    with pytest.raises(TooLong):
        Transcriber(max_seconds=5).transcribe(recorded(tone(8.0), "ogg", "libopus", 48_000))


def test_an_over_large_file_is_refused_before_decoding():
    with pytest.raises(TooLarge):
        Transcriber(max_bytes=1000).transcribe(b"\x00" * 1001)


def test_replies_are_spoken_only_where_a_good_voice_exists_and_the_hotel_wants_them():
    assert Speaker().say("Hola", "es") is None                       # no packaged Spanish voice
    assert Speaker().say("Hello", "en", VoiceChoice(replies=False)) is None
    assert local_voice_languages(VoiceChoice(replies=False)) == set()
    assert {"en", "ja"} <= local_voice_languages()


def test_links_are_left_to_the_text_beside_the_note():
    assert Speaker().say("https://pay.example.com/deposit/abc123", "en") is None


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed (apt-get install espeak-ng)")
def test_a_hotel_that_opts_into_espeak_gets_spanish_voice_replies():
    note = Speaker().say("El desayuno se sirve a las siete.", "es", VoiceChoice(espeak_languages=["es"]))
    assert note is not None and decode(note).duration_seconds > 1


# Hosted models (STT_MODEL / TTS_MODEL naming a litellm model) against a local OpenAI-compatible fake.

class FakeSpeechAPI:
    def __init__(self) -> None:
        self.uploads: list[tuple[str, bytes]] = []
        self.spoken: list[dict] = []

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/audio/transcriptions")
        async def transcriptions(file: UploadFile, model: str = Form(...)):
            self.uploads.append((file.filename, await file.read()))
            return JSONResponse({"text": " Is the pool heated? ", "language": "english", "duration": 2.0})

        @app.post("/v1/audio/speech")
        async def speech(request: Request):
            self.spoken.append(await request.json())
            return Response(recorded(tone(2.0), "wav", "pcm_s16le", 24_000), media_type="audio/wav")

        return app


@pytest.fixture(scope="module")
def hosted():
    api = FakeSpeechAPI()
    with serve_in_thread(api.app()) as base:
        api.base = f"{base}/v1"
        yield api


def test_a_hosted_transcription_model_hears_the_note_when_configured(hosted):
    note = recorded(tone(2.0), "amr", "libopencore_amrnb", 8_000)
    transcript = Transcriber("openai/whisper-1", api_base=hosted.base, api_key="sk-test").transcribe(note)
    assert (transcript.text, transcript.language, transcript.model) == ("Is the pool heated?", "en",
                                                                        "openai/whisper-1")
    filename, upload = hosted.uploads[-1]
    assert filename == "voice.wav" and upload.startswith(b"RIFF")    # AMR converted: every server reads WAV


def test_a_hosted_speech_model_speaks_every_language(hosted):
    note = Speaker("openai/tts-1", api_base=hosted.base, api_key="sk-test").say(
        "欢迎", "zh", VoiceChoice(voices={"zh": "nova"}))
    assert note is not None and decode(note).duration_seconds == pytest.approx(2.0, abs=0.1)
    assert hosted.spoken[-1]["voice"] == "nova"


@voice
def test_when_the_hosted_transcription_fails_the_local_model_answers(english_note):
    dead = f"http://127.0.0.1:{free_port()}/v1"
    transcript = Transcriber("openai/whisper-1", api_base=dead, api_key="sk-test").transcribe(english_note)
    assert transcript.model == "tiny.en" and "towels" in words(transcript.text)


@voice
def test_when_the_hosted_voice_fails_the_local_voice_speaks():
    dead = Speaker("openai/tts-1", api_base=f"http://127.0.0.1:{free_port()}/v1", api_key="sk-test")
    assert dead.say("Your taxi is booked.", "en") is not None
    assert dead.say("出租车已预订。", "zh") is None        # no local Chinese voice: text only


@voice
def test_staff_can_speak_and_hear_notes_from_the_command_line(tmp_path):
    from typer.testing import CliRunner

    from hub.commands.voice import app

    runner, note = CliRunner(), tmp_path / "reply.ogg"
    spoken = runner.invoke(app, ["say", "Your taxi will wait at the main entrance.", "--lang", "en", "-o", str(note)])
    assert spoken.exit_code == 0 and note.stat().st_size > 1000
    heard = runner.invoke(app, ["transcribe", str(note)])
    assert heard.exit_code == 0 and "language: en" in heard.output and "taxi" in heard.output.lower()
    assert runner.invoke(app, ["say", "Привет", "--lang", "ru", "-o", str(tmp_path / "ru.ogg")]).exit_code == 1
