"""A hotel whose deposit is the first night's rate (an inn's usual rule), not a share of the stay: the link
asks for that night, and says so, in the guest's language; a French "dépôt" asks for it as "acompte" does."""

from __future__ import annotations

import datetime as dt

import pytest

from core.hotels import Deposit
from skills.inventory import quote
from tests import test_brain
from tests.test_brain import Guest, skills_of, text_of

afternoon = test_brain.afternoon


@pytest.fixture(scope="module")
def inn(tmp_path_factory):
    hotel = test_brain.HOTEL.model_copy(deep=True)
    hotel.policies.deposit = Deposit(nights=1)
    return test_brain.offline_concierge(tmp_path_factory.mktemp("inn"), hotel)


def test_the_quote_takes_the_first_nights_rate_however_long_the_stay():
    hotel = test_brain.HOTEL.model_copy(deep=True)
    hotel.policies.deposit = Deposit(nights=2)
    suite = hotel.room("KS")
    rate = round(suite.rate * 100)
    assert quote(hotel, suite.code, dt.date(2027, 3, 10), dt.date(2027, 3, 15)).deposit_minor == 2 * rate
    assert quote(hotel, suite.code, dt.date(2027, 3, 10), dt.date(2027, 3, 11)).deposit_minor == rate  # one night


@pytest.mark.parametrize(("stay", "details", "ask", "said"), [
    ("Bonsoir, la King Suite est-elle libre du 10 au 12 mars 2027 pour nous deux ?",
     "On la réserve : Luc Bouchard, luc.bouchard@example.com, +1 514 555 0134", "Où est-ce que je règle le dépôt ?",
     "première nuit"),
    ("Haben Sie die King Suite vom 10. bis 12. März 2027 für zwei Personen frei?",
     "Wir nehmen sie. Jonas Weber, jonas.weber@example.com, +49 151 2345 6789", "Wie leiste ich die Anzahlung?",
     "ersten Nacht"),
    ("Is the King Suite free from March 10 to March 12, 2027 for two?",
     "We'll take it. Priya Natarajan, priya.n@example.com, +44 7700 900123", "How do I put the deposit down?",
     "first night"),
])
def test_a_first_night_deposit_is_asked_for_that_night(inn, stay, details, ask, said):
    guest = Guest(inn)
    guest.says(stay)
    saved = text_of(guest.says(details))
    turn = guest.says(ask)
    text = text_of(turn)
    assert skills_of(turn) == ["generate_payment_link"] and turn.replies[0].payment_url in text
    assert "$329" in text and said in text and said in saved and "0%" not in text and "0 %" not in text
