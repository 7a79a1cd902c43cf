"""Voice benchmark: what a voice note costs a worker, with the real local models.

    .venv/bin/python bench/voice.py [--runs 3] [--e2e 10] [--e2e-only]

English notes of about 5, 15 and 60 s (Piper speech of guest messages) and a
Japanese note (Kokoro): transcription seconds (best of runs, and CPU seconds) and real-time
factor, word error rate against the text spoken, the cost of speaking the same
text as a reply and of encoding it, the English model choice measured both ways,
and the worker's memory with every model loaded.

Each table is a function returning rows, printed by `main()`. The last one is end
to end, as bench/ingest.py runs it: a real `concierge serve` and ONE `concierge
worker` (offline brain) on a private Redis, the fake Telegram in this process; a
spoken question posted as a Telegram voice update, one at a time, timed from the
POST until the fake records the reply (sendVoice) in that chat: p50/p95.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from core.voice.audio import OPUS_RATE, decode, encode_voice_note
from core.voice.stt import BASE, TINY_EN, Transcriber, load_model
from core.voice.tts import Speaker

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.ingest import PUBLIC, SHARED, percentile, wait_http  # noqa: E402
from tests.channel_kit import RedisServer  # noqa: E402
from tests.fakes import telegram as fake_telegram  # noqa: E402
from tests.fakes.server import free_port  # noqa: E402

GUEST_SENTENCES = [   # about 5 s each; the first alone is the 5 s note, three make 15 s, all of them 60 s
    "We are arriving late tonight, probably around midnight, after our flight from Chicago.",
    "Could you please keep the room for us, and is there somewhere we can park the car overnight?",
    "My wife is allergic to feathers, so we would need special pillows and a duvet without down.",
    "Tomorrow we would like a table for breakfast for four people at eight, and we want to know if the pool is heated.",
    "Could you recommend a good seafood restaurant within walking distance for dinner on Saturday?",
    "Ideally somewhere quiet with a view of the harbor, and not too expensive.",
    "On Sunday we need a taxi to the airport at six in the morning, so please arrange a wake up call.",
    "Also, the air conditioning in our room makes a loud noise at night and we could not sleep well.",
    "Could someone from maintenance take a look at it while we are out this afternoon?",
    "Finally, is it possible to check out a little later, around one, because our train leaves at three?",
    "Hi, could you tell me what time breakfast is served tomorrow morning?",
    "Thank you very much for your help, we are really enjoying our stay with you.",
]
QUESTION = "What time is breakfast?"   # the spoken question timed end to end
WEBHOOK_SECRET = "bench-voice-secret"
JAPANESE = "こんにちは。チェックアウトは何時ですか？部屋の鍵をなくしました。明日の朝、タクシーを呼んでください。"


@dataclass
class Note:
    label: str
    language: str
    text: str
    ogg: bytes
    seconds: float


def timed(func: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Best wall seconds and p50 CPU seconds (all threads) over `runs` calls, and the last result.

    The best wall time and the CPU seconds show the work itself when other processes
    share the 2 cores and stretch wall times (and medians) by whatever else is running.
    """
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = func()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), statistics.median(cpus), result


def error_rate(heard: str, said: str, language: str) -> float:
    """Word error rate (character error rate for Japanese), punctuation ignored."""
    def units(text: str) -> list[str]:
        text = re.sub(r"[^\w\s]", "", text.lower())
        return list(text.replace(" ", "")) if language == "ja" else text.split()
    ref, hyp = units(said), units(heard)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(len(ref), 1)


def memory_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


def english_note(speaker: Speaker, target_seconds: float) -> Note:
    sentences: list[str] = []
    while True:
        sentences.append(GUEST_SENTENCES[len(sentences) % len(GUEST_SENTENCES)])
        ogg = speaker.say(" ".join(sentences), "en")
        seconds = decode(ogg).duration_seconds
        if seconds >= target_seconds * 0.9:
            return Note(f"en {target_seconds:.0f} s", "en", " ".join(sentences), ogg, seconds)


