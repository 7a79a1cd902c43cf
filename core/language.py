"""Which of the hotel's languages a guest writes in, offline.

Short messages ("wifi pw pls", "ok", "spa?") carry little signal and lingua
often calls texting shorthand German or French, so cheap hints come first: a
script only one language uses, Russian typed in Latin letters, English texting
shorthand, and a few words only one Latin-script language uses. Below a confidence bar the
conversation's previous language wins, then the hotel's default.
"""

from __future__ import annotations

import re
from functools import cached_property

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

from core.hotels import LANGUAGES
from core.translit import russian_in_latin

_SCRIPTS = (  # a script that only one supported language uses decides at once
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "ko"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
)
# What says nothing about the language a guest writes in: addresses, and names after the first word
# ("My name is Lena Fischer" reads German to lingua). Dropped only mid-conversation, when a language is known.
_NOT_LANGUAGE = re.compile(r"\S+@\S+|https?://\S+|(?<=[\w,]\s)[A-ZÀ-ÖØ-Þ][\w'’-]+")
_WORD = re.compile(r"[^\W\d_]+|\d+[a-z]+", re.IGNORECASE)

# Texting shorthand nobody writes in the other languages ("2moro", "pls", "hw much").
_ENGLISH_SHORTHAND = frozenset(
    "pls plz thx thnx ty u ur r hw wat wot pw pwd hrs hr 2moro 2morrow tmrw tmr 2day 2nite tonite b4 btw "
    "asap gonna wanna gotta cuz coz rm ppl msg dont cant wont whats wheres hows yr tym brkfst bfast bkfst incl "
    "xtra chk avail nxt".split()
)
# French typography puts a space before ? and ! (and inside « »); the other Latin-script languages do not.
_FRENCH_SPACING = re.compile(r"\w[ \u00a0\u202f][?!]|«[ \u00a0\u202f]")
# Words only one of the Latin-script languages uses, to settle short, low-confidence texts.
_MARKERS = {
    "es": frozenset("hola gracias buenos buenas necesito quiero tienen hay habitación por favor dónde cuánto qué "
                    "usted ustedes nosotros mañana noche piscina desayuno toallas".split()),
    "fr": frozenset("bonjour bonsoir merci salut où est pas je vous nous ne une chambre combien quelle mot passe "
                    "demain soir piscine serviettes avez".split()),
    "de": frozenset("hallo danke bitte guten ich ist nicht gibt wir sie haben zimmer wie viel wann "
                    "morgen frühstück handtücher".split()),
}


class LanguageDetector:
    def __init__(self, languages: tuple[str, ...] = LANGUAGES, min_confidence: float = 0.5,
                 overrule_confidence: float = 0.9):
        self.codes = languages
        self.min_confidence = min_confidence
        self.overrule_confidence = overrule_confidence  # lingua beats the hints only above this

    @cached_property
    def _lingua(self):
        # Lingua only ever sees text none of `_SCRIPTS` matched, so it needs no model of those languages:
        # the four Latin-script models take 135 MB, all nine 250 MB, with the same answers on the dev sets.
        scripted = {code for _, code in _SCRIPTS}
        langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in self.codes
                 if c not in scripted]
        return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()

    def warm(self) -> None:
        _ = self._lingua

    @property
    def loaded(self) -> bool:
        return "_lingua" in self.__dict__

    def detect(self, text: str, previous: str | None = None, default: str = "en") -> str:
        for pattern, code in _SCRIPTS:
            if code in self.codes and pattern.search(text):
                return code
        if "ru" in self.codes and russian_in_latin(text):
            return "ru"  # "privet, gde tut metro?": answered in Russian, read in Cyrillic (core.translit)
        fallback = previous or default
        if previous:
            text = _NOT_LANGUAGE.sub(" ", text)
        words = [w.lower() for w in _WORD.findall(text)]
        if sum(len(w) for w in words if not w[0].isdigit()) < 3:
            return fallback
        values = self._lingua.compute_language_confidence_values(text)
        if not values:
            return fallback
        code = values[0].language.iso_code_639_1.name.lower()
        confidence = values[0].value
        if confidence >= self.overrule_confidence:
            return code
        if "en" in self.codes and any(w in _ENGLISH_SHORTHAND for w in words):
            return "en"
        if "es" in self.codes and re.search(r"[¿¡ñ]", text):
            return "es"
        if code == "fr" and _FRENCH_SPACING.search(text):
            return "fr"  # "Salle de sport ?": lingua's best guess, unsure, and spaced as only French is
        if confidence >= self.min_confidence:
            return code
        hinted = [lang for lang, markers in _MARKERS.items() if lang in self.codes and markers & set(words)]
        if len(hinted) == 1:
            return hinted[0]
        return fallback
