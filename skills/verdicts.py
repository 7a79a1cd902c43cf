"""The yes or no an English FAQ answer gives, said in the guest's language before the hotel's English.

A guest who asks "Posso levar meu cachorro?" and gets "No pets of any kind. Trained assistance dogs are
welcome ..." in English only may not read the answer at all. The concierge never translates the hotel's
words, but when the hotel's own sentence says a verdict in so many words (it opens with Yes or No, or says
that something is free, included, not included, not allowed, not accepted, or that the hotel has none), that
verdict is one of a handful of set phrases, and those it can say in any language.

It is said only to a guest's yes/no question whose nearest clause of the answer is the one stating it, and
that names what the question names: "No pets of any kind, but assistance dogs are welcome" says no to "can I
bring my dog?" only when the question is nearer to the refusal than to the exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.i18n import say
from kb import glossary

# What the hotel's English clause says, in the order a clause is read: a refusal before the word it refuses
# ("not included" is no "included"), and each kind as the phrase that says it (core/phrases/skills.yaml).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in (
    ("verdict_not_included", r"\b(?:not|isn't|aren't|never)\s+(?:\w+\s+)?included\b|^not included\b|"
                             r"\b(?:don't|doesn't|do not|does not)\s+include\b|\bexcluded\b|\b(?:is|are)\s+extra\b|"
                             r"\b(?:is|are)\s+added\b|\bcharged separately\b|\bnot part of\b"),
    ("verdict_not_accepted", r"\b(?:not|never)\s+accepted\b|\b(?:don't|doesn't|do not|does not|can't|cannot)\s+"
                             r"(?:accept|take)\b"),
    ("verdict_not_allowed", r"\bnon-smoking\b|\bsmoke-free\b|\b(?:not|never)\s+(?:allowed|permitted)\b|"
                            r"\b(?:prohibited|forbidden|banned)\b|\b(?:may|must|can)\s*not\s+(?:bring|smoke|stay|"
                            r"drink|enter|use|come|swim)\b|\b(?:can't|mustn't)\s+(?:bring|smoke|stay|drink|enter|"
                            r"use|come|swim)\b"),
    ("verdict_advised_against", r"\bplease\s+(?:don't|do not|avoid)\b|\bnot\s+(?:safe|recommended)\b|"
                                r"\b(?:isn't|is not)\s+(?:safe|drinkable|potable)\b"),
    ("verdict_none", r"\b(?:don't|doesn't|do not|does not)\s+(?:have|run|offer|serve|sell|provide|rent)\b|"
                     r"\b(?:have|has)\s+no\b|\bthere\s+(?:is|are)\s+no\b|\bthere\s+(?:isn't|aren't)\b|"
                     r"\bno\s+\w+(?:\s+\w+)?\s+(?:on site|at the hotel|in the hotel)\b"),
    ("verdict_no", r"^no\b(?!\s+(?:problem|worries|need to worry|(?:extra\s+)?(?:charge|cost|fee)))"),
    ("verdict_yes", r"^(?:yes|certainly|of course|absolutely|sure)\b"),
    ("verdict_included", r"\bincluded\b|\bincludes?\b(?!\s+(?:a|an)\s)"),
    ("verdict_free", r"(?<![-\w])free\b(?!\s+(?:until|up to|wi-?fi|time|cancellation))|\bfree of charge\b|"
                     r"\bat no (?:extra )?(?:charge|cost)\b|\bcomplimentary\b|\bno (?:extra )?charge\b"),
))
_KIND_PATTERNS = dict(_KINDS)
# What makes a clause's word a condition, not a verdict: "included only in the Suite", "free if you book".
_CONDITION = re.compile(r"\b(?:only|except|unless|if|depending|subject to|provided|as long as|apart from)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=\S)")
_BUT = re.compile(r",?\s+but\s+|,\s+(?:and|while|whereas)\s+", re.I)
_COLON = re.compile(r":\s+(?=[a-z])")
_LABEL_WORDS = 3  # "Not included: champagne ...": a label, not a clause of its own
# The words that make a question ask what, which, where, when, who, why, how or how much: no yes/no question.
_WH_WORDS = {
    "en": "what which where when who whom whose why how",
    "es": "qué cuál cuáles dónde adónde cuándo quién quiénes cómo cuánto cuánta cuántos cuántas",
    "fr": "quel quelle quels quelles où quand pourquoi comment combien quoi qu'est-ce",
    "de": "was welche welcher welches welchen welchem wo wohin woher wann wer warum wieso weshalb wie",
    "ru": "что какой какая какое какие каких каким где куда откуда когда кто почему зачем как сколько",
    "zh": "什么 哪 几 怎么 怎样 为什么 谁 多少 多久 何时",
    "ja": "何 どこ いつ 誰 だれ なぜ どうして どう どの どれ いくら どんな",
    "ko": "뭐 무엇 무슨 어디 언제 누구 왜 어떻게 어떤 몇 얼마",
    "ar": "ما ماذا أين اين متى كيف لماذا كم أي",
    "pt": "qual quais onde quando quem como quanto quanta quantos quantas",
}
_WH = {language: re.compile("|".join(re.escape(w) for w in words.split()) if language in ("zh", "ja", "ko") else
                            r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words.split()) + r")(?![\w'])", re.I)
       for language, words in _WH_WORDS.items()}
_WH_PHRASES = re.compile(r"\b(?:por qu[ée]|o que|o qu[eê]|por que|porqu[eê])\b", re.I)
# The verdicts that answer a question asking whether a thing is free or included (glossary asides), or what it
# costs ("Kostet das etwas?"): said to no other question ("Is there a gym?" is not answered "It's free").
_ASKED_KINDS = {"free": frozenset({"verdict_free", "verdict_included", "verdict_not_included"}),
                "price": frozenset({"verdict_free", "verdict_included", "verdict_not_included"}),
                "included": frozenset({"verdict_included", "verdict_not_included"})}
_PRICED = frozenset({"verdict_free", "verdict_included", "verdict_not_included"})
_POSITIVE = frozenset({"verdict_yes", "verdict_free", "verdict_included"})
# A clause that lets what another refuses: "We accept one small dog" beside "No cats or other animals".
_LETS = re.compile(r"\b(?:welcome|accept(?:s|ed)?|allowed|permitted|available)\b", re.I)
_NO_CHARGE = re.compile(r"\b(?:at\s+)?no\s+(?:extra\s+)?(?:charge|cost|fee)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|n't|cannot)\b|n't\b", re.I)
# How much nearer the clause a question is nearest to may be than another that counts beside it: cross-lingual
# cosines sit close.
_GRACE = 0.05
# How near a question naming no topic the glossary knows must be to a clause to be about it: the FAQ's own bar
# for a whole question is about 0.6; a clause a guest did not ask about sits under half of it.
_NEAR_ENOUGH = 0.3
# Languages written in their own script: a question in plain ASCII is the concierge's English rewording of the
# guest's words ("Can I get an invoice?"), not what they asked.
_OWN_SCRIPT = frozenset({"ru", "zh", "ja", "ko", "ar"})
_QUESTION = re.compile(r"[^?？؟]*[?？؟]")
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


@dataclass(frozen=True)
class Verdict:
    """The verdict one of the guest's questions gets: the phrase that says it, and the thing it is said of
    when the guest asked more than one (their own words for it, or its name as both write it)."""

    kind: str
    thing: str = ""

    def said(self, language: str) -> str:
        text = say(self.kind, language)
        return say("verdict_of", language, thing=self.thing, verdict=text) if self.thing else text


def clauses(answer: str) -> list[str]:
    """The answer's clauses: its sentences, the parts of one a "but" or ", and" joins, and the two sides of a
    colon after a clause of its own ("Spa Arve is free for guests: the pool ..."), not after a label of a few
    words ("Not included: champagne ...")."""
    found = []
    for sentence in _SENTENCE.split(answer.strip()):
        for part in _BUT.split(sentence):
            head, colon, tail = part.partition(": ")
            split = colon and _COLON.match(part, len(head)) and len(head.split()) > _LABEL_WORDS
            found += [head, tail] if split else [part]
    return [part.strip() for part in found if part.strip()]


def kind_of(clause: str) -> str | None:
    """The verdict a clause of the hotel's English states, or None: a clause that sets a condition states none."""
    if _CONDITION.search(clause):
        return None
    return next((kind for kind, pattern in _KINDS if pattern.search(clause)), None)


