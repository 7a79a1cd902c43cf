"""A guest on Telegram: webhook in, reply out at the fake Bot API, through the real pipeline.

Real HTTP both ways: the hub's app served on localhost receives the updates,
python-telegram-bot answers through `tests/fakes/telegram.py`. Embedded mode runs
the jobs in-process; Redis mode runs them with an RQ worker in the test.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx
import pytest
from redis import Redis
from rq import SimpleWorker
from sqlalchemy import select
from typer.testing import CliRunner

from agent.runtime import Runtime
from channels import telegram
from core.hotels import load_hotel
from core.i18n import say
from core.settings import load_settings
from core.state import RedisState
from core.store.models import Message
from hub.app import create_app
from hub.commands.telegram import app as telegram_cli
from jobs import context, queue
from jobs.intake import inbox_key, ingest
from tests.fakes.server import serve_in_thread
from tests.fakes.telegram import (
    GUEST,
    TOKEN,
    FakeTelegram,
    message_update,
    running_fake,
    sticker_content,
    voice_content,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")
EMBEDDINGS = Path(__file__).resolve().parents[1] / ".cache" / "test-embeddings"
SECRET = "harbor-view_webhook-secret"
CHAT = str(GUEST["id"])
REDIS_TEST_URL = "redis://127.0.0.1:6379/15"


@dataclass
class Hub:
    """The web process under test, its runtime and the fake Telegram it talks to."""

    base: str
    runtime: Runtime
    telegram: FakeTelegram
    worker: SimpleWorker | None = None   # Redis mode

    def post(self, update: dict | bytes, secret: str | None = SECRET, hotel: str = HOTEL.id) -> httpx.Response:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        return httpx.post(f"{self.base}/webhooks/telegram/{hotel}", content=body,
                          headers={"Content-Type": "application/json", **headers})

    def transcript(self) -> list[Message]:
        with self.runtime.db.session() as session:
            return list(session.scalars(select(Message).order_by(Message.id)))

    def work(self) -> None:
        """Redis mode: an RQ worker takes every queued job (and the ones they queue), then stops."""
        self.worker.work(burst=True)

    def finish_jobs(self) -> None:
        """Embedded mode: wait for every job in flight (and the replies they queue)."""
        queue.runner().shutdown()


def settings_for(fake: FakeTelegram, tmp_path: Path, **overrides):
    values = {"redis_url": None, "database_url": f"sqlite:///{tmp_path}/hub.db", "telegram_bot_token": TOKEN,
              "telegram_webhook_secret": SECRET, "telegram_api_base": fake.base, "embedding_cache_dir": EMBEDDINGS,
              "public_base_url": "https://hub.example", "secret_key": "test", "outbound_retry_seconds": [0, 0, 0]}
    return load_settings(_env_file=None, **{**values, **overrides})


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> tuple:
    """The language detector and embedder, loaded once for the module's runtimes."""
    loaded = Runtime(load_settings(_env_file=None, redis_url=None, embedding_cache_dir=EMBEDDINGS,
                                   database_url=f"sqlite:///{tmp_path_factory.mktemp('models')}/m.db"),
                     hotels={HOTEL.id: HOTEL})
    loaded.warm()
    return loaded.languages, loaded.embedder


def make_runtime(settings, models: tuple, **fields) -> Runtime:
    runtime = Runtime(settings, hotels={HOTEL.id: HOTEL}, **fields)
    runtime.languages, runtime.embedder = models
    runtime.warm()
    return runtime


@contextmanager
def running_hub(fake: FakeTelegram, runtime: Runtime, runner: queue.JobRunner) -> Iterator[Hub]:
    runtime.db.migrate()
    queue.set_runner(runner)
    try:
        with serve_in_thread(create_app(runtime, warm=False)) as base:
            yield Hub(base, runtime, fake)
    finally:
        queue.set_runner(None)
        context.set_runtime(None)


@pytest.fixture
def fake():
    with running_fake() as fake:
        yield fake


