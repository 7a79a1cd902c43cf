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
from tests.conftest import POSTGRES_URL, SHARED

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


# A web process on Redis, as `concierge serve` builds it: a webhook, then a chat; what is loaded after each.
WEB_PROCESS = """
import json, sys
from fastapi.testclient import TestClient
from agent.runtime import Runtime
from hub.app import create_app
from core.settings import load_settings
from tests.fakes import twilio

def loaded(rt):
    heavy = ("agent.concierge", "skills.search_kb", "kb.search", "numpy", "slack_bolt")
    return {"modules": sorted(m for m in heavy if m in sys.modules), "language": rt.languages.loaded,
            "kb": rt.models()["kb"]}

settings = load_settings(_env_file=None, database_url=f"sqlite:///{sys.argv[1]}/hub.db", redis_url=sys.argv[2],
                         hotels_dir=sys.argv[3], embedding_cache_dir=sys.argv[4], secret_key="test-signing-key",
                         public_base_url="https://hub.example.com", twilio_account_sid=twilio.ACCOUNT_SID,
                         twilio_auth_token=twilio.AUTH_TOKEN, twilio_sms_number=twilio.SMS_NUMBER)
rt = Runtime(settings)
rt.db.migrate()
with TestClient(create_app(rt)) as http:
    params = twilio.inbound_params("+14155550123", twilio.SMS_NUMBER, "Is breakfast included?", sid="SM" + "7" * 32)
    signature = twilio.signature(settings.public_base_url + "/webhooks/twilio", params)
    assert http.post("/webhooks/twilio", data=params, headers={"X-Twilio-Signature": signature}).status_code == 200
    assert http.get("/readyz").status_code == 200
    after_webhook = loaded(rt)
    assert http.post("/api/chat", json={"session": "s-1", "text": "Is breakfast included?"}).status_code == 200
    print(json.dumps({"webhook": after_webhook, "chat": loaded(rt)}))
"""


@pytest.mark.redis
def test_a_web_process_on_redis_loads_no_model_until_the_first_chat(tmp_path: Path):
    import json

    from tests.channel_kit import RedisServer

    server = RedisServer(tmp_path).start()
    try:
        done = subprocess.run([sys.executable, "-c", WEB_PROCESS, str(tmp_path), server.url, str(SHARED / "hotels"),
                               str(ROOT / ".cache" / "test-embeddings")],
                              cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                              capture_output=True, text=True, timeout=300)
    finally:
        server.kill()
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["webhook"] == {"modules": [], "language": False, "kb": "not loaded"}
    assert seen["chat"]["language"] and seen["chat"]["kb"] == "loaded"
    assert {"agent.concierge", "kb.search"} <= set(seen["chat"]["modules"])
