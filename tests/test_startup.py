"""Start-up on a fresh database: several processes migrate at once and none dies."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from core.store import Database
from tests.conftest import POSTGRES_URL

ROOT = Path(__file__).resolve().parents[1]
# Each process waits for the same instant, then migrates: the race `serve` and workers run at a cold start.
MIGRATE_AT = """
import sys, time
from core.store.db import Database
database = Database(sys.argv[1])
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
database.migrate()
"""


def migrate_together(url: str, processes: int = 6) -> list[subprocess.CompletedProcess]:
    start = time.time() + 4   # every interpreter has imported SQLAlchemy and Alembic by then
    running = [subprocess.Popen([sys.executable, "-c", MIGRATE_AT, url, str(start)], cwd=ROOT,
                                env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(processes)]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=120), *p.communicate()) for p in running]


@pytest.mark.postgres
def test_processes_starting_together_on_a_fresh_postgres_schema_all_come_up():
    admin = Database(POSTGRES_URL)
    try:
        with admin.engine.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as exc:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")
    schema = f"race_{uuid.uuid4().hex[:12]}"
    with admin.engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
        results = migrate_together(url)
        assert [r.stderr[-500:] for r in results if r.returncode] == []
        with admin.engine.connect() as connection:
            versions = connection.execute(text(f'SELECT version_num FROM "{schema}".alembic_version')).all()
        assert len(versions) == 1
    finally:
        with admin.engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.engine.dispose()


def test_processes_starting_together_on_a_fresh_sqlite_file_all_come_up(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'concierge.db'}"
    results = migrate_together(url, processes=4)
    assert [r.stderr[-500:] for r in results if r.returncode] == []
    with Database(url).engine.connect() as connection:
        assert len(connection.execute(text("SELECT version_num FROM alembic_version")).all()) == 1
