"""Document embeddings kept on disk, so a restart or one edited FAQ entry re-embeds only what changed.

One file per hotel and embedder (the embedder's name is part of the path, the
hash of each document's text is its key). Rewriting the file with exactly the
current documents keeps it from growing with every edit; writing it through a
temporary file and a rename keeps a reader (the web and worker processes
share it) from ever seeing half of one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from tqdm import tqdm

from kb.embedders import Embedder

log = logging.getLogger(__name__)

BATCH = 64


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _slug(name: str) -> str:
    return re.sub(r"[^\w.@-]+", "_", name)


def cache_path(cache_dir: Path, embedder_name: str, hotel_id: str) -> Path:
    return Path(cache_dir) / _slug(embedder_name) / f"{_slug(hotel_id)}.npz"


def _load(path: Path) -> dict[str, np.ndarray]:
    if not path.exists():
        return {}
    try:
        with np.load(path, allow_pickle=False) as stored:
            return dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        log.warning("embedding cache %s is unreadable (%s); rebuilding it", path, exc)
        return {}


def _save(path: Path, keys: list[str], vectors: np.ndarray) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as handle:
            np.savez(handle, keys=np.array(keys, dtype=str), vectors=vectors)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only disk costs a re-embedding at the next start, not the service
        log.warning("could not write embedding cache %s: %s", path, exc)
        tmp.unlink(missing_ok=True)


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def embed_cached(texts: list[str], embedder: Embedder, path: Path, progress: bool = False) -> np.ndarray:
    """One vector per text, in order: from the cache at `path` when there, else from the embedder."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    keys = [_key(t) for t in texts]
    stored = _load(path)
    missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in stored}
    with tqdm(total=len(missing), desc=f"embedding {path.stem}", unit="doc", disable=not progress) as bar:
        for batch in _batches(list(missing), BATCH):
            stored.update(zip(batch, embedder.embed([missing[k] for k in batch]), strict=True))
            bar.update(len(batch))
    unique = list(dict.fromkeys(keys))
    if missing or len(stored) != len(unique):
        _save(path, unique, np.stack([stored[k] for k in unique]).astype(np.float32))
    return np.stack([stored[k] for k in keys]).astype(np.float32)
