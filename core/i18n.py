"""What the concierge says in its own words, in the guest's language.

Phrases live in `core/phrases/*.yaml` (one file per area, so each area owns its
words): `key: {en: "...", es: "...", ...}` with `str.format` fields. A phrase
missing in a language falls back to English, which is always required.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PHRASES_DIR = Path(__file__).parent / "phrases"


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    phrases: dict[str, dict[str, str]] = {}
    for path in sorted(PHRASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, texts in data.items():
            if key in phrases:
                raise ValueError(f"{path}: phrase {key!r} is already defined in another file")
            if "en" not in texts:
                raise ValueError(f"{path}: phrase {key!r} has no English text")
            phrases[key] = texts
    return phrases


def has(key: str, language: str) -> bool:
    return language in catalog().get(key, {})


def say(key: str, language: str, **fields: Any) -> str:
    """The phrase `key` in `language` (English if not written yet), filled with `fields`."""
    texts = catalog()[key]
    return texts.get(language, texts["en"]).format(**fields)
