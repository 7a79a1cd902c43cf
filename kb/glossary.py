"""The guest's hotel words, pivoted to the English words hotels write their FAQ in.

Most hotels write their FAQ in English, some in their own language, and translate
a few entries at most. A multilingual sentence embedding reads "Во сколько заезд?"
only weakly as the check-in entry (cross-lingual cosines sit under the bar), and
an English guest's "cab" or "celiac" is not a word the FAQ uses. No offline
machine translation ships with the product, so a glossary of the usual hotel
concepts (kb/glossary.yaml) stands in for it: the guest's word for a concept is
written as the hotel's English ("Во сколько check-in?"), which the embedding
and the FAQ's word evidence both read far better. An English word is kept beside
its pivot ("cab taxi"), as it may be the hotel's own word too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from core.language import CJK as _CJK
from core.language import CJK_LETTER
from core.translit import simplified

GLOSSARY = Path(__file__).with_name("glossary.yaml")
CHOSEN_CACHE = 8192  # texts whose terms are kept: a few hundred sentences a turn, every entry's questions
# A word: letters and digits of one script run, so "check" in "几点可以check-in" is a word of its own.
_WORD = re.compile(rf"[^\W_{_CJK}]+")
_TERM_WORD = re.compile(rf"[^\W_{_CJK}]+\*?")
# Arabic writes "the", "and", "with", "for" on the word ("بالمسبح": with the pool); off while three letters remain.
_ARABIC_PREFIX = re.compile(r"^(?:وال|بال|كال|فال|لل|ال|و|ف|ب|ل|ك)(?=[\u0600-\u06ff]{3})")
# ...and "my", "your", "his", "her", "our", "their" on its end ("قطتي": my cat), off while three letters remain.
_ARABIC_POSSESSIVE = re.compile(r"(?<=[\u0600-\u06ff]{3})(?:كما|هما|كم|كن|هم|هن|نا|ها|ي|ك|ه)$")


@dataclass(frozen=True)
class _Term:
    concept: str     # the English the term is pivoted to
    aside: bool      # a concept that asks about a topic ("what time", "free"), pivoted only beside one
    words: tuple[str, ...]  # folded words, a trailing "*" marking a stem; empty for a CJK term
    pattern: re.Pattern[str] | None  # a CJK term, matched anywhere, spaces optional


def fold(text: str) -> str:
    """Lower case without the accents of Latin and Cyrillic letters ("recepción" = "recepcion", "ё" = "е"),
    which guests type or leave out at will; Chinese in its simplified characters ("溫泉" = "温泉"); other scripts as
    they are (a Japanese "が" is not a "か")."""
    return simplified(unaccented(unicodedata.normalize("NFKC", text).lower()))


def unaccented(text: str) -> str:
    """The text without the accents of Latin and Cyrillic letters, its case kept ("Kadıköy" = "Kadikoy": Turkish
    dotless i has no accent to strip, it is written as the i guests type)."""
    text = unicodedata.normalize("NFKC", text).replace("ı", "i")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    kept = [c for i, c in enumerate(decomposed)
            if not (unicodedata.combining(c) and i and ord(decomposed[i - 1]) < 0x500)]
    return unicodedata.normalize("NFC", "".join(kept))


def bare(word: str) -> str:
    """An Arabic word without its attached article and prepositions; any other word as it is."""
    return _ARABIC_PREFIX.sub("", word)


def _forms(word: str) -> tuple[str, ...]:
    """A text word as the glossary may list it: bare, and in Arabic also without a possessive ending, the "ة" it
    writes as "ت" before one put back ("قطتي": my cat, "قطة"; "حجزنا": our booking, "حجز"); the bare form first,
    the one the longer-term choice was measured with."""
    forms = [plain := bare(word)]
    for whole in dict.fromkeys((plain, word)):  # "كلبي" (my dog) is no "ك" (like) on "لبي"
        if m := _ARABIC_POSSESSIVE.search(whole):
            stem = whole[:m.start()]
            forms += [stem, stem[:-1] + "ة"] if stem.endswith("ت") else [stem]
    # A word whose own first letter is one a prefix is ("فطور", "فاتورة", "بطاقة") is listed bare of it, as `_term`
    # reads it; with the article on ("الفطور") only the article came off: the letter comes off too.
    return tuple(dict.fromkeys([*forms, bare(plain)]))


def _term(concept: str, aside: bool, text: str) -> _Term:
    folded = fold(text)
    if CJK_LETTER.search(folded):
        chars = [re.escape(c) for c in folded if not c.isspace()]
        return _Term(concept, aside, (), re.compile(r"\s*".join(chars)))
    return _Term(concept, aside, tuple(bare(w) for w in _TERM_WORD.findall(folded)), None)


@dataclass(frozen=True)
class _Index:
    """A language's terms by how their first word or character is looked up: one text word costs a few
    dictionary look-ups, not a pass over the glossary."""
    whole: dict[str, list[_Term]]  # by first word
    stems: dict[str, list[_Term]]  # by first word's stem
    cjk: dict[str, list[_Term]]    # by first character


@cache
def _glossary() -> dict[str, dict]:
    """kb/glossary.yaml, read once per process."""
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))


@cache
def _index(language: str) -> _Index:
    """The glossary's terms a guest writing `language` may use: that language's and English words."""
    index = _Index({}, {}, {})
    for concept, words in _glossary().items():
        for text in (t for lang in dict.fromkeys((language, "en")) for t in words.get(lang) or ()):
            term = _term(concept, bool(words.get("aside")), str(text))
            if term.pattern is not None:
                index.cjk.setdefault(term.pattern.pattern[0], []).append(term)
            elif term.words and term.words[0].endswith("*"):
                index.stems.setdefault(term.words[0][:-1], []).append(term)
            elif term.words:
                index.whole.setdefault(term.words[0], []).append(term)
    return index


def _singular(word: str) -> set[str]:
    """The word and what it is without a plural ending: the term written singular matches both."""
    forms = {word, word.removesuffix("s"), word.removesuffix("es")}
    return forms | {word[:-3] + "y"} if word.endswith("ies") else forms


def _same_word(word: str, term: str) -> bool:
    """A text word is the term's word: begun by a stem ("заезд*"), or the word itself up to a plural ending."""
    if term.endswith("*"):
        return word.startswith(term[:-1])
    return term in _singular(word)


