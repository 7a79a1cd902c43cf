"""What one process holds for its whole life: settings, hotels, database, state, models.

Built once at start by the entry point (`serve`, `worker`, `chat`) and passed
down; heavy models load lazily or in `warm()` so `/readyz` can tell.
"""

from __future__ import annotations

import logging
import threading
from functools import cached_property
from typing import TYPE_CHECKING

from core.hotels import Hotel, load_hotels
from core.language import LanguageDetector
from core.settings import Settings
from core.state import StateStore, make_state
from core.store.db import Database

if TYPE_CHECKING:
    from core.payments import PaymentGateway
    from kb.embedders import Embedder
    from kb.live import LiveKnowledge
    from kb.search import KnowledgeBase

log = logging.getLogger(__name__)


class UnknownHotel(LookupError):
    pass


class Runtime:
    def __init__(self, settings: Settings, hotels: dict[str, Hotel] | None = None, db: Database | None = None,
                 state: StateStore | None = None):
        self.settings = settings
        self.hotels = hotels if hotels is not None else load_hotels(settings.hotels_dir)
        self.db = db or Database(settings.database_url)
        self.state = state or make_state(settings.redis_url)
        self.languages = LanguageDetector()
        self._kbs: dict[str, KnowledgeBase] = {}
        self._kb_lock = threading.Lock()
        self._files = dict(self.hotels)   # the hotels as their folders have them, before staff's KB changes
        self._live: LiveKnowledge | None = None
        self._live_lock = threading.Lock()
        self.ready = threading.Event()
        self.warm_error: str | None = None

    @property
    def live(self) -> LiveKnowledge:
        """Staff's KB changes over the hotels' files, built at first use (a web process on webhooks never needs
        it, nor the ORM models it imports)."""
        with self._live_lock:
            if self._live is None:
                from kb.live import LiveKnowledge

                self._live = LiveKnowledge(self.db, self._files, build=self._index, swap=self._swap)
            return self._live

    @property
    def default_hotel_id(self) -> str | None:
        if self.settings.default_hotel:
            return self.settings.default_hotel
        return next(iter(self.hotels)) if len(self.hotels) == 1 else None

    def hotel(self, hotel_id: str | None) -> Hotel:
        hotel_id = hotel_id or self.default_hotel_id
        if hotel_id is None or hotel_id not in self.hotels:
            raise UnknownHotel(hotel_id or "(no hotel given and no DEFAULT_HOTEL)")
        return self.hotels[hotel_id]

    @cached_property
    def embedder(self) -> Embedder:
        from kb.embedders import make_embedder

        return make_embedder(self.settings.embedder, self.settings.embedding_cache_dir)

    @cached_property
    def payments(self) -> PaymentGateway | None:
        """Deposit links: Stripe when STRIPE_SECRET_KEY is set, else the demo checkout where allowed, else None."""
        from core.payments import make_gateway

        return make_gateway(self.settings)

    def kb(self, hotel_id: str) -> KnowledgeBase:
        """The hotel's searchable knowledge base (kb.yaml with staff's changes), built on first use."""
        with self._kb_lock:
            if hotel_id not in self._kbs:
                hotel = self.hotel(hotel_id)
                self.live.files.setdefault(hotel.id, hotel)   # a hotel added after start counts as its files
                self._swap(*self.live.load(hotel.id))
            return self._kbs[hotel_id]

    def refresh_kb(self, hotel_id: str) -> None:
        """Before a turn: staff's newest KB changes in service (rebuilt in the background, swapped whole)."""
        hotel_id = self.hotel(hotel_id).id
        self.kb(hotel_id)   # this process's first turn builds it, changes included
        self.live.check(hotel_id)

    def _index(self, hotel: Hotel) -> KnowledgeBase:
        """The live entries and, after them, those made of the services hotel.yaml describes and they do not."""
        from kb.search import KnowledgeBase
        from skills.service_entries import with_service_entries

        return KnowledgeBase.build(with_service_entries(hotel), self.embedder,
                                   cache_dir=self.settings.embedding_cache_dir, min_score=self.settings.kb_min_score)

    def _swap(self, hotel: Hotel, index: KnowledgeBase) -> None:
        """Staff's KB edits change only the hotel's entries: everything else stays as this process holds it. The
        hotel's entries are the index's, so every entry a search finds is one `Hotel.kb_entry` knows."""
        current = self.hotels.get(hotel.id, hotel)
        self._kbs[hotel.id], self.hotels[hotel.id] = index, current.model_copy(update={"kb": index.entries})

    def warm(self) -> None:
        """Load every model a turn needs, then report ready (a failure is kept for `/readyz` to show)."""
        try:
            self.languages.warm()
            for hotel_id in self.hotels:
                self.kb(hotel_id)
        except Exception as exc:
            self.warm_error = f"{exc.__class__.__name__}: {exc}"
            raise
        self.ready.set()
        log.info("models loaded; ready")

    def models(self) -> dict[str, str]:
        """Each model's state: `loaded`, `not loaded` (loads at first use) or `failed: why`."""
        if self.warm_error:
            return {"language": f"failed: {self.warm_error}", "kb": f"failed: {self.warm_error}"}
        language = "loaded" if self.languages.loaded else "not loaded"
        kbs = "loaded" if self.hotels and len(self._kbs) == len(self.hotels) else "not loaded"
        return {"language": language, "kb": kbs}
