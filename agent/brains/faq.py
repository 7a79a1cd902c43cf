"""The guest's question, cleaned up for the FAQ search.

Texting shorthand and typos ("wat time chekout", "brekfast hrs 2moro") pull a
multilingual sentence embedding towards the wrong entry or below the KB's
confidence bar. Expanding shorthand, correcting words against the hotel's own
FAQ vocabulary and writing "checkout"/"check out" the way the FAQ does fixes
that without touching what the guest asked.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from difflib import get_close_matches
from functools import cached_property
from typing import TYPE_CHECKING

from agent.brains.room_slots import room_words
from core.hotels import Hotel
from core.language import CJK as _CJK
from core.loanwords import loanwords, sound_key, sounds_like
from core.translit import compiled
from kb.glossary import WHEN_ASKED, about, asides, asked_of, bare, concepts, named, topics, where_named
from kb.search import entry_topics, subject_topics

if TYPE_CHECKING:
    from core.hotels import KBEntry
    from kb.search import KBHit

_SHORTHAND = {
    "wat": "what", "wot": "what", "wht": "what", "hw": "how", "r": "are", "u": "you", "ur": "your", "pls": "please",
    "plz": "please", "pw": "password", "pwd": "password", "hrs": "hours", "hr": "hour", "2moro": "tomorrow",
    "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow", "2day": "today", "2nite": "tonight",
    "tonite": "tonight", "thx": "thanks", "b4": "before", "rm": "room", "ppl": "people", "abt": "about",
    "wen": "when", "wer": "where", "n": "and", "bc": "because", "w": "with", "wkend": "weekend", "mins": "minutes",
    "dont": "don't", "cant": "can't", "wont": "won't", "whats": "what's", "wheres": "where's", "hows": "how's",
    "im": "I'm", "ok": "okay", "k": "okay", "b": "be", "c": "see", "y": "why", "gd": "good", "nite": "night",
    "chk": "check", "chkout": "checkout", "chkin": "checkin", "tym": "time", "brkfst": "breakfast",
    "til": "until", "till": "until", "bfast": "breakfast", "bkfst": "breakfast", "incl": "included", "xtra": "extra",
    "avail": "available",
    "nxt": "next", "rms": "rooms", "pkg": "parking", "prkng": "parking", "rmsvc": "room service", "ldry": "laundry",
    "svc": "service", "srvc": "service", "svcs": "services", "resto": "restaurant", "bkfast": "breakfast",
    "tmrrw": "tomorrow", "2mrw": "tomorrow", "resv": "reservation", "info": "information", "xfer": "transfer",
    "xfers": "transfers", "xfr": "transfer", "arpt": "airport", "aprt": "airport", "bday": "birthday",
}
_CANONICAL = (
    (re.compile(r"\bcheck\s*-?\s*outs?\b|\bcheckouts?\b", re.IGNORECASE), "check-out"),
    (re.compile(r"\bcheck\s*-?\s*ins?\b|\bcheckins?\b", re.IGNORECASE), "check-in"),
    (re.compile(r"\bwi\s*-?\s*fi\b", re.IGNORECASE), "wifi"),
    (re.compile(r"\bauszuchecken\b|\bauschecken\b", re.IGNORECASE), "check-out"),
    (re.compile(r"\beinzuchecken\b|\beinchecken\b", re.IGNORECASE), "check-in"),
)
# Shorthand written with a slash ("late c/o?", "c/i 2pm?", "room w/ view"), read whole before its letters are
# read as words of their own ("c" is a texted "see").
_SLASHED = ((re.compile(r"(?<![^\W\d_])c\s?/\s?o(?![^\W\d_])", re.IGNORECASE), "check-out"),
            (re.compile(r"(?<![^\W\d_])c\s?/\s?i(?![^\W\d_])", re.IGNORECASE), "check-in"),
            (re.compile(r"(?<![^\W\d_])late\s+co(?![^\W\d_])", re.IGNORECASE), "late check-out"),  # "late co pls"
            (re.compile(r"\s\+\s(?=[^\W\d_])"), " and "),  # "chk out time + late co price": two things asked
            (re.compile(r"(?<![^\W\d_])w\s?/\s?o(?![^\W\d_])", re.IGNORECASE), "without"),
            (re.compile(r"(?<![^\W\d_])w/\s*(?=[^\W\d_])", re.IGNORECASE), "with "))
# A letter that goes on the word: Chinese and Japanese are written without spaces and Korean particles are written
# on ("wifi는"), so an English word beside those is a word of its own.
_LETTER = rf"[^\W\d_{_CJK}]"
# An English word, never a piece of a longer one: the "R" of "Rösti" is no texted "are", "Cr" of "Crème" no typo.
_WORD = re.compile(rf"(?<!{_LETTER})[A-Za-z0-9']+(?!{_LETTER})")
_ENGLISH_WORD = re.compile(rf"(?<!{_LETTER})[A-Za-z]+(?!{_LETTER})")
_FIRST_LETTER = re.compile(r"^([\W\d_]*)([^\W\d_])")
_COMPOUND_BEFORE = re.compile(r"[^\W\d_]-$")
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
# "🐶 ok?", "r dogs ok?", "vaping okay?": a thing followed by "ok?" asks whether it is allowed.
_OK_ASKED = re.compile(r"(?<=[A-Za-z])\s+(?:ok|okay|oke?y?)\s*(?=\?)", re.IGNORECASE)
_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f17f\U0001f300-\U0001faff]")
_EMOJI_MODIFIER = re.compile(r"\u200d.|[\U0001f3fb-\U0001f3ff\ufe0f]")
# Emoji whose Unicode name is not the word guests mean by them ("hot beverage", "antenna with bars", "cooking"),
# as chat apps' own shortcodes read them; the others are read by their name.
_EMOJI_MEANING = {
    "☕": "coffee", "🍵": "tea", "🍻": "beers", "📶": "wifi", "🛜": "wifi", "🅿": "parking", "🏋": "gym",
    "🧖": "sauna", "🍳": "breakfast", "🍽": "meal", "🚗": "car", "🚘": "car", "🚙": "car", "🛌": "bed",
    "💤": "sleep", "🏧": "ATM", "🍴": "meal",
}
_EMOJI_FILLER = re.compile(r"\b(?:face|symbol|sign)\b")  # what names the picture, not its subject ("dog face")


def vocabulary(hotel: Hotel) -> Counter[str]:
    """Every English word of the hotel's FAQ, menu, rooms and amenities, with how often it is used: what a typo is
    corrected towards."""
    texts = [q for entry in hotel.kb for q in entry.questions] + [entry.answer for entry in hotel.kb]
    texts += [i.name for i in hotel.menu.items] + [r.name for r in hotel.rooms] + [a.name for a in hotel.amenities]
    return Counter(w.lower() for text in texts for w in _ENGLISH_WORD.findall(text))


def _skeleton(word: str) -> str:
    """A word's first letter and its consonants, doubles written once: what texting keeps ("brkfst", "tym")."""
    return re.sub(r"(.)\1+", r"\1", word[0] + re.sub(r"[aeiouy]", "", word[1:]))


_INFLECTION = re.compile(r"(?:ing|ed|es|e|s)$")