@pytest.fixture
def hub(fake, models, tmp_path, monkeypatch):
    """Embedded mode: no Redis, jobs in this process."""
    monkeypatch.chdir(tmp_path)
    runner = queue.InProcessRunner()
    with running_hub(fake, make_runtime(settings_for(fake, tmp_path), models), runner) as hub:
        yield hub
    runner.shutdown()


def text_update(update_id: int, text: str, message_id: int | None = None) -> dict:
    return message_update(update_id, message_id, text=text)


# --- Is it really Telegram? --------------------------------------------------------------------------

@pytest.mark.parametrize("secret", ["forged-secret", "", None])
def test_forged_or_missing_secret_is_refused_with_no_job_and_no_record(hub, secret):
    response = hub.post(text_update(1001, "Do you allow dogs?"), secret=secret)

    assert response.status_code == 403
    hub.finish_jobs()
    assert hub.transcript() == []
    assert hub.runtime.state.get_json(f"seen:telegram:{1001}:{1001}") is None
    assert hub.telegram.calls_to("sendMessage") == []


def test_without_a_configured_secret_every_update_is_refused(fake, models, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runtime = make_runtime(settings_for(fake, tmp_path, telegram_webhook_secret=None), models)
    with running_hub(fake, runtime, queue.InProcessRunner()) as hub:
        assert hub.post(text_update(1002, "hello"), secret="").status_code == 403
        assert hub.post(text_update(1002, "hello"), secret="anything").status_code == 403
        assert hub.transcript() == []


def test_an_unknown_hotel_is_404(hub):
    assert hub.post(text_update(1003, "hello"), hotel="no-such-hotel").status_code == 404


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'{"update_id": "x"}', b"\xff\xfe",
                                  b'{"update_id": 5, "message": {"message_id": 1}}'])
def test_a_body_that_is_not_an_update_is_a_400_not_a_500(hub, body):
    response = hub.post(body)

    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.parametrize("update", [
    {"update_id": 1004, "edited_message": message_update(0, 7, text="Do you allow cats?")["message"]},
    {"update_id": 1005, "my_chat_member": {
        "chat": {"id": GUEST["id"], "type": "private"}, "from": GUEST, "date": 1700000000,
        "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True, "first_name": "bot"}},
        "new_chat_member": {"status": "kicked", "user": {"id": 1, "is_bot": True, "first_name": "bot"},
                            "until_date": 0}}},
    message_update(1006, 8, new_chat_title="Family trip"),
])
def test_edits_membership_changes_and_service_messages_are_acknowledged_and_ignored(hub, update):
    assert hub.post(update).status_code == 200
    hub.finish_jobs()
    assert hub.transcript() == []
    assert hub.telegram.calls_to("sendMessage") == []


# --- The guest's story, embedded mode --------------------------------------------------------------

def test_a_guest_question_is_answered_in_their_chat(hub):
    assert hub.post(text_update(2001, "Do you allow dogs?")).status_code == 200

    sent, = hub.telegram.wait_for("sendMessage")
    assert sent.params["chat_id"] == CHAT
    assert "35" in sent.params["text"]   # the pet fee, from the hotel's KB
    hub.finish_jobs()
    assert [c.method for c in hub.telegram.calls] == ["sendMessage"]   # the reply is the one API call
    inbound, outbound = hub.transcript()
    assert (inbound.direction, inbound.channel, inbound.provider_id) == ("in", "telegram", "2001:2001")
    assert (outbound.direction, outbound.status, outbound.text) == ("out", "sent", sent.params["text"])


def test_redelivered_update_is_answered_once(hub):
    for _ in range(5):
        assert hub.post(text_update(2002, "What is the wifi password?")).status_code == 200

    hub.finish_jobs()
    sent, = hub.telegram.calls_to("sendMessage")
    assert "tidepool-4821" in sent.params["text"]
    assert [m.direction for m in hub.transcript()] == ["in", "out"]


def test_a_sticker_gets_a_polite_answer(hub):
    assert hub.post(message_update(2003, **sticker_content())).status_code == 200

    sent, = hub.telegram.wait_for("sendMessage")
    assert sent.params["text"] == say("media_unsupported", "en")