def questions(asked: str, language: str) -> list[str]:
    """The guest's yes/no questions: each sentence ending in a question mark that asks no what, where, how or
    how much, unless it asks whether a thing is free or included ("¿cuánto cuesta, o es gratis?")."""
    found = [q.strip() for q in _QUESTION.findall(asked) if q.strip(" ?？؟")
             and not (language in _OWN_SCRIPT and q.isascii())]
    wh = _WH.get(language)
    return [q for q in found if glossary.asked_of(q, language) & {"free", "included"} or
            not (wh is not None and wh.search(q) or _WH_PHRASES.search(q))]


def verdicts(answer: str, asked: str, language: str, closeness: Callable[[str, str], float],
             listed: bool = False) -> list[Verdict]:
    """The verdicts the hotel's English answer gives the guest's yes/no questions, each from the clause the
    question is nearest to (`_stating`). An opening Yes or No is the first sentence's verdict. `listed`: the
    hotel's data has what the answer is about (its hours, its price), so a "there is no ..." in it is of something
    else ("there is no self-service laundry" beside the laundry service's hours)."""
    if language == "en":
        return []
    parts = clauses(answer)
    opening = kind_of(_SENTENCE.split(answer.strip())[0])
    kinds = {part: kind_of(part) for part in parts}
    if parts and kinds[parts[0]] is None and opening in ("verdict_yes", "verdict_no"):
        kinds[parts[0]] = opening
    if listed:
        kinds = {part: None if kind == "verdict_none" else kind for part, kind in kinds.items()}
    found: list[Verdict] = []
    before = ""
    for question in questions(asked, language):
        # "Is there a beach shuttle? Is it free?": a question naming no topic asks of the one before it
        about = question if glossary.named(question, language) or not before else f"{before} {question}"
        before = question
        clause = _stating(about, parts, kinds, language, closeness)
        if clause is None:
            continue
        thing = _thing(question, clause, language) if len(_QUESTION.findall(asked)) > 1 else ""
        found.append(Verdict(_said_as_asked(kinds[clause] or "", clause, question, language), thing))
    if len({v.kind for v in found}) == 1 < len(found):  # "smoking? or vaping?": one verdict of both
        return [Verdict(found[0].kind)]
    return list({v.kind: v for v in reversed(found)}.values())[::-1]


