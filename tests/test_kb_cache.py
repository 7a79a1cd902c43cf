"""Restarting the hub or editing one FAQ entry re-embeds only the documents that changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from core.hotels import Hotel, KBEntry
from kb.cache import cache_path
from kb.search import KnowledgeBase


class CountingEmbedder:
    """Deterministic vectors from a text's hash; remembers every text it was asked to embed."""

    def __init__(self, name: str = "counting"):
        self.name = name
        self.embedded: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.embedded += texts
        seeds = [int.from_bytes(hashlib.sha256(t.encode()).digest()[:4], "little") for t in texts]
        vectors = np.stack([np.random.default_rng(s).standard_normal(16) for s in seeds]).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def small_hotel(answer: str = "Free wifi everywhere; the password is on your key card.") -> Hotel:
    entries = [
        KBEntry(id="wifi", questions=["What's the wifi password?", "Is wifi free?"], answer=answer,
                translations={"fr": "Le wifi est gratuit."}),
        KBEntry(id="pool", questions=["Do you have a pool?"], answer="The rooftop pool is open 07:00-22:00."),
    ]
    return Hotel.model_validate({"id": "tiny-inn", "name": "Tiny Inn", "timezone": "UTC", "currency": "USD",
                                 "times": {"check_in": "15:00", "check_out": "11:00"},
                                 "rooms": [{"code": "Q", "name": "Queen", "count": 1, "max_guests": 2, "rate": 100}],
                                 "kb": [e.model_dump() for e in entries]})


def test_restart_reads_every_embedding_from_the_cache(tmp_path: Path):
    embedder = CountingEmbedder()
    first = KnowledgeBase.build(small_hotel(), embedder, tmp_path)
    assert len(embedder.embedded) == 6

    again = CountingEmbedder()
    second = KnowledgeBase.build(small_hotel(), again, tmp_path)
    assert again.embedded == []
    assert second.search("Do you have a pool?")[0].entry.id == "pool"
    assert [h.score for h in second.search("Is wifi free?")] == [h.score for h in first.search("Is wifi free?")]


def test_editing_one_answer_re_embeds_only_that_answer(tmp_path: Path):
    KnowledgeBase.build(small_hotel(), CountingEmbedder(), tmp_path)
    embedder = CountingEmbedder()
    kb = KnowledgeBase.build(small_hotel(answer="Wifi is free; network HarborView-Guest."), embedder, tmp_path)
    assert embedder.embedded == ["Wifi is free; network HarborView-Guest."]
    assert kb.search("Wifi is free; network HarborView-Guest.")[0].score == pytest.approx(1.0, abs=1e-5)


def test_another_embedder_never_reuses_these_vectors(tmp_path: Path):
    KnowledgeBase.build(small_hotel(), CountingEmbedder("counting"), tmp_path)
    other = CountingEmbedder("counting-v2")
    KnowledgeBase.build(small_hotel(), other, tmp_path)
    assert len(other.embedded) == 6


def test_damaged_cache_file_is_rebuilt_not_fatal(tmp_path: Path):
    KnowledgeBase.build(small_hotel(), CountingEmbedder(), tmp_path)
    cache_path(tmp_path, "counting", "tiny-inn").write_bytes(b"not a numpy file")
    embedder = CountingEmbedder()
    kb = KnowledgeBase.build(small_hotel(), embedder, tmp_path)
    assert len(embedder.embedded) == 6
    assert kb.search("Is wifi free?")[0].entry.id == "wifi"


def test_progress_bar_is_shown_while_indexing(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    KnowledgeBase.build(small_hotel(), CountingEmbedder(), tmp_path, progress=True)
    assert "6/6" in capsys.readouterr().err