def test_a_voice_note_is_fetched_through_get_file_before_it_is_heard(hub):
    hub.telegram.add_file("AwACAgQAAxkBAAIC", b"not really opus" * 40, file_path="voice/file_3.oga")

    assert hub.post(message_update(2004, **voice_content("AwACAgQAAxkBAAIC"))).status_code == 200

    sent, = hub.telegram.wait_for("sendMessage")
    assert hub.telegram.calls_to("getFile")[0].params == {"file_id": "AwACAgQAAxkBAAIC"}
    assert hub.telegram.downloads == ["voice/file_3.oga"]
    assert sent.params["text"] == say("voice_unheard", "en")   # the bytes were no speech


@pytest.mark.voice
def test_a_spoken_question_is_transcribed_and_answered(hub):
    from core.voice.tts import Speaker

    hub.telegram.add_file("AwACAgQAAxkBAAID", Speaker().say("Is the swimming pool open tonight?", "en"))

    assert hub.post(message_update(2005, **voice_content("AwACAgQAAxkBAAID"))).status_code == 200

    hub.telegram.wait_for("sendChatAction")
    hub.finish_jobs()
    inbound = hub.transcript()[0]
    assert "pool" in (inbound.transcript or "").lower()
    voice, = hub.telegram.calls_to("sendVoice")   # a voice note is answered by voice, its text as the caption
    assert voice.files["voice"].startswith(b"OggS") and "pool" in voice.params["caption"].lower()
    assert hub.telegram.calls_to("sendChatAction")[0].params["action"] == "upload_voice"


def test_several_messages_before_the_reply_are_each_answered_quoting_their_own(hub):
    key = inbox_key(telegram.inbound_message(telegram.parse_update(json.dumps(text_update(1, "x")).encode()),
                                             HOTEL.id))
    # While a worker holds the conversation (busy with an earlier turn), three messages arrive.
    with hub.runtime.state.lock("conversation:" + key, 30):
        for update_id, message_id, text in [(3001, 41, "Do you allow dogs?"), (3002, 42, "What is the wifi password?"),
                                            (3003, 43, "When is breakfast?")]:
            assert hub.post(text_update(update_id, text, message_id)).status_code == 200

    hub.finish_jobs()
    quoted = [json.loads(c.params["reply_parameters"])["message_id"] for c in hub.telegram.calls_to("sendMessage")]
    assert quoted == [41, 42, 43]


def test_flood_control_delays_the_reply_and_it_is_delivered_once(hub):
    hub.telegram.fail("sendMessage", status=429, retry_after=1)

    assert hub.post(text_update(4001, "Do you allow dogs?")).status_code == 200

    first, second = hub.telegram.wait_for("sendMessage", count=2)
    assert first.params == second.params
    hub.finish_jobs()
    assert [m.status for m in hub.transcript() if m.direction == "out"] == ["sent"]


def test_telegram_down_twice_then_up_delivers_one_reply(hub):
    hub.telegram.fail("sendMessage", times=2, status=500)

    assert hub.post(text_update(4002, "Do you allow dogs?")).status_code == 200

    hub.telegram.wait_for("sendMessage", count=3)
    hub.finish_jobs()
    assert len(hub.telegram.calls_to("sendMessage")) == 3
    assert [m.status for m in hub.transcript() if m.direction == "out"] == ["sent"]


# --- Long polling: no public URL ---------------------------------------------------------------------

def test_polling_answers_an_update_and_confirms_it(hub):
    hub.telegram.webhook = {"url": "https://old.example/webhooks/telegram/harbor-view"}
    hub.telegram.queue_update(text_update(5001, "Do you allow dogs?"))

    assert telegram.poll(hub.runtime, HOTEL.id, partial(ingest, hub.runtime), polls=1, timeout=0) == 1

    sent, = hub.telegram.wait_for("sendMessage")
    assert sent.params["chat_id"] == CHAT and "35" in sent.params["text"]
    assert hub.telegram.calls_to("deleteWebhook") and hub.telegram.webhook == {}
    assert hub.telegram.calls_to("getUpdates")[-1].params["offset"] == "5002"   # confirmed
    assert hub.telegram.updates == []


