"""Search a hotel's FAQ by meaning, in any of the nine languages.

Every question, answer and translation of an entry is its own document, and an
entry scores as its best document: measured better than one concatenated
document per entry. At hotel scale a brute-force `documents @ query` costs a
fraction of embedding the query, so there is no vector index. Keyword scoring
(BM25 on words or character n-grams, TF-IDF) was measured too and left out:
blended with the multilingual embedder it did not improve top-1 on the
reference hotel and lifted unanswerable questions as much as answerable ones.
It serves one narrower purpose: a second, independent opinion on a best hit just
under the bar (`Spelling`). Shorthand, typos and languages the embedder reads
less well lower the cosine of the right entry too; when the entry's own wording
also clearly leads on character n-grams, two signals agree and the hit answers.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.hotels import Hotel, KBEntry
from core.language import CJK_LETTER
from core.translit import compiled
from kb import glossary
from kb.cache import cache_path, embed_cached
from kb.embedders import Embedder

# For an embedder that carries no calibrated `min_score` of its own.
DEFAULT_MIN_SCORE = 0.6
# A question in another language than most documents scores lower on every entry, the right one included:
# under the bar by at most `grace`, the best hit still answers when it leads the runner-up by `margin`.
# Calibrated for USE on tests/data/kb_paraphrases.yaml and the reference hotel's two dev sets (non-English:
# 30/38 es-fr-de, 26/37 zh-ja-ko answerable accepted, none of 16 unanswerable); English keeps the bar alone.
DEFAULT_CROSS_LINGUAL = (0.11, 0.04)
# Under the bar by at most this much, a best hit still answers when character n-grams point at the same entry,
# by a clear lead, through two or more of the question's words (one shared word is a coincidence). Measured on
# the reference hotel's two dev sets: of the sentences it would admit, 15 had the right entry and one ("Ideas?",
# a single word) did not.
DEFAULT_SPELLING = (0.18, 0.2)
# A message of one hotel topic word ("taxi", "タクシー", "checkout"), the way guests text, scores lower on every entry
# than a sentence would, the right one included: under the bar by at most `grace`, the one entry within `margin` of
# the best that writes the word answers, when it leads the rest by `margin` ("check-out": check-in 0.54, check-out
# 0.53, next 0.42 on the reference hotel). A thing the hotel does not have ("spa", "golf") scores under 0.3 there.
DEFAULT_ONE_WORD = (0.15, 0.08)
# Check-in and check-out, which the encoder hears alike ("check in time?" is nearer "Check-out time?" than "What
# time is check-in?"): a document that names only the other one of the two the query names scores this much less.
OPPOSITE_PENALTY = 0.2
_IN_OR_OUT = (("check-in", re.compile(r"\bcheck\s*-?\s*ins?\b|\bcheckins?\b|\beinz?u?checken\b", re.IGNORECASE)),
              ("check-out", re.compile(r"\bcheck\s*-?\s*outs?\b|\bcheckouts?\b|\bausz?u?checken\b", re.IGNORECASE)))
# "I'm not asking about check-in, ...": the side named is the one not asked about.
_NOT_THIS_SIDE = compiled(r"\b(?:not|no|nicht|kein\w*|pas|ni|no\s+es)\b[^.?!]{0,25}\b(?:check|ein|aus)|"
                            r"\bне\b[^.?!]{0,25}(?:заезд|выезд)|不是[^。？！]{0,10}(?:入住|退房)", re.IGNORECASE)
FEW_SUBJECTS = 2  # entries at most about a topic a question names, for that topic to tell which entry it asks about
FEW_MENTIONS = 3  # ...and, of a topic no entry is about, entries at most whose answers speak of it
MAX_CJK_WORD = 8  # characters: a longer unspaced Chinese or Japanese run is a sentence
RECENT_QUERIES = 256  # query vectors kept: a few turns' sentences


@dataclass(frozen=True)
class KBHit:
    entry: KBEntry
    score: float  # cosine of the entry's best document with the query: higher is better, at most 1
    matched: str  # that document's text


_TOKEN = re.compile(r"[^\W_]+")


def _grams(word: str) -> list[str]:
    """A word's character trigrams with its edges ("chk" shares " ch" and "che" with "check"); pairs of characters
    for unspaced Chinese, Japanese and Korean runs."""
    if CJK_LETTER.search(word):
        return [word[i:i + 2] for i in range(len(word) - 1)] or [word]
    padded = f" {word} "
    return [padded[i:i + 3] for i in range(len(padded) - 2)]


def _words(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


class Spelling:
    """TF-IDF over character n-grams of every document: what the guest's letters, not their meaning, point at."""

    def __init__(self, texts: list[str], starts: np.ndarray):
        counts = [Counter(g for w in _words(text) for g in _grams(w)) for text in texts]
        # Rarity among entries, not documents: an entry's own translations repeat its distinctive n-grams
        # ('terrace', 'terrasse', 'terraza'), and counting each of them would make the entry's words look common.
        bounds = [*starts.tolist(), len(texts)]
        df = Counter(g for a, b in itertools.pairwise(bounds) for g in set().union(*counts[a:b]))
        self._idf = {g: math.log((len(starts) + 1) / n) for g, n in df.items()}
        self._starts, self._size = starts, len(texts)
        postings: dict[str, tuple[list[int], list[float]]] = {}
        self._docs: list[dict[str, float]] = []
        for doc, c in enumerate(counts):
            vector = self._vector(c)
            self._docs.append(vector)
            for g, weight in vector.items():
                rows, weights = postings.setdefault(g, ([], []))
                rows.append(doc)
                weights.append(weight)
        self._postings = {g: (np.array(r, dtype=np.intp), np.array(w, dtype=np.float32))
                          for g, (r, w) in postings.items()}

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        vector = {g: (1 + math.log(n)) * self._idf[g] for g, n in counts.items() if self._idf.get(g)}
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
        return {g: x / norm for g, x in vector.items()}

    def leader(self, query: str, margin: float) -> int | None:
        """The entry whose documents lead on the query's n-grams by `margin`, through two of its words."""
        words = _words(query)
        scores = np.zeros(self._size, dtype=np.float32)
        for g, weight in self._vector(Counter(g for w in words for g in _grams(w))).items():
            rows, weights = self._postings[g]
            scores[rows] += weights * weight
        if len(self._starts) < 2:
            return None
        best = np.maximum.reduceat(scores, self._starts)
        first, second = np.argsort(-best)[:2]
        if best[first] - best[second] < margin:
            return None
        start = self._starts[first]
        end = self._starts[first + 1] if first + 1 < len(self._starts) else self._size
        # A word counts when one of the entry's documents (a question, the answer, a translation) holds half its
        # n-grams: two such words point at the entry even when no single document has both.
        spelled = sum(1 for w in set(words)
                      if any(sum(g in doc for g in _grams(w)) * 2 >= len(_grams(w)) for doc in self._docs[start:end]))
        return int(first) if spelled >= 2 else None


