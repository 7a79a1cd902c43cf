"""Score the concierge on a questions file in-process, without a server: the offline brain's fast loop.

    .venv/bin/python bench/eval_offline.py [QUESTIONS.yaml] [--now 2026-11-21T14:00] [--show-failures N] [--json]

Same scoring as ../shared/eval/score.py (its functions are imported by path), same
`Concierge.handle` as `POST /api/chat`. Two differences, both because nothing
listens here: a staff action `resolve` in a conversation hands it back to the
bot directly (as the Slack button does), and `--now` can freeze the hotel's clock
so service hours (room service 11:00-23:00) do not make the score depend on the
time of day it runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), ROOT.parent / "shared")
sys.path.insert(0, str(ROOT))

from agent.concierge import Concierge  # noqa: E402
from agent.runtime import Runtime  # noqa: E402
from core.hotels import Hotel  # noqa: E402
from core.messages import Channel, InboundMessage  # noqa: E402
from core.settings import load_settings  # noqa: E402
from core.store.models import Conversation  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _hand_back(runtime: Runtime, hotel_id: str, session: str) -> None:
    """What staff pressing "resolve" in Slack does: the bot owns the conversation again."""
    with runtime.db.session() as db:
        for conversation in db.query(Conversation).filter_by(hotel_id=hotel_id, key=f"api:{session}"):
            conversation.handoff_active = False


def _by_language(score, outcomes: list) -> list[str]:
    """Pass rate per guest language (the issue's bar is >= 90 % in each), one line."""
    groups: dict[str, list[bool]] = {}
    for o in outcomes:
        groups.setdefault(o.turn.lang or "-", []).append(o.passed)
    return ["by language: " + "  ".join(f"{lang} {sum(g)}/{len(g)} {score.pct(g)}"
                                        for lang, g in sorted(groups.items()))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", default=str(SHARED / "hotels" / "harbor-view" / "questions.yaml"))
    parser.add_argument("--hotels", default=str(SHARED / "hotels"))
    parser.add_argument("--hotel", default="harbor-view")
    parser.add_argument("--now", help="freeze the hotel clock at this local time (ISO), e.g. 2026-11-21T14:00")
    parser.add_argument("--show-failures", type=int, default=40, metavar="N")
    parser.add_argument("--json", action="store_true", help="per-item JSON lines on stdout")
    args = parser.parse_args(argv)

    score = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        # API_KEY: as ../shared/eval/score.py --api-key against a server: the hotel's server is the staff desk.
        settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp}/eval.db", api_key="x",
                                 hotels_dir=Path(args.hotels), embedding_cache_dir=ROOT / ".cache" / "embeddings")
        runtime = Runtime(settings)
        runtime.db.migrate()
        if args.now:
            frozen = dt.datetime.fromisoformat(args.now)
            Hotel.now = lambda hotel: frozen.replace(tzinfo=hotel.tz)  # type: ignore[method-assign]
        concierge = Concierge.for_runtime(runtime)
        scripts = score.load_scripts(Path(args.file), {})
        langs = score.LanguageCheck({t.lang for s in scripts for t in s if t.lang})
        outcomes = []
        for script in scripts:
            session = "eval-" + uuid.uuid4().hex[:10]
            for turn in script:
                if turn.staff_action is not None:
                    if turn.staff_action.get("action") == "resolve":
                        _hand_back(runtime, args.hotel, session)
                    continue
                outcome = score.Outcome(turn)
                message = InboundMessage(hotel_id=args.hotel, channel=Channel.API, sender=str(turn.sender or ""),
                                         provider_id=uuid.uuid4().hex, text=turn.text or "")
                began = time.monotonic()
                result = concierge.handle(message, address=session)
                outcome.ms = (time.monotonic() - began) * 1000
                outcome.reply = "\n".join(r.text for r in result.replies)
                outcome.trace = result.trace.model_dump()
                score.score(outcome, langs, False)
                outcomes.append(outcome)
                if args.json:
                    print(json.dumps({"id": turn.case_id, "passed": outcome.passed, "why": outcome.why,
                                      "text": turn.text, "reply": outcome.reply, "trace": outcome.trace},
                                     ensure_ascii=False))
    out = sys.stderr if args.json else sys.stdout
    for line in score.table(outcomes) + _by_language(score, outcomes) + score.failure_lines(outcomes,
                                                                                              args.show_failures):
        print(line, file=out)
    print(score.summary(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