def _spans(text: str, language: str) -> list[tuple[int, int, int, _Term]]:
    """Every place a term matches: (start, end, term length, term)."""
    index = _index(language)
    words = [(m.start(), m.end(), _forms(m.group(0))) for m in _WORD.finditer(text)]
    found = []
    for i, (_, _, forms) in enumerate(words):
        candidates = list(dict.fromkeys(t for word in forms for form in _singular(word)
                                        for t in index.whole.get(form, ())))
        candidates += [t for word in forms for k in range(1, len(word) + 1) for t in index.stems.get(word[:k], ())
                       if t not in candidates]
        for term in candidates:
            n = len(term.words)
            if i + n <= len(words) and all(any(_same_word(form, w) for form in words[i + j][2])
                                           for j, w in enumerate(term.words)):
                found.append((words[i][0], words[i + n - 1][1], sum(map(len, term.words)), term))
    for at, char in enumerate(text):
        for term in index.cjk.get(char, ()):
            if term.pattern is not None and (m := term.pattern.match(text, at)):
                found.append((at, m.end(), len(term.pattern.pattern), term))
    return found


@lru_cache(maxsize=CHOSEN_CACHE)
def _chosen(folded: str, language: str) -> tuple[tuple[int, int, _Term], ...]:
    """The terms matched in a folded text, in order; where two overlap the longer wins ("late check-out" over
    "check-out", "ミニバー" over "バー"). Cached: a turn reads the same sentences and entries' questions many times."""
    taken: list[tuple[int, int, _Term]] = []
    for start, end, _, term in sorted(_spans(folded, language), key=lambda s: (s[0] - s[1], -s[2], s[0])):
        if all(end <= a or start >= b for a, b, _ in taken):
            taken.append((start, end, term))
    return tuple(sorted(taken, key=lambda t: t[0]))


def topics(text: str, language: str) -> list[tuple[str, str]]:
    """The hotel topics the text names, in order, each with the guest's words for it (as written); not what it
    asks of them ("what time", "free")."""
    return _said(text, language, aside=False)


def asides(text: str, language: str) -> list[str]:
    """The guest's words for what the text asks of its topics ("à quelle heure", "cuánto"), as written."""
    return [words for _, words in _said(text, language, aside=True)]


def _said(text: str, language: str, aside: bool) -> list[tuple[str, str]]:
    folded = fold(text)
    source = _source(text, folded)
    return [(term.concept, source[a:b]) for a, b, term in _chosen(folded, language) if term.aside == aside]


# The asides that ask when: a time, or opening hours ("¿a qué hora…?", "何時まで", "до скольки").
WHEN_ASKED = frozenset({"what time", "opening hours"})


