"""`concierge kb check` shows the answers missing in a guest language; `kb translate` drafts them with the LLM
into a file for staff, and marks a draft whose numbers moved."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from core.hotels import KBEntry
from hub.commands import kb as kb_command
from kb import translations
from tests.fakes.openai import FakeLLM
from tests.fakes.server import serve_in_thread

HOTELS = Path(__file__).resolve().parents[2] / "shared" / "hotels"
runner = CliRunner()


@pytest.fixture(autouse=True)
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOTELS_DIR", str(HOTELS))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/kb.db")
    monkeypatch.delenv("LLM_MODEL", raising=False)


def _entry(entry_id: str, answer: str, **translated: str) -> KBEntry:
    return KBEntry(id=entry_id, questions=[f"{entry_id}?"], answer=answer, translations=translated)


def test_missing_lists_untranslated_answers_per_served_language():
    entries = [_entry("gym", "Open 24 hours.", de="Rund um die Uhr geöffnet."), _entry("pool", "07:00-22:00.")]
    assert translations.missing(entries, ["en", "de", "ja"]) == {"de": ["pool"], "ja": ["gym", "pool"]}


def test_check_prints_the_gaps_and_strict_fails_on_them():
    result = runner.invoke(kb_command.app, ["check", "harbor-view"])
    assert result.exit_code == 0, result.output
    lines = dict(line.split(": ", 1) for line in result.output.splitlines())
    assert set(lines) == {"es", "fr", "de", "ru", "zh", "ja", "ko", "ar"}
    assert lines["ru"].startswith("15/128 translated; missing: ") and "family-room" in lines["ru"]
    assert runner.invoke(kb_command.app, ["check", "harbor-view", "--strict"]).exit_code == 1


def test_translate_needs_an_llm():
    result = runner.invoke(kb_command.app, ["translate", "harbor-view", "--out", "drafts.yaml"])
    assert result.exit_code == 1 and "LLM_MODEL" in result.output


def test_translate_writes_drafts_for_review_and_marks_changed_numbers(monkeypatch, tmp_path):
    llm = FakeLLM()

    def reply(request: dict) -> dict:
        answer = request["messages"][-1]["content"].split("\n\n", 1)[1]
        return {"content": f"[ko] {answer}" if "Korean" in request["messages"][-1]["content"] else "??"}

    llm.steps.extend([reply] * 400)
    with serve_in_thread(llm.app()) as base:
        monkeypatch.setenv("LLM_MODEL", "openai/translator")
        monkeypatch.setenv("LLM_API_BASE", f"{base}/v1")
        monkeypatch.setenv("LLM_API_KEY", "sk-test")
        out = tmp_path / "drafts.yaml"
        result = runner.invoke(kb_command.app, ["translate", "harbor-view", "--out", str(out), "--language", "ko"])
    assert result.exit_code == 0, result.output
    drafts = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert len(drafts) == 113 and set(drafts["family-room"]) == {"ko"}  # the 15 translated entries are skipped
    assert drafts["family-room"]["ko"].startswith("[ko] ") and "259" in drafts["family-room"]["ko"]
    assert "Korean" in llm.requests[0]["messages"][-1]["content"] and len(llm.requests) == 113


def test_a_draft_whose_numbers_moved_is_flagged():
    drafts, suspicious = translations.draft([_entry("pool", "Open 07:00-22:00 for $5.")], ["fr"],
                                            lambda messages: "Ouvert de 7h à 23h pour 5 $.")
    assert drafts == {"pool": {"fr": "Ouvert de 7h à 23h pour 5 $."}} and suspicious == ["pool/fr"]


def test_reviewed_translations_are_applied_to_the_live_kb(tmp_path):
    reviewed = tmp_path / "reviewed.yaml"
    reviewed.write_text(yaml.safe_dump({"family-room": {"ko": "패밀리룸은 퀸 침대 2개, 최대 4인, 1박 $259입니다."},
                                        "no-such-entry": {"ko": "?"}, "pool": {"pt": "Piscina"}},
                                       allow_unicode=True), encoding="utf-8")
    result = runner.invoke(kb_command.app, ["apply-translations", "harbor-view", str(reviewed), "--author", "ana"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 entries updated") and "no-such-entry/ko" in result.output
    assert "pool/pt" in result.output  # a language the hotel does not serve
    lines = dict(line.split(": ", 1) for line in runner.invoke(kb_command.app, ["check", "harbor-view"])
                 .output.splitlines())
    assert lines["ko"].startswith("16/128 translated") and "family-room" not in lines["ko"]
    assert lines["ja"].startswith("15/128 translated")


def test_applying_a_file_that_is_not_reviewed_drafts_fails_and_says_why(tmp_path):
    wrong = tmp_path / "kb.yaml"
    wrong.write_text("- id: pool\n  answer: Open\n", encoding="utf-8")
    result = runner.invoke(kb_command.app, ["apply-translations", "harbor-view", str(wrong)])
    assert result.exit_code == 1 and "entry id -> language -> answer" in result.output
