"""Which language a hotel wrote a text of its own in (a FAQ answer), without models.

The product reads a KB entry's `answer` as English and its `translations` as the
other languages, but a hotel that never used it writes its answers in its own
language first (a Paris hotel in French, with English as one translation). A
full sentence written by the hotel is easy to tell apart: a script only one
language uses, else the function words of the Latin-script languages, counted.
Guests' short messages are another matter (core.language).
"""

from __future__ import annotations

import re

# The letters each language of its own script writes in (Japanese: kana and kanji; told from Chinese by having
# kana at all).
_KANA = re.compile(r"[\u3040-\u30ff]")
SCRIPTS = (("ja", re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")), ("ko", re.compile(r"[\uac00-\ud7af]")),
            ("ar", re.compile(r"[\u0600-\u06ff]")), ("ru", re.compile(r"[\u0400-\u04ff]")),
            ("zh", re.compile(r"[\u4e00-\u9fff]")))
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# A script counts when this share of the letters is written in it: an English answer may quote "京都" or "Дом".
SCRIPT_SHARE = 0.3
# The commonest function words, none of them shared with English (nor "de", "la", "a", which names carry).
_FUNCTION_WORDS = {
    "en": frozenset("the and is are of to for with you your we our at from on in by this that it be can "
                    "will have has or not an".split()),
    "fr": frozenset("le les des est et une un du vous nous pour avec dans sur au aux sont votre vos ne pas "
                    "qui ou il elle être peut ces cette par à nos notre sans chaque".split()),
    "es": frozenset("el los las es y una un del usted ustedes para con por su sus está están al "
                    "puede hay muy no tenemos nuestro nuestra nuestros nuestras cuesta hasta desde también pero "
                    "como este esta".split()),
    "de": frozenset("der die das und ist ein eine sie wir mit für im ihr ihre nicht zu auf bei den dem "
                    "sind kann oder auch uns unser unsere bis vom zum zur".split()),
    "it": frozenset("il gli e è una di per con sono siamo nel nella della non può anche al".split()),
    "pt": frozenset("o os as é uma um do da dos das para com não você são está pode".split()),
}
# Another language is the text's only when it has this many of its function words, and this many times English's.
MIN_WORDS = 3
LEAD = 2.0
# A note is English with this many English function words and none of another language's (notes are short).
ENGLISH_NOTE_WORDS = 2


def written_in(text: str, default: str = "en") -> str:
    """The language `text` is written in: a script's owner, else the Latin-script language whose function words
    clearly outnumber English's; `default` when the text does not say (too short, or names and figures only)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return default
    for code, script in SCRIPTS:
        if code == "ja" and not _KANA.search(text):
            continue
        if len(script.findall(text)) >= SCRIPT_SHARE * letters:
            return code
    counts = _function_words(text)
    english = counts.pop("en")
    code, count = max(counts.items(), key=lambda pair: pair[1])
    if count >= MIN_WORDS and count >= LEAD * english:
        return code
    return default


def _function_words(text: str) -> dict[str, int]:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return {code: sum(w in vocabulary or w.split("'")[-1] in vocabulary for w in words)
            for code, vocabulary in _FUNCTION_WORDS.items()}


def note_language(text: str, first: str) -> str:
    """The language of a short note in a hotel's files ("Rooms, lobby and the beach."): what `written_in` tells,
    else English when English function words are all it has (a Spanish-first hotel writes many notes in
    English), else the hotel's `first` language."""
    found = written_in(text, default="")
    if found:
        return found
    counts = _function_words(text)
    english = counts.pop("en")
    return "en" if english >= ENGLISH_NOTE_WORDS and not any(counts.values()) else first


# Arabic's short vowels, shadda, sukun and the tatweel stretch: written at will ("معطّل", "فورًا", "جداً"), never
# in a word's spelling as patterns and dictionaries give it.
_HARAKAT = re.compile(r"[\u064b-\u0652\u0670\u0640]")


def without_harakat(text: str) -> str:
    """The text with Arabic's optional marks dropped, so "المكيّف معطّل" reads as "المكيف معطل"."""
    return _HARAKAT.sub("", text)