def _root(word: str) -> str:
    """A word without its English inflection: "changing", "change" and "changes" share "chang"."""
    return _INFLECTION.sub("", word) if len(word) > 4 else word


def roots(vocabulary: Counter[str]) -> frozenset[str]:
    """The roots of the hotel's words: a guest's "closes" or "changing" is one of them, not a typo to correct."""
    return frozenset(_root(word) for word in vocabulary)


def _spelled_out(word: re.Match[str]) -> str | None:
    """What a texted word stands for ("r": "are"); nothing for a letter of a compound ("U-Bahn", "T-shirt")."""
    text, start = word.string, word.start()
    if _COMPOUND_BEFORE.search(text, max(start - 2, 0), start) or _COMPOUND_AFTER.match(text, word.end()):
        return None
    return _SHORTHAND.get(word.group(0).lower())


def _fixed(word: str, vocabulary: Counter[str], known: frozenset[str], is_name: bool, spelled: str | None) -> str:
    """The word as the hotel writes it (`spelled` out if it is shorthand); `is_name` (capitalised mid-sentence,
    "Seattle") is a name, left alone."""
    lower = word.lower()
    if spelled is not None:
        return spelled
    if len(lower) < 3 or not lower.isalpha() or lower in vocabulary or is_name or _root(lower) in known \
            or lower in _STOPWORDS:   # "could" is no typo of "cold", whatever the hotel writes
        return word
    close = get_close_matches(lower, [v for v in vocabulary if v[0] == lower[0]], n=1, cutoff=0.84) \
        if len(lower) >= 5 else []
    if close:  # not an adverb ("partly" is no "party"), nor a topic of its own ("massage" is no "message")
        keep = lower.endswith("ly") != close[0].endswith("ly") or named(lower, "en")
        return word if keep else close[0]
    if re.search("[aeiou]", lower) or re.fullmatch("[a-z]{,2}y", lower):  # "but", "try": words as they are
        return word
    # No vowel written: the hotel's most used longer word with the same consonants ("tym": time, not team).
    bones = _skeleton(lower)
    spelled = [v for v in vocabulary if v[0] == lower[0] and len(v) > len(lower) and _skeleton(v) == bones]
    return max(spelled, key=lambda v: vocabulary[v]) if spelled else word


def _emoji_words(text: str) -> str:
    """Emoji as the words Unicode names them ("🏊 hours?" -> "swimmer hours?"): the embedding reads words, and an
    emoji is often the whole subject of a short message."""
    def named(char: str) -> str:
        if unicodedata.category(char) != "So":
            return char
        if char in _EMOJI_MEANING:
            return f" {_EMOJI_MEANING[char]} "
        name = unicodedata.name(char, "").lower()
        return f" {_EMOJI_FILLER.sub('', name).strip()} " if name else char
    if not _EMOJI.search(text):
        return text
    text = _EMOJI_MODIFIER.sub("", text)  # "🏊‍♀️" is a swimmer: who, and which skin tone, is not the question
    return " ".join("".join(named(char) for char in text).split())


def unabbreviated(text: str) -> str:
    """Texting shorthand written out ("any rms avail 2nite?" -> "any rooms available tonight?"), for routing."""
    return _WORD.sub(lambda m: _spelled_out(m) or m.group(0), _unslashed(text))


def _unslashed(text: str) -> str:
    """Shorthand written with a slash spelled out ("late c/o?" -> "late check-out?")."""
    for pattern, written in _SLASHED:
        text = pattern.sub(written, text)
    return text


def _named(text: str, at: int) -> bool:
    """Whether the word at `at` is capitalised in the middle of a sentence, as names are."""
    return text[at].isupper() and not text[:at].rstrip().endswith((".", "!", "?", ":")) and bool(text[:at].strip())


def faq_query(text: str, language: str, words: Counter[str], known: frozenset[str] = frozenset()) -> str:
    """The text to search the FAQ with: emoji named, shorthand and typos fixed in English (towards `words`, the
    hotel's vocabulary, leaving inflections of its `known` roots alone), hotel terms written one way."""
    text = _unslashed(_emoji_words(text))
    if language == "en":
        text = _WORD.sub(lambda m: _fixed(m.group(0), words, known, _named(m.string, m.start()), _spelled_out(m)),
                         text)
        text = _OK_ASKED.sub(" allowed", text)
    for pattern, canonical in _CANONICAL:
        text = pattern.sub(canonical, text)
    return text


def capitalised(text: str) -> str:
    """The text opening with a capital, as the FAQ's questions do: a question split off mid-sentence ("..., и где у
    вас вход?") or typed in lower case reads farther from its entry to the encoder than the capital warrants."""
    return _FIRST_LETTER.sub(lambda m: m.group(1) + m.group(2).upper(), text, count=1)


_ASKED_ABOUT = re.compile(
    r"\b(?:do\s+you\s+(?:have|sell|rent|offer|provide|allow)|have\s+you\s+got|is\s+there|are\s+there|"
    r"can\s+(?:i|we)\s+(?:rent|borrow|buy|bring|play|use|hire|book))\s+(?:(?:a|an|any|some|the|my|our)\s+)?"
    r"(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s+(?:in|at|on|for|to|with|near|nearby|here|there|"
    r"and|or|inside|around|close|by|of)\b|\s*[?.!,]|\s*$)", re.IGNORECASE)
# Whether the hotel has a thing, in the nine languages ("do you have", "is there", "¿hay", "y a-t-il", "gibt es",
# "есть ли", "有没有", "ありますか", "있나요", "هل يوجد"): not when the thing is only a word of another question.
_HAVE_ASKED = compiled(
    r"\b(?:do\s+you\s+(?:have|offer|provide)|have\s+you\s+got|is\s+there|are\s+there|"
    r"there(?:['’]s|\s+is|\s+are)\s+(?:a|an|any|some)|does\s+the\s+hotel\s+"
    r"(?:have|offer)|tienen|ten[eé]is|hay|ofrecen|y\s+a-t-il|avez-vous|vous\s+avez|gibt\s+es|haben\s+sie|habt\s+ihr|"
    r"есть\s+ли|у\s+вас\s+есть|имеется)\b|有没有|有沒有|有.{0,12}[吗嗎]|あります(?:か|でしょうか)|있나요|있어요\?|있습니까|"
    r"있을까요|هل\s+(?:يوجد|توجد|لديكم|عندكم)", re.IGNORECASE)


def asks_to_have(text: str) -> bool:
    """Whether the text asks whether the hotel has a thing ("do you have cribs?", "¿hay cunas?", "有婴儿床吗")."""
    return bool(_HAVE_ASKED.search(text))


_NOT_THINGS = frozenset("somewhere anywhere something anything someone anyone way place places spot spots chance "
                        "option options possibility problem charge fee cost".split())


def _known(word: str, vocabulary: Counter[str]) -> bool:
    """In the hotel's words: as is, by stem, in parts ("check-out") or as a compound of two ("hairdryer")."""
    if "-" in word:
        return all(_known(part, vocabulary) for part in word.split("-") if part)
    if word in vocabulary or any(_stem(v) == _stem(word) for v in vocabulary if v[:2] == word[:2]):
        return True
    return any(word[:i] in vocabulary and word[i:] in vocabulary for i in range(3, len(word) - 2))


