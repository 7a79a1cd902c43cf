"""A text worker holds what a turn needs and no more: no speech, no scikit-learn, USE's token table on disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from kb.embedders import RowsOnDisk, USEEmbedder
from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]


def test_rows_on_disk_reads_the_rows_asked_for(tmp_path: Path):
    matrix = np.random.default_rng(7).integers(0, 256, size=(300, 16), dtype=np.uint8)
    rows = RowsOnDisk(matrix, tmp_path / "table.u8")
    assert (rows[np.array([0, 299, 5, 5])] == matrix[[0, 299, 5, 5]]).all()
    assert (rows[np.array([[1, 2], [3, 4]])] == matrix[[[1, 2], [3, 4]]]).all()
    assert rows[np.array([], dtype=np.int64)].shape == (0, 16)


def test_a_second_process_reads_the_table_the_first_wrote(tmp_path: Path):
    matrix = np.arange(64, dtype=np.uint8).reshape(8, 8)
    RowsOnDisk(matrix, tmp_path / "table.u8")
    written = (tmp_path / "table.u8").stat().st_mtime_ns
    again = RowsOnDisk(matrix, tmp_path / "table.u8")
    assert (tmp_path / "table.u8").stat().st_mtime_ns == written
    assert (again[np.array([7])] == matrix[7]).all()
    assert [p.name for p in tmp_path.iterdir()] == ["table.u8"]   # no partial file left behind


def test_a_truncated_table_is_written_again(tmp_path: Path):
    matrix = np.arange(64, dtype=np.uint8).reshape(8, 8)
    (tmp_path / "table.u8").write_bytes(matrix.tobytes()[:20])
    assert (RowsOnDisk(matrix, tmp_path / "table.u8")[np.array([6, 7])] == matrix[6:]).all()


def test_use_reads_its_token_table_from_disk_with_the_same_vectors(tmp_path: Path):
    sentences = ["Um wie viel Uhr schließt die Bar?", "¿Tienen cuna para el bebé?", "Is the pool heated?",
                 "早餐几点开始？"]
    held, from_disk = USEEmbedder(), USEEmbedder(table_dir=tmp_path)
    assert np.array_equal(from_disk.embed(sentences), held.embed(sentences))
    assert isinstance(from_disk._model._model.table, RowsOnDisk)
    assert [p.suffix for p in tmp_path.iterdir()] == [".u8"]


def test_where_the_table_cannot_be_written_it_stays_in_memory(tmp_path: Path):
    (tmp_path / "a-file").write_text("not a folder")
    embedder = USEEmbedder(table_dir=tmp_path / "a-file" / "cache")
    assert embedder.embed(["Where is the gym?"]).shape == (1, 512)
    assert isinstance(embedder._model._model.table, np.ndarray)


# What `concierge worker --queues inbound,outbound` loads before it listens: its runtime and the concierge, warmed.
TEXT_WORKER = """
import json, sys
from agent.runtime import Runtime
from core.settings import load_settings
from jobs.pipeline import concierge

settings = load_settings(_env_file=None, database_url=f"sqlite:///{sys.argv[1]}/hub.db", hotels_dir=sys.argv[2],
                         embedding_cache_dir=sys.argv[3], default_hotel="harbor-view")
runtime = Runtime(settings)
runtime.db.migrate()
runtime.warm()
concierge(runtime).warm()
heavy = ("sklearn", "scipy", "av", "faster_whisper", "ctranslate2", "piper", "onnxruntime", "torch")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def test_a_warm_text_worker_has_loaded_no_speech_model_nor_scikit_learn(tmp_path: Path):
    done = subprocess.run([sys.executable, "-c", TEXT_WORKER, str(tmp_path), str(SHARED / "hotels"),
                           str(ROOT / ".cache" / "test-embeddings")],
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
