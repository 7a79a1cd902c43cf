"""Staff review bot replies; reviewed conversations become a questions file the shared scorer reads."""

from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from agent.concierge import Concierge
from agent.runtime import Runtime
from core.hotels import load_hotel
from core.messages import Channel, InboundMessage
from core.review import ReviewError, mark
from core.settings import load_settings
from hub.cli import app
from kb import gaps, live
from kb.live import validated
from tests.conftest import SHARED

HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")


def _score_module():
    spec = importlib.util.spec_from_file_location("review_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def concierge(tmp_path, monkeypatch) -> Concierge:
    url = f"sqlite:///{tmp_path}/review.db"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("HOTELS_DIR", str(SHARED / "hotels"))
    settings = load_settings(_env_file=None, redis_url=None, database_url=url,
                             embedding_cache_dir=Path(".cache/test-embeddings"))
    runtime = Runtime(settings, hotels={HOTEL.id: HOTEL})
    runtime.db.migrate()
    return Concierge.for_runtime(runtime)


def ask(concierge: Concierge, text: str) -> int:
    """The guest asks; the id of the bot's first reply."""
    message = InboundMessage(hotel_id=HOTEL.id, channel=Channel.API, sender="", provider_id=uuid.uuid4().hex,
                             text=text)
    return concierge.handle(message, address=uuid.uuid4().hex).reply_ids[0]


def test_reviewed_replies_export_as_a_questions_file_the_scorer_reads(concierge, tmp_path):
    good = ask(concierge, "Do you allow dogs?")
    bad = ask(concierge, "Is there a bowling alley in the hotel?")
    with concierge.rt.db.session() as session:
        mark(session, HOTEL.id, good, "good", "", "ana@hotel.test")
        mark(session, HOTEL.id, bad, "good", "", "ana@hotel.test")
        mark(session, HOTEL.id, bad, "bad", "we know: no lanes, Lucky Strike is nearby", "ana@hotel.test")  # changed
        with pytest.raises(ReviewError, match="verdict"):
            mark(session, HOTEL.id, good, "meh", "", "ana")
        with pytest.raises(ReviewError, match="no bot reply"):
            mark(session, "lisbon-garden", good, "good", "", "ana")
        # staff answer the gap the bad reply left, in the editor
        [gap] = gaps.open_gaps(session, HOTEL.id)
        live.save(session, HOTEL, validated({"id": "bowling", "questions": [gap.text],
                                             "answer": "No lanes here; Lucky Strike is 10 minutes away."}),
                  "ana", create=True)
        gaps.set_status(session, HOTEL.id, [gap.id], "answered", "bowling")

    out = tmp_path / "reviewed.yaml"
    result = CliRunner().invoke(app, ["eval", "export", "--hotel", HOTEL.id, "--out", str(out)])
    assert result.exit_code == 0, result.output
    items = yaml.safe_load(out.read_text())["questions"]
    assert items[0]["expect"]["kb_any"][0] == "pet-policy"   # every entry the good reply used, best first
    items[0]["expect"]["kb_any"] = ["pet-policy"]
    assert items == [
        {"id": f"review-{good}", "kind": "reviewed-good", "text": "Do you allow dogs?", "lang": "en",
         "expect": {"skill_any": ["search_kb"], "kb_any": ["pet-policy"], "handoff": False}},
        {"id": f"review-{bad}", "kind": "reviewed-bad", "text": "Is there a bowling alley in the hotel?", "lang": "en",
         "review": "we know: no lanes, Lucky Strike is nearby",
         "expect": {"not_contains": [r"I'm\ sorry,\ I'm\ not\ sure\ about\ that\ and\ I'd\ rather\ not\ guess\."],
                    "skill": "search_kb", "kb_any": ["bowling"]}},
    ]
    score = _score_module()
    scripts = score.load_scripts(out, {})
    assert [s[0].case_id for s in scripts] == [f"review-{good}", f"review-{bad}"]
    assert score.bad_regexes(scripts) == []
    assert score.search(items[1]["expect"]["not_contains"][0],
                        "I'm sorry, I'm not sure about that and I'd rather not guess.")
