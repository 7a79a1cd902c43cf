"""Start-up on a fresh database: several processes migrate at once and none dies."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
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
    seen = _seen_by_a_web_process(tmp_path, lambda redis_url: [
        WEB_PROCESS, str(tmp_path), redis_url, str(SHARED / "hotels"), str(ROOT / ".cache" / "test-embeddings")])
    assert seen["webhook"] == {"modules": [], "language": False, "kb": "not loaded"}
    assert seen["chat"]["language"] and seen["chat"]["kb"] == "loaded"
    assert {"agent.concierge", "kb.search"} <= set(seen["chat"]["modules"])


def test_the_head_revision_read_from_the_files_is_alembics():
    from alembic.script import ScriptDirectory

    from core.store.db import alembic_config, head_revision

    assert [head_revision()] == ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()


def test_a_restart_on_a_schema_at_head_does_not_import_alembic_and_an_older_one_is_brought_up(tmp_path: Path):
    from alembic import command

    from core.store.db import alembic_config, head_revision

    url = f"sqlite:///{tmp_path / 'concierge.db'}"
    database = Database(url)
    assert not database.at_head()            # a fresh file: no alembic_version yet
    database.migrate()
    assert database.at_head()
    restart = subprocess.run([sys.executable, "-c", "import sys\nfrom core.store.db import Database\n"
                              f"Database({url!r}).migrate()\nprint('alembic' in sys.modules)"],
                             cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                             capture_output=True, text=True, timeout=120)
    assert restart.returncode == 0, restart.stderr[-2000:]
    assert restart.stdout.strip() == "False"

    with database.engine.begin() as connection:   # a database an older release left one migration behind
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    assert not database.at_head()
    database.migrate()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]


# `concierge serve` on Redis with only Twilio configured, on a migrated database: what it imports to be ready, then
# what the routes it loads on demand (console, chat API, web chat, checkout, an unconfigured channel) still answer.
WEBHOOKS_ONLY = """
import json, sys
import hub.cli
from fastapi.testclient import TestClient
from agent.runtime import Runtime
from hub.app import create_app
from core.settings import load_settings
from tests.fakes import twilio

HEAVY = ("alembic", "jinja2", "telegram", "stripe", "slack_sdk", "hub.console.pages", "hub.api", "hub.webchat",
         "hub.pay", "hub.commands.staff", "hub.commands.kb", "agent.concierge", "kb.search", "numpy")
loaded = lambda: sorted(m for m in HEAVY if m in sys.modules)
settings = load_settings(_env_file=None, database_url=sys.argv[1], redis_url=sys.argv[2], hotels_dir=sys.argv[3],
                         secret_key="test-signing-key", public_base_url="https://hub.example.com",
                         twilio_account_sid=twilio.ACCOUNT_SID, twilio_auth_token=twilio.AUTH_TOKEN,
                         twilio_sms_number=twilio.SMS_NUMBER, payments_demo=True)
rt = Runtime(settings)
rt.db.migrate()
with TestClient(create_app(rt), follow_redirects=False) as http:
    params = twilio.inbound_params("+14155550123", twilio.SMS_NUMBER, "¿Tienen aparcamiento?", sid="SM" + "8" * 32)
    signature = twilio.signature(settings.public_base_url + "/webhooks/twilio", params)
    webhook = http.post("/webhooks/twilio", data=params, headers={"X-Twilio-Signature": signature})
    answers = {"webhook": webhook.status_code, "ready": http.get("/readyz").status_code}
    at_start = loaded()
    answers.update({
        "telegram": http.post("/webhooks/telegram/harbor-view", json={"update_id": 1}).status_code,
        "console": http.get("/console/inbox").headers.get("location"),
        "console login": http.get("/console/login").status_code,
        "console static": http.get("/console/static/console.css").status_code,
        "api": http.get("/api/chat/nobody").status_code,
        "widget": http.get("/widget.js").status_code,
        "webchat": http.post("/webchat/nowhere/session").json(),
        "checkout": http.get("/pay/unknown-token").status_code,
        "schema": sorted(p for p in http.get("/openapi.json").json()["paths"] if p.startswith(("/api", "/webhooks")))})
    print(json.dumps({"at start": at_start, "answers": answers}))
"""


@pytest.mark.redis
def test_a_web_process_that_takes_only_webhooks_imports_only_what_they_need(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    Database(url).migrate()   # a restart: the schema is there
    seen = _seen_by_a_web_process(tmp_path, lambda redis_url: [WEBHOOKS_ONLY, url, redis_url, str(SHARED / "hotels")])
    assert seen["at start"] == []
    answers = seen["answers"]
    assert answers["webhook"] == 200 and answers["ready"] == 200
    assert answers["telegram"] == 403                       # no secret: refused, as before, once loaded
    assert answers["console"].startswith("/console/login")   # the console's own "sign in first" handler
    assert answers["console login"] == 200 and answers["console static"] == 200
    assert answers["api"] == 404 and answers["widget"] == 200 and answers["checkout"] in (200, 404)
    assert answers["webchat"] == {"error": "unknown hotel"}  # the web chat's own error handler
    assert {"/api/chat", "/webhooks/twilio", "/webhooks/telegram/{hotel_id}"} <= set(answers["schema"])


def _seen_by_a_web_process(tmp_path: Path, script_and_args: Callable[[str], list[str]]) -> dict:
    """Run a probe script in a fresh interpreter (so imports start from nothing) beside a private Redis, whose URL
    `script_and_args` places; what the probe printed last, as JSON."""
    from tests.channel_kit import RedisServer

    server = RedisServer(tmp_path).start()
    try:
        done = subprocess.run([sys.executable, "-c", *script_and_args(server.url)],
                              cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                              capture_output=True, text=True, timeout=300)
    finally:
        server.kill()
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