def entry_topics(entry: KBEntry, language: str) -> set[str]:
    """The hotel topics (kb/glossary.py) an entry speaks of, in English or in its translation into `language`."""
    return glossary.named(" ".join([*entry.questions, entry.answer]), "en") | \
        glossary.named(entry.translations.get(language, ""), language)


def subject_topics(entry: KBEntry) -> frozenset[str]:
    """The hotel topics an entry is about: what its own questions and its name ("pet-policy", "lost-and-found")
    speak of, not what its answer mentions in passing (the breakfast a suite's answer includes)."""
    return frozenset(glossary.named(" ".join([entry.id.replace("-", " "), *entry.questions]), "en"))


def _about(entry: KBEntry, topics: set[str], language: str) -> bool:
    """Whether an entry speaks of one of the hotel topics."""
    return bool(topics & entry_topics(entry, language))


def _documents(entries: list[KBEntry]) -> tuple[list[str], np.ndarray]:
    """Every entry's documents, entry after entry, and where each entry's run starts. An English question or
    answer that writes a local name with its own letters ("Kadıköy", "Gökçen") is there a second time without
    them, as guests type it ("kadikoy"): the encoder reads the two spellings as different words."""
    texts: list[str] = []
    starts = []
    for entry in entries:
        starts.append(len(texts))
        own = [*entry.questions, entry.answer]
        texts += [*own, *entry.translations.values()]
        texts += [plain for text in own if (plain := glossary.unaccented(text)) != text]
    return texts, np.array(starts, dtype=np.intp)