def loading(transcriber: Transcriber, speaker: Speaker) -> list[dict]:
    rows = []
    for name, load in [("whisper base (joined once)", lambda: load_model(BASE, transcriber.model_dir)),
                       ("whisper tiny.en", lambda: load_model(TINY_EN, transcriber.model_dir)),
                       ("piper joe", speaker.warm),
                       ("kokoro ja (first reply)", lambda: speaker.say("はい。", "ja"))]:
        start = time.perf_counter()
        load()
        rows.append({"model": name, "load s": time.perf_counter() - start, "RSS after MB": memory_mb()[0]})
    return rows


def notes_table(notes: list[Note], transcriber: Transcriber, speaker: Speaker, runs: int) -> list[dict]:
    rows = []
    for note in notes:
        stt_s, stt_cpu, transcript = timed(lambda n=note: transcriber.transcribe(n.ogg), runs)
        tts_s, tts_cpu, _ = timed(lambda n=note: speaker.say(n.text, n.language), runs)
        audio = decode(note.ogg, rate=OPUS_RATE)
        encode_s, _, _ = timed(lambda a=audio: encode_voice_note(a), runs)
        rows.append({"note": note.label, "audio s": note.seconds, "STT model": transcript.model, "STT s": stt_s,
                     "STT cpu s": stt_cpu, "RTF": stt_s / note.seconds,
                     "WER/CER": error_rate(transcript.text, note.text, note.language),
                     "TTS+encode s": tts_s, "TTS cpu s": tts_cpu, "encode s": encode_s, "KB": len(note.ogg) / 1024})
    return rows


def english_model_choice(notes: list[Note], transcriber: Transcriber, runs: int) -> list[dict]:
    """Why English goes to tiny.en: detect + tiny.en against base told the language, and base detecting itself."""
    rows = []
    base, tiny = load_model(BASE, transcriber.model_dir), load_model(TINY_EN, transcriber.model_dir)
    for note in (n for n in notes if n.language == "en"):
        samples = decode(note.ogg).samples
        detect_s, _, _ = timed(lambda s=samples: base.detect_language(s, vad_filter=True), runs)
        row: dict = {"note": note.label, "detect s": detect_s}
        for name, model, language in ((TINY_EN, tiny, "en"), (BASE, base, "en"), ("base detecting", base, None)):
            def run(m=model, s=samples, lang=language) -> str:
                segments, _ = m.transcribe(s, language=lang, beam_size=1, vad_filter=True)
                return " ".join(seg.text.strip() for seg in segments)
            seconds, _, text = timed(run, runs)
            row |= {f"{name} s": seconds, f"{name} WER": error_rate(text, note.text, "en")}
        rows.append(row)
    return rows