_STOPWORDS = frozenset(
    "a an the is are am be been do does did can could would will should shall may might i we you he she they my our "
    "your me us it its this that these those to of in on at for from with and or but if so what when where which who "
    "how why there any some please okay hi hello thanks thank there's what's it's i'm we're you're have has had get "
    "got not no yes just also about into up out".split()
    # Words that stand for a place or a thing without naming one ("anything here", "algo aquí", "etwas hier").
    + "here thing things anything something everything nothing algo aquí cosa cosas nada chose ici rien etwas hier "
      "dort ding dinge nichts нибудь здесь тут ничего".split()
    # The commonest function words of the other spaced languages: only a few entries are translated, so these look
    # as rare as a hotel term would.
    + "el la los las lo un una unos unas de del al en y o que qué por para con se es son hay su sus mi mis nos me "
      "le les muy más cómo dónde cuándo cuánto cuánta cuántos cuál si desde entre sin sobre también ya puede "
      "puedo pueden".split()
    + "le la les l un une des de du d à au aux et ou que qu est sont il elle on nous vous je ce cette ces pour par "
      "vers chez avec dans en y se ne pas plus comment où quand combien quel quelle si depuis entre sans sur aussi "
      "déjà peut".split()
    + "der die das den dem des ein eine einen einem einer und oder ist sind es gibt für mit im am an auf zu zum "
      "zur bei von wie was wann wo wir ich sie ihr euch uns man noch auch schon viel viele welche wenn seit "
      "zwischen ohne über kann können darf".split()
    + "и в во на с со по до за из к у о об не ли а но что как когда где есть это мы вы я он она они ещё уже "
      "сколько если будет можно какой какая от для при без тоже".split()
)
# Hiragana pairs are grammar ("ます", "てい", "くだ"): the words of a Japanese sentence are in kanji and katakana.
_HIRAGANA_PAIR = re.compile(r"[\u3040-\u309f]{2}")


# A ride somewhere: the glossary's shuttle ("navette", "traslado", "трансфер", "班车", "送迎", "셔틀", "مكوك") and
# transfer, or another vehicle that carries guests ("bus", "boat", "ferry", "лодка", "巴士", "バス", "버스", "حافلة").
RIDES = frozenset({"shuttle", "transfer"})
_VEHICLE = compiled(
    r"\b(?:buses|bus|coach|vans?|boats?|ferr(?:y|ies)|rides?|lifts?|autob[uú]s|lanchas?|bateaux?|fähre|"
    r"автобус\w*|катер\w*|лодк\w*)\b|穿梭|接驳|巴士|大巴|摆渡|バス|버스|حافل\w*|توصيل", re.IGNORECASE)
# Where to: a name after "to", "a", "nach", "до"; "去/到芭提雅"; "パタヤまで"; "파타야까지"; "إلى باتايا".
_DESTINATION = compiled(
    r"\b(?:to|a|al|hasta|à|au|pour|vers|nach|bis|zum|zur)\s+(?:the\s+)?"
    r"((?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))*)|"
    r"\b(?:до|в|во)\s+((?-i:[А-ЯЁ])[а-яё-]+)|(?:去|到|往|至)([\u4e00-\u9fff]{2,4}?)(?=的|吗|嗎|有|要|怎|多|[？?，,]|$)|"
    r"([\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,})(?:まで|へ|行き)|([가-힣]{2,}?)(?:까지|행)|إلى\s+(\S+)", re.IGNORECASE)
RIDE_REACH = 40  # characters from the ride to where it goes ("shuttle bus to Pattaya", "去芭提雅的班车")
# The hotel itself as where a ride goes ("공항에서 호텔까지 픽업", "до отеля"): its own transfer, no unknown place.
_THE_HOTEL = compiled(r"(?:the\s+)?(?:hotel|h[oô]tel|отел\w*|гостиниц\w*|酒店|饭店|宾馆|飯店|ホテル|宿|호텔|숙소|"
                        r"فندق|الفندق|pousada|hostel|lodge|camp|riad)$", re.IGNORECASE)


def _stem(word: str) -> str:
    word = word.lower().removesuffix("'s")
    if not word.isascii():
        # a crude stem for inflected Cyrillic and other alphabets; Arabic without its "the", "for" ("للمطار" meets
        # "المطار")
        return bare(word)[:5]
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + keep
    return word


COMMON_MIN_TEXTS = 4  # translations a language needs before its commonest words can be told from an entry's
# The evidence thresholds (in nats of idf) were measured on the reference hotel's FAQ of this many entries; every
# FAQ's word weights are brought to that scale, else one telling word of a small FAQ never counts as evidence.
CALIBRATED_ENTRIES = 128
ONLY_ONE_ENTRY = math.log(CALIBRATED_ENTRIES) - 1e-6  # the weight of a word no other entry (or translation) uses
WORDS_ALIKE = 1.0  # two entries the guest's words support within this much (of idf) are named alike
NAMED_SPREAD = 0.1  # of the entries a guest's words name alike, those this far below the nearest are out of the running
# A hotel topic the guest names (kb/glossary.py) and the answered entry does not speak of is asked for: its entry is
# added this far under the answered one, farther than a rare word's (0.15), as the rest of the sentence draws the
# encoder ("halal food at breakfast?": breakfast 0.71, the dietary options that say halal 0.47)
TOPIC_WINDOW = 0.25
# Under the bar by at most this much (in English; in another language, read with the hotel's English beside its
# words, the second), an entry whose own questions are about a hotel topic the guest names answers when the guest's
# words choose no entry speaking of it.
SUBJECT_UNDER_BAR = 0.22
SUBJECT_UNDER_BAR_CROSS = 0.28
# ...when at most this many of the hotel's entries speak of it (halal, an extra bed): one that many speak of in passing
# ("booking": the deposit, the cancellation, the grill's cabanas) is no part of its own.
FEW_ENTRIES = 3
SHARED_AMONG = 3  # a telling word the next this many hits share too tells none of them apart
TELLING_IDF = 1.0  # a word at most about a third of the entries use says which entry is meant
# What a guest asks of a thing, its hours or its price (the glossary's asides "what time", "opening hours", "price"),
# is no name of the thing: "onsen hours?" asks about the onsen, not the check-in hours or the quiet hours whose
# questions say "hours" too; "bar open till?" the bar, not "Is the bar open in Ramadan?". Where the guest's words
# choose among the nearest entries (`worded`), such a word weighs this much of its rarity: it breaks a tie between
# entries the thing's own words name alike, and outweighs none of them. Whether the words name an entry at all (a
# guess, a companion) still counts it whole.
ASKING = ("what time", "opening hours", "open 24 hours", "price")
ASKING_WEIGHT = 0.25
# A Hangul word, or Katakana words in a row ("シャトー・フロンテナック"): what a name is written by sound in.
_SOUNDED = re.compile(r"[\uac00-\ud7a3]{2,}|[\u30a1-\u30fa\u30fc]+(?:[・\s][\u30a1-\u30fa\u30fc]+)*")
HEARD_SOUNDS = 4  # the sounds (kept consonants) a Hangul or Katakana word needs to be heard as a hotel's name
RECENT_QUERIES = 512  # sentences whose glossed words a Lexicon keeps: a few turns' worth
_ALPHA_WORD = re.compile(rf"[^\W\d_{_CJK}]+")
_LONE_LETTER = re.compile(r"[A-Za-z]")
_CJK_RUN = re.compile(rf"[{_CJK}]+")
_CONTRACTION = re.compile(r"(?<=\w)['’](?:t|s|d|ll|re|ve|m)\b", re.IGNORECASE)
# A question for an hour ("what time", "until when", "몇 시까지"), and an hour an answer tells ("07:00", "24 hours").
_ASKS_AN_HOUR = re.compile(r"\b(?:what\s+time|when|until\s+when|till\s+when|how\s+late|what\s+hours|"
                           r"opening\s+hours)\b", re.IGNORECASE)
