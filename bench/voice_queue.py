"""Voice notes on the `media` queue: do other guests' text replies keep their latency while notes are heard?

    .venv/bin/python bench/voice_queue.py [--texts 30] [--gap 0.5] [--notes 4] [--note-seconds 60]

A real `concierge serve`, one `concierge worker --queues inbound,outbound` and
one `concierge worker --queues media` (offline brain, the local speech models)
on a private Redis, the fake Telegram in this process. After a warm-up (a text
and a short note), two phases in the same run:

1. quiet: `--texts` guests each send one text question, one every `--gap`
   seconds (open loop: nobody waits for a reply before the next one writes);
2. voice load: `--notes` guests send a `--note-seconds` voice note (Piper speech)
   at once, then the same text questions arrive at the same pace while the
   notes are being heard.

Each message is a new chat. Printed: text reply latency (webhook POST → the
fake's sendMessage in that chat) p50/p95 in both phases, each note's voice reply
latency (POST → sendVoice, its text as the caption), and how many text replies
went out while some note was still unanswered.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.ingest import PUBLIC, SHARED, percentile, wait_http  # noqa: E402
from bench.voice import WEBHOOK_SECRET, english_note  # noqa: E402
from core.voice.tts import Speaker  # noqa: E402
from tests.channel_kit import RedisServer  # noqa: E402
from tests.fakes import telegram as fake_telegram  # noqa: E402
from tests.fakes.server import free_port  # noqa: E402

QUESTIONS = ["What time is breakfast?", "Do you allow dogs?", "Is there parking at the hotel?",
             "What is the wifi password?", "When is check-out?"]


class Bench:
    """The hub's processes and the fake Telegram; guests are chats, each message a new one."""

    def __init__(self, work: Path, telegram: fake_telegram.FakeTelegram, port: int):
        self.work, self.telegram, self.port = work, telegram, port
        self.updates = iter(range(1, 1_000_000))

    def post(self, **content) -> tuple[int, float]:
        """Send one guest message in a chat of its own; returns (chat, when it was posted)."""
        update_id = next(self.updates)
        chat = 800000 + update_id
        update = fake_telegram.message_update(update_id, chat_id=chat, **content)
        started = time.monotonic()
        answer = httpx.post(f"http://127.0.0.1:{self.port}/webhooks/telegram/harbor-view",
                            content=json.dumps(update).encode(),
                            headers={"Content-Type": "application/json",
                                     "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET})
        answer.raise_for_status()
        return chat, started

    def text(self, question: str) -> tuple[int, float]:
        return self.post(text=question)

    def note(self, ogg: bytes) -> tuple[int, float]:
        file_id = f"note-{len(self.telegram.files)}"
        self.telegram.add_file(file_id, ogg, file_path=f"voice/{file_id}.oga")
        return self.post(**fake_telegram.voice_content(file_id, duration=60, size=len(ogg)))

    def replied_at(self, chat: int, method: str) -> float | None:
        return next((c.at for c in self.telegram.calls_to(method) if c.params.get("chat_id") == str(chat)), None)

    def wait(self, sent: list[tuple[int, float]], method: str, timeout: float) -> list[float]:
        """Seconds from each POST to its reply by `method`."""
        deadline = time.monotonic() + timeout
        while True:
            arrived = [self.replied_at(chat, method) for chat, _ in sent]
            if all(at is not None for at in arrived):
                return [at - started for at, (_, started) in zip(arrived, sent, strict=True)]
            if time.monotonic() > deadline:
                missing = sum(at is None for at in arrived)
                raise RuntimeError(f"{missing} {method} replies missing after {timeout:.0f} s; "
                                   f"see {self.work / 'processes.log'}")
            time.sleep(0.005)


def paced_texts(bench: Bench, count: int, gap: float) -> list[tuple[int, float]]:
    sent, start = [], time.monotonic()
    for i in range(count):
        time.sleep(max(0.0, start + i * gap - time.monotonic()))
        sent.append(bench.text(QUESTIONS[i % len(QUESTIONS)]))
    return sent


def run(args: argparse.Namespace) -> None:
    speaker = Speaker()
    long_note = english_note(speaker, args.note_seconds)
    warm_note = speaker.say("What time is breakfast?", "en")
    print(f"voice note: {long_note.seconds:.1f} s of Piper speech, {len(long_note.ogg) / 1024:.0f} KB")
    with tempfile.TemporaryDirectory(prefix="bench-voice-queue-") as tmp, fake_telegram.running_fake() as telegram:
        work = Path(tmp)
        redis = RedisServer(work, appendonly=True).start()
        env = {**os.environ, "REDIS_URL": redis.url, "DATABASE_URL": f"sqlite:///{work / 'hub.db'}",
               "HOTELS_DIR": str(SHARED / "hotels"), "DEFAULT_HOTEL": "harbor-view", "PUBLIC_BASE_URL": PUBLIC,
               "SECRET_KEY": "bench-secret", "EMBEDDING_CACHE_DIR": str(REPO / ".cache" / "embeddings"),
               "TELEGRAM_BOT_TOKEN": fake_telegram.TOKEN, "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
               "TELEGRAM_API_BASE": telegram.base, "GUEST_RATE_LIMIT_PER_MINUTE": "1000000",
               "PYTHONPATH": str(REPO)}
        concierge, port = str(Path(sys.executable).with_name("concierge")), free_port()
        commands = (["serve", "--host", "127.0.0.1", "--port", str(port)],
                    ["worker", "--queues", "inbound,outbound"], ["worker", "--queues", "media"])
        processes: list[subprocess.Popen] = []
        with (work / "processes.log").open("ab") as logs:
            try:
                for command in commands:
                    processes.append(subprocess.Popen([concierge, *command], env=env, cwd=work, stdout=logs,
                                                      stderr=subprocess.STDOUT))
                wait_http(f"http://127.0.0.1:{port}/healthz")
                bench = Bench(work, telegram, port)
                bench.wait([bench.text(QUESTIONS[0])], "sendMessage", timeout=300)   # the workers' models load
                bench.wait([bench.note(warm_note)], "sendVoice", timeout=300)

                quiet = bench.wait(paced_texts(bench, args.texts, args.gap), "sendMessage", timeout=300)
                notes = [bench.note(long_note.ogg) for _ in range(args.notes)]
                texts = paced_texts(bench, args.texts, args.gap)
                loaded = bench.wait(texts, "sendMessage", timeout=300)
                voiced = bench.wait(notes, "sendVoice", timeout=600)
            finally:
                for process in reversed(processes):
                    process.kill()
                    process.wait(timeout=30)
                redis.kill()
    last_voice = max(bench.replied_at(chat, "sendVoice") for chat, _ in notes)
    during = sum(bench.replied_at(chat, "sendMessage") < last_voice for chat, _ in texts)
    print(f"\nText replies, {args.texts} guests one every {args.gap:g} s (POST → sendMessage):")
    busy = f"while {args.notes} notes of {long_note.seconds:.0f} s are heard"
    for label, seconds in (("quiet", quiet), (busy, loaded)):
        print(f"  {label:<36} p50 {percentile(seconds, 50):.2f} s   p95 {percentile(seconds, 95):.2f} s   "
              f"max {max(seconds):.2f} s")
    print(f"  text replies sent while a note was still unanswered: {during}/{len(texts)}")
    print(f"Voice replies (POST → sendVoice with its caption), in the order sent: "
          f"{', '.join(f'{s:.1f}' for s in voiced)} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=30, help="text questions per phase")
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between text questions")
    parser.add_argument("--notes", type=int, default=4, help="voice notes sent at once in the second phase")
    parser.add_argument("--note-seconds", type=float, default=60, help="length of each voice note")
    args = parser.parse_args()
    print(f"Load average (1, 5, 15 min) at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    run(args)
    print(f"Load average (1, 5, 15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
