"""A guest's message cut into its sentences, and each sentence into the questions it asks."""

from __future__ import annotations

import re

from agent.brains import dates
from agent.brains.patterns import rx
from core.language import CJK
from core.translit import compiled

# Where one sentence asks a second question: ", and is parking extra?", ", what ID do I need", "und wie viele".
_ASKS = (r"(?:what|what's|when|where|which|who|how|is|are|do|does|did|can|could|will|would|should|may|"
         r"qu[eé]|cu[aá][nl]\w*|d[oó]nde|c[oó]mo|hay|se\s+puede|puedo|puede[ns]?|podr[ií]a[ns]?|podemos|tienen|"
         r"qual|quais|quant[oa]s?|quando|onde|aonde|posso|pode[m]?|poderia[m]?|tem|t[êe]m|voc[êe]s|"
         r"quel\w*|quand|où|combien|comment|est-ce|y\s+a-t-il|peut-on|pouvez|pourriez|puis-je|faut-il|doit-on|dois-je|"
         r"wie|wann|wo|was|gibt|kann|können|könnten|muss|müssen|soll|sollen|darf|dürfen|ist|sind|habt|haben\s+sie|"
         r"как\w*|когда|где|скольк\w*|что|можно|можете|могли|есть|нужно\s+ли|надо\s+ли|ли)\b")
# The opening of a question answered yes or no ("is...", "can we...", "gibt es...", "можно...").
_YES_NO = (r"(?:is|are|do|does|can|could|will|would|should|may|est-ce|y\s+a-t-il|peut-on|pouvez|hay|se\s+puede|"
           r"puedo|pueden|tienen|gibt|kann|können|ist|sind|можно|есть)")
# Where a sentence ends: Latin marks before a space, the full-width marks of Chinese and Japanese and Arabic's own
# "؟" (often with no space after), a Latin mark right before Chinese, Japanese or Korean, an ellipsis trailing off
# before the next sentence ("budget's tight… which room is cheapest?"), an emoji standing for the
# full stop before a capital ("...que de ça 😄 Est-ce"), a Spanish question opened mid-sentence
# ("..., así que pregunto: ¿los niños pagan?"), and the next question of a numbered list ("1) is breakfast
# included 2) can we bring our dog").
_BOUNDARY = re.compile(rf"[.!?…]+(?=\s|$)|[.!?…](?=[{CJK}])|[。！？؟]+|\n+|;\s|"
                       r"[\u2600-\u27bf\U0001f300-\U0001faff]+\ufe0f?\s+(?=[A-ZÀ-ÖØ-Þ¿¡А-Я])|[:,]\s+(?=¿)|"
                       rf"\s+(?=\(?[1-9][)）]\s*¿?(?i:{_ASKS}))|"
                       # a dash before a question: what was told before it is its story ("Sorry, he doesn't speak
                       # German — do you have e-bikes?"); a hyphen typed for it, before a yes-or-no question ("zoom
                       # calls there - is the wifi usable?"; not "Trindade or Mamanguá - which would you pick?")
                       rf"\s[—–]\s+(?=¿?(?i:{_ASKS}))|\s-\s+(?=(?i:{_YES_NO})\b)")
_ABBREVIATION = re.compile(r"\b(?:mr|mrs|ms|dr|st|no|vs|ca|approx|apt)$", re.IGNORECASE)
_ORDINAL_GOES_ON = re.compile(r"(?:\d|bis\b|und\b|-|(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True))
                              + r")\b)", re.IGNORECASE)
# A German day of the month written as an ordinal ("ab wann können wir am 10. ins Zimmer?"): the sentence goes on
# in lower case.
_GERMAN_DAY = re.compile(r"\b(?:am|vom|zum|ab|bis|den|dem|seit)\s+\d{1,2}$", re.IGNORECASE)
# Arabic writes its "and" on the next word ("وهل").
LEADING_AND = compiled(r"^\s*(?:(?:and|also|plus|y(?!\s+a\b)|e|tamb[ée]m|et|und|и|а|还有|そして|그리고|و)\b|"
                         r"و(?=(?:هل|ما|ماذا|كم|متى|أين|كيف)\b))[\s,]*", re.IGNORECASE)

_END_MARK = re.compile(r"[?？؟]$")
_ASIDE = re.compile(r"\s*([(（][^()（）]{1,40}[)）])\s*")
_TOLD = re.compile(r"(?<!\.)[.!。！]\s*$")  # not an ellipsis trailing off ("and is it far...")
# A question word after a preposition ("and until when…", "и до скольки…", "y a qué hora…", "und bis wann…").
_ASKS_AFTER = (r"(?:(?:until|till|from|at|for|to|in|on|by|with|a|hasta|desde|de|para|por|en|con|at[ée]|à|"
               r"jusqu'à|depuis|"
               r"pour|par|avec|dans|bis|ab|um|seit|für|mit|an|von|zu|до|с|со|в|во|на|за|по|от|для|у|к|из)\s+"
               r"(?:what|when|where|which|who|how|qu[eé]|cu[aá][nl]\w*|d[oó]nde|qual|quando|onde|quant[oa]s?|quel\w*|quand|où|combien|wann|wo|was|"
               r"welch\w*|wie|как\w*|когда|где|скольк\w*|котор\w*|чем|кого)\b)")
_OPENS_QUESTION = re.compile(rf"¿?(?:{_ASKS}|{_ASKS_AFTER})", re.IGNORECASE)
# A French question asked by its verb and subject turned round ("les enfants paient-ils ?", "le spa ouvre-t-il ?").
_INVERTED = r"[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles|on|vous|nous)\b"
_SECOND_QUESTION = re.compile(rf"(?:,\s*|\s+)(?:and|also|plus|or|y|o|e|et|ou|und|oder|и|а|или)\s+"
                              rf"(?={_ASKS}|{_ASKS_AFTER})|,\s+(?={_ASKS}\s+\w+\s+\w+)|"
                              rf",\s*(?:et|ou)\s+(?=[^,;?]*?{_INVERTED}[^,;]*\?)", re.IGNORECASE)


