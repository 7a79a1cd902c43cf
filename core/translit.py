"""Russian written in Latin letters ("privet, gde mozhno poest?"), as guests text from a phone without a
Cyrillic keyboard.

The sentence encoder reads such text as noise and lingua as some Latin-script language, so the FAQ
finds nothing. Written back in Cyrillic it is plain Russian to both. A message counts as Russian in Latin
letters when it uses several of Russia's most common words (greetings, question words, modal words)
spelled the ways people type them; no single word of another language decides it.
"""

from __future__ import annotations

import re

# Common words, in the spellings phones produce: function and question words, greetings, politeness.
_MARKERS = frozenset("""
privet zdravstvuyte zdravstvuite zdravstvujte zdrastvuyte zdrastvuite zdraste dobryy dobryi dobriy dobrij dobroe
dobroye vecher utro spasibo bolshoe pozhaluysta pozhaluista pozhalujsta pojaluista pojalujsta pozhalusta skolko
skol'ko stoit stoimost gde kogda kak kakoy kakoi kakaya kakie kakoe chto shto pochemu zachem kuda otkuda mozhno
mojno nuzhno nujno nuzhen nuzhna khochu hochu khotim hotim skazhite podskazhite podskajite skajite est yest mne
nas vy vam vashe vash eto ochen khorosho horosho seychas sejchas segodnya sevodnya zavtra vchera vecherom utrom
nochyu noch'yu budet byl byla mozhete mozhem ili tozhe tolko tol'ko uzhe eshche eshe ischo kotoryy kotoryi
""".split())
_WORD = re.compile(r"[A-Za-z']+")
_LATIN_ONLY = re.compile(r"^[\x00-\x7f\u2019\u2018]*$")

# Longest spellings first: "shch" before "sh", "zh" before "z".
_LETTERS = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ju", "ю"), ("ja", "я"), ("'", "ь"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"),
    ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("z", "з"),
)
_VOWELS = "aeiouy"


def russian_in_latin(text: str) -> bool:
    """Whether a message in Latin letters is Russian: two of its words or more are common Russian words
    (one long one, in a message of one or two words)."""
    if not _LATIN_ONLY.match(text):
        return False
    words = [w.lower().strip("'") for w in _WORD.findall(text)]
    joined = " ".join(words)
    found = set(words) & _MARKERS
    if len(found) + ("u vas" in joined) >= 2:  # distinct words: French repeats its "est"
        return True
    return len(words) <= 2 and any(len(w) >= 5 for w in found)  # "spasibo!", not a lone "est"


def _word_to_cyrillic(word: str) -> str:
    lower, out, i = word.lower(), [], 0
    while i < len(lower):
        if lower[i] == "y":  # after a vowel a glide ("moy": мой), else the hard vowel ("vy": вы)
            two = lower[i:i + 2]
            if two in ("yu", "ya", "yo") or (two == "ye" and (i == 0 or lower[i - 1] in _VOWELS)):
                out.append({"yu": "ю", "ya": "я", "yo": "ё", "ye": "е"}[two])
                i += 2
                continue
            out.append("й" if i and lower[i - 1] in _VOWELS else "ы")
            i += 1
            continue
        if lower[i] == "i" and i and lower[i - 1] in _VOWELS and lower[i + 1:] in ("", "te"):
            out.append("й")  # "kakoi", "zdravstvuite": the glide typed as i (but "stoit" is стоит)
            i += 1
            continue
        for latin, cyrillic in _LETTERS:
            if lower.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            out.append(lower[i])
            i += 1
    return "".join(out)


def to_cyrillic(text: str, keep: frozenset[str] = frozenset()) -> str:
    """The message written in Cyrillic, word by word; words in `keep` (the hotel's own names, "wifi") stay."""
    return _WORD.sub(lambda m: m.group(0) if m.group(0).lower() in keep else _word_to_cyrillic(m.group(0)), text)


# Hangul syllables in the Revised Romanization, letter by letter: a Korean guest spells a foreign name by sound
# ("카에데" → "kaede"), so a name the hotel writes in Latin letters is found in Korean text.
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
FINALS_SPELLED = ("", *"g kk gs n nj nh d l lg lm lb ls lt lp lh m b bs s ss ng j ch k t p h".split())
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")


def _syllable(char: str, finals: tuple[str, ...]) -> str:
    index = ord(char) - 0xAC00
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    return _INITIALS[initial].strip("-") + _MEDIALS[medial] + finals[final]


def hangul_to_latin(text: str, finals: tuple[str, ...] = FINALS_SPELLED) -> str:
    """Korean syllables written in Latin letters, the rest of the text as it is ("카에데 방" → "kaede bang").
    `finals`: how each of the 28 final consonants (none first) is written; as spelled unless said otherwise
    (core.loanwords writes them as heard)."""
    return _HANGUL.sub(lambda m: "".join(_syllable(c, finals) for c in m.group(0)), text)
