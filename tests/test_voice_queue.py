"""Voice notes on the `media` queue: heard and spoken there, the guest's order kept, other guests never waiting.

With Redis, real RQ workers in their own processes (an `inbound,outbound` one and
a `media` one), the real speech models and the real Twilio SDK against the local
fake; in embedded mode, the same jobs on the in-process runner.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from agent.runtime import Runtime
from channels import twilio
from core.settings import Settings
from core.voice.tts import Speaker
from jobs import context, queue
from jobs.queue import RQRunner
from tests.channel_kit import (
    REPO,
    SHARED,
    RedisServer,
    embedded_hub,
    hub_settings,
    kill_worker,
    reference_hotel,
    start_worker,
    stop_worker,
    wait_until,
    webhook_app,
)
from tests.fakes import twilio as fake_twilio
from tests.fakes.server import serve_in_thread

ANA, BEN = "+14155550123", "+14155550124"
QUESTION = "Is the swimming pool open tonight?"


@pytest.fixture(scope="module")
def spoken_question() -> bytes:
    return Speaker().say(QUESTION, "en")


class Guests:
    """Guests writing on WhatsApp through Twilio to a hub at `base`."""

    def __init__(self, base: str, settings, provider: fake_twilio.FakeTwilio):
        self.base, self.settings, self.twilio = base, settings, provider

    def post(self, sender: str, body: str = "", note: bytes | None = None) -> None:
        media = ((self.twilio.add_media(note, "audio/ogg"), "audio/ogg"),) if note is not None else ()
        params = fake_twilio.inbound_params(sender, fake_twilio.WHATSAPP_NUMBER, body, whatsapp=True, media=media)
        url = self.settings.public_base_url + twilio.PATH
        answer = httpx.post(self.base + twilio.PATH, data=params,
                            headers={"X-Twilio-Signature": fake_twilio.signature(url, params)})
        assert answer.status_code == 200

    def replies_to(self, guest: str) -> list[dict[str, str]]:
        return [m for m in self.twilio.sent if m["To"] == "whatsapp:" + guest]


def echo_of_the_question(reply: dict[str, str]) -> bool:
    return reply["Body"].startswith("echo: ") and "pool" in reply["Body"].lower()


@pytest.mark.voice
def test_embedded_a_note_then_text_are_answered_in_order_through_the_media_jobs(tmp_path: Path, monkeypatch,
                                                                                spoken_question):
    monkeypatch.chdir(tmp_path)   # spoken replies are stored under .cache/media here
    with fake_twilio.running_fake() as provider:
        settings = hub_settings(tmp_path, twilio_api_base=provider.base)
        with embedded_hub(settings) as (rt, runner), serve_in_thread(webhook_app(rt, "twilio")) as base:
            guests = Guests(base, settings, provider)
            guests.post(ANA, note=spoken_question)
            guests.post(ANA, "And is breakfast included?")

            replies = wait_until(lambda: len(guests.replies_to(ANA)) == 2 and guests.replies_to(ANA), timeout=120,
                                 what="both replies")
        assert guests.replies_to(ANA) == replies   # every job done: the note's reply went once
    # Its voice came after the next reply was ready: the text went alone, in order, and nobody waited.
    assert echo_of_the_question(replies[0]) and replies[1]["Body"] == "echo: And is breakfast included?"
    assert "MediaUrl" not in replies[1]
    assert [(e.queue, e.func) for e in runner.enqueued if e.queue == "media"] == [
        ("media", "hear_note"), ("media", "speak_replies")]


@contextmanager
def web_side(settings: Settings, provider: fake_twilio.FakeTwilio, server: RedisServer) -> Iterator[Guests]:
    """`concierge serve` with REDIS_URL: verify, dedupe, enqueue on Redis, answer."""
    hotel = reference_hotel()
    rt = Runtime(settings, hotels={hotel.id: hotel})
    rt.db.migrate()
    context.set_runtime(rt)
    queue.set_runner(RQRunner(server.client()))
    try:
        with serve_in_thread(webhook_app(rt, "twilio")) as base:
            yield Guests(base, settings, provider)
    finally:
        queue.set_runner(None)
        context.set_runtime(None)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[Guests, Callable[..., subprocess.Popen]]]:
    server = RedisServer(tmp_path, appendonly=True).start()
    workers: list[subprocess.Popen] = []
    with fake_twilio.running_fake() as provider:
        overrides = {"redis_url": server.url, "twilio_api_base": provider.base}

        def worker(name: str, **more) -> subprocess.Popen:
            workers.append(start_worker(tmp_path, name, **overrides, **more))
            return workers[-1]

        try:
            with web_side(hub_settings(tmp_path, **overrides), provider, server) as guests:
                yield guests, worker
        finally:
            for process in workers:
                stop_worker(process)
            server.kill()


@pytest.mark.redis
@pytest.mark.voice
def test_text_waits_behind_its_guests_note_not_other_guests_and_a_killed_media_worker_answers_once(
        hub, tmp_path: Path, spoken_question):
    guests, worker = hub
    worker("text", queues=["inbound", "outbound", "default"])
    doomed = worker("media-1", queues=["media"], stall_hearing=True)

    guests.post(ANA, note=spoken_question)
    guests.post(ANA, "And is breakfast included?")
    wait_until(lambda: (tmp_path / "hearing").exists(), timeout=120, what="the media worker to be hearing the note")
    guests.post(BEN, "Where can I park?")

    wait_until(lambda: guests.replies_to(BEN), timeout=60, what="the other guest's reply while the note is heard")
    assert guests.replies_to(ANA) == []   # Ana's text waits behind her note

    kill_worker(doomed)   # kill -9, mid-transcription
    worker("media-2", queues=["media"])

    replies = wait_until(lambda: len(guests.replies_to(ANA)) >= 2 and guests.replies_to(ANA), timeout=180,
                         what="Ana's replies after the restart")
    assert echo_of_the_question(replies[0]) and replies[1]["Body"] == "echo: And is breakfast included?"
    guests.post(ANA, "Thanks!")   # a later message proves nothing else was still on its way
    wait_until(lambda: len(guests.replies_to(ANA)) == 3, timeout=60, what="the next reply")
    assert [r["Body"] for r in guests.replies_to(ANA)][1:] == ["echo: And is breakfast included?", "echo: Thanks!"]
    assert [r["Body"] for r in guests.replies_to(BEN)] == ["echo: Where can I park?"]


SPEECH_LIBRARIES = ("ctranslate2", "onnxruntime")   # faster-whisper's and Piper's native runtimes


def loaded_libraries(pid: int) -> set[str]:
    maps = Path(f"/proc/{pid}/maps").read_text()
    return {name for name in SPEECH_LIBRARIES if name in maps}


@pytest.mark.redis
@pytest.mark.voice
def test_only_a_worker_serving_media_loads_the_speech_models(tmp_path: Path, spoken_question):
    server = RedisServer(tmp_path, appendonly=True).start()
    processes: list[subprocess.Popen] = []
    with fake_twilio.running_fake() as provider:
        settings = hub_settings(tmp_path, redis_url=server.url, twilio_api_base=provider.base)
        env = {**os.environ, "PYTHONPATH": str(REPO), "REDIS_URL": server.url, "SECRET_KEY": "test-signing-key",
               "DATABASE_URL": settings.database_url, "HOTELS_DIR": str(SHARED / "hotels"),
               "DEFAULT_HOTEL": "harbor-view", "TWILIO_API_BASE": provider.base,
               "TWILIO_ACCOUNT_SID": fake_twilio.ACCOUNT_SID, "TWILIO_AUTH_TOKEN": fake_twilio.AUTH_TOKEN,
               "TWILIO_WHATSAPP_NUMBER": fake_twilio.WHATSAPP_NUMBER, "PUBLIC_BASE_URL": settings.public_base_url,
               "EMBEDDING_CACHE_DIR": str(REPO / ".cache" / "embeddings")}
        concierge = [str(Path(sys.executable).with_name("concierge")), "worker", "--queues"]

        def start(name: str, queues: str) -> subprocess.Popen:
            log = (tmp_path / f"{name}.log").open("ab")
            processes.append(subprocess.Popen([*concierge, queues], cwd=tmp_path, env=env, stdout=log,
                                              stderr=subprocess.STDOUT, start_new_session=True))
            return processes[-1]

        try:
            text = start("text", "inbound,outbound")
            with web_side(settings, provider, server) as guests:
                guests.post(ANA, note=spoken_question)
                guests.post(BEN, "Do you have a gym?")
                wait_until(lambda: guests.replies_to(BEN), timeout=180, what="the text worker's reply")
                assert loaded_libraries(text.pid) == set()   # it took the note's turn and heard nothing

                speech = start("speech", "media")
                reply, = wait_until(lambda: guests.replies_to(ANA), timeout=180, what="the note's reply")
                assert reply["MediaUrl"].startswith("https://hub.example.com/media/")   # spoken there, with its text
                assert loaded_libraries(speech.pid) == set(SPEECH_LIBRARIES)
                assert loaded_libraries(text.pid) == set()
        finally:
            for process in processes:
                stop_worker(process)
            server.kill()
