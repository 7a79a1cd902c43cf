"""The weekly report: one self-contained HTML file from seeded data, and the Monday summary in Slack."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bench.analytics import HOTEL as LISBON
from bench.analytics import seed
from core.store.models import Conversation, TurnRecord
from hub.cli import app
from jobs import report as weekly
from tests.fakes.slack import running_hub

MONDAY = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
LISBON_DIR = Path(weekly.__file__).resolve().parents[1] / "core" / "sample_hotels"


def test_the_report_is_one_html_file_with_its_charts_inline(db, tmp_path, monkeypatch):
    seed(db, messages=3000, days=14, end=MONDAY, rng=random.Random(1))
    monkeypatch.setenv("HOTELS_DIR", str(LISBON_DIR))
    monkeypatch.setenv("DATABASE_URL", db.url)
    monkeypatch.setenv("EMBEDDING_CACHE_DIR", ".cache/test-embeddings")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--hotel", "lisbon-garden", "--week", "2026-W49", "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert html.count("<svg") == 4   # nothing fetched when it is opened: no script source, link or import
    assert not re.search(r'<script[^>]*src=|<link|@import|(src|href)="(https?|file):', html)
    assert "Casa do Jardim" in html and "2026-W49" in html and "Mon 30 Nov 2026" in html
    conversations = re.search(r"<td>Conversations</td><td class=\"num\">(\d+)</td><td class=\"num\">(\d+)</td>", html)
    assert conversations and int(conversations[1]) > 50 and int(conversations[2]) > 50   # this week and the one before
    assert "Is there a bowling alley nearby?" in html or "¿Hay una bolera cerca?" in html
    assert html.count('<tr><td class="num">') == 7   # the seeded questions: seven topics in six languages

    refused = CliRunner().invoke(app, ["report", "--hotel", "lisbon-garden", "--week", "49"])
    assert refused.exit_code == 1 and "YYYY-Www" in refused.output


def test_weeks_are_the_hotels_monday_to_monday():
    since, until = weekly.week_bounds("2026-W49", LISBON)   # Lisbon is UTC+0 in winter
    assert (since, until) == (dt.datetime(2026, 11, 30, tzinfo=dt.UTC), dt.datetime(2026, 12, 7, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="ISO"):
        weekly.week_bounds("2026-W54", LISBON)
    sunday_night = dt.datetime(2026, 12, 6, 23, 0, tzinfo=dt.UTC)
    assert weekly.next_monday(LISBON, sunday_night) == dt.datetime(2026, 12, 7, 8, tzinfo=dt.UTC)
    assert weekly.next_monday(LISBON, dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)) == dt.datetime(
        2026, 12, 14, 8, tzinfo=dt.UTC)


def test_the_monday_job_posts_the_summary_to_the_managers_and_queues_next_monday(db, hotel):
    last_week = dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
    with db.session() as session:
        for n, outcome in enumerate(("answered", "answered", "handoff")):
            conversation = Conversation(hotel_id=hotel.id, key=f"api:{n}", channel="api", address=str(n),
                                        language="en")
            session.add(conversation)
            session.flush()
            session.add(TurnRecord(hotel_id=hotel.id, conversation_id=conversation.id, channel="api", language="en",
                                   brain="offline", outcome=outcome, created_at=last_week))
    with running_hub(db, hotel) as hub:
        weekly.post_weekly_summary(hotel.id)
        post, = hub.slack.posts("guest-relations")
        assert "Weekly report · Harbor View Inn" in post["text"]
        assert "Conversations: *3*" in post["text"] and "Answered without staff: *67%*" in post["text"]
        (_job, when), = hub.jobs.scheduled("post_weekly_summary")
        assert when.replace(tzinfo=dt.UTC) == weekly.next_monday(hotel, dt.datetime.now(dt.UTC))
