"""What a guest's words do to an order: dishes added, taken off, swapped, served again, noted."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from agent.brains.counting import (
    COUNT_AFTER,
    COUNT_BEFORE,
    COUNTED,
    QTY_BEFORE,
    QTY_WORD,
    SEPARATOR,
    clause_count,
    counted,
    number,
)
from agent.brains.menus import (
    CYRILLIC,
    dish_kinds,
    dishes_in_english,
    heard_on_menu,
    item_keys,
    kind_words,
    latin_phrases,
    name_words,
    phrase_pattern,
)
from agent.brains.upkeep import HOUSEKEEPING
from core.hotels import MenuItem
from core.language import CJK
from core.translit import compiled, han_folded, to_cyrillic

_REMOVE_BEFORE = compiled(r"(?:remove|cancel|take\s+off|drop|forget|no\s+more|swap|replace|switch|change|"
                            r"instead\s+of|en\s+lugar\s+de|en\s+vez\s+de|cambi\w*|au\s+lieu\s+d[eu]|remplac\w*|statt|tausch\w*|"
                            r"ersetz\w*|вместо|замени\w*|quit\w*|cancel\w*|elimin\w*|"
                            r"enl[eè]v\w*|annul\w*|retir\w*|streich\w*|entfern\w*|storn\w*|убер\w*|отмен\w*|取消|去掉|"
                            r"キャンセル|취소|빼|ألغ\w*|احذف)\s+(?:the\s+|my\s+|el\s+|la\s+|le\s+|die\s+|den\s+|das\s+)?"
                            r"(?:\w+\s+)?$", re.IGNORECASE)
# German, Japanese, Korean and Chinese say what to drop after the item ("einen Burger stornieren", "バーガーはやめて",
# "버거는 빼고").
_REMOVE_AFTER = compiled(r"^\s*(?:stornieren|streichen|abbestellen|weglassen|entfernen)\b|"
                           r"^\s*(?:は|を|も)?\s*(?:やめ|キャンセル|取り消|いらな|なしで)|"
                           r"^\s*(?:은|는|을|를)?\s*(?:빼|취소|말고)|^\s*(?:不要|取消|去掉)(?=了|\s*[，。,.!！]|\s*$)")
# Chinese, Japanese and Korean say what is swapped away before what it becomes ("一份披萨换成汉堡", "ピザを1つバーガーに
# 変えて", "피자 하나를 버거로 바꿔"), the new dish's name between: read further than `_REMOVE_AFTER`.
_SWAPPED_AWAY = compiled(r"^\s*(?:换成|改成|换为|换掉)|^\s*[をは][^。、！!]{0,20}?に(?:変え|替え|交換|変更)|"
                           r"^\s*(?:은|는)?\s*(?:하나|한\s*개|두\s*개|\d+\s*개)?\s*(?:을|를)[^.!]{0,20}?로\s*"
                           r"(?:바꿔|변경|교체)")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|my|that|this|our|el|la|le|les|die|der|das|den)\s+$", re.IGNORECASE)
# Chinese and Arabic say what to leave out after the word for "without" ("不要洋葱", "بدون بصل"), Japanese and
# Korean before it ("玉ねぎ抜き", "양파 빼고").
_NOTE = compiled(r"(?:\b[\w-]+\s+)?\b(?:without|no|sin|sans|ohne|kein(?:e[nm]?)?|без|extra|well[- ]done|medium|"
                   r"rare|gluten[- ]free|allerg\w*|spicy)\b(?:\s+(?!and\b|y\b|et\b|und\b|и\b|please\b)[\w-]+){0,2}"
                   r"|(?:不要(?!了)|别放|不加)\s*[^\s，。,、！!？?]{1,3}|بدون\s*\S+|[^\sをはがでにとも、。]{1,6}(?:抜き|なし)|"
                   r"\S+\s*(?:빼고|빼서|빼\s*주세요|없이)", re.IGNORECASE)

# The serving a guest asks for, in their words, for a menu that sells one drink by the glass and by the bottle.
_SERVINGS = (("glass", compiled(r"glass(?:es)?|copas?|vasos?|ta[çc]as?|verres?|gl[äa]s(?:er)?|bicchier[ei]|"
                                  r"бокал\w*|杯|グラス|잔|كأس\w*|كاس\w*", re.IGNORECASE)),
             ("bottle", compiled(r"bottles?|botellas?|garrafas?|bouteilles?|flaschen?|bottigli[ae]|бутылк\w*|"
                                   r"瓶|ボトル|병|زجاج\w*|قنين\w*", re.IGNORECASE)))


# A serving turned down, said before it ("instead of the bottle", "en vez de la botella", "statt der Flasche",
# "вместо бутылки", "不要瓶装") or after it ("ボトルの代わりに", "병 대신").
_INSTEAD_OF = compiled(r"(?:instead\s+of|rather\s+than|in\s+place\s+of|en\s+(?:vez|lugar)\s+de|au\s+lieu\s+d[eu']?|"
                         r"(?:an)?statt|вместо|不要|而不是|代替)\s*(?:(?:the|a|an|la|el|una?|le|les|der|die|das|des|dem|"
                         r"einer?|одн\w+)\s+)?$", re.IGNORECASE)
_INSTEAD_AFTER = compiled(r"^\S{0,2}\s*(?:の)?(?:代わりに|かわりに|대신|じゃなくて|말고)")


def _serving(text: str) -> str | None:
    return next((name for name, pattern in _SERVINGS if pattern.search(text)), None)


def _serving_near(before: str, after: str) -> str | None:
    """The serving said nearest before a dish ("una botella de agua y una copa de Malbec": a glass), else right
    after it ("Malbec, a bottle")."""
    said = [(m.end(), name) for name, pattern in _SERVINGS for m in pattern.finditer(before)]
    return max(said)[1] if said else _serving(after)


class MenuRead(NamedTuple):
    """What a guest's words do to an order: items to add (id, quantity), to take off, only referred to; their own
    words for added items in Cyrillic where the menu's name is not ("сырников" for "Syrniki with sour cream"), said
    back so the guest sees the dish is theirs; how many fewer of an item taken off ("remove one burger"); and the
    guest's words for a dish the menu sells several of, with those that fit what they said ("empanadas": three;
    "pork empanadas": none), to ask which, or say it is not on the menu."""

    add: list[tuple[str, int]]
    remove: list[str]
    referred: list[str]
    said: dict[str, str]
    fewer: dict[str, int]
    unclear: dict[str, list[str]]


def menu_order(text: str, items: list[MenuItem], excluded_words: Iterable[str] = ()) -> tuple[
        list[tuple[str, int]], list[str], list[str]]:
    """Menu items to add (id, quantity), to take off, and only referred to, from the guest's words.

    "a Margherita pizza and 2 sparkling waters" adds; "cancel the burger" takes off; "make the salad
    without anchovies" only refers to an item (it may already be on the order). `excluded_words` name
    something else too (the hotel's own name, "Harbor").
    """
    read = menu_read(text, items, excluded_words)
    return read.add, read.remove, read.referred


def menu_read(text: str, items: list[MenuItem], excluded_words: Iterable[str] = ()) -> MenuRead:
    """Everything the guest's words say of the menu (`menu_order`, and more), read once."""
    keys = item_keys(items, {w.lower() for w in excluded_words})
    # What housekeeping brings is no dish: the water of "a hot water bottle" is not to drink.
    text = re.sub("|".join(pattern for _, pattern in HOUSEKEEPING), " ", text, flags=re.IGNORECASE)
    excluded = {w.lower() for w in excluded_words}
    families = kind_words(items, excluded)
    lowered = han_folded(heard_on_menu(dishes_in_english(text), latin_phrases(keys) + list(families)))
    names = {item.id: item.name for item in items}
    taken: list[tuple[int, int]] = []
    add: dict[str, tuple[int, int]] = {}  # id -> (position, quantity)
    remove: list[str] = []
    referred: list[str] = []
    said: dict[str, str] = {}
    fewer: dict[str, int] = {}
    otherwise: dict[str, str] = {}  # item id -> the guest's words for a dish made otherwise
    for phrase, item_id in keys:
        for m in phrase_pattern(phrase).finditer(lowered):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append(m.span())
            before = lowered[max(0, m.start() - 40):m.start()]
            item_id = _served_as(item_id, phrase, _serving_near(before, lowered[m.end():m.end() + 20]), keys,
                                 items)
            if item_id in add:
                continue
            qty = QTY_BEFORE.search(before)
            after = COUNT_BEFORE.search(before) or COUNT_AFTER.match(lowered[m.end():m.end() + 12])  # "两份", "2つ"
            if _REMOVE_BEFORE.search(before) or _REMOVE_AFTER.search(lowered[m.end():m.end() + 12]) or \
                    _SWAPPED_AWAY.search(lowered[m.end():m.end() + 30]):
                remove.append(item_id)
                if qty or after:  # "swap one pizza", "把一份披萨换成…": one fewer, not none
                    fewer[item_id] = number(qty.group("qty")) or 1 if qty else counted(after)
            elif not qty and _DEFINITE_BEFORE.search(before):
                referred.append(item_id)
            elif (other := _made_otherwise(lowered, m, items, item_id)) is not None:
                # "chicken biryani" of a vegetable biryani: not this dish, said back in the guest's longest words
                if len(other) > len(otherwise.get(item_id, "")):
                    otherwise[item_id] = other
            else:
                add[item_id] = (m.start(), _count(lowered, m, before))
                if CYRILLIC.search(m.group(0)) and not CYRILLIC.search(names[item_id]):
                    said[item_id] = _said_back(m.group(0), phrase)
            break
    _swap_serving(lowered, items, add, referred, remove)
    unclear = _of_a_kind(lowered, items, families, taken, add) | {said: [] for said in otherwise.values()}
    order = [(item_id, qty) for item_id, (_, qty) in sorted(add.items(), key=lambda pair: pair[1][0])]
    return MenuRead(order, remove, referred, said, fewer, unclear)


# What a dish is mainly made of: a guest who names one the dish is not made of orders another dish.
_MAIN_KINDS = frozenset({"beef", "chicken", "pork", "ham", "lamb", "fish", "prawn", "vegetarian"})


def _made_otherwise(lowered: str, m: re.Match[str], items: list[MenuItem], item_id: str) -> str | None:
    """The guest's words for the dish, when they say it is made of something the item named is not ("two chicken
    biryani" where the menu's biryani is vegetable): None when they say nothing of it, or what the item is."""
    bounds = [0, *(end for sep in SEPARATOR.finditer(lowered) for end in (sep.start(), sep.end())), len(lowered)]
    start, end = next(((a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if a <= m.start() < b),
                      (m.start(), m.end()))
    part = lowered[start:end]
    item = next(item for item in items if item.id == item_id)
    said = dish_kinds(part) & _MAIN_KINDS
    made = dish_kinds(f"{item.name} {' '.join(item.tags)}") & _MAIN_KINDS
    if not said or not made or said & made:
        return None
    # the dish's name and the words that say what it is made of, not the rest of the request around them
    spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", part) if dish_kinds(w.group(0)) & said]
    spans.append((m.start() - start, m.end() - start))
    return part[min(a for a, _ in spans):max(b for _, b in spans)].strip(" .,!?")


def _swap_serving(lowered: str, items: list[MenuItem], add: dict[str, tuple[int, int]], referred: list[str],
                  remove: list[str]) -> None:
    """"Make the Malbec two glasses instead of the bottle", "вместо бутылки мальбека два бокала": the drink in
    the serving turned down comes off, and the one asked for goes on, as many as said with its serving."""
    servings = {item.id: _serving(" ".join(re.findall(r"\((.*?)\)", item.name))) for item in items}
    bare = {item.id: re.sub(r"\s*\(.*?\)", "", item.name).lower() for item in items}
    said = [(name, m) for name, pattern in _SERVINGS for m in pattern.finditer(lowered)]
    turned_down = {name for name, m in said if _INSTEAD_OF.search(lowered[:m.start()])
                   or _INSTEAD_AFTER.match(lowered[m.end():])}
    for name in {bare[item_id] for item_id in [*add, *referred, *remove] if servings.get(item_id)}:
        alike = [item.id for item in items if bare[item.id] == name]
        wanted = [(item_id, m) for item_id in alike for serving, m in said
                  if serving == servings[item_id] and serving not in turned_down]
        dropped = [item_id for item_id in alike if servings[item_id] in turned_down]
        if not wanted or not dropped:
            continue
        item_id, m = wanted[0]
        counter = COUNTED.search(lowered[m.end():m.end() + 12])  # "グラスで2杯", "잔으로 두 잔"
        add[item_id] = (m.start(), counted(counter) if counter else _count(lowered, m, lowered[max(0, m.start() - 30):
                                                                                                m.start()]))
        remove[:] = [other for other in remove if other != item_id] + [d for d in dropped if d not in remove]
        for other in dropped:  # "statt der Flasche Rioja": the bottle named is the one turned down
            add.pop(other, None)
        referred[:] = [other for other in referred if other != item_id]


# One more of what is on the order, in a serving with no dish named: "and a glass too", "y una copa también",
# "und noch ein Glas", "и ещё бокал", "再来一杯", "グラスも1杯", "한 잔 더", "وكأس كمان".
_ANOTHER = compiled(r"\b(?:too|also|another|more|as\s+well|también|otr[ao]s?|además|aussi|encore|autre|auch|noch|"
                      r"weitere[ns]?|тоже|также|ещ[её])\b|再|也|还|も|더|كمان|أيضا|ايضا|أيضاً|كذلك|ثاني|بعد",
                      re.IGNORECASE)


_POLITE_END = compiled(r"\b(?:please|pls|por\s+favor|s'il\s+vous\s+pla[iî]t|bitte|пожалуйста)\b|"
                         r"请|ください|お願い\w*|주세요|해\s*주세요|من\s+فضلك|لو\s+سمحت", re.IGNORECASE)


def served_again(text: str, items: list[MenuItem], ordered: Iterable[str]) -> list[tuple[str, int]]:
    """The ordered drink in the serving said with no dish ("and a glass too" after a bottle of Malbec: the
    Malbec by the glass), with its count; nothing when a dish is named or no drink on the order comes so."""
    said = sorted((m.start(), name, m) for name, pattern in _SERVINGS for m in pattern.finditer(text))
    if len({name for _, name, _ in said}) != 1 or not _ANOTHER.search(text) or any(menu_order(text, items)):
        return []
    _, name, m = said[0]
    rest = _POLITE_END.sub(" ", _ANOTHER.sub(" ", COUNTED.sub(" ", text[m.end():])))
    if re.search(rf"[^\W\d_]{{2,}}|[{CJK}]", rest):  # "a glass of water too", "一杯水": a thing of its own
        return []
    servings = {item.id: _serving(" ".join(re.findall(r"\((.*?)\)", item.name))) for item in items}
    bare = {item.id: re.sub(r"\s*\(.*?\)", "", item.name).lower() for item in items}
    served = {bare[item_id] for item_id in ordered if servings.get(item_id)}
    fits = [item.id for item in items if servings[item.id] == name and bare[item.id] in served]
    counter = COUNTED.search(text)
    before = QTY_BEFORE.search(text[:m.start()]) or QTY_WORD.search(text)
    count = counted(counter) if counter else (number(before.group("qty")) or 1) if before else 1
    return [(fits[0], min(20, max(1, count)))] if len(fits) == 1 else []


def _count(lowered: str, m: re.Match[str], before: str) -> int:
    """How many of the thing named at `m` are wanted: a count before it, or after it ("两份", "2つ", "하나")."""
    qty = QTY_BEFORE.search(before)
    after = COUNT_BEFORE.search(before) or COUNT_AFTER.match(lowered[m.end():m.end() + 12])
    count = number(qty.group("qty")) if qty else counted(after) if after else clause_count(before)
    return min(20, max(1, count or 1))


def _said_back(word: str, key: str) -> str:
    """The guest's Cyrillic word for a dish, said back as they wrote it when it keeps the menu word's stem
    ("борща"); a diminutive that changes the stem ("пельмешки", "сырнички") as the word itself ("пельмени"),
    which the guest knows as the dish."""
    stem = key[:-1] if key[-1:] in ("а", "е", "и", "о", "у", "ы", "я", "ю", "ь") else key
    if not CYRILLIC.search(key) or stem in word.replace("ь", ""):
        return word
    spelled, cut = 0, 0  # the guest's letters as far as they spell the key (a soft sign it lacks kept)
    for at, letter in enumerate(word):
        if spelled < len(key) and letter == key[spelled]:
            spelled, cut = spelled + 1, at + 1
        elif letter != "ь":  # a case ending past the stem ("кваса" of "квасс") is the guest's to keep
            return word[:cut] + key[spelled:] if 0 < spelled < len(key) - 1 else word
    return word  # all of it spells the key ("квас" of "квасс"): as the guest wrote it


def _of_a_kind(lowered: str, items: list[MenuItem], families: dict[str, list[str]], taken: list[tuple[int, int]],
               add: dict[str, tuple[int, int]]) -> dict[str, list[str]]:
    """Dishes named by the kind several of the menu's are, in a part of the list that names no other dish: the
    one made of what the guest says ("four beef empanadas") goes in `add`; else the guest's words, with the
    dishes that fit them (all of the kind when they said nothing more, none when no dish is made so)."""
    made_of = {item.id: dish_kinds(f"{item.name} {' '.join(item.tags)}") for item in items}
    first = {item.id: next(iter(name_words(item.name)), "") for item in items}
    unclear: dict[str, list[str]] = {}
    bounds = [0, *(end for m in SEPARATOR.finditer(lowered) for end in (m.start(), m.end())), len(lowered)]
    parts = list(zip(bounds[::2], bounds[1::2], strict=False))
    spelled = [(word, family) for word, family in families.items()]
    spelled += [(to_cyrillic(word), family) for word, family in spelled]  # "эмпанады"
    plain = lowered.replace("э", "е")  # the "е" a spelled-out name has (`to_cyrillic`), where Russian writes "э"
    for word, family in spelled:
        for m in phrase_pattern(word).finditer(plain):
            start, end = next((a, b) for a, b in parts if a <= m.start() < b or m.start() == b)
            if any(start <= a < end for a, _ in taken):
                continue  # "chicken" of "chicken shawarma": the dish already read
            part, before = lowered[start:end], lowered[start:m.start()]
            if _REMOVE_BEFORE.search(before) or _DEFINITE_BEFORE.search(before):
                continue
            taken.append(m.span())
            said = dish_kinds(part)
            fits = [item_id for item_id in family if said <= made_of[item_id]]
            # "two Cass" beside a "beer set with 2 Cass beers": the one dish the word begins the name of
            called = [item_id for item_id in fits if first[item_id] == word.lower()] if not said else fits
            if len(called) == 1:
                add.setdefault(called[0], (m.start(), _count(lowered, m, before)))
            else:  # "empanadas": which of them; "pork empanadas" (none fits): in the guest's words, without the count
                unclear[" ".join(QTY_WORD.sub(" ", part).split()) if said else lowered[m.start():m.end()]] = fits
            break
    return unclear


def _served_as(item_id: str, phrase: str, asked: str | None, keys: list[tuple[str, str]],
               items: list[MenuItem]) -> str:
    """The item of those the phrase names alike ("Malbec (copa)", "Malbec (botella)") whose serving the guest
    asked for ("a bottle of Malbec", "una copa de Malbec"); the one found first when they asked none."""
    if asked is None:
        return item_id
    alike = [other for key, other in keys if key == phrase]
    servings = {item.id: _serving(" ".join(re.findall(r"\((.*?)\)", item.name))) for item in items}
    return next((other for other in alike if servings.get(other) == asked), item_id)


def order_notes(text: str) -> str | None:
    """Preparation wishes: "the salad without anchovies", "no onions", "gluten-free"."""
    notes = [m.group(0).strip() for m in _NOTE.finditer(text)]
    return "; ".join(notes) or None