_SAYS_AN_HOUR = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|\b24\s*(?:hours|h\b|/7)|around\s+the\s+clock|"
                           r"always\s+open", re.IGNORECASE)

# How long or how far ("how long to the airport?", "空港までどのくらいかかりますか", "얼마나 걸려요"): what only a text
# that says minutes or a distance answers (not hours: "book 2 hours ahead", "open 24 hours").
_ASKS_HOW_LONG = compiled(
    r"(?:\bhow\s+(?:long|far|many\s+minutes)\b|cu[aá]nto\s+(?:se\s+)?tarda|cu[aá]nto\s+tiempo|"
    r"a\s+qu[eé]\s+distancia|qu[eé]\s+tan\s+lejos|combien\s+de\s+(?:temps|minutes)|[àa]\s+quelle\s+distance|"
    r"\bwie\s+(?:lange|weit)\b|сколько\s+(?:времени|ехать|идти|минут|км)|как\s+далеко|далеко\s+ли)|"
    r"(?:どのくらい(?:かか|時間|の距離)|どれくらい(?:かか|時間)|何分|얼마나\s*(?:걸|멀)|몇\s*분|多久|多长时间|多長時間|"
    r"多远|多遠|几分钟|幾分鐘|كم\s+(?:يستغرق|تبعد|يبعد|من\s+الوقت|دقيقة))", re.IGNORECASE)
_SAYS_HOW_LONG = compiled(
    r"(?:\d+(?:\s*[-–]\s*\d+)?\s*-?\s*(?:minutes?|mins?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b)|"
    r"(?:\d+\s*(?:分(?!の)|분|分钟|公里|мин|км|دقيق))", re.IGNORECASE)

# Who a price may be asked for, and what asks it beside the glossary's price words: paying ("do they pay for…?",
# "¿pagan los niños…?", "zahlen Kinder…?", "дети платят…?", "有料ですか", "유료인가요", "هل يدفع").
_PARTIES = frozenset({"children", "baby"})
_PRICE_ASIDES = frozenset({"price", "free", "included"})
_PAID = compiled(r"\b(?:pay|pays|paid|charged?)\b|\bpag(?:an|a|ar|o|ue|uen)\b|\bpai(?:ent|e|er)\b|\bpayant\w*|"
                   r"\bzahl\w*|kostenpflichtig|\bплат\w*|付钱|付费|收费|有料|유료|يدفع\w*|مدفوع\w*", re.IGNORECASE)


def _asks_a_time(query: str, language: str) -> bool:
    return bool(_ASKS_AN_HOUR.search(query) or WHEN_ASKED & asked_of(query, language))


def _english(stems: frozenset[str], language: str) -> frozenset[str]:
    """The words of a question an English answer can share: all of an English one's; of another language's, its
    English words (the hotel's English the glossary wrote beside the guest's words, a quoted "wifi")."""
    return stems if language == "en" else frozenset(w for w in stems if w.isascii())


def _singulars(word: str) -> set[str]:
    """The word and what it is without a plural ending: "garages", "garage" and "garag" meet "garage"."""
    return {word, word.removesuffix("s"), word.removesuffix("es")}


def _stems(text: str) -> set[str]:
    """Word stems, and character pairs where words are not spaced (Chinese, Japanese; Korean too)."""
    text = re.sub(r"\bcheck-(in|out)\b", r"check\1", text, flags=re.IGNORECASE)  # one word, or only "in"/"out" differ
    text = _CONTRACTION.sub("", text)  # "won't" is no "t"
    # A lone Latin letter is the elided "c'", "j'", "s'" of French or the "h" of "16 h": never what is asked about.
    found = {_stem(w) for w in _ALPHA_WORD.findall(text)
             if w.lower() not in _STOPWORDS and not _LONE_LETTER.fullmatch(w)}
    for run in _CJK_RUN.findall(text):
        found |= {run[i:i + 2] for i in range(len(run) - 1) if not _HIRAGANA_PAIR.fullmatch(run[i:i + 2])} or {run}
    return found


def stems(text: str) -> set[str]:
    """The stems of a text's telling words (character pairs where words are not spaced), as the FAQ reads them."""
    return _stems(text)


_ASKING_STEMS = frozenset().union(*(_stems(words) for words in ASKING))