def test_an_update_polled_again_is_not_answered_twice(hub):
    hub.telegram.queue_update(text_update(5002, "What is the wifi password?"))
    telegram.poll(hub.runtime, HOTEL.id, partial(ingest, hub.runtime), polls=1, timeout=0)
    hub.telegram.queue_update(text_update(5002, "What is the wifi password?"))   # as if never confirmed

    assert telegram.poll(hub.runtime, HOTEL.id, partial(ingest, hub.runtime), polls=1, timeout=0) == 0

    hub.finish_jobs()
    assert len(hub.telegram.calls_to("sendMessage")) == 1


def test_concierge_telegram_poll_answers_in_embedded_mode(fake, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, value in {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE": fake.base,
                        "HOTELS_DIR": str(SHARED / "hotels"), "DATABASE_URL": f"sqlite:///{tmp_path}/hub.db",
                        "EMBEDDING_CACHE_DIR": str(EMBEDDINGS)}.items():
        monkeypatch.setenv(name, value)
    for name in ("REDIS_URL", "TELEGRAM_WEBHOOK_SECRET", "DEFAULT_HOTEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(telegram, "poll", partial(telegram.poll, polls=1, timeout=0))   # instead of Ctrl-C
    fake.queue_update(text_update(5003, "Do you allow dogs?"))
    try:
        result = CliRunner().invoke(telegram_cli, ["poll"])
    finally:
        queue.set_runner(None)
        context.set_runtime(None)

    assert result.exit_code == 0, result.output
    assert "Embedded mode" in result.output
    sent, = fake.calls_to("sendMessage")   # the command waited for the reply to go out
    assert sent.params["chat_id"] == CHAT and "35" in sent.params["text"]


# --- Redis mode: the web process enqueues, an RQ worker answers -------------------------------------------

@pytest.fixture
def redis_hub(fake, models, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    connection = Redis.from_url(REDIS_TEST_URL)
    prefix = f"test-telegram-{uuid.uuid4().hex[:8]}:"
    settings = settings_for(fake, tmp_path, redis_url=REDIS_TEST_URL)
    runtime = make_runtime(settings, models, state=RedisState(connection, prefix=prefix))
    runner = queue.RQRunner(connection)
    try:
        with running_hub(fake, runtime, runner) as hub:   # the app installs `runtime` for the worker's jobs too
            hub.worker = SimpleWorker(list(runner.queues.values()), connection=connection)
            yield hub
    finally:
        for q in runner.queues.values():
            q.empty()
        for key in connection.scan_iter(match=prefix + "*"):
            connection.delete(key)


def test_an_update_that_cannot_be_queued_is_not_acknowledged_so_telegram_sends_it_again(fake, models, tmp_path,
                                                                                      monkeypatch):
    monkeypatch.chdir(tmp_path)
    down = Redis.from_url("redis://127.0.0.1:1/0")   # nothing listens there: Redis is down
    settings = settings_for(fake, tmp_path, redis_url="redis://127.0.0.1:1/0")
    runtime = make_runtime(settings, models, state=RedisState(down))
    with running_hub(fake, runtime, queue.RQRunner(down)) as hub:
        assert hub.post(text_update(6002, "Do you allow dogs?")).status_code == 503
        assert hub.transcript() == []


@pytest.mark.redis
def test_with_redis_the_webhook_only_enqueues_and_a_worker_answers(redis_hub):
    for _ in range(5):
        assert redis_hub.post(text_update(6001, "Do you allow dogs?")).status_code == 200
    assert redis_hub.telegram.calls_to("sendMessage") == []   # nothing is answered in the web process

    redis_hub.work()

    sent, = redis_hub.telegram.calls_to("sendMessage")
    assert sent.params["chat_id"] == CHAT and "35" in sent.params["text"]
    assert [m.status for m in redis_hub.transcript() if m.direction == "out"] == ["sent"]