def in_or_out(text: str) -> frozenset[str]:
    """Which of check-in and check-out the text names, however spelled ("checkin", "check in", "auschecken")."""
    return frozenset(side for side, pattern in _IN_OR_OUT if pattern.search(text))


class KnowledgeBase:
    """A hotel's FAQ entries with one embedding per document, ready to search."""

    def __init__(self, entries: list[KBEntry], texts: list[str], starts: np.ndarray, vectors: np.ndarray,
                 embedder: Embedder, min_score: float,
                 cross_lingual: tuple[float, float] = DEFAULT_CROSS_LINGUAL,
                 spelling: tuple[float, float] = DEFAULT_SPELLING):
        self.entries = entries
        self.texts = texts
        self.embedder = embedder
        # Below this a best hit is a guess: the concierge must not answer from the KB.
        self.min_score = min_score
        self.grace, self.margin = cross_lingual
        self.spelling_grace, self.spelling_margin = spelling
        self._spelling: Spelling | None = None  # built on first need: most questions clear the bar
        self._starts = starts
        self._ends = np.append(starts[1:], len(texts)).astype(np.intp)
        self._vectors = vectors
        self._recent: dict[str, np.ndarray] = {}
        self._other_sides: dict[str, np.ndarray] | None = None  # per side: 1.0 for documents of the other side only
        self._subjects: list[frozenset[str]] | None = None  # per entry: the topics it is about, read on first need

    @classmethod
    def build(cls, hotel: Hotel, embedder: Embedder, cache_dir: Path, progress: bool = False,
              min_score: float | None = None) -> KnowledgeBase:
        """Embed the hotel's documents, reusing every vector the cache already holds.

        `min_score` defaults to the threshold calibrated for the embedder.
        """
        texts, starts = _documents(hotel.kb)
        vectors = embed_cached(texts, embedder, cache_path(cache_dir, embedder.name, hotel.id), progress)
        if min_score is None:
            min_score = getattr(embedder, "min_score", DEFAULT_MIN_SCORE)
        return cls(hotel.kb, texts, starts, vectors, embedder, min_score,
                   getattr(embedder, "cross_lingual", DEFAULT_CROSS_LINGUAL))

    def query_vector(self, text: str) -> np.ndarray:
        """One text's vector, remembered: a turn asks for the same sentence's vector several times (the
        router, the FAQ probe, the skill's own search), and one embedding costs more than a search."""
        vector = self._recent.get(text)
        if vector is None:
            vector = self._recent[text] = self.embedder.embed([text])[0]
            if len(self._recent) > RECENT_QUERIES:
                del self._recent[next(iter(self._recent))]
        return vector

    def closeness(self, text: str, other: str) -> float:
        """The cosine of two texts, each embedded once per few turns (the answers' clauses recur)."""
        return float(self.query_vector(text) @ self.query_vector(other))

    def forget_queries(self) -> None:
        """Drop the remembered query vectors, so the next search embeds its query (what a benchmark times)."""
        self._recent.clear()

    def question_vectors(self) -> np.ndarray:
        """The vectors of every entry's questions (not its answers): what guests ask, for a router to learn."""
        rows = [start + i for start, entry in zip(self._starts, self.entries, strict=True)
                for i in range(len(entry.questions))]
        return self._vectors[rows]

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str, k: int = 5) -> list[KBHit]:
        """The `k` entries closest to the query, best first."""
        if not self.entries or not query.strip() or k < 1:
            return []
        scores = self._vectors @ self.query_vector(query)
        asked = in_or_out(query)
        if len(asked) == 1 and not _NOT_THIS_SIDE.search(query):
            other = self._other_side(next(iter(asked)))
            if np.max(np.where(other > 0, -1.0, scores)) >= self.min_score:
                # only when an entry not of the other side clears the bar: under it, the guest's words settle the
                # FAQ's choice (faq.py: "what's the latest check-out?"), which a lowered score would take away
                scores = scores - OPPOSITE_PENALTY * other
        best = np.maximum.reduceat(scores, self._starts)
        k = min(k, len(best))
        top = np.argpartition(-best, k - 1)[:k]
        top = top[np.argsort(-best[top], kind="stable")]
        return [self._hit(int(i), scores) for i in top]

    def lookup(self, query: str, language: str = "en", k: int = 5) -> tuple[str, list[KBHit]]:
        """The query to answer from and its `k` nearest entries: as asked, or with the hotel's English written beside
        the guest's hotel words (kb/glossary.py) when that finds more. Cross-lingual cosines are low ("Во сколько
        заезд?" is 0.58 from check-in, under the bar), the pivot's are not ("Во сколько what time заезд check-in":
        0.9). A second embedding only when the glossary knows a topic of the sentence and the guest writes in
        another language than the FAQ's questions, or in English the first search is not confident: most English
        turns embed once."""
        hits = self.search(query, k)
        pivoted = glossary.pivot(query, language)
        if language == "en" and self.confident(hits, language, query) and not in_or_out(pivoted) - in_or_out(query):
            return query, hits   # unless only the glossary hears the side of the stay ("on our last day")
        if pivoted == query:
            return query, hits
        other = self.search(pivoted, k)
        # Only a pivot the FAQ would answer from, and that finds what the guest's own words did not, replaces them:
        # those may name a translated entry, and the guest's words, not the pivot's, settle a near tie. A pivot that
        # names the side of the stay ("último día": check-out) settles it too: arriving and leaving read alike.
        if self.confident(other, language, pivoted) and (not self.confident(hits, language, query) or (
                other[0].entry is not hits[0].entry and (other[0].score > hits[0].score
                                                         or len(in_or_out(pivoted) - in_or_out(query)) == 1))):
            return pivoted, other
        if other and hits and hits[0].score < self.min_score and other[0].score >= self.min_score - self.grace:
            # Under the bar, an entry about none of the topics the guest names ("my cat": the way to Zermatt) is no
            # answer when the pivot finds one about them first: that one is read on (the FAQ's words may settle it).
            named = glossary.named(query, language)
            if _about(other[0].entry, named, language) and not _about(hits[0].entry, named, language):
                return pivoted, other
        return query, hits

    def on_topic(self, query: str, language: str = "en", mentions: bool = False) -> list[KBHit]:
        """The entries about a hotel topic the query names (`subject_topics`), nearest first, scored with the
        hotel's English written beside the guest's words (kb/glossary.py): what the guest asks about, however far
        the rest of the sentence draws the encoder; with `mentions` (the guest asks whether the hotel has it), of a
        topic no entry is about, the few whose answers speak of it. Empty when the query names no such topic."""
        named = glossary.named(query, language)
        if not named or not self.entries:
            return []
        if self._subjects is None:
            self._subjects = [subject_topics(entry) for entry in self.entries]
        # A topic many entries are about ("booking": of rooms, of the shuttle, of a table) says what is done, not
        # what it is done to ("book me a facial?")
        many = Counter(topic for subject in self._subjects for topic in subject)
        named = {topic for topic in named if many[topic] <= FEW_SUBJECTS}
        rows = [i for i, subject in enumerate(self._subjects) if named & subject]
        if not rows and mentions:
            # A thing asked for that no entry is about, that a few answers speak of in passing ("do you have cribs?":
            # the free extras housekeeping brings, the children's rates that say cribs are free): those answers tell
            # whether there is one. Not a thing only told ("how do we get there without a car?").
            unheld = {topic for topic in named if not many[topic]}
            rows = [i for i, entry in enumerate(self.entries) if unheld & entry_topics(entry, language)]
            rows = rows if len(rows) <= FEW_MENTIONS else []
        if not rows:
            return []
        scores = self._vectors @ self.query_vector(glossary.pivot(query, language))
        best = np.maximum.reduceat(scores, self._starts)
        return [self._hit(i, scores) for i in sorted(rows, key=lambda i: -best[i])]

    def _other_side(self, asked: str) -> np.ndarray:
        """1.0 for each document of an entry that names only the other of check-in and check-out than the query,
        else 0: the check-in entry's "What time can we get into the room?" is of check-in too. Read once per KB."""
        if self._other_sides is None:
            named = [in_or_out(text) for text in self.texts]
            spans = zip(self._starts, self._ends, strict=True)
            entries = [frozenset().union(*named[start:end]) for start, end in spans]
            sizes = self._ends - self._starts
            self._other_sides = {side: np.repeat([float(bool(sides) and side not in sides) for sides in entries], sizes)
                                 for side, _ in _IN_OR_OUT}
        return self._other_sides[asked]

    def _hit(self, i: int, scores: np.ndarray) -> KBHit:
        start, end = self._starts[i], self._ends[i]
        doc = start + int(np.argmax(scores[start:end]))
        return KBHit(entry=self.entries[i], score=float(scores[doc]), matched=self.texts[doc])

    def confident(self, hits: list[KBHit], language: str = "en", query: str = "") -> bool:
        """Whether the best hit is good enough to answer from, rather than say so or ask staff."""
        return bool(self.answers(hits, language, query))

    def answers(self, hits: list[KBHit], language: str = "en", query: str = "") -> list[KBHit]:
        """The hits good enough to answer from, best first: over the bar, or in a guest's other language
        a clear leader just under it (see DEFAULT_CROSS_LINGUAL), or, given the `query` they were searched
        with, a hit just under it that the query's spelling points at too (see DEFAULT_SPELLING)."""
        sure = [hit for hit in hits if hit.score >= self.min_score]
        if sure or not hits:
            return sure
        top, runner_up = hits[0].score, hits[1].score if len(hits) > 1 else 0.0
        if language != "en" and top >= self.min_score - self.grace and top - runner_up >= self.margin:
            return hits[:1]
        one = self._one_word(query, hits, language) if query.strip() else None
        if one is not None:
            return [one]
        return hits[:1] if query and self._spelled(query, hits[0]) else []

    def _one_word(self, query: str, hits: list[KBHit], language: str) -> KBHit | None:
        """The entry a one-word message asks about (alone, or with the hotel's English the glossary writes beside
        it: "petit-déj breakfast"), when the glossary knows the word as a hotel topic ("check-out", not "ideas"):
        of the entries within reach of the bar and tied with the best, the only one that writes the word."""
        grace, margin = DEFAULT_ONE_WORD
        first = query.split()[0]
        if first != query.strip() and glossary.pivot(first, language) != query or \
                CJK_LETTER.search(first) and len("".join(_words(first))) > MAX_CJK_WORD:
            return None   # a sentence, or a Chinese or Japanese one without spaces
        if not glossary.names_topic(first, language):
            return None   # "Evening!", "Ideas?": no hotel topic, whatever entry writes the word
        tied = [hit for hit in hits if hit.score >= hits[0].score - margin]
        written = [hit for hit in tied if self._writes(hit, [first])] or \
            [hit for hit in tied if self._writes(hit, query.split())]  # the guest's own word settles a tie first
        rest = max((hit.score for hit in hits if hit.score < hits[0].score - margin), default=0.0)
        if len(written) != 1 or written[0].score < self.min_score - grace or written[0].score - rest < margin:
            return None
        return written[0]

    def _writes(self, hit: KBHit, words: list[str]) -> bool:
        """Whether the hit's entry writes one of the words, or a word they begin ("towel": towels, "petit déj":
        petit déjeuner), in a question, its answer or a translation."""
        i = self.entries.index(hit.entry)
        texts = [" ".join(_words(text)) for text in self.texts[self._starts[i]:self._ends[i]]]
        for word in filter(None, (" ".join(_words(w)) for w in words)):
            pattern = re.compile(re.escape(word) if CJK_LETTER.search(word) else rf"\b{re.escape(word)}")
            if any(pattern.search(text) for text in texts):
                return True
        return False

    def spelling(self) -> Spelling:
        """The character n-gram index, built on first use (0.3 s for the reference hotel's 687 documents):
        `warm` it where a guest should not wait for it."""
        if self._spelling is None:
            self._spelling = Spelling(self.texts, self._starts)
        return self._spelling

    def _spelled(self, query: str, hit: KBHit) -> bool:
        if hit.score < self.min_score - self.spelling_grace:
            return False
        leader = self.spelling().leader(query, self.spelling_margin)
        return leader is not None and self.entries[leader] is hit.entry