class Lexicon:
    """Which words each FAQ entry uses in each language, weighted by how few entries share them.

    English reads the entries' questions; another language reads the entry's answer in that
    language (the hotel writes translations of answers, not of questions) plus the English
    questions, which guests quote ("King Suite", "wifi").
    """

    def __init__(self, hotel: Hotel):
        self.hotel = hotel   # what it was read from: a KB edited live makes a new one
        self.vocabulary = vocabulary(hotel)
        self.names = frozenset(w for w in self.vocabulary if len(w) >= 3)  # the hotel's words a guest quotes as is
        self.roots = roots(self.vocabulary)
        self.questions = {e.id: e.questions for e in hotel.kb}
        self.spellings = {e.id: {form for text in (*e.questions, e.answer, e.id)
                                 for w in _ALPHA_WORD.findall(text.lower()) for form in _singulars(w)}
                          for e in hotel.kb}
        english = {e.id: set().union(*(_stems(q) for q in e.questions), _stems(e.id)) for e in hotel.kb}
        self.words = {"en": english}
        for language in {lang for e in hotel.kb for lang in e.translations}:
            self.words[language] = {e.id: english[e.id] | _stems(e.translations.get(language, "")) for e in hotel.kb}
        self.translated = {e.id: set(e.translations) | {e.language} for e in hotel.kb}
        self.asked_words = set().union(*english.values())  # the words of the questions the FAQ is asked by
        self.says_how_long = {e.id for e in hotel.kb
                              if _SAYS_HOW_LONG.search(" ".join([e.answer, *e.translations.values()]))}
        self.says_an_hour = {e.id for e in hotel.kb if _SAYS_AN_HOUR.search(e.answer)}
        self.idf = {language: _idf(words) for language, words in self.words.items()}
        for language in self.words.keys() - {"en"}:
            # A translation's words are weighed among the texts written in that language, not among all entries:
            # "стоит" (costs) in 5 of the 15 Russian answers is common there, however many entries are untranslated.
            written = {e.id: _stems(e.translations[language]) for e in hotel.kb if e.translations.get(language)}
            if len(written) > 1:
                self.idf[language].update(_idf(written))
        # What an English answer says beyond its questions ("120 V" under "What plugs do you use?"): weighed by
        # how few entries' questions and answers share it ("here" is in many), and only heard far under the bar.
        self.answer_words = {e.id: _stems(e.answer) - english[e.id] for e in hotel.kb}
        self.idf["answers"] = _idf({e.id: english[e.id] | _stems(e.answer) for e in hotel.kb})
        # Every word the hotel writes in a language (its English questions and answers in every one).
        self.written = {language: set().union(*words.values(), *self.answer_words.values())
                        for language, words in self.words.items()}
        self._recent: dict[tuple[str, str], frozenset[str]] = {}
        self._topic_counts: dict[str, Counter[str]] = {}
        for language in self.words.keys() - {"en"}:
            # What half the hotel's texts in a language say ("الفندق", "酒店", "있습니다") is how the language
            # speaks, not what an entry is about: no evidence, whatever the stopword lists above miss.
            texts = [_stems(e.translations[language]) for e in hotel.kb if e.translations.get(language)]
            if len(texts) >= COMMON_MIN_TEXTS:
                common = Counter(word for words in texts for word in words)
                self.idf[language].update({w: 0.0 for w, n in common.items() if n * 2 >= len(texts)})

    def _asked(self, query: str, language: str) -> frozenset[str]:
        """The query's word stems, with the hotel's English (kb/glossary.py) for a topic word the hotel never
        writes in that language: a "hamster" counts for the entry that says "pets", an "aparcamiento" for the
        one that says "parking" in English only, a "desayuno" still for the one translated to Spanish. Remembered
        for a few turns' sentences: a turn reads each of them often."""
        known = self._recent.get((query, language))
        if known is None:
            # the hotel's names a guest wrote by sound, and its room types' words in any language ("킹 스위트")
            stems = _stems(query) | set().union(*(_stems(name) for name in self.heard(query)),
                                                *(_stems(word) for word in room_words(query, where=False)))
            written = self.written.get(language, self.written["en"])
            for concept, said in topics(query, language):
                own = _stems(said)
                if not own & written:
                    stems = stems - own | _stems(concept)
                elif language == "en" and not own & self.asked_words:
                    stems = stems | _stems(concept)  # "brekkie" only an answer says is breakfast all the same
            known = self._recent[(query, language)] = frozenset(stems)
            if len(self._recent) > RECENT_QUERIES:
                del self._recent[next(iter(self._recent))]
        return known

    def query(self, text: str, language: str) -> str:
        """The FAQ query (faq_query), with the hotel's names the guest wrote by sound (`heard`) beside them."""
        return faq_query(" ".join([text, *self.heard(text)]), language, self.vocabulary, self.roots)

    def heard(self, text: str) -> list[str]:
        """The hotel's English names a guest wrote by sound in Hangul or Katakana ("메스칼 시음": mezcal;
        "テマスカル": temazcal): neither the encoder nor the words connect a transliteration to the name. Only a
        word of four sounds or more (a short native word can sound like an English one: "시음", tasting: "swim"),
        and not one the hotel writes itself in a translation ("찜질방"): its own words already name the entry."""
        return sorted({name for run in _SOUNDED.findall(text) if run[:3] not in self._translated_text
                       for word in loanwords(run) if len(sound_key(word).split()) >= HEARD_SOUNDS
                       for name in self.names if sounds_like(word, name)})

    @cached_property
    def _translated_text(self) -> str:
        return " ".join(text for e in self.hotel.kb for text in e.translations.values())

    def support(self, query: str, entry_id: str, language: str = "en", answers: bool = False,
                naming: bool = False) -> float:
        """How much the query's own words point at the entry (0 when it shares none of them); with `answers`,
        the words of its English answer count too; `naming`, to tell which of several entries the words name, a
        word of what is asked (`ASKING`) counts little."""
        words = self.words.get(language, self.words["en"])
        idf = self.idf.get(language, self.idf["en"])
        asked = self._asked(query, language)

        def weight(word: str) -> float:
            return ASKING_WEIGHT if naming and word in _ASKING_STEMS else 1.0
        said = sum(self.idf["answers"].get(w, 0.0) * weight(w) for w in sorted(_english(asked, language)
                   & self.answer_words.get(entry_id, set()))) if answers else 0.0
        return sum(idf.get(w, 0.0) * weight(w) for w in sorted(asked & words.get(entry_id, set()))) + said

    def reworded(self, query: str, hits: list[KBHit], min_score: float, language: str = "en",
                 on_topic: Sequence[KBHit] = ()) -> str | None:
        """The FAQ's own question to search with, when the guest's words point at another entry than the embedding
        (`worded`); when they name none, the entry about the hotel topic the guest names (`on_topic`:
        kb.search.KnowledgeBase.on_topic, given only where the best hit would not answer) within reach of the bar:
        "we'd like to bring our little terrier along, is that a problem?" asks about pets, however far the rest of
        the sentence draws the encoder."""
        found = self.worded(query, hits, min_score, language)
        if found is not None or not hits or not on_topic:
            return found   # the guest's words chose ("¿pagan aparte?" with "nenes": the children's rates, not payment)
        if self.unknown_topics(query, language):
            return None    # "a sauna after our hike?": what is asked for the hotel never speaks of, not the hiking
        best = on_topic[0]
        if best.score < min_score - (SUBJECT_UNDER_BAR if language == "en" else SUBJECT_UNDER_BAR_CROSS):
            return None
        return self.closest_question(query, best.entry.id)

    def entry_of(self, question: str | None) -> KBEntry | None:
        """The entry whose question this is (what `reworded` returns), if any."""
        return next((e for e in self.hotel.kb if question is not None and question in e.questions), None)

    def worded(self, query: str, hits: list[KBHit], min_score: float, language: str = "en",
               window: float = 0.05, grey_zone: float = 0.07, cross_lingual_zone: float = 0.14,
               evidence: float = 3.0) -> str | None:
        """The FAQ's own question to search with, when the guest's words point at another entry than the embedding.

        Two cases: near-ties the embedding cannot tell apart ("what time checkout": check-in or
        check-out?; of two, the one written in the guest's language), and a best hit under the
        confidence bar that the guest's words clearly name ("r dogs ok?"; "поздний выезд" in the
        Russian answer of the late check-out entry). The multilingual embedding scores every
        entry lower for a question in another language than the FAQ's, so that grey zone is wider
        there. Either way the answer still comes from the FAQ entry, never from here.
        """
        if not hits:
            return None
        top = hits[0]
        under = top.score < min_score  # under the bar, an English answer's words are heard too
        floor = min_score - (grey_zone if language == "en" else cross_lingual_zone) if under else top.score - window

        def support(hit: KBHit) -> float:
            return self.support(query, hit.entry.id, language, answers=under, naming=True)
        clearly = support(top) + evidence  # far better worded: a wider window
        # A first choice that shares not one of the guest's words is the encoder's alone ("the latest check-out?":
        # early check-in, "check" and "-" alike): one telling word of a near entry outweighs it.
        # A topic the glossary hears in the guest's words ("الطائرة المائية": the seaplane) is a word shared too: an
        # entry beyond the near tie about none of it is drawn by the words of the asking ("كم سعر", "للشخص": a price
        # per person), not the thing asked about.
        asked_topics = named(query, language)
        led = asked_topics & subject_topics(top.entry) if not under else set()
        unworded = not under and support(top) == 0 and not led
        # over the bar too: "what time does the kids club open?" is not the pools' hours, which the encoder ranks
        # first for "kids' area" and "open"
        topical = self._topical(query, hits, language)
        near = [hit for hit in hits if hit.score >= floor or hit is topical and hit.score >= floor - 2 * window
                or (hit.score >= floor - window and support(hit) >= clearly
                    and (not led or led & entry_topics(hit.entry, language))
                    and (unworded or len(self.telling(query, hit.entry.id, language, under)) >= 2
                         or self._only_translated(hit, top, language)))]
        if topical in near:
            # "What time does room service stop?": under the bar, the hours of check-out ("stops", "time") are no
            # answer when the entry about room service is within reach
            near = [topical]
        if under and not any(hit.score >= floor for hit in near):
            # Nothing within reach of the bar, only entries just short of it that a word or two of the guest's
            # reach: the entries the words clearly name instead ("كم ثمن التقشير بالصابون والكيس؟" writes four
            # words of the hammam's Arabic answer, a hair further down than an entry that shares only "price").
            by_words = self._named_by_words(query, hits, language, evidence)
            if by_words and not any(hit in near for hit in by_words):
                near = by_words
        if not near:
            return None
        # "How long to the airport?" is answered by the entry that says minutes, not by the shuttle's timetable
        how_long = bool(_ASKS_HOW_LONG.search(query))
        # "수영장 몇 시까지?": the pool's hours, not its rules, which say "pool" too but tell no hour
        what_time = _asks_a_time(query, language)
        best = max(near, key=lambda hit: (how_long and hit.entry.id in self.says_how_long,
                                          what_time and hit.entry.id in self.says_an_hour, support(hit),
                                          language in self.translated[hit.entry.id], hit.score))
        if not (how_long and best.entry.id in self.says_how_long or what_time and best.entry.id in self.says_an_hour):
            best = self._specific(best, near, asked_topics, support, language)
        if under and best is not top and best is not topical and top.score >= floor and \
                support(top) >= support(best) - WORDS_ALIKE \
                and not self._only_translated(best, top, language):
            # Just under the bar, where an answer's words count too, words that name both alike ("smoke",
            # "detector") leave the embedding's choice; over it a near tie is the words' to settle ("check-out").
            best = top
        if best is top and not under:
            return None
        telling = self.telling(query, best.entry.id, language, under)
        if not telling:
            return None  # no word of the guest's names it: the embedding's order stands
        if support(best) < evidence and (language in self.translated[top.entry.id] or (under and language != "en")):
            return None
        if under and len(telling) < 2 and not (best is top and top.score >= floor
                                               and max(telling.values()) >= ONLY_ONE_ENTRY
                                               and not self._shared(query, telling, hits[1:], language, under)
                                               and (language != "en" or self._written_alike(query, best.entry.id,
                                                                                            telling))):
            # Under the bar one shared word is a coincidence, unless the embedding agrees: its first choice, within
            # reach of the bar, and the word one no other entry uses ("bags": luggage, "入住": check-in).
            return None
        return self.closest_question(query, best.entry.id)

    @staticmethod
    def _specific(best: KBHit, near: list[KBHit], asked: set[str], support: Callable[[KBHit], float],
                  language: str) -> KBHit:
        """Of near entries the guest's words name alike, the one about a topic they ask of that speaks of the fewest
        topics, when it speaks of half as many as the chosen one or fewer: "will my Disney+ login work on the room
        TV?" is the TV's own entry (streaming, sign-ins), not the rooms' list that names the TV among eight things;
        of two airports' transfers, each about as broad, the encoder's choice stands."""
        alike = [hit for hit in near if support(hit) >= support(best) - WORDS_ALIKE
                 and asked & subject_topics(hit.entry)]
        if len(alike) < 2 or best not in alike:
            return best
        narrow = min(alike, key=lambda hit: (len(entry_topics(hit.entry, language)), -support(hit), -hit.score))
        broad = len(entry_topics(best.entry, language)) >= 2 * len(entry_topics(narrow.entry, language))
        return narrow if broad else best

    @staticmethod
    def _topical(query: str, hits: list[KBHit], language: str) -> KBHit | None:
        """The one hit about a hotel topic the query names (kb/glossary.py), when the encoder ranks entries about
        none of them above it: what the guest asks of ("what time does room service stop?": not the hours of
        check-out, which share "time" and "stop"). Where several are, the guest's words choose among them."""
        named_here = named(query, language)
        about_it = [i for i, hit in enumerate(hits) if named_here & entry_topics(hit.entry, language)]
        return hits[about_it[0]] if len(about_it) == 1 and about_it[0] else None

    def names_one(self, query: str, hits: list[KBHit], language: str, evidence: float = 3.0) -> bool:
        """Whether the query's words clearly name one of the nearest entries, and only one: a word many entries
        write alike ("요금", a fee) names none of them."""
        return len(self._named_by_words(query, hits, language, evidence)) == 1

    def _named_by_words(self, query: str, hits: list[KBHit], language: str, evidence: float) -> list[KBHit]:
        """The nearest entries whose words the query shares far more of than any other's ("two cats and a dog":
        the pet policy and the pet rules alike), if there are such."""
        support = {hit.entry.id: self.support(query, hit.entry.id, language, answers=True) for hit in hits}
        lead = max(support.values(), default=0.0)
        named = [hit for hit in hits if support[hit.entry.id] >= lead - WORDS_ALIKE]
        others = [support[hit.entry.id] for hit in hits if hit not in named]
        if lead < max(others, default=0.0) + evidence:
            return []
        # Of those, the ones the embedding does not rank far below the nearest: "our corgi comes too, is she allowed
        # and in which rooms?" shares as many words with the smoking rules, which it reads as far off.
        nearest = max(hit.score for hit in named)
        near = [hit for hit in named if hit.score >= nearest - NAMED_SPREAD]
        # Words unrelated entries share alike ("allowed", "suite": the smoking rules and the pet policy, for a
        # question about a guest's age) may be the shape of the asking, not a thing named: then only those the
        # embedding ranks near its own first choice stand.
        first = near[0].entry.id
        if any(not (self.kin(first, hit.entry.id) or self.kin(hit.entry.id, first)) for hit in near[1:]):
            return [hit for hit in near if hit.score >= hits[0].score - NAMED_SPREAD]
        return near

    def _shared(self, query: str, telling: dict[str, float], others: list[KBHit], language: str,
                answers: bool) -> bool:
        """Whether another of the nearest entries has the word too: rare in the hotel's texts of a language
        ("hotel" in its few Spanish answers) is no sign of one entry when the next hits share it."""
        return any(telling.keys() & self.telling(query, hit.entry.id, language, answers).keys()
                   for hit in others[:SHARED_AMONG])

    def _only_translated(self, hit: KBHit, top: KBHit, language: str) -> bool:
        """Whether the hit answers in the guest's language and the embedding's first choice would not."""
        return language in self.translated[hit.entry.id] and language not in self.translated[top.entry.id]

    def _written_alike(self, query: str, entry_id: str, stems: dict[str, float]) -> bool:
        """Whether the guest writes one of these English words as the entry does, up to a plural: a stem joins
        "bowling" (a game) with "bowls" (dishes), which one word alone must not."""
        asked = {form for w in _ALPHA_WORD.findall(query.lower()) if _stem(w) in stems for form in _singulars(w)}
        return bool(asked & self.spellings[entry_id])

    def telling(self, query: str, entry_id: str, language: str, answers: bool = False) -> dict[str, float]:
        """The query's words the entry shares that few entries use (not "the", "ます", "für"), with their weights;
        with `answers`, those of its English answer too."""
        words = self.words.get(language, self.words["en"])
        idf = self.idf.get(language, self.idf["en"])
        asked = self._asked(query, language)
        floor = TELLING_IDF if language != "en" else 0.0
        told = {w: idf.get(w, 0.0) for w in sorted(asked & words.get(entry_id, set())) if idf.get(w, 0.0) >= floor}
        if answers:
            said = self.idf["answers"]
            shared = sorted(_english(asked, language) & self.answer_words.get(entry_id, set()))
            told |= {w: said.get(w, 0.0) for w in shared if said.get(w, 0.0) >= floor and w not in told}
        return told

    def companion(self, query: str, hits: list[KBHit], answered: str, min_score: float, language: str = "en",
                  window: float = 0.03, evidence: float = 3.0) -> str | None:
        """A second entry worth answering too: as close as the answered one, on the same topic, as well worded.

        "Can you book the shuttle for 4am?" ties booking and timetable; each answers half of it.
        """
        first = next((hit for hit in hits if hit.entry.id == answered), None)
        if first is None:
            return None
        need = max(evidence, self.support(query, answered, language) / 2)
        for hit in hits:
            if hit.entry.id != answered and hit.entry.category == first.entry.category \
                    and min(hit.score, first.score) >= min_score and abs(hit.score - first.score) <= window \
                    and self.support(query, hit.entry.id, language) >= need:
                return self.closest_question(query, hit.entry.id)
        return None

    def complement(self, query: str, hits: list[KBHit], answered: str, min_score: float, language: str = "en",
                   window: float = 0.15, grey_zone: float = 0.12, evidence: float = 3.0) -> str | None:
        """A nearby entry that says what the question asks and the answered entry does not.

        "Can we drop our bags and get breakfast?" is answered by the breakfast entry, which says nothing
        of bags; the luggage entry does. A rare word of the question (not one many entries use) that the
        answered entry's questions and answer lack and a close runner-up's have marks the part left out.
        """
        words = self.words.get(language, self.words["en"])
        idf = self.idf["answers"] if language == "en" else self.idf.get(language, self.idf["en"])

        def said(entry_id: str) -> set[str]:
            return words.get(entry_id, set()) | (self.answer_words[entry_id] if language == "en" else set())
        # "quelle heure", and the English a pivot wrote beside it ("가격 price"): what is asked, no topic
        asking = set().union(*(_stems(words) for words in [*asides(query, language), *asked_of(query, language)]))
        missing = {w for w in _stems(query) - said(answered) - asking if idf.get(w, 0.0) >= evidence}
        if not hits:
            return None
        first = next((hit.score for hit in hits if hit.entry.id == answered), hits[0].score)
        saying = [hit for hit in hits if hit.entry.id != answered and missing & said(hit.entry.id)
                  and hit.score >= max(first - window, min_score - grey_zone)]
        if not saying:
            floor = max(first - TOPIC_WINDOW, min_score - 2 * grey_zone)
            return self._untold_topic(query, hits, answered, floor, language) or \
                self._party_pays(query, hits, answered, floor, language)
        # Of the entries that say it, the one the rest of the guest's words name too ("the earliest shuttle": its
        # timetable, not its booking); the embedding's order breaks a tie.
        best = max(saying, key=lambda hit: (self.support(query, hit.entry.id, language, answers=True), hit.score))
        return self.closest_question(query, best.entry.id)

    def _untold_topic(self, query: str, hits: list[KBHit], answered: str, floor: float, language: str) -> str | None:
        """The one nearby entry (over `floor`) about a hotel topic the question names and the answered entry does not
        speak of ("halal food at breakfast?": the breakfast hours, and the dietary options that say halal): a
        topic named is asked for, however far the encoder, drawn by the rest of the sentence, ranks its entry."""
        entry = next((hit.entry for hit in hits if hit.entry.id == answered), None)
        if entry is None:
            return None
        untold = {topic for topic in named(query, language) - entry_topics(entry, language)
                  if self._speaking_of(language)[topic] <= FEW_ENTRIES}
        telling = [hit for hit in hits if hit.entry.id != answered and hit.score >= floor
                   and untold & entry_topics(hit.entry, language)]
        return self.closest_question(query, telling[0].entry.id) if len(telling) == 1 else None

    def _party_pays(self, query: str, hits: list[KBHit], answered: str, floor: float, language: str) -> str | None:
        """The nearby entry about the children (or babies) the question asks a price for, when the answered entry
        is about the thing paid for and names them in passing: "the kids are 4 and 7, do they pay for
        breakfast?" hears the children's policy, which says what kids pay for breakfast, beside the breakfast's
        price. Of those that speak of the thing too, the nearest."""
        entry = next((hit.entry for hit in hits if hit.entry.id == answered), None)
        asked = named(query, language)
        party = asked & _PARTIES - subject_topics(entry) if entry else set()
        things = asked & subject_topics(entry) if entry else set()
        if not party or not things or not (_PAID.search(query) or _PRICE_ASIDES & asked_of(query, language)):
            return None
        theirs = next((hit for hit in hits if hit.entry.id != answered and hit.score >= floor
                       and party & subject_topics(hit.entry) and things & entry_topics(hit.entry, language)), None)
        return self.closest_question(query, theirs.entry.id) if theirs else None

    def _speaking_of(self, language: str) -> Counter[str]:
        """How many of the hotel's entries speak of each hotel topic, in English or their `language` translation."""
        if language not in self._topic_counts:
            self._topic_counts[language] = Counter(t for e in self.hotel.kb for t in entry_topics(e, language))
        return self._topic_counts[language]

    def subject(self, entry_id: str) -> frozenset[str]:
        """What an entry is about: the words most of its questions say ("banya" of "What is the banya? How much
        is the banya? ..."), where it has two questions or more."""
        asked = Counter(word for question in self.questions.get(entry_id, []) for word in _stems(question))
        many = len(self.questions.get(entry_id, []))
        return frozenset(word for word, n in asked.items() if many >= 2 and n * 2 >= many)

    def kin(self, entry_id: str, other_id: str) -> bool:
        """Whether another entry's questions name what an entry is about: the banya's rules beside the banya."""
        return entry_id == other_id or bool(self.subject(entry_id) & self.words["en"].get(other_id, set()))

    def closest_question(self, query: str, entry_id: str) -> str:
        asked = _stems(query)
        return max(self.questions[entry_id], key=lambda q: len(_stems(q) & asked))

    @cached_property
    def spoken_of(self) -> frozenset[str]:
        """The hotel topics (kb/glossary.py) the hotel's own texts name anywhere: its FAQ and translations, menu,
        rooms, services, policies and places; a topic of several words also by one of them ("tax" for a city
        tax). Read on first use: a hotel's texts take a moment to read."""
        hotel = self.hotel.model_dump(mode="json", exclude={"guests", "kb"})
        english = " ".join([json.dumps(hotel, ensure_ascii=False), *(q for qs in self.questions.values() for q in qs),
                            *(e.answer for e in self.hotel.kb)])
        found = named(english, "en").union(*(named(text, language) for e in self.hotel.kb
                                             for language, text in e.translations.items()))
        # ...but not by the word for what it is for ("kids" of a kids club: a hotel that welcomes kids has none)
        return frozenset(found) | {concept for concept in concepts() if " " in concept and any(
            word in self.vocabulary and not named(word, "en") & about(concept) for word in concept.lower().split())}

    @cached_property
    def _all_text(self) -> str:
        """Everything the hotel wrote, in every language, in lower case: what a name a guest asks for is looked up
        in."""
        hotel = self.hotel.model_dump(mode="json", exclude={"guests"})
        return json.dumps(hotel, ensure_ascii=False).lower()

    def unknown_destination(self, text: str, language: str) -> str | None:
        """The guest's words for a ride asked for to a place none of the hotel's texts names ("a shuttle bus to
        Pattaya", "navette pour Chiang Mai", "去芭提雅的班车"): what an answer about the rides the hotel has (its
        boat to the pier) must first say it has nothing about."""
        rides = [*where_named(text, language, RIDES), *(m.span() for m in _VEHICLE.finditer(text))]
        if not rides:
            return None
        ride = min(rides)
        for to in _DESTINATION.finditer(text):
            named_at = next(i for i, group in enumerate(to.groups(), 1) if group)
            key = bare(to.group(named_at).lower())
            if key[:5] in self._all_text or len(key) < 2 or named(to.group(named_at), language) & self.spoken_of or \
                    _THE_HOTEL.match(to.group(named_at).strip()) or \
                    any(start < to.end(named_at) and to.start(named_at) < end for start, end in rides):
                continue  # a place the hotel names, a kind of place it speaks of ("zum Strand": its beach), or the
                # ride's own words ("到酒店接机": pick-up at the hotel)
            start, end = min(ride[0], to.start()), max(ride[1], to.end())
            if end - start <= RIDE_REACH:
                return text[start:end].strip(" ,.?!？。؟")
        return None

    def unknown_topics(self, query: str, language: str) -> frozenset[str]:
        """The hotel topics (kb/glossary.py) a question names that none of the hotel's texts speaks of."""
        return frozenset(named(query, language) - self.spoken_of)

    def lacking(self, text: str, language: str, among: frozenset[str] | None = None) -> list[str]:
        """The guest's own words for the topics a text names that none of the hotel's texts speaks of ("sauna",
        "хаммам") when it asks whether the hotel has them: what an answer about a neighbouring topic the hotel has
        (its spa) must say it is not. Nothing for a word beside another question ("is the restaurant open for
        lunch?"). With `among`, those of these topics it names however it asks ("can I book a yoga class?")."""
        if among is None and not _HAVE_ASKED.search(text):
            return []
        unknown = self.unknown_topics(text, language)
        unknown = unknown & among if among is not None else unknown
        said = [words for concept, words in topics(text, language) if concept in unknown]
        return list(dict.fromkeys(said or sorted(unknown)))

    def unspoken(self, query: str, hits: list[KBHit], language: str, entry: KBEntry | None = None) -> bool:
        """Whether a question names a topic the hotel never speaks of ("is the food halal?" where no text says
        halal) and its nearest entry (or the `entry` chosen by its words) is about none of the topics it names:
        that answer would be a guess. One about another topic it names stands ("the bus to the airport": the
        airport shuttle)."""
        unknown = self.unknown_topics(query, language)
        if not hits or not unknown:
            return False
        asked = named(query, language) - set().union(*(about(topic) for topic in unknown))
        entry = entry or hits[0].entry
        told = named(" ".join([*entry.questions, entry.answer]), "en") | named(entry.translations.get(language, ""),
                                                                               language)
        return not asked & told

    def unheard_of(self, query: str, hits: list[KBHit]) -> bool:
        """Whether an English "do you have X? / can I rent X?" asks about something the hotel never mentions.

        The FAQ's nearest entry for "Can I rent a jet ski?" is bike rental: an answer, but not to the
        question. When no FAQ entry, menu, room or facility names the thing, and the best entry does not
        share a word with it, the honest answer is "I don't know".
        """
        m = _ASKED_ABOUT.search(query)
        if not m:
            return False
        thing = m.group("thing").lower().split()
        # What the glossary knows it as ("ferret": pets) is a thing the hotel may well speak of.
        kinds = [word.lower() for concept, _ in topics(" ".join(thing), "en") for word in concept.split()]
        if thing[-1] in _NOT_THINGS or any(_known(word, self.vocabulary) for word in (thing[-1], *kinds)) or \
                named(" ".join(thing), "en") & self.spoken_of:   # "an elevator?" where the hotel writes "lift"
            return False
        nearest = self.words["en"].get(hits[0].entry.id, set()) if hits else set()
        return not (set().union(*(_stems(word) for word in thing)) & nearest)

    def doubtful(self, query: str, hits: list[KBHit], min_score: float, language: str = "en", margin: float = 0.04,
                 evidence: float = 3.0, flat: float = 0.02) -> bool:
        """Whether a question's best hit, barely over the bar and sharing no telling word, is a guess.

        "Is there a casino?" scores just over the bar on the security entry: better said honestly.
        In another language the guest's words can only name entries the hotel translated, so there
        the best hit must also be barely ahead of the next: the embedding itself cannot tell them
        apart ("a prayer room in the hotel?": a restaurant, pets, security, all within 0.02).
        """
        if not hits or not min_score <= hits[0].score < min_score + margin:
            return False
        if language != "en" and len(hits) > 1 and hits[0].score - hits[1].score >= flat:
            return False
        if named(query, language) & subject_topics(hits[0].entry):
            return False   # the glossary hears what the entry is about in the guest's words ("الطائرة المائية")
        return self.support(query, hits[0].entry.id, language) < evidence


def _idf(words: dict[str, set[str]]) -> dict[str, float]:
    """How few entries use each word, on the scale of a FAQ of CALIBRATED_ENTRIES: in a 16-entry FAQ a word only
    one entry uses is as telling as in a 128-entry one, though log(16) is not log(128)."""
    df: dict[str, int] = {}
    for entry_words in words.values():
        for word in entry_words:
            df[word] = df.get(word, 0) + 1
    scale = math.log(CALIBRATED_ENTRIES) / math.log(len(words)) if len(words) > 1 else 1.0
    return {word: scale * math.log(len(words) / n) for word, n in df.items()}