def questions(sentence: str) -> list[str]:
    """The questions one sentence asks ("What time's check-out, and can we leave our bags?"): at most three,
    each at least three words, else the sentence whole. Each part that asks ends with the sentence's own mark
    ("Is the desk open then?"): the encoder reads a question without its mark as less of one.
    A sentence ending in a full stop tells: "We land at 7 and will be exhausted." has no second question."""
    if _TOLD.search(sentence):
        return [sentence]
    parts = [p.strip(" ,") for p in _SECOND_QUESTION.split(sentence)]
    if len(parts) == 1 or len(parts) > 3 or any(len(p.split()) < 3 for p in parts[1:]):
        return [sentence]
    mark = _END_MARK.search(sentence)
    return [p + mark.group() if mark and not _END_MARK.search(p) and _OPENS_QUESTION.match(p) else p
            for p in parts if p]


# Questions announced by their number before a colon ("Three things: wifi password, breakfast price, and...",
# "Tres preguntas: ¿...?", "Zwei Fragen: ..."), then listed in one sentence.
_NUMBERS = {"two": 2, "three": 3, "four": 4, "dos": 2, "tres": 3, "cuatro": 4, "deux": 2, "trois": 3, "quatre": 4,
            "zwei": 2, "drei": 3, "vier": 4, "два": 2, "две": 2, "три": 3, "четыре": 4, "两": 2, "二": 2, "三": 3,
            "四": 4, "두": 2, "세": 3, "네": 4, "2": 2, "3": 3, "4": 4}
_COUNTED = rx(r"\b(?P<n>two|three|four|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|два|две|три|четыре|[234])\s+"
               r"(?:quick\s+|short\s+|little\s+|small\s+|kurze\s+|petites\s+|r[aá]pidas\s+|быстрых\s+)?(?:things|questions|"
               r"preguntas|cosas|consultas|questions|choses|fragen|dinge|sachen|вопрос\w*|вещи)"
               r"(?:\s+(?:r[aá]pidas|rapides|please|por\s+favor|svp|bitte))?\s*[:：]",
               r"(?P<m>[两二三四234])(?:个|つの?)(?:问题|問題|質問|事)\s*[:：]|質問が(?P<j>[二三四234])つ(?:あります)?\s*[:：]|"
               r"(?P<k>[두세네234])\s*가지\s*(?:질문|물어볼\s*게)?\s*(?:있어요)?\s*[:：]|질문\s*(?P<q>[두세네234])\s*(?:가지|개)\s*[:：]")
_LISTED = compiled(r"\s*(?:[,，、;；]\s*(?:(?:and|y|e|et|und|и|а|还有|和|그리고)\s+)?|"
                     r"\s+(?:and|y|e|et|und|и)\s+|还有|以及|(?<=[^\W\d_])和(?=[^\W\d_]))", re.IGNORECASE)
_COLON = re.compile(r"[:：](?!\d)")  # not the colon of "22:30"
_LIST_END = re.compile(r"[?？؟!！。]|\.(?=\s|$)")


def _listed(text: str) -> list[str] | None:
    """The questions of a message that announces how many it asks and lists them in one sentence ("Three things:
    wifi password, breakfast price, and what time does the bar close?"): the sentences before, each listed
    question (with the list's own mark), and the sentences after; None when the list does not hold as many."""
    m = _COUNTED.search(text) if _COLON.search(text) else None  # every announcement ends on a colon
    if m is None:
        return None
    count = _NUMBERS[next(g for g in m.groups() if g).lower()]
    rest = text[m.end():]
    end = _LIST_END.search(rest)
    listed, after = (rest[:end.end()], rest[end.end():]) if end else (rest, "")
    mark = listed.strip()[-1:] if listed.strip()[-1:] in "?？؟" else ""
    items = [item.strip(" ¿?？؟.。") for item in _LISTED.split(listed.strip())]
    items = [item for item in items if re.search(r"\w", item)]
    if len(items) != count:
        return None
    return [*clauses(text[:m.start()]), *(f"{item}{mark}" for item in items), *clauses(after)]


def clauses(text: str) -> list[str]:
    """Sentences of a message, each a candidate for its own intent ("OK, arrange it. And what do I owe?").

    A dot does not end one after "Mr" or in a German date ("vom 20. bis 23. Mai").
    """
    if (listed := _listed(text)) is not None:
        return listed
    parts, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before, after = text[start:m.start()], text[m.end():].lstrip()
        if m.group().startswith(".") and (_ABBREVIATION.search(before) or (
                before[-1:].isdigit() and (_ORDINAL_GOES_ON.match(after) or (
                    _GERMAN_DAY.search(before) and after[:1].islower())))):
            continue
        parts.append(text[start:m.end()])
        start = m.end()
    parts.append(text[start:])
    for at in range(1, len(parts)):
        # "...samedi soir ? (baby-sitting) On aimerait...": an aside in brackets after a question belongs to it
        if (aside := _ASIDE.match(parts[at])) and _END_MARK.search(parts[at - 1].rstrip()):
            parts[at - 1], parts[at] = f"{parts[at - 1].rstrip()} {aside.group(1)}", parts[at][aside.end():]
    parts = [LEADING_AND.sub("", q).strip() for p in parts for q in questions(p)]
    return [p for p in parts if p and re.search(r"\w", p)]