def _said_as_asked(kind: str, clause: str, question: str, language: str) -> str:
    """A yes that says what the question asks says that ("Yes, breakfast is included" to "is breakfast
    included?": "Included."), not a bare yes."""
    asks = glossary.asked_of(question, language) & {"free", "included"}
    return next((f"verdict_{a}" for a in sorted(asks) if _KIND_PATTERNS[f"verdict_{a}"].search(clause)), kind) \
        if kind == "verdict_yes" else kind


def _stating(question: str, parts: list[str], kinds: dict[str, str | None], language: str,
             closeness: Callable[[str, str], float]) -> str | None:
    """The clause whose verdict answers the question: the one it is nearest to, or, when that states none the
    question may be told, one within a grace of it that does: cross-lingual cosines sit close ("Можно курить?" is
    as near the cleaning fee as the ban). Of several, one saying what the question asks ("free", "included"),
    else only one kind. A free or included is told only to a question asking it, or a price ("Is there a gym?"
    is not answered "It's free"). None when a clause as near lets what the verdict refuses, or refuses what it
    lets, and no refusal when any clause of the answer lets what the question names: a rule and its exception
    ("No pets. Guide dogs are welcome.") say no flat no. None either to a question naming no topic the glossary
    knows that is near no clause (`_NEAR_ENOUGH`): the answer found may be of another question."""
    near = {part: closeness(question, part) for part in parts}
    nearest = max(parts, key=near.__getitem__, default="")
    if not nearest:
        return None
    asks = glossary.asked_of(question, language)
    wanted = frozenset().union(*(_ASKED_KINDS.get(aside, ()) for aside in asks))
    if not glossary.named(question, language) and near[nearest] < _NEAR_ENOUGH:
        return None
    counted = [part for part in sorted(parts, key=near.__getitem__, reverse=True)
               if near[part] >= near[nearest] - _GRACE and _names_same(question, part, language)]
    told = [part for part in counted if kinds[part] and (kinds[part] not in _PRICED or kinds[part] in wanted)]
    if nearest in told:
        chosen = nearest
    elif asked := [part for part in told if kinds[part] in wanted]:
        chosen = asked[0]
    elif told and len({kinds[part] for part in told}) == 1:
        chosen = told[0]
    else:
        return None
    positive = kinds[chosen] in _POSITIVE
    if any(part != chosen and _polarity(part, kinds[part]) not in (None, positive) for part in counted):
        return None
    names = _shared_names(question, chosen)  # "American Express" refused is not let by "we accept Visa"
    if not positive and any(_polarity(part, None) and (any(n in part for n in names) if names else
                                                         _names_same(question, part, language)) for part in parts):
        return None  # "We accept one small dog ..." anywhere beside "No cats or other animals": no flat no
    return chosen


def _polarity(clause: str, kind: str | None) -> bool | None:
    """Whether a clause lets (True) or refuses (False) what it names, or neither (None)."""
    if kind:
        return kind in _POSITIVE
    unpriced = _NO_CHARGE.sub(" ", clause)  # "welcome at no charge" lets
    return True if _LETS.search(unpriced) and not _NEGATION.search(unpriced) else None


def _names_same(question: str, clause: str, language: str) -> bool:
    """Whether the clause is about what the question names: a glossary topic of the question it names too, a
    name both write, or a question that names no topic the glossary knows."""
    asked = glossary.named(question, language)
    return not asked or bool(asked & glossary.named(clause, "en")) or bool(_shared_names(question, clause))


def _shared_names(question: str, clause: str) -> list[str]:
    lowered = question.casefold()
    return [name for name in _NAME.findall(clause) if len(name) > 2 and name.casefold() in lowered]


def _thing(question: str, clause: str, language: str) -> str:
    """What the verdict is of, in words the guest reads: a name both write ("American Express"), else the
    guest's own words for the topic the clause names."""
    names = _shared_names(question, clause)
    if names:
        return max(names, key=len)
    said = glossary.named(clause, "en")
    return next((words for topic, words in glossary.topics(question, language) if topic in said), "")


def prefixed(text: str, found: list[Verdict], language: str) -> str:
    """The reply with the verdicts said first."""
    if not found:
        return text
    return " ".join([*(v.said(language) for v in found), text]).strip()
