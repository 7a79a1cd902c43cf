"""Hotel staff check what the concierge finds for a question, with the scores it uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from hub.commands import kb as kb_command
from kb.embedders import USEEmbedder

HOTELS = Path(__file__).resolve().parents[2] / "shared" / "hotels"
runner = CliRunner()


@pytest.fixture(scope="module")
def use() -> USEEmbedder:
    return USEEmbedder()


@pytest.fixture(autouse=True)
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, use: USEEmbedder) -> None:
    monkeypatch.setenv("HOTELS_DIR", str(HOTELS))
    monkeypatch.setenv("EMBEDDING_CACHE_DIR", str(tmp_path / "embeddings"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/kb.db")   # the live KB: kb.yaml + its changes
    monkeypatch.setattr("kb.embedders.make_embedder", lambda spec: use)  # one model load for the module


def test_search_by_hotel_id_prints_scores_and_the_verdict():
    result = runner.invoke(kb_command.app, ["search", "harbor-view", "wifi password?", "--k", "3"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 4
    assert lines[0].split()[1] == "wifi"
    assert "would answer from the KB" in lines[-1]


def test_search_by_folder_path_says_when_the_concierge_would_not_answer():
    result = runner.invoke(kb_command.app, ["search", str(HOTELS / "harbor-view"), "Is there a casino?"])
    assert result.exit_code == 0, result.output
    assert "would NOT answer from the KB" in result.output


def test_search_judges_a_question_in_another_language_as_the_concierge_does():
    """"수영장 몇 시에 열어요?" scores under the English bar; the concierge answers it, so the verdict must too."""
    result = runner.invoke(kb_command.app, ["search", "harbor-view", "수영장 몇 시에 열어요?"])
    assert result.exit_code == 0, result.output
    assert "ko): the concierge would answer from the KB" in result.output


def test_unknown_hotel_names_the_hotels_there_are():
    result = runner.invoke(kb_command.app, ["search", "grand-budapest", "wifi?"])
    assert result.exit_code == 1
    assert "harbor-view" in result.output


def test_index_fills_the_cache(tmp_path: Path):
    result = runner.invoke(kb_command.app, ["index", "harbor-view"])
    assert result.exit_code == 0, result.output
    # 687 texts (questions, answers, translations) and 8 English texts again without their accents ("Café")
    assert "128 entries, 695 documents" in result.output
    assert list((tmp_path / "embeddings").rglob("harbor-view.npz"))
