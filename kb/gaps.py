"""Knowledge gaps grouped by meaning, so staff answer a question once however many guests asked it, in any language.

The gaps' words are embedded with the hotel's KB embedder (multilingual, so "is
there a bowling alley?" and "¿hay una bolera?" land together) and clustered by
average-linkage agglomeration on cosine distance: no number of groups to guess,
only how far apart two questions may be and still be one. Groups come back
biggest first, then newest.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.store.models import KnowledgeGap

if TYPE_CHECKING:   # numpy loads when gaps are grouped, not in every process that lists them
    import numpy as np

    from kb.embedders import Embedder

# Cosine distance under which two gaps are one question. With USE, paraphrases and translations of one
# question sit at 0.2-0.45; different questions about the same place (pool hours vs pool towels) above 0.5.
DISTANCE = 0.5
EXAMPLES = 5
NEWEST = 1000   # distinct wordings cluster in 0.08 s (500), 0.9 s (2000) on this machine


@dataclass
class GapGroup:
    gaps: list[KnowledgeGap]
    languages: list[str] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)
    nearest: list[str] = field(default_factory=list)   # the KB entries closest to its questions, most often first

    @property
    def count(self) -> int:
        return len(self.gaps)

    @property
    def newest(self) -> dt.datetime:
        return max(g.created_at for g in self.gaps)

    @property
    def examples(self) -> list[str]:
        return list(dict.fromkeys(g.text for g in sorted(self.gaps, key=lambda g: g.created_at, reverse=True)))[
            :EXAMPLES]

    @property
    def ids(self) -> list[int]:
        return [g.id for g in self.gaps]


def open_gaps(session: Session, hotel_id: str, since: dt.datetime | None = None,
              until: dt.datetime | None = None, limit: int = NEWEST) -> list[KnowledgeGap]:
    """The newest open gaps (at most `limit`: clustering costs the square of the distinct wordings)."""
    query = select(KnowledgeGap).where(KnowledgeGap.hotel_id == hotel_id, KnowledgeGap.status == "open")
    if since is not None:
        query = query.where(KnowledgeGap.created_at >= since)
    if until is not None:
        query = query.where(KnowledgeGap.created_at < until)
    return list(session.scalars(query.order_by(KnowledgeGap.created_at.desc()).limit(limit)))


def group_gaps(gaps: list[KnowledgeGap], embedder: Embedder, distance: float = DISTANCE) -> list[GapGroup]:
    """Gaps that ask the same thing, together; biggest group first, then the most recent."""
    if not gaps:
        return []
    texts = list(dict.fromkeys(g.text for g in gaps))   # guests repeat each other: each wording once
    labels = dict(zip(texts, _cluster(embedder.embed(texts), distance), strict=True))
    members: dict[int, list[KnowledgeGap]] = {}
    for gap in gaps:
        members.setdefault(int(labels[gap.text]), []).append(gap)
    groups = [_group(found) for found in members.values()]
    return sorted(groups, key=lambda g: (g.count, g.newest), reverse=True)


def _cluster(vectors: np.ndarray, distance: float) -> np.ndarray:
    if len(vectors) == 1:
        import numpy as np

        return np.zeros(1, dtype=int)
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                    distance_threshold=distance)
    return model.fit_predict(vectors)


def _group(gaps: list[KnowledgeGap]) -> GapGroup:
    languages = Counter(g.language for g in gaps)
    nearest = Counter(n["entry"] for g in gaps for n in (g.nearest or [])[:1])
    return GapGroup(gaps=sorted(gaps, key=lambda g: g.created_at, reverse=True),
                    languages=[lang for lang, _ in languages.most_common()],
                    kinds=dict(Counter(g.kind for g in gaps)), nearest=[e for e, _ in nearest.most_common()])


def set_status(session: Session, hotel_id: str, gap_ids: list[int], status: str, entry_id: str | None = None) -> int:
    """Close gaps as `answered` (by `entry_id`) or `dismissed`; how many changed."""
    if status not in ("answered", "dismissed", "open"):
        raise ValueError(f"unknown gap status {status!r}")
    changed = 0
    for gap in session.scalars(select(KnowledgeGap).where(KnowledgeGap.hotel_id == hotel_id,
                                                          KnowledgeGap.id.in_(gap_ids))):
        gap.status, gap.entry_id = status, entry_id
        changed += 1
    return changed
