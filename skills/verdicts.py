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
                             r"\b(?:don't|doesn't|do not|does not)\s+include\b|\bexcluded\b"),
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
# What makes a clause's word a condition, not a verdict: "included only in the Suite", "free if you book".
_CONDITION = re.compile(r"\b(?:only|except|unless|if|depending|subject to|provided|as long as|apart from)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=\S)")
_BUT = re.compile(r",?\s+but\s+|,\s+(?:and|while|whereas)\s+", re.I)
_COLON = re.compile(r":\s+(?=[a-z])")
_LABEL_WORDS = 3  # "Not included: champagne ...": a label, not a clause of its own
# What a question asks besides yes or no: its price, its time, its way (kb/glossary.yaml's asides).
_NOT_YES_NO = frozenset({"price", "what time", "directions"})
# The verdicts that answer a question asking whether a thing is free or included (glossary asides), and how much
# nearer the clause the question is nearest to may be than the one stating it: cross-lingual cosines sit close.
_ASKED_KINDS = {"free": frozenset({"verdict_free", "verdict_included"}),
                "included": frozenset({"verdict_included", "verdict_not_included", "verdict_free"})}
_GRACE = 0.05
_QUESTION = re.compile(r"[^?？]*[?？]")
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
    """The guest's yes/no questions: each sentence ending in a question mark (all of it when none does) that
    asks no price, time or way, or asks whether a thing is free or included ("in the rate" names a price too)."""
    found = [q.strip() for q in _QUESTION.findall(asked) if q.strip(" ?？")] or [asked.strip()]
    return [q for q in found if (asks := glossary.asked_of(q, language)) & set(_ASKED_KINDS) or not asks & _NOT_YES_NO]


def verdicts(answer: str, asked: str, language: str, closeness: Callable[[str, str], float]) -> list[Verdict]:
    """The verdicts the hotel's English answer gives the guest's yes/no questions: each question's nearest
    clause, when it states one and names what the question names (a topic of the glossary, or a name both write),
    or the question names no topic the glossary knows. An opening Yes or No is the first sentence's verdict."""
    if language == "en":
        return []
    parts = clauses(answer)
    opening = _SENTENCE.split(answer.strip())[0]
    asked_questions = questions(asked, language)
    found: list[Verdict] = []
    for question in asked_questions:
        nearest = _nearest(question, parts, language, closeness)
        kind = kind_of(nearest) if nearest else None
        if nearest and opening.startswith(nearest) and kind is None:
            kind = kind_of(opening) if kind_of(opening) in ("verdict_yes", "verdict_no") else None
        if kind is None or not _names_same(question, nearest, language):
            continue
        thing = _thing(question, nearest, language) if len(_QUESTION.findall(asked)) > 1 else ""
        verdict = Verdict(kind, thing)
        if verdict not in found:
            found.append(verdict)
    return found


def _nearest(question: str, parts: list[str], language: str, closeness: Callable[[str, str], float]) -> str:
    """The clause a question is nearest to. When that states no verdict, one within a grace of it that does and
    names what the question names: cross-lingual cosines sit close ("Можно курить?" is as near the cleaning fee
    as the ban). Of several, one saying what the question asks ("free", "included"), else only one kind: a
    refusal and an exception as near as each other ("No pets. Guide dogs are welcome.") say nothing."""
    near = {part: closeness(question, part) for part in parts}
    nearest = max(parts, key=near.__getitem__, default="")
    if not nearest or kind_of(nearest):
        return nearest
    window = sorted((part for part in parts if near[part] >= near[nearest] - _GRACE and kind_of(part)
                     and _names_same(question, part, language)), key=near.__getitem__, reverse=True)
    wanted = frozenset().union(*(_ASKED_KINDS.get(aside, ()) for aside in glossary.asked_of(question, language)))
    asked = [part for part in window if kind_of(part) in wanted]
    if asked:
        return asked[0]
    return window[0] if len({kind_of(part) for part in window}) == 1 else nearest


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
