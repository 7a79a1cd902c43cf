"""Cuisines a guest asks for by name ("a Korean restaurant", "中餐馆", "한식당", "sushi"), and whether any place the
hotel lists serves one: a list of the restaurants nearby is no answer to "is there a Chinese restaurant?" when none
of them is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.hotels import Place

# What names a cuisine as food, not as a people or a language: "Korean" alone may be a guest's passport.
_FOOD = (r"(?:food|restaurants?|places?|cuisine|dishes|meals?|dinner|lunch|takeaway|take-out|bbq|barbecue|comida|"
         r"restaurantes?|cocina|essen|küche|кухн\w*|еда|еду|еды|ресторан\w*|culinária|gastronomia)")


@dataclass(frozen=True)
class Cuisine:
    """One cuisine: how guests ask for it in ten languages, the English words a place's own text uses for it, and
    the countries it is the local food of (there every restaurant may serve it, whatever its text says)."""

    asked: re.Pattern[str]
    served: re.Pattern[str]
    countries: tuple[str, ...]


def _cuisine(adjectives: str, dishes: str, words: str, served: str, countries: tuple[str, ...]) -> Cuisine:
    """`adjectives`: the cuisine's adjective in Latin and Cyrillic scripts, said beside a food word; `dishes`: its
    dishes, each asking for it alone; `words`: the other languages' words for its food, matched anywhere."""
    latin = rf"(?<![\w])(?:{adjectives})\s+{_FOOD}|{_FOOD}\s+(?:\w+\s+)?(?:{adjectives})(?![\w])"
    return Cuisine(re.compile(rf"{latin}|(?<![\w])(?:{dishes})(?![\w])|{words}", re.IGNORECASE),
                   re.compile(rf"(?<![\w])(?:{served})(?![\w])", re.IGNORECASE), countries)


CUISINES = {
    "korean": _cuisine(r"korean|corean[oa]s?|coréen\w*|koreanisch\w*|корейск\w*|coreana?s?",
                       r"bibimbap|kimchi|bulgogi",
                       r"韩国菜|韩餐|韩式|韩国料理|韓国料理|한식|한국\s*음식|한국\s*식당|한국\s*요리|مطعم\s+كوري|طعام\s+كوري|أكل\s+كوري",
                       r"korean|bibimbap|kimchi|bulgogi", ("korea", "south korea", "republic of korea")),
    "chinese": _cuisine(r"chinese|chin[oa]s?|chinois\w*|chinesisch\w*|китайск\w*|chinesa?s?|chinês",
                        r"dim\s+sum|dumplings?|cantonese|sichuan|szechuan",
                        r"中餐|中国菜|中式餐|中国餐|中華料理|中華|中国料理|중식|중국집|중국\s*음식|중국\s*요리|중국\s*식당|"
                        r"مطعم\s+صيني|طعام\s+صيني|أكل\s+صيني",
                        r"chinese|dim\s+sum|dumplings?|cantonese|sichuan|szechuan", ("china",)),
    "japanese": _cuisine(r"japanese|japon[eé]s|japonesa?s?|japonais\w*|japanisch\w*|японск\w*|japonês|japonesa",
                         r"sushi|ramen|izakaya|sashimi|суши|寿司|초밥|스시|سوشي",
                         r"日料|日本料理|日本菜|和食|일식|일본\s*음식|일본\s*요리|مطعم\s+ياباني|طعام\s+ياباني",
                         r"japanese|sushi|ramen|izakaya|sashimi", ("japan",)),
    "italian": _cuisine(r"italian|italian[oa]s?|italien\w*|italienisch\w*|итальянск\w*",
                        r"pizzas?|pizzeria|pizzaria|trattoria|пицц\w*|披萨|比萨|ピザ|피자|بيتزا",
                        r"意大利菜|意大利餐|イタリアン|イタリア料理|이탈리안|이탈리아\s*음식|مطعم\s+إيطالي|طعام\s+إيطالي",
                        r"italian|pizzas?|pizzeria|pasta|trattoria|osteria", ("italy",)),
    "indian": _cuisine(r"indian|indi[oa]|hind[uú]|indien\w*|indisch\w*|индийск\w*|indiana",
                       r"curry|curries|tandoori|biryani|карри|咖喱|カレー|카레|كاري",
                       r"印度菜|印度餐|インド料理|인도\s*음식|인도\s*요리|مطعم\s+هندي|طعام\s+هندي",
                       r"indian|curry|curries|tandoori|biryani|masala", ("india",)),
    "thai": _cuisine(r"thai|tailand[eéê]s|tailandesa?|thaï\w*|thaïlandais\w*|thailändisch\w*|тайск\w*",
                     r"pad\s+thai|tom\s+yum",
                     r"泰国菜|泰餐|泰式|タイ料理|태국\s*음식|태국\s*요리|타이\s*음식|مطعم\s+تايلاندي|طعام\s+تايلاندي",
                     r"thai|pad\s+thai|tom\s+yum", ("thailand",)),
    "mexican": _cuisine(r"mexican|mexican[oa]s?|mexicain\w*|mexikanisch\w*|мексиканск\w*",
                        r"tacos?|taquer[ií]a|burritos?|тако|塔可|タコス|타코|تاكو",
                        r"墨西哥菜|墨西哥餐|メキシコ料理|멕시칸|멕시코\s*음식|مطعم\s+مكسيكي|طعام\s+مكسيكي",
                        r"mexican|tacos?|taquer[ií]a|burritos?", ("mexico",)),
    "vietnamese": _cuisine(r"vietnamese|vietnamitas?|vietnamien\w*|vietnamesisch\w*|вьетнамск\w*",
                           r"ph[oở]|banh\s+mi|bánh\s+mì|фо",
                           r"越南菜|越南粉|ベトナム料理|베트남\s*음식|쌀국수|مطعم\s+فيتنامي|طعام\s+فيتنامي",
                           r"vietnamese|ph[oở]|banh\s+mi|bánh\s+mì", ("vietnam", "viet nam")),
}


def asked_cuisine(text: str) -> tuple[str, str] | None:
    """The cuisine a message asks for and the guest's own words for it, if it names one."""
    for name, cuisine in CUISINES.items():
        if (found := cuisine.asked.search(text)) is not None:
            return name, found.group(0).strip()
    return None


def served_nearby(name: str, places: list[Place], country: str) -> bool:
    """Whether a place the hotel lists serves the cuisine by its own words (name, tags, description), or it is the
    food of the hotel's own country, which the hotel's places need not name."""
    cuisine = CUISINES[name]
    if country.strip().lower() in cuisine.countries:
        return True
    return any(cuisine.served.search(" ".join([p.name, p.kind, *p.tags, p.description])) for p in places)
