"""Engine, sessions and migrations for the durable store."""

from __future__ import annotations

import fcntl
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
# Every process that migrates one PostgreSQL database takes this advisory lock first.
MIGRATION_LOCK = zlib.crc32(b"concierge-hub:migrate")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Several threads (web + in-process jobs) share the file: WAL and a busy timeout avoid "database is locked".
    # A turn holds the write lock while it thinks, seconds on a loaded machine: waiting beats a 500.
    # SQLAlchemy emits BEGIN itself (see _sqlite_begin) so SAVEPOINTs work with pysqlite.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: concurrent writers wait (busy_timeout) instead of failing.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


REVISION = re.compile(r"^(down_)?revision\b[^=]*=(.*)$", re.MULTILINE)   # `revision = '0007'`, `down_revision = …`


@cache
def head_revision() -> str | None:
    """The newest migration's id, read from the migration files without importing Alembic.

    The one revision no other file names as its parent; None when there is no single head (Alembic then decides).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in REVISION.findall(path.read_text()):
            (parents if down else revisions).update(re.findall(r"['\"]([^'\"]+)['\"]", value))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _lock_for_migration(connection: Connection) -> None:
    """Held until the migration's transaction ends (a killed process's lock ends with its connection)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


class Database:
    """One engine per process; `session()` is a unit of work that commits on success."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._sessions: sessionmaker[Session] | None = None   # the ORM loads at the first session

    def migrate(self) -> None:
        """Bring the schema to the newest migration (idempotent, safe at every start).

        `serve` and any number of workers may start together on a fresh database: each migrates under
        a lock (a PostgreSQL advisory lock, a file lock beside a SQLite file), so one creates the schema
        and the others wait, then find nothing left to do.
        """
        if self.at_head():
            return   # a restart: Alembic is not imported to learn that
        from alembic import command

        with self._sqlite_file_lock(), self.engine.begin() as connection:
            _lock_for_migration(connection)
            config = alembic_config(self.url)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def at_head(self) -> bool:
        """Whether the schema is already at the newest migration: one read of `alembic_version`, no lock.

        Only "yes" is acted on, and it stays true (versions only move forward); "no" or any doubt migrates under
        the lock, where Alembic looks again.
        """
        head = head_revision()
        if head is None:
            return False
        try:
            with self.engine.connect() as connection:
                versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except SQLAlchemyError:   # no table yet: a fresh database
            return False
        return versions == [head]

    @contextmanager
    def _sqlite_file_lock(self) -> Iterator[None]:
        path = self.engine.url.database if self.engine.dialect.name == "sqlite" else None
        if not path or path == ":memory:":
            yield
            return
        with open(f"{path}.migrate-lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)   # released when the file closes, or the process dies
            yield

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def first_time(self, source: str, event_id: str) -> bool:
        """Record a provider event id; False when it was seen before (a redelivery)."""
        from core.store.models import ProcessedEvent

        try:
            with self.session() as session:
                session.add(ProcessedEvent(source=source, event_id=event_id))
        except IntegrityError:
            return False
        return True
