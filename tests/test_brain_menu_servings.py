"""A menu written in the hotel's language that sells one wine by the glass and by the bottle ("Malbec (copa)",
"Malbec (botella)"): the serving the guest names, in their words, picks the item; a bracketed serving is no
dish name, and two little words of a dish's name ("a la" of "Provoleta a la parrilla") order nothing. Fresh
wording in several languages; no message here is an item of a dev set."""

from __future__ import annotations

import pytest

from agent.brains import orders
from core.hotels import MenuItem

MENU = [
    MenuItem(id="tinto-copa", name="Vino tinto de la casa (copa)", price=6000, tags=["drink"]),
    MenuItem(id="tinto-botella", name="Vino tinto de la casa (botella)", price=26000, tags=["drink"]),
    MenuItem(id="pollo", name="Pollo a la plancha con puré", price=21000, tags=["main"]),
    MenuItem(id="riesling-glas", name="Riesling (Glas)", price=9, tags=["drink"]),
    MenuItem(id="riesling-flasche", name="Riesling (Flasche)", price=38, tags=["drink"]),
]


@pytest.mark.parametrize(("text", "item"), [
    ("Could you send up a bottle of the house red wine?", "tinto-botella"),
    ("una botella de vino tinto de la casa, por favor", "tinto-botella"),
    ("Une bouteille de Riesling pour la chambre 12", "riesling-flasche"),
    ("Zwei Gläser Riesling aufs Zimmer bitte", "riesling-glas"),
    ("Uma taça de vinho tinto de la casa", "tinto-copa"),
    ("Eine Flasche Riesling, bitte", "riesling-flasche"),
])
def test_the_serving_asked_for_picks_the_item(text, item):
    order, _, _ = orders.menu_order(text, MENU)
    assert [item_id for item_id, _ in order] == [item]


def test_little_words_of_a_dish_name_order_nothing():
    order, _, _ = orders.menu_order("dos vinos tintos de la casa en copa a la habitación 204", MENU)
    assert "pollo" not in [item_id for item_id, _ in order]


def test_the_serving_said_nearest_the_wine_counts():
    order, _, _ = orders.menu_order("a bottle of water, and a glass of Riesling", MENU)
    assert [item_id for item_id, _ in order] == ["riesling-glas"]