def asked_of(text: str, language: str) -> set[str]:
    """What the text asks of its topics, as the glossary's asides ("what time", "opening hours", "price")."""
    return {term.concept for _, _, term in _chosen(fold(text), language) if term.aside}


def names_topic(word: str, language: str) -> bool:
    """Whether a word is one of the hotel concepts the glossary knows: its English ("check-out") or a guest's word
    for it ("desayuno")."""
    return fold(word).strip(" ?!.¿¡？！").removesuffix("s") in _concepts() or bool(topics(word, language))


@cache
def _concepts() -> frozenset[str]:
    """The glossary's concepts, singular ("towels": towel)."""
    return frozenset(concept.removesuffix("s") for concept in _glossary())


def named(text: str, language: str) -> set[str]:
    """The hotel topics a text names: by a word the glossary lists for them, or by their own English ("halal",
    which the glossary need not list under English, is what hotels write)."""
    return set(_named(text, language))


@lru_cache(maxsize=CHOSEN_CACHE)
def _named(text: str, language: str) -> frozenset[str]:
    """`named`, kept for the texts a turn reads again (the guest's sentences, the entries' questions)."""
    folded = fold(text)
    chosen = [(start, end, term) for start, end, term in _chosen(folded, language) if not term.aside]
    own = _own_english()
    # A topic's English inside a longer term of another ("baby" in "baby-sitting", "car" in "car park") is that term.
    return frozenset({term.concept for _, _, term in chosen} | {
        own[1][m.group(1)] for m in own[0].finditer(folded)
        if not any(start <= m.start() and m.end() <= end and term.concept != own[1][m.group(1)]
                   for start, end, term in chosen)})


def where_named(text: str, language: str, wanted: Collection[str]) -> list[tuple[int, int]]:
    """Where the text names one of the wanted topics, in order: by a word the glossary lists for it, or by its own
    English ("shuttle"). Places in the folded text, the text's own where folding kept every letter in place."""
    folded = fold(text)
    spans = {(start, end) for start, end, term in _chosen(folded, language) if term.concept in wanted}
    pattern, own = _own_english()
    spans |= {m.span(1) for m in pattern.finditer(folded) if own[m.group(1)] in wanted}
    return sorted(spans)


def word_for(concept: str, language: str) -> str | None:
    """The glossary's own word for a topic in a language (its first whole word, never a stem: "заезд*" is no word),
    to name the hotel's English for it to a guest: "バスタブ (bathtub)"."""
    words = _glossary().get(concept, {}).get(language) or []
    return next((str(word) for word in words if not str(word).endswith("*")), None)


def about(concept: str) -> frozenset[str]:
    """The topics a topic is for ("babysitting": the children), which a question about it names as well: an entry
    about them alone does not answer it."""
    return frozenset(_glossary().get(concept, {}).get("about") or ())


@cache
def concepts() -> tuple[str, ...]:
    """The topics the glossary knows, in the hotel's English; not what is asked of them ("what time", "free")."""
    return tuple(concept for concept, words in _glossary().items() if not words.get("aside"))


@cache
def _own_english() -> tuple[re.Pattern[str], dict[str, str]]:
    """The topics' own English, whole words up to a plural ending, and the topic each folded spelling is."""
    own = {fold(concept): concept for concept in concepts()}
    spelled = "|".join(map(re.escape, sorted(own, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W_])({spelled})(?=(?:e?s)?(?![^\W_]))"), own


def _source(text: str, folded: str) -> str:
    """The text as the guest wrote it (case, accents) where folding kept every letter in place, else folded."""
    source = unicodedata.normalize("NFKC", text)
    return source if len(source) == len(folded) else folded


def _said_already(words: str, concept: str) -> bool:
    """Whether the guest's words are the concept's own English ("pool" for "swimming pool")."""
    own = {w.removesuffix("s") for w in _WORD.findall(fold(concept))}
    said = _WORD.findall(words)
    return bool(said) and all(w.removesuffix("s") in own for w in said)


def pivot(text: str, language: str) -> str:
    """The text with the hotel's English beside each hotel word it uses ("Во сколько what time заезд check-in?",
    "my hamster pets"): the embedding reads the English, the guest's own words still name a translated entry.
    The text itself when the glossary knows none of its topics."""
    folded = fold(text)
    source = _source(text, folded)
    chosen = _chosen(folded, language)
    if all(term.aside for _, _, term in chosen):
        return text
    out, at = [], 0
    for start, end, term in chosen:
        if _said_already(folded[start:end], term.concept):
            continue
        out += [source[at:end], f" {term.concept} "]
        at = end
    return " ".join("".join([*out, source[at:]]).split()) if out else text
