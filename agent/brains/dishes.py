"""Dishes a guest names in other words than the menu's, read by meaning.

A menu is written once, in the hotel's language; guests order in theirs ("一份素食碗", "овощной боул",
"ein Schweinefleisch-Sandwich"). What the word table of `orders.menu_order` does not know is matched with
the multilingual sentence encoder: each ordered phrase against each item's name, kept when one item is
clearly nearest. Near items of a menu are near in meaning too (a red wine and a green one, a vegetable bowl
and a chowder bowl), so the brain names what it read this way back with its price and places it only on a yes.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable

import numpy as np

from agent.brains import counting, menus, orders, room_slots, upkeep, wants
from core.hotels import MenuItem
from core.translit import compiled
from kb.embedders import Embedder

# Measured with multilingual USE on both sample menus (ordered phrases in nine languages against item names, the
# words that mean no food taken out): right items scored 0.55-0.83 with a lead of 0.09 or more over the next
# item; what names nothing on the menu ("到204房间", the "air" of "fix the air conditioning") stayed under 0.45.
FLOOR = 0.5
MARGIN = 0.08
# Dishes no item of the menu is ("sushi", "Schnitzel", "寿司", "كباب" on a burger-and-pizza menu) scored 0.40-0.49
# against their nearest item; what named no dish ("as quickly as you can", "楓の です", "with cutlery") stayed
# under 0.38.
DISH_FLOOR = 0.4
WORD_FLOOR = 0.3  # a word of an ordered phrase this near no item ("bitte", "能", "لي") is not part of the dish
# A room left in a phrase, with the words that tie it to the dish ("到204房间", "204호로", "204号室に").
_ROOM_LEFT = compiled(r"(?:送到|到|至|给|لل|ل)?\s*(?:\x00|\d+\s*(?:号房|號房|号室|号|호실|호|房间|房間|室)?|"
                        r"(?:我们?的?)?(?:房间|房間)|部屋|방|객실)\s*(?:으로|로|에|に|へ|まで)?|[吗呢嗎か]\s*$|"
                        r"\b(?:(?:to|in|into)\s+(?:my|our|the)\s+room|(?:aufs|ins|auf\s+das|in\s+das)\s+zimmer|"
                        r"(?:en|a|para)\s+(?:la|mi|nuestra)\s+habitaci[oó]n|(?:dans|à)\s+(?:ma|la|notre)\s+chambre|"
                        r"(?:в|на)\s+(?:мой\s+|наш\s+)?номер)\b|(?:(?:إلى|الى|على)\s+)?(?:ال|لل|ل|ب)?غرف(?:ة|ه|تي|تنا)(?!\S)",
                        re.IGNORECASE)
# A polite way of asking left after the dish, with the particle that ties them ("抹茶セットをいただけますか",
# "담요를 받을 수 있을까요"): Japanese and Korean ask after the thing, with no space between.
_ASKING_LEFT = compiled(r"(?:を|は|も|が)?\s*(?:(?:お願い)?(?:でき|いただけ|頂け|もらえ|くれ)(?:ます|ません)"
                          r"(?:か|でしょうか)?|(?:お願い)?(?:でしょうか|します))\s*$|"
                          r"(?:을|를)?\s*(?:받을|주실|줄)\s*수\s*(?:있|없)\w*\s*$")
# Words for a serving rather than a dish ("set", "plate", "portion", "a bottle of"): shared by many items of a menu
# ("sake tasting set", "onigiri set"), they would outweigh the word that tells the dish ("抹茶セット").
_SERVING = compiled(r"\b(?:sets?|plates?|platters?|portions?|servings?|menus?|platos?|porci[oó]n(?:es)?|"
                      r"raci[oó]n(?:es)?|assiettes?|teller|portionen|menüs?|набор\w*|сет\w*|тарелк\w*|порци\w*|"
                      r"меню|طبق|وجبة|حصة|bottles?|glass(?:es)?|cups?|botellas?|vasos?|copas?|bouteilles?|verres?|"
                      r"tasses?|flaschen?|gl[äa]s(?:er)?|tassen?|бутыл\w*|стакан\w*|бокал\w*|чашк\w*|زجاج\w*|كوب|"
                      r"كأس)\b(?:\s+(?:of|de|del|du|des|von|из)\b|\s+d')?|セット|定食|人前|套餐|拼盘|"
                      r"세트|접시|인분", re.IGNORECASE)
# "I want" / "we'd like" before the dish, as Arabic guests text it (standard and Gulf: "أبي أطلب شاورما", "ابغى
# برجر", "ودي كنافة"), and Chinese ones: the order's verb, not a word of the dish (Gulf "أبي" reads as "my father"
# to the encoder).
_WANTING = compiled(r"(?<!\S)(?:أريد|اريد|نريد|أبي|ابي|نبي|أبغى|ابغى|أبغي|ابغي|نبغى|نبغي|ودي|ودنا|بغيت|أود|نود)"
                      r"(?:\s+(?:أن|ان))?(?:\s+(?:أطلب|اطلب|نطلب|طلب))?(?:\s+(?:لو\s+سمحت|من\s+فضلك))?(?!\S)|"
                      # and in Chinese, written on the dish ("我想点一份鸡肉沙威玛", "帮我点个汉堡")
                      r"(?:我们?|帮我|给我)?(?:想要|想点|要点|想订|来)(?=\s*[\u4e00-\u9fff\d])|(?:帮|给)我点(?=\s*[\u4e00-\u9fff\d])|^(?:我们?)?要(?=\s*[\u4e00-\u9fff])")
_LETTERS = re.compile(r"[^\W\d_]")
_MENUS: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()  # item names -> their vectors, for a few menus
_MENUS_KEPT = 16


def phrases(text: str, rooms: Iterable[str] = ()) -> list[tuple[str, int]]:
    """What a sentence orders, one phrase a thing, with its quantity: "两份素食碗和一杯水" →
    [("素食碗", 2), ("水", 1)]; rooms (by number or by the names in `rooms`), order verbs and politeness are left
    out."""
    return [(part, quantity) for part, quantity, _, _ in _counted_phrases(text, rooms)]


# The "and" of a list, which ties what follows to the ordered thing before it ("شاورما دجاج وكنافة", "tlayuda和…").
_AND = compiled(r"^\s*(?:and|plus|y|e|et|und|sowie|и|а\s+также|和|跟|以及|还有|と|や|하고|이랑|랑|그리고|و)\s*$",
                  re.IGNORECASE)


def _counted_phrases(text: str, rooms: Iterable[str]) -> list[tuple[str, int, bool, bool]]:
    """The `phrases`, each with whether a counter word counted it ("一碗", "두 병", "2つ", "하나"): what is
    counted so is a thing ordered, whatever the encoder makes of its name; and whether it is a short phrase
    a number or article counts ("a lemonade"), or an "and" ties to the next or last ("…وكنافة"), a thing
    ordered when the list orders a dish of the menu too."""
    found = []
    text = room_slots.without_named_room(text, rooms, "\x00")
    marks = list(counting.SEPARATOR.finditer(text))
    bounds = [0, *(end for m in marks for end in (m.start(), m.end())), len(text)]
    for at, (start, end) in enumerate(zip(bounds[::2], bounds[1::2], strict=True)):
        part = text[start:end]
        tied = any(0 <= k < len(marks) and _AND.match(marks[k].group(0)) for k in (at - 1, at))
        quantity, counted, numbered = 1, False, False
        counter = counting.COUNTED.search(part)
        if counter:
            quantity, counted = counting.counted(counter), True
            part = part[:counter.start()] + " " + part[counter.end():]
        else:
            before = counting.quantity_in(room_slots.without_room(part))
            if before is not None:
                quantity, part = before
            numbered = before is not None or tied
        part = _ROOM_LEFT.sub(" ", room_slots.without_room(part, "\x00"))
        part = _ASKING_LEFT.sub(" ", wants.PLEASE.sub(" ", wants.ORDER.sub(" ", _WANTING.sub(" ", part))).strip(
            " .!?¿¡。！？،"))
        part = re.sub(r"\s+", " ", part).strip(" .!?¿¡。！？،")
        part = re.sub(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])[をはがもにで]$", "", part)  # "お茶漬けを": the particle
        dish = _SERVING.sub(" ", part).strip()
        part = dish if len(_LETTERS.findall(dish)) >= 2 else part
        if len(_LETTERS.findall(part)) >= 2:
            found.append((part, max(1, min(20, quantity)), counted, numbered and len(part.split()) <= 3))
    return found


def _named(phrase: str, items: list[MenuItem], excluded_words: list[str]) -> bool:
    """Whether the word table reads the phrase: a dish to add, take off or refer to, or a kind the menu sells
    several dishes of ("empanadas"), which the guest is asked about."""
    read = orders.menu_read(phrase, items, excluded_words)
    return bool(read.add or read.remove or read.referred or read.unclear)


# What a dish comes with, after its name ("Chicken shawarma plate with garlic toum and fries"): a guest orders
# "شاورما دجاج", and the sides would outweigh the dish against it.
_SIDES = re.compile(r"\s+(?:with|w/|served\s+with|on\s+a\s+bed\s+of|and\s+a\s+side\s+of)\s.*$", re.IGNORECASE)


def _item_vectors(items: list[MenuItem], embedder: Embedder, excluded_words: list[str],
                  sides: bool = True) -> np.ndarray:
    """The items' names as the encoder reads them: without "(2 pieces)", "(glass)", a serving ("set", "plate"),
    nor the hotel's own words ("Kyoto craft beer" is a craft beer: the town's name would outweigh "beer" against
    "пиво"); with `sides` False, also without what the dish comes with."""
    local = {word.lower() for word in excluded_words}
    plain = (_bare(item.name) for item in items)
    names = tuple(" ".join(word for word in name.split() if word.lower() not in local) or name
                  for name in (_SERVING.sub(" ", name if sides else _SIDES.sub("", name) or name) for name in plain))
    vectors = _MENUS.get(names)
    if vectors is None:
        vectors = _MENUS[names] = embedder.embed(list(names))
        while len(_MENUS) > _MENUS_KEPT:
            _MENUS.popitem(last=False)
    return vectors


def _bare(name: str) -> str:
    """A menu name without its brackets, except a name of a few letters ("Che (sweet bean and coconut dessert)"):
    alone it tells the encoder nothing, which then finds it in any word it begins ("charge")."""
    bare = re.sub(r"\s*\(.*?\)", "", name)
    return bare if len(_LETTERS.findall(bare)) > menus.SHORT_NAME else name


def _dish_words(phrase: str, menu: np.ndarray, embedder: Embedder) -> str:
    """The phrase without the words that mean no food at all ("Könnten Sie uns … aufs"), which would dilute
    it: a word stays when it is somewhat near one item of the menu."""
    words = phrase.split()
    if len(words) < 2:
        return phrase
    near = (embedder.embed(words) @ menu.T).max(axis=1) >= WORD_FLOOR
    return " ".join(word for word, keep in zip(words, near, strict=True) if keep) or phrase


def read(text: str, items: list[MenuItem], embedder: Embedder, excluded_words: list[str],
         rooms: Iterable[str] = ()) -> list[tuple[str, int]]:
    """Menu items (id, quantity) the sentence orders by meaning, for the phrases the word table did not read."""
    return [(item_id, quantity) for item_id, quantity, _ in read_all(text, items, embedder, excluded_words, rooms)[0]]


def read_all(text: str, items: list[MenuItem], embedder: Embedder, excluded_words: list[str],
             rooms: Iterable[str] = ()) -> tuple[list[tuple[str, int, str]], list[str], list[str]]:
    """The items `read` finds (id, quantity, the guest's words for it, to say back beside the menu's name); the
    phrases that name a dish this menu does not have: near the menu's dishes, as a dish is ("sushi", "Schnitzel",
    "寿司" beside a burger), yet near none of them in particular, or as near two; and the phrases counted as things
    ordered ("탄탄면 하나", "一碗…"), or listed beside a dish ordered, that the encoder reads as nothing. A guest told
    a dish was not found can choose again, where a dropped dish would just not come."""
    every = _counted_phrases(text, rooms)
    unnamed = [phrase for phrase in every if not _named(phrase[0], items, excluded_words)]
    # "two margheritas and a lemonade": a thing of its own in a list that orders a dish, with its count or tied by
    # "and", is ordered too; "maybe 10 people" in a sentence that orders nothing is not
    asked = unnamed
    if not asked or len(items) < 2:
        return [], [], []
    menu = _item_vectors(items, embedder, excluded_words)
    dishes = _item_vectors(items, embedder, excluded_words, sides=False)
    # Each phrase whole and without its food-less words: the nearer reading counts ("овощной боул с нутом" keeps
    # words no item is near on its own). Each item is as near as its name with or without its sides.
    # A name written by its sound ("путин") is read as the menu spells it, and said back as the guest wrote it.
    heard = [menus.sounded(phrase, items, excluded_words) for phrase, _, _, _ in asked]
    texts = heard + [_dish_words(phrase, menu, embedder) for phrase in heard]
    says = [" ".join(word for word in phrase.split() if menus.sounded(word, items, excluded_words) != word) or short
            for (phrase, _, _, _), short in zip(asked, texts[len(asked):], strict=True)]
    # ...unless the words as written read nearer: an Arabic word of the language ("شاي تركي", Turkish tea) may
    # sound like a menu's word too
    plain = [phrase for phrase, _, _, _ in asked]
    vectors = embedder.embed(texts + plain)
    both = np.maximum(vectors @ menu.T, vectors @ dishes.T)
    readings = both.reshape(3, len(asked), len(items))
    nearest = readings.max(axis=2).argmax(axis=0)  # on a tie the first: the whole phrase as heard
    scores = readings[nearest, np.arange(len(asked))]
    says = [phrase if reading == 2 and phrase != heard_as else said
            for phrase, heard_as, said, reading in zip(plain, heard, says, nearest, strict=True)]
    found: dict[str, tuple[int, str]] = {}
    unlisted, unread = [], []
    listed: list[str] = []  # things of a list, ordered if the list orders a dish
    for row, (phrase, quantity, counted, numbered), said in zip(scores, asked, says, strict=True):
        second, best = np.argsort(row)[-2:]
        if row[best] >= FLOOR and row[best] - row[second] >= MARGIN:
            found[items[best].id] = (found.get(items[best].id, (0, ""))[0] + quantity, said)
        elif orders.order_notes(phrase):  # "no onions" is no dish
            continue
        elif row[best] >= DISH_FLOOR:  # near a dish, or as near two ("unicorn steak"): not found, not dropped
            unlisted.append(said)
        elif row[best] < DISH_FLOOR and not upkeep.housekeeping_items(phrase):
            (unread if counted else listed if numbered else []).append(phrase)
    if len(unnamed) < len(every) or found:
        unread += listed
    return [(item_id, quantity, said) for item_id, (quantity, said) in found.items()], unlisted, unread