def end_to_end(speaker: Speaker, count: int) -> list[dict]:
    """Webhook → voice reply at the fake Telegram, `count` spoken questions one at a time, one worker.

    Each question is a new update in a chat of its own, so the reply is found by its chat;
    two more before them let the worker load its models (not counted).
    """
    note = speaker.say(QUESTION, "en")
    with tempfile.TemporaryDirectory(prefix="bench-voice-") as tmp, fake_telegram.running_fake() as telegram:
        work = Path(tmp)
        redis = RedisServer(work, appendonly=True).start()
        env = {**os.environ, "REDIS_URL": redis.url, "DATABASE_URL": f"sqlite:///{work / 'hub.db'}",
               "HOTELS_DIR": str(SHARED / "hotels"), "DEFAULT_HOTEL": "harbor-view", "PUBLIC_BASE_URL": PUBLIC,
               "SECRET_KEY": "bench-secret",
               "EMBEDDING_CACHE_DIR": str(REPO / ".cache" / "embeddings"),
               "TELEGRAM_BOT_TOKEN": fake_telegram.TOKEN, "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
               "TELEGRAM_API_BASE": telegram.base, "GUEST_RATE_LIMIT_PER_MINUTE": "1000000"}
        concierge, port = str(Path(sys.executable).with_name("concierge")), free_port()
        processes: list[subprocess.Popen] = []
        with (work / "processes.log").open("ab") as logs:
            try:
                for command in (["serve", "--host", "127.0.0.1", "--port", str(port)], ["worker"]):
                    processes.append(subprocess.Popen([concierge, *command], env=env, cwd=work, stdout=logs,
                                                      stderr=subprocess.STDOUT))
                wait_http(f"http://127.0.0.1:{port}/healthz")

                def ask(update_id: int, timeout: float) -> dict:
                    chat, file_id = 700000 + update_id, f"bench-voice-{update_id}"
                    telegram.add_file(file_id, note, file_path=f"voice/{file_id}.oga")
                    update = fake_telegram.message_update(update_id, chat_id=chat,
                                                          **fake_telegram.voice_content(file_id))
                    started = time.monotonic()
                    answer = httpx.post(f"http://127.0.0.1:{port}/webhooks/telegram/harbor-view",
                                        content=json.dumps(update).encode(),
                                        headers={"Content-Type": "application/json",
                                                 "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET})
                    answer.raise_for_status()
                    while True:
                        replies = [c for c in telegram.calls_to("sendMessage") + telegram.calls_to("sendVoice")
                                   if c.params.get("chat_id") == str(chat)]
                        voice = next((c for c in replies if c.method == "sendVoice"), None)
                        if voice is not None:
                            return {"update": update_id, "s": time.monotonic() - started,
                                    "voice note": voice.files.get("voice", b"").startswith(b"OggS"),
                                    "caption": voice.params.get("caption") or replies[0].params.get("text", "")}
                        if time.monotonic() > started + timeout:
                            raise RuntimeError(f"no voice reply within {timeout:.0f} s (replies: {replies}); "
                                               f"see {work / 'processes.log'}")
                        time.sleep(0.002)

                for update_id in (1, 2):   # the worker's first turns load its models
                    ask(update_id, timeout=300)
                return [ask(100 + i, timeout=120) for i in range(count)]
            finally:
                for process in reversed(processes):
                    process.kill()
                    process.wait(timeout=30)
                redis.kill()


def print_table(title: str, rows: list[dict]) -> None:
    print(f"\n{title}")
    header = list(rows[0])
    cells = [[f"{v:.2f}" if isinstance(v, float) else str(v) for v in row.values()] for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(header)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for c in cells:
        print("| " + " | ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per measurement (p50 is shown)")
    parser.add_argument("--e2e", type=int, default=10, help="spoken questions timed end to end (0: none)")
    parser.add_argument("--e2e-only", action="store_true", help="only the end-to-end measurement")
    args = parser.parse_args()
    runs = args.runs
    speaker = Speaker()
    print(f"Load average (1, 5, 15 min) at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if not args.e2e_only:
        models(speaker, runs)
    if args.e2e:
        rows = end_to_end(speaker, args.e2e)
        print_table(f"End to end: Telegram voice update {QUESTION!r} → sendVoice at the fake, one worker", rows)
        seconds = [row["s"] for row in rows]
        captioned = sum(row["voice note"] and bool(row["caption"]) for row in rows)
        print(f"  p50 {percentile(seconds, 50):.2f} s   p95 {percentile(seconds, 95):.2f} s   "
              f"mean {statistics.mean(seconds):.2f} s   voice notes with a text caption: {captioned}/{len(rows)}")
    print(f"Load average (1, 5, 15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


def models(speaker: Speaker, runs: int) -> None:
    """The per-model tables: loading, the notes, the English model choice, memory."""
    transcriber = Transcriber()
    print_table("Loading (once per worker process)", loading(transcriber, speaker))
    notes = [english_note(speaker, seconds) for seconds in (5, 15, 60)]
    ja = speaker.say(JAPANESE, "ja")
    notes.append(Note("ja", "ja", JAPANESE, ja, decode(ja).duration_seconds))
    print_table(f"Voice notes (best wall of {runs}, p50 CPU; RTF = STT s / audio s)",
                notes_table(notes, transcriber, speaker, runs))
    print_table("English model choice", english_model_choice(notes, transcriber, runs))
    current, peak = memory_mb()
    print(f"\nWorker memory with every speech model loaded: RSS {current:.0f} MB, peak {peak:.0f} MB")


if __name__ == "__main__":
    main()
