"""English words as Korean and Japanese guests write them: in Hangul or Katakana, by sound ("파두" is fado,
"トラム" is a tram, "시푸드" is seafood).

A hotel's own words (a place's tags) are English; the sentence encoder does not connect a transliteration
to them. Both sides are reduced to the consonants one hears, in the classes the two scripts blur (f/p, v/b,
l/r, z/j, g/k), each with the vowel heard after it, so a loanword meets the English word it was made from;
the vowels must agree too, as consonants alone match native words ("음식", food, has those of "music", and
"택시", taxi, those of "tacos").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.translit import hangul_to_latin

# A syllable's final consonant as it is heard, not spelled (core.translit): "ㄺ" is a "k", "ㅅ" a "t".
_FINAL_HEARD = ("", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "t",
                "t", "ng", "t", "t", "k", "t", "p", "t")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}")
_NOT_HEARD_R = re.compile(r"(?<=[aeiou])r(?=[^aeiou]|$)")
_ER = re.compile(r"er(?=[^aeiou]|$)")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・\s][\u30a1-\u30fa\u30fc]+)+")
_PARTICLE = re.compile(r"(?:을|를|이|가|은|는|에서|에|도|의|으로|로|와|과|하고|이랑|랑)$")
# Kunrei spellings Unicode names katakana by, as loanwords sound ("HU" is fu, "ZI" ji).
_KANA_SOUNDS = (("hu", "fu"), ("si", "shi"), ("zi", "ji"), ("ti", "chi"), ("tu", "tsu"))
# Spellings of one sound (Korean "eo", English "ee"), then the consonants the scripts blur into one class.
_SPELLINGS = (("eo", "o"), ("ae", "a"), ("ea", "i"), ("ee", "i"), ("ie", "i"), ("oo", "u"), ("ou", "u"), ("ai", "e"),
              ("ay", "e"), ("ph", "f"), ("sh", "s"), ("ch", "j"), ("ts", "s"), ("ck", "k"), ("ng", "n"), ("x", "ks"),
              ("qu", "k"), ("c", "k"), ("q", "k"), ("g", "k"), ("f", "p"), ("v", "b"), ("z", "j"), ("l", "r"))


def _katakana(word: str) -> str:
    out: list[str] = []
    for ch in word:
        m = re.match(r"KATAKANA LETTER (SMALL )?(\w+)", unicodedata.name(ch, ""))
        if not m:
            continue  # the long-vowel mark
        sound = dict(_KANA_SOUNDS).get(m.group(2).lower(), m.group(2).lower())
        if m.group(1) and out:  # "ファ": the small letter replaces the vowel before it
            out[-1] = out[-1][:-1] + sound if sound[0] in "aeiouy" else out[-1]
        elif not m.group(1):
            out.append(sound)
    return re.sub(r"(?<=[^aeiou])u$", "", "".join(out))  # "ジョギング", jogingu: the "u" is not heard


def sound_key(latin: str) -> str:
    """The word as heard: each consonant (in classes) with the vowel after it (a; e, i; o, u), and the vowel it
    starts with: "fado" and "padu" are both "pa do". The vowel Korean puts between consonants ("teuraem",
    tram) and the one Korean and Japanese end a word on ("takoseu", tacos; "jogingu") are not heard."""
    text = latin.lower()
    for spelled, heard in _SPELLINGS:
        text = text.replace(spelled, heard)
    text = re.sub(r"(?<=[bdjkmnprst])~(?=[bdjkmnprst]|$)", "", text.replace("eu", "~")).replace("~", "u")
    text = re.sub(r"y$", "i", text)
    slots, vowel_next = [""], True
    for ch in re.sub(r"[^a-z]", "", text):
        if ch in "bdjkmnprst":
            if slots[-1][:1] != ch:  # a consonant said again is one sound, its vowel the one heard first:
                slots.append(ch)     # "majorelle" is "ma jo re", as "마조렐" is
                vowel_next = True
        elif ch in "aeiou" and vowel_next:
            slots[-1] += {"i": "e", "u": "o"}.get(ch, ch)
            vowel_next = False
    return " ".join(slots)


def loanwords(text: str) -> list[str]:
    """The Hangul and Katakana words of a text in Latin letters, as they sound; Korean particles off. A name
    written in several Katakana words ("ベン・ユーセフ") is also heard whole, as one run of sounds."""
    found = [_katakana(w) for w in _KATAKANA_WORD.findall(text)]
    for name in _KATAKANA_NAME.findall(text):
        parts = [_katakana(w) for w in re.split(r"[・\s]+", name)]
        found += ["".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 2, len(parts) + 1)]
    for word in _HANGUL_WORD.findall(text):  # a particle comes off a long word only: "그걸로" is not "그걸"+"로"
        found += [hangul_to_latin(w, _FINAL_HEARD) for w in {word, _PARTICLE.sub("", word)}
                  if len(w) >= 2 and (w == word or len(w) >= 3)]
    return found


def sounds_like(loanword: str, english: str) -> bool:
    """Whether a transliterated word sounds like an English word of four letters or more: the same consonants
    with the same vowels, but for the "u" Japanese says inside a word where English has none ("pikunikku",
    picnic); not at its end ("무시하고", ignore, is not music), and not an "i" ("takushi", taxi, is not tacos).
    A "z" is also heard as Spanish says it, an "s" ("メスカル", mezcal; "테마스칼", temazcal), and a final "e"
    after a consonant is not heard ("путин", poutine), and an "-age" is said "-eji" ("ヘリテージ", heritage); a "c"
    before e, i or y is an "s" ("라이스", rice)."""
    if len(english) < 4:
        return False
    ours = _key(loanword).split(" ")
    soft = re.sub(r"c(?=[eiy])", "s", english)   # a "c" before e, i, y is heard "s" ("라이스", rice; "テラス", terrace)
    spellings = {english, english.replace("z", "s"), re.sub(r"(?<=[^aeiou])e$", "", english),
                 re.sub(r"(?<=[^aeiou])e$", "", soft),
                 re.sub(r"age$", "eji", english),  # "-age" as both scripts say it: "ヘリテージ", "코티지"
                 # an "r" after a vowel is not heard ("ガーデン", garden), and "-er" is said "eo" in Korean, "a" in
                 # Japanese ("랜턴", "ランタン": lantern; "리버", "リバー": river)
                 _NOT_HEARD_R.sub("", english), _ER.sub("eo", english), _ER.sub("a", english)}
    return any(_alike(ours, _key(spelled).split(" ")) for spelled in spellings)


def _alike(ours: list[str], theirs: list[str]) -> bool:
    if len(ours) < 3 or len(ours) != len(theirs):
        return False
    ends_alike = ours[0] == theirs[0] and ours[-1] == theirs[-1]
    return ends_alike and all(a == b or (len(b) == 1 and a == b + "o") for a, b in zip(ours, theirs, strict=True))


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    """sound_key, remembered: a hotel's names are heard against every loanword a guest writes."""
    return sound_key(word)
