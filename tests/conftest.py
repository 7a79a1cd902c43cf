"""Shared fixtures: the reference hotel, a migrated store (SQLite, and PostgreSQL when reachable), skill contexts.

`shared/` sits beside the repository (CI clones main with shared/ next to it);
CONCIERGE_SHARED_DIR points elsewhere. PostgreSQL tests use one fresh schema per
session at CONCIERGE_TEST_POSTGRES_URL (default: the local test server) and are
skipped, saying why, only when that server cannot be reached.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from core.conversations import open_conversation
from core.hotels import Hotel, KBEntry, load_hotel
from core.store import Base, Database
from kb.search import KBHit
from skills.base import SkillContext
from skills.matching import score

SHARED = Path(os.environ.get("CONCIERGE_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared")
POSTGRES_URL = os.environ.get("CONCIERGE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
# A Sunday at noon in Portside: room service and housekeeping are open, the in-house guests are staying.
NOON = dt.datetime(2026, 11, 22, 12, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


@pytest.fixture(scope="session")
def hotel() -> Hotel:
    return load_hotel(SHARED / "hotels" / "harbor-view")


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """A migrated SQLite store in a fresh file."""
    database = Database(f"sqlite:///{tmp_path / 'concierge.db'}")
    database.migrate()
    return database


@pytest.fixture(scope="session")
def _postgres_schema() -> Iterator[Database]:
    admin = Database(POSTGRES_URL)
    try:
        with admin.engine.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as exc:  # any reason the server cannot be used
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc.__class__.__name__}: {exc}")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with admin.engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    database = Database(f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}")
    database.migrate()
    yield database
    database.engine.dispose()
    with admin.engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.engine.dispose()


@pytest.fixture
def postgres_db(_postgres_schema: Database) -> Iterator[Database]:
    """A migrated PostgreSQL store in this session's own schema, emptied after each test."""
    yield _postgres_schema
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with _postgres_schema.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on both stores the hub supports."""
    return request.getfixturevalue("db" if request.param == "sqlite" else "postgres_db")


class KeywordKB:
    """A stand-in for `kb.search.KnowledgeBase`: word overlap with the entries' questions, no model to load."""

    min_score = 0.5

    def __init__(self, entries: list[KBEntry]):
        self.entries = entries

    def search(self, query: str, k: int = 5) -> list[KBHit]:
        hits = [KBHit(entry=e, score=max(score(q, query) for q in e.questions), matched=e.questions[0])
                for e in self.entries]
        return sorted(hits, key=lambda h: -h.score)[:k]

    def answers(self, hits: list[KBHit], language: str = "en", query: str = "") -> list[KBHit]:
        return [hit for hit in hits if hit.score >= self.min_score]

    def confident(self, hits: list[KBHit], language: str = "en", query: str = "") -> bool:
        return bool(self.answers(hits, language))

    def closeness(self, text: str, other: str) -> float:
        return score(text, other)


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with Session(db.engine, expire_on_commit=False) as s:
        yield s


MakeCtx = Callable[..., SkillContext]


@pytest.fixture
def make_ctx(hotel: Hotel, session: Session) -> MakeCtx:
    """Build a SkillContext for one guest turn; pass `conversation=` to continue an earlier one."""

    def make(*, sender: str | None = None, language: str = "en", now: dt.datetime = NOON,
             conversation=None, address: str = "session-1", kb=None) -> SkillContext:
        if conversation is None:
            conversation = open_conversation(session, hotel.id, "api", address, sender=sender)
        return SkillContext(hotel=hotel, session=session, conversation=conversation, language=language,
                            now=now, kb=kb or KeywordKB(hotel.kb), sender=sender)

    return make


@pytest.fixture
def ctx(make_ctx: MakeCtx) -> SkillContext:
    """An anonymous guest on `/api/chat`, writing in English at noon."""
    return make_ctx()
