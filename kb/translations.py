"""Which FAQ answers a hotel has not translated, and machine translations of them for staff to review.

The concierge never translates at answer time: a guest gets the hotel's own
words, or is told briefly that this answer exists only in English. These
helpers show staff the gaps (`concierge kb check`) and, when an LLM is
configured, draft the missing translations into a file staff read, correct and
then apply (`concierge kb translate`, `concierge kb apply-translations`). A
draft whose numbers differ from the English is marked, as a price or a time
must never change in translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from core.hotels import KBEntry

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "ru": "Russian",
                  "zh": "Simplified Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic",
                  "pt": "Portuguese"}
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def missing(entries: Iterable[KBEntry], languages: Iterable[str]) -> dict[str, list[str]]:
    """Entry ids without a translation, per language the hotel serves (the entries' own is English, unless a
    hotel wrote an answer in its own language and not in English)."""
    entries = list(entries)
    wanted = {lang: [e.id for e in entries if not e.answer_in(lang)] for lang in languages}
    return {lang: ids for lang, ids in wanted.items() if lang != "en" or ids}


def numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


def prompt(answer: str, language: str) -> list[dict[str, str]]:
    name = LANGUAGE_NAMES.get(language, language)
    return [
        {"role": "system", "content": "You translate a hotel's FAQ answers for its guests. Keep every number, "
                                      "time, price, currency sign, name, e-mail address and URL exactly as "
                                      "written. Reply with the translation only."},
        {"role": "user", "content": f"Translate into {name}:\n\n{answer}"},
    ]


def draft(entries: Iterable[KBEntry], languages: Iterable[str],
          complete: Callable[[list[dict[str, str]]], str]) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Translations of every missing answer, by entry id then language, and the drafts to check
    ("id/lang": their numbers differ from the English)."""
    entries = {e.id: e for e in entries}
    drafts: dict[str, dict[str, str]] = {}
    suspicious = []
    for language, ids in missing(entries.values(), languages).items():
        for entry_id in ids:
            answer = entries[entry_id].answer
            text = complete(prompt(answer, language)).strip()
            if not text:
                continue
            drafts.setdefault(entry_id, {})[language] = text
            if numbers(text) != numbers(answer):
                suspicious.append(f"{entry_id}/{language}")
    return drafts, suspicious


def merged(entries: Iterable[KBEntry], reviewed: dict[str, dict[str, str]],
           languages: Iterable[str]) -> tuple[list[KBEntry], list[str]]:
    """The entries with the reviewed translations (entry id -> language -> answer) written in, and what was
    skipped ("id/lang": no such entry, a language the hotel does not serve, or an empty text)."""
    served = set(languages) - {"en"}
    by_id = {e.id: e for e in entries}
    skipped = []
    for entry_id, texts in reviewed.items():
        for language, text in (texts or {}).items():
            entry = by_id.get(entry_id)
            if entry is None or language not in served or not str(text or "").strip():
                skipped.append(f"{entry_id}/{language}")
                continue
            by_id[entry_id] = entry.model_copy(update={"translations": {**entry.translations,
                                                                          language: str(text).strip()}})
    return list(by_id.values()), skipped
