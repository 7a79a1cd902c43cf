"""Staff change the knowledge base while the hub runs: versioned, reversible, and in service on every process."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from agent.concierge import Concierge
from agent.runtime import Runtime
from core.hotels import KBEntry, load_hotel
from core.messages import Channel, InboundMessage
from core.settings import load_settings
from core.store.db import Database
from hub.commands import kb as kb_command
from kb import live
from tests.conftest import SHARED

HOTEL = load_hotel(SHARED / "hotels" / "harbor-view")
BOWLING = KBEntry(id="bowling", category="amenities",
                  questions=["Is there a bowling alley in the hotel?", "Can we go bowling?",
                             "¿Hay una bolera en el hotel?"],   # as "answer it" on the Gaps page fills them
                  answer="No bowling here, but Lucky Strike Lanes is a 10-minute walk up Harbor Street.",
                  translations={"es": "Aquí no hay bolera, pero Lucky Strike Lanes está a 10 minutos a pie."})


def test_an_entry_is_created_edited_retired_and_reverted_with_its_history(any_db):
    with any_db.session() as session:
        assert live.version(session, HOTEL.id) == 0
        created = live.save(session, HOTEL, BOWLING, "ana@hotel.test", create=True)
        assert live.save(session, HOTEL, BOWLING, "ana@hotel.test") is None   # nothing changed, nothing recorded
        edited = live.save(session, HOTEL, BOWLING.model_copy(update={"answer": "Lanes: 5 minutes away."}), "bo")
        wifi = live.save(session, HOTEL, HOTEL.kb_entry("wifi").model_copy(update={"answer": "Ask the desk."}), "bo")
        live.retire(session, HOTEL, "bowling", "ana@hotel.test")
        retired = live.retire(session, HOTEL, "wifi", "bo")
        assert live.version(session, HOTEL.id) == retired.id > wifi.id
        entries = {e.id: e for e in live.current_entries(session, HOTEL)}
        assert "bowling" not in entries and "wifi" not in entries and len(entries) == len(HOTEL.kb) - 1

        live.revert(session, HOTEL, "bowling", edited.id, "ana@hotel.test")
        live.revert(session, HOTEL, "wifi", 0, "bo")   # 0: as kb.yaml has it
        entries = {e.id: e for e in live.current_entries(session, HOTEL)}
        assert entries["bowling"].answer == "Lanes: 5 minutes away." and entries["wifi"] == HOTEL.kb_entry("wifi")
        assert list(entries)[-1] == "bowling"   # a new entry comes after kb.yaml's

        changes = live.history(session, HOTEL, "bowling")
        assert [c.action for c in changes] == ["revert", "retire", "edit", "create"]
        assert changes[-1].version == created.id and changes[-1].author == "ana@hotel.test"
        assert "-answer: No bowling here, but Lucky Strike Lanes" in changes[2].diff
        assert "+answer: 'Lanes: 5 minutes away.'" in changes[2].diff
        assert "+- Can we go bowling?" in changes[3].diff and "-id: bowling" in changes[1].diff


def test_a_bad_change_is_refused_with_a_reason(db):
    with db.session() as session:
        with pytest.raises(live.KBChangeError, match="already exists"):
            live.save(session, HOTEL, HOTEL.kb_entry("wifi"), "bo", create=True)
        with pytest.raises(live.KBChangeError, match="no entry"):
            live.retire(session, HOTEL, "bowling", "bo")
        with pytest.raises(live.KBChangeError, match="questions"):
            live.validated({"id": "x", "questions": [" ", ""], "answer": "a"})
        with pytest.raises(live.KBChangeError, match="id must be"):
            live.validated({"id": "no spaces please", "questions": ["q"], "answer": "a"})
        assert live.version(session, HOTEL.id) == 0
    assert live.missing_translations(BOWLING, HOTEL.languages) == ["fr", "de", "ru", "zh", "ja", "ko", "ar"]


def _process(tmp_path: Path) -> Concierge:
    """One hub process (web or worker) on the shared store: its own runtime, index and brain."""
    settings = load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp_path}/shared.db",
                             embedding_cache_dir=Path(".cache/test-embeddings"))
    runtime = Runtime(settings, hotels={HOTEL.id: HOTEL})
    runtime.db.migrate()
    return Concierge.for_runtime(runtime)


def _ask(concierge: Concierge, text: str) -> tuple[str, list[str]]:
    message = InboundMessage(hotel_id=HOTEL.id, channel=Channel.API, sender="", provider_id=uuid.uuid4().hex,
                             text=text)
    result = concierge.handle(message, address=uuid.uuid4().hex)
    return "\n".join(r.text for r in result.replies), result.trace.kb


def test_an_entry_added_in_one_process_answers_in_another_without_a_restart(tmp_path):
    web, worker = _process(tmp_path), _process(tmp_path)
    reply, _ = _ask(worker, "Is there a bowling alley in the hotel?")
    assert "not sure" in reply
    with web.rt.db.session() as session:
        live.save(session, HOTEL, BOWLING, "ana@hotel.test", create=True)

    reply, kb = _ask(worker, "Is there a bowling alley in the hotel?")
    assert kb == ["bowling"] and "Lucky Strike Lanes" in reply
    reply, kb = _ask(worker, "¿Tienen una bolera en el hotel?")
    assert kb == ["bowling"] and "Aquí no hay bolera" in reply

    with web.rt.db.session() as session:
        live.retire(session, HOTEL, "bowling", "ana@hotel.test")
    assert "not sure" in _ask(worker, "Is there a bowling alley in the hotel?")[0]
    assert HOTEL.kb_entry("bowling") is None   # the hotel as loaded from its folder is never changed


def test_kb_export_and_import_round_trip_through_the_cli(tmp_path, monkeypatch):
    monkeypatch.setenv("HOTELS_DIR", str(SHARED / "hotels"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/cli.db")
    monkeypatch.setenv("EMBEDDING_CACHE_DIR", ".cache/test-embeddings")
    runner = CliRunner()
    exported = runner.invoke(kb_command.app, ["export", "harbor-view", "--out", str(tmp_path / "kb.yaml")])
    assert exported.exit_code == 0, exported.output
    entries = yaml.safe_load((tmp_path / "kb.yaml").read_text())
    assert [e["id"] for e in entries] == [e.id for e in HOTEL.kb]

    entries = [e for e in entries if e["id"] != "wifi"] + [BOWLING.model_dump(mode="json")]
    (tmp_path / "edited.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True))
    imported = runner.invoke(kb_command.app, ["import", "harbor-view", str(tmp_path / "edited.yaml"),
                                              "--author", "ana"])
    assert imported.exit_code == 0, imported.output
    assert f"1 created, 0 edited, 1 retired, {len(HOTEL.kb) - 1} unchanged" in imported.output

    found = runner.invoke(kb_command.app, ["search", "harbor-view", "Is there a bowling alley in the hotel?"])
    assert found.output.split()[1] == "bowling" and "would answer from" in found.output

    again = runner.invoke(kb_command.app, ["export", "harbor-view"])
    assert [e["id"] for e in yaml.safe_load(again.output)] == [e["id"] for e in entries]

    broken = tmp_path / "broken.yaml"
    broken.write_text("- id: x\n  answer: no questions\n")
    refused = runner.invoke(kb_command.app, ["import", "harbor-view", str(broken)])
    assert refused.exit_code == 1 and "questions" in refused.output


def test_a_running_concierge_process_answers_from_an_entry_saved_by_another(tmp_path):
    """`concierge chat` (its own process, its own index) picks up an entry saved here, without a restart."""
    url = f"sqlite:///{tmp_path}/hub.db"
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL", "HOTELS_DIR")}
    env.update(DATABASE_URL=url, HOTELS_DIR=str(SHARED / "hotels"),
               EMBEDDING_CACHE_DIR=str(Path(".cache/test-embeddings").resolve()))
    chat = subprocess.Popen([str(Path(sys.executable).with_name("concierge")), "chat", "--hotel", HOTEL.id],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path)

    def ask(text: str) -> str:
        chat.stdin.write(text + "\n")
        chat.stdin.flush()
        while "concierge>" not in (line := chat.stdout.readline()):
            assert line, "concierge chat ended"
        return line

    try:
        assert "not sure" in ask("Is there a bowling alley in the hotel?")
        database = Database(url)
        with database.session() as session:
            live.save(session, HOTEL, BOWLING, "ana@hotel.test", create=True)
        assert "Lucky Strike Lanes" in ask("Is there a bowling alley in the hotel?")
    finally:
        chat.stdin.close()
        chat.wait(timeout=30)
