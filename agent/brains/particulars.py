"""A question without the particulars of a booking: the day and how many are coming.

"balloon tmrw 2 ppl how much" asks what the balloon costs; the day and the party are what the guest will book
once they know. In a short telegraphic question those words weigh as much as the topic to a sentence embedding
and pull its entry under the confidence bar. Blanked out, the topic is left to be read (faq_lookup.FaqLookup.probe
reads the question so only where the whole of it finds its entry only under the bar).
"""

from __future__ import annotations

import re

from agent.brains.dates import WEEKDAYS, without_dates
from core.translit import compiled

_QTY = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|deux|trois|quatre|" \
       r"cinq|zwei|drei|vier|fünf|sechs|duas|quatro|два|двое|три|трое|четыре|четверо)"
# How many are coming: "2 people", "for 4 adults", "two of us", "we are 6", "para 2 personas", "zu zweit",
# "на двоих", "两个人", "2人で", "두 명", "لشخصين".
_PARTY = compiled(
    rf"(?<![\w:.])(?:(?:for|para|pour|für|на|per)\s+)?{_QTY}\s*(?:people|persons?|pax|guests?|adults?|kids?|"
    rf"children|ppl|personas|adultos|niños|personnes|adultes|enfants|personen|erwachsene|kinder|pessoas|crianças|"
    rf"человек\w*|взросл\w*|дет\w*)(?!\w)|"
    rf"(?<!\w)(?:just\s+)?(?:the\s+)?{_QTY}\s+of\s+us(?!\w)|(?<!\w)(?:we\s+are|we're|somos|nous\s+sommes|wir\s+sind|"
    rf"нас)\s+{_QTY}(?!\w)|(?<!\w)zu\s+(?:zweit|dritt|viert|fünft)(?!\w)|(?<!\w)(?:на\s+)?(?:двоих|троих|четверых)"
    r"(?!\w)|(?<!\w)вдвоём|(?<!\w)вдвоем|"
    r"(?:\d{1,2}|[两二三四五六])\s*(?:个人|個人|位)|(?:\d{1,2}|[二三四五六])\s*(?:人|名)(?:で)?|ふたりで|"
    r"(?:\d{1,2}|[두세네])\s*(?:명|인)(?:이서)?|(?<![\w])(?:둘|셋|넷)이서|لشخصين|ل?\d+\s*أشخاص", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?<!\w)(?:on\s+|el\s+|le\s+|am\s+|no\s+|na\s+)?(?:" +
                      "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)

# A word that led to a day taken out: "on", "for", "el", "am", left before the end of the sentence.
_LEFT_OVER = re.compile(r"\s+(?:on|for|at|by|the|el|la|le|am|an|für|para|pour|no|na|в|на)(?=\s*(?:[,.?!？。]|$))",
                        re.IGNORECASE)


def without_particulars(text: str) -> str:
    """The text without the day and the party a booking would need; the text itself if it has none ("balloon
    tomorrow 2 people how much" -> "balloon how much"). Not an hour: "check out at 2pm" asks for a late check-out."""
    out = _WEEKDAY.sub(" ", _PARTY.sub(" ", without_dates(text, relative=True)))
    out = " ".join(out.split())
    out = _LEFT_OVER.sub("", out)   # "collect us on the 14th?": not "collect us on?"
    out = re.sub(r"\s+([,.?!？。])", r"\1", out)
    return out if re.search(r"[^\W\d_]", out) else text
